package org.citewatch.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evidence a page gives about its date style ({@link DateStyle#detect}): a {@code {{use dmy dates}}}
 * style template and a tally of the forms its citation dates are written in.
 */
final class PageDates {

    /** {@code |access-date=…}, {@code |date=…}, {@code |archivedate=…}; German {@code |datum=}, {@code |abruf=}. */
    private static final Pattern DATE_PARAM = Pattern.compile(
            "\\|\\s*[a-z_-]*(?:date|datum|abruf|zugriff)\\s*=\\s*([^|}\\n]*)", Pattern.CASE_INSENSITIVE);

    /**
     * {@code {{use dmy dates}}} and the redirects to it and to its mdy twin: {@code {{dmy}}},
     * {@code {{Use DMY dates}}}, {@code {{use dmy}}}, {@code {{Use_mdy_dates|date=…}}}, {@code {{usedmy}}}.
     */
    private static final Pattern STYLE_TEMPLATE =
            Pattern.compile("\\{\\{\\s*(?:use[ _]*)?(dmy|mdy)(?:[ _]+dates?)?\\s*(?:\\||}})", Pattern.CASE_INSENSITIVE);

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern DMY_DAY = Pattern.compile("\\d{1,2} ([a-z]+)\\.? \\d{4}");
    private static final Pattern MDY_DAY = Pattern.compile("([a-z]+)\\.? \\d{1,2}, ?\\d{4}");
    private static final Pattern ENGLISH_MONTH = Pattern.compile("([a-z]+)\\.? \\d{4}");
    private static final Pattern CJK_DAY = Pattern.compile("\\d{4} ?年 ?\\d{1,2} ?月 ?\\d{1,2} ?[日号號]");
    private static final Pattern CJK_MONTH = Pattern.compile("\\d{4} ?年 ?\\d{1,2} ?月");
    private static final Pattern GERMAN_DAY = Pattern.compile("\\d{1,2}\\. ?([a-zä]+) \\d{4}");

    private static final Set<String> ENGLISH_MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec");
    private static final Set<String> GERMAN_MONTHS = Set.of(
            "januar",
            "jänner",
            "februar",
            "märz",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "dezember");

    private final DateStyle declared;
    private int iso;
    private int dmy;
    private int mdy;
    private int englishMonths;
    private int cjkDays;
    private int cjkMonths;
    private int german;

    private PageDates(DateStyle declared) {
        this.declared = declared;
    }

    static PageDates of(String wikitext) {
        Matcher template = STYLE_TEMPLATE.matcher(wikitext);
        DateStyle declared = null;
        if (template.find()) {
            declared = template.group(1).equalsIgnoreCase("dmy") ? DateStyle.DMY : DateStyle.MDY;
        }
        PageDates dates = new PageDates(declared);
        Matcher param = DATE_PARAM.matcher(wikitext);
        while (param.find()) {
            dates.tally(param.group(1));
        }
        return dates;
    }

    /** The style a {@code {{use dmy dates}}}-like template declares, if the page has one. */
    Optional<DateStyle> declaredEnglishStyle() {
        return Optional.ofNullable(declared);
    }

    /** Citation days written {@code 2009-05-30}. */
    int isoDays() {
        return iso;
    }

    /** Citation days written in the day form of {@code style}. */
    int count(DateStyle style) {
        return switch (style) {
            case ISO, CJK_ISO, GERMAN_ISO -> iso;
            case DMY -> dmy;
            case MDY -> mdy;
            case CJK -> cjkDays;
            case GERMAN -> german;
        };
    }

    /** The style whose day form most citation days use, the first listed winning a tie; empty if none. */
    Optional<DateStyle> mostUsedOf(DateStyle... styles) {
        DateStyle best = null;
        int bestCount = 0;
        for (DateStyle style : styles) {
            if (count(style) > bestCount) {
                best = style;
                bestCount = count(style);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The language the dates are written in, for a page whose wiki is unknown: {@code zh} when CJK dates
     * (days or months) outnumber dates with English or German month names, {@code de} when German days
     * outnumber English ones, otherwise {@code null} (ISO dates say nothing about the language).
     */
    String language() {
        int cjk = cjkDays + cjkMonths;
        int english = dmy + mdy + englishMonths;
        if (cjk > 0 && cjk > english && cjk > german) {
            return "zh";
        }
        return german > 0 && german > english ? "de" : null;
    }

    private void tally(String rawValue) {
        String value = rawValue.strip().toLowerCase(Locale.ROOT);
        Matcher m;
        if (ISO_DAY.matcher(value).matches()) {
            iso++;
        } else if (CJK_DAY.matcher(value).matches()) {
            cjkDays++;
        } else if (CJK_MONTH.matcher(value).matches()) {
            cjkMonths++;
        } else if ((m = DMY_DAY.matcher(value)).matches() && ENGLISH_MONTHS.contains(m.group(1))) {
            dmy++;
        } else if ((m = MDY_DAY.matcher(value)).matches() && ENGLISH_MONTHS.contains(m.group(1))) {
            mdy++;
        } else if ((m = GERMAN_DAY.matcher(value)).matches() && GERMAN_MONTHS.contains(m.group(1))) {
            german++;
        } else if ((m = ENGLISH_MONTH.matcher(value)).matches() && ENGLISH_MONTHS.contains(m.group(1))) {
            englishMonths++;
        }
    }
}
