package org.citewatch.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * How a page writes dates, so that a date citewatch writes into the page (a {@code {{dead link}}} tag's
 * {@code date}, an {@code archive-date}, a {@code {{webarchive|date=…}}}) reads like the dates around it.
 *
 * <p>A style has a form for days ({@link #day}) and one for months ({@link #month}, which maintenance
 * tags such as {@code {{dead link|date=…}}} use). Months are always written the wiki's own way
 * ({@code December 2026}, {@code 2026年12月}, {@code Dezember 2026}): no wiki's tags take {@code 2026-12}.
 *
 * <p>The constant's {@link #name()} is stable: it is what the history database stores per document.
 */
public enum DateStyle {
    /** {@code 30 May 2009} / {@code May 2009}: English pages under {@code {{use dmy dates}}}. */
    DMY(Days.DMY, Months.ENGLISH),
    /** {@code May 30, 2009} / {@code May 2009}: English pages under {@code {{use mdy dates}}}. */
    MDY(Days.MDY, Months.ENGLISH),
    /** {@code 2009-05-30} / {@code May 2009}: English (and unknown-language) pages that give no hint. */
    ISO(Days.ISO, Months.ENGLISH),
    /** {@code 2009年5月30日} / {@code 2009年5月}: Chinese and Japanese pages. */
    CJK(Days.CJK, Months.CJK),
    /** {@code 2009-05-30} / {@code 2009年5月}: Chinese and Japanese pages whose citations use ISO days. */
    CJK_ISO(Days.ISO, Months.CJK),
    /** {@code 30. Mai 2009} / {@code Mai 2009}: German pages. */
    GERMAN(Days.GERMAN, Months.GERMAN),
    /** {@code 2009-05-30} / {@code Mai 2009}: German pages whose citations use ISO days. */
    GERMAN_ISO(Days.ISO, Months.GERMAN);

    /** The language assumed when the input names none (a file without {@code --wiki-lang}). */
    public static final String DEFAULT_LANGUAGE = "en";

    private final Days days;
    private final Months months;

    DateStyle(Days days, Months months) {
        this.days = days;
        this.months = months;
    }

    /**
     * Detects how a page writes dates.
     *
     * <ul>
     *   <li>{@code zh}, {@code ja} (and variants such as {@code zh-hant}): {@link #CJK}, or {@link #CJK_ISO}
     *       when more of the page's citation days are ISO than {@code 2009年5月30日}.
     *   <li>{@code de}: {@link #GERMAN}, or {@link #GERMAN_ISO} when more citation days are ISO.
     *   <li>Any other language, {@code en} included: {@code {{use dmy dates}}} or {@code {{use mdy dates}}}
     *       (or an alias: {@code {{dmy}}}, {@code {{Use DMY dates}}}, {@code {{use mdy}}}, ...) decide;
     *       otherwise the form most of the page's citation days use (DMY, MDY or ISO; ties go to ISO);
     *       otherwise {@link #ISO}.
     *   <li>{@code null} or blank (the language is unknown): the page's own dates may show it. When more of
     *       its citation dates are written {@code 2009年5月30日} or {@code 2018年6月} than with English or
     *       German month names, the {@code zh} rules apply; when German days ({@code 30. Mai 2009}) outnumber
     *       English ones, the {@code de} rules; otherwise those of {@value #DEFAULT_LANGUAGE}.
     * </ul>
     *
     * <p>Citation dates are the values of parameters named {@code date}, {@code access-date},
     * {@code archive-date} and the like ({@code datum}, {@code abruf} on German pages); the first 500 of a
     * page are read, which bounds the cost on the largest pages.
     *
     * @param wikitext the page's whole wikitext; never {@code null}
     * @param wikiLanguage the wiki's language code ({@code zh}, {@code en-gb}), or {@code null} when unknown
     * @return the page's style; never {@code null}
     */
    public static DateStyle detect(String wikitext, String wikiLanguage) {
        Objects.requireNonNull(wikitext, "wikitext");
        PageDates dates = PageDates.of(wikitext);
        String language = primaryLanguage(wikiLanguage);
        if (language == null) {
            language = dates.language();
        }
        if (language == null) {
            return english(dates);
        }
        return switch (language) {
            case "zh", "ja" -> dates.isoDays() > dates.count(CJK) ? CJK_ISO : CJK;
            case "de" -> dates.isoDays() > dates.count(GERMAN) ? GERMAN_ISO : GERMAN;
            default -> english(dates);
        };
    }

    /**
     * A day in this style.
     *
     * @param date the day; never {@code null}
     * @return e.g. {@code 30 May 2009}, {@code May 30, 2009}, {@code 2009-05-30}, {@code 2009年5月30日}
     */
    public String day(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return days.format(date);
    }

    /**
     * A month in this style, as maintenance tags take it.
     *
     * @param month the month; never {@code null}
     * @return e.g. {@code December 2026}, {@code 2026年12月}, {@code Dezember 2026}
     */
    public String month(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return months.format(month);
    }

    private static DateStyle english(PageDates dates) {
        return dates.declaredEnglishStyle()
                .orElseGet(() -> dates.mostUsedOf(ISO, DMY, MDY).orElse(ISO));
    }

    /** {@code zh-Hant} → {@code zh}; {@code null} for no language. */
    private static String primaryLanguage(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String lower = code.strip().toLowerCase(Locale.ROOT);
        int cut = lower.indexOf('-');
        if (cut < 0) {
            cut = lower.indexOf('_');
        }
        return cut < 0 ? lower : lower.substring(0, cut);
    }

    /** The ways of writing a day. */
    private enum Days {
        ISO,
        DMY,
        MDY,
        CJK,
        GERMAN;

        String format(LocalDate d) {
            return switch (this) {
                case ISO -> d.toString();
                case DMY -> d.getDayOfMonth() + " " + Months.englishName(d.getMonthValue()) + " " + d.getYear();
                case MDY -> Months.englishName(d.getMonthValue()) + " " + d.getDayOfMonth() + ", " + d.getYear();
                case CJK -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
                case GERMAN -> d.getDayOfMonth() + ". " + Months.germanName(d.getMonthValue()) + " " + d.getYear();
            };
        }
    }

    /** The ways of writing a month. */
    private enum Months {
        ENGLISH,
        CJK,
        GERMAN;

        private static final String[] ENGLISH_NAMES = {
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December"
        };
        private static final String[] GERMAN_NAMES = {
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember"
        };

        String format(YearMonth m) {
            return switch (this) {
                case ENGLISH -> englishName(m.getMonthValue()) + " " + m.getYear();
                case CJK -> m.getYear() + "年" + m.getMonthValue() + "月";
                case GERMAN -> germanName(m.getMonthValue()) + " " + m.getYear();
            };
        }

        static String englishName(int month) {
            return ENGLISH_NAMES[month - 1];
        }

        static String germanName(int month) {
            return GERMAN_NAMES[month - 1];
        }
    }
}
