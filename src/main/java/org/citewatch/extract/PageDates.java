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

    /** Parameter names whose value is a date: {@code date}, {@code access-date}; German {@code datum}, {@code abruf}. */
    private static final String[] DATE_NAME_ENDINGS = {"date", "datum", "abruf", "zugriff"};

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

    /**
     * Citation dates read per page: enough for a clear majority, and a bound on the cost of the
     * largest pages (2 MB of wikitext holds tens of thousands of dates, each classified by pattern).
     */
    static final int MAX_DATES = 500;

    private final DateStyle declared;
    private int read;
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

    /**
     * Reads the evidence in one pass over the {@code |} and {@code {{} of the text (found with
     * {@link String#indexOf}, which is fast), classifying at most {@value #MAX_DATES} dates.
     */
    static PageDates of(String wikitext) {
        PageDates dates = new PageDates(declaredStyle(wikitext));
        int bar = -1;
        while (dates.read < MAX_DATES && (bar = wikitext.indexOf('|', bar + 1)) >= 0) {
            dates.dateParam(wikitext, bar + 1);
        }
        return dates;
    }

    /**
     * {@code {{use dmy dates}}} and the redirects to it and to its mdy twin: {@code {{dmy}}},
     * {@code {{Use DMY dates}}}, {@code {{use dmy}}}, {@code {{Use_mdy_dates|date=…}}}, {@code {{usedmy}}};
     * the first one wins.
     */
    private static DateStyle declaredStyle(String text) {
        int open = -2;
        while ((open = text.indexOf("{{", open + 2)) >= 0) {
            int i = skipSpaces(text, open + 2);
            if (text.regionMatches(true, i, "use", 0, 3)) {
                i += 3;
                while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '_')) {
                    i++;
                }
            }
            DateStyle style = text.regionMatches(true, i, "dmy", 0, 3)
                    ? DateStyle.DMY
                    : text.regionMatches(true, i, "mdy", 0, 3) ? DateStyle.MDY : null;
            if (style == null) {
                continue;
            }
            i += 3;
            int words = i;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '_')) {
                i++;
            }
            if (i > words && text.regionMatches(true, i, "date", 0, 4)) {
                i += 4;
                if (i < text.length() && (text.charAt(i) == 's' || text.charAt(i) == 'S')) {
                    i++;
                }
            } else {
                i = words;
            }
            i = skipSpaces(text, i);
            if (text.startsWith("|", i) || text.startsWith("}}", i)) {
                return style;
            }
        }
        return null;
    }

    /** A {@code name = value} right after a {@code |}: tallies the value when the name is a date's. */
    private void dateParam(String text, int from) {
        int nameStart = skipSpaces(text, from);
        int nameEnd = nameStart;
        while (nameEnd < text.length() && isNameChar(text.charAt(nameEnd))) {
            nameEnd++;
        }
        int equals = skipSpaces(text, nameEnd);
        if (equals >= text.length() || text.charAt(equals) != '=' || !isDateName(text, nameStart, nameEnd)) {
            return;
        }
        int valueStart = equals + 1;
        int valueEnd = valueStart;
        while (valueEnd < text.length() && "|}\n".indexOf(text.charAt(valueEnd)) < 0) {
            valueEnd++;
        }
        tally(text.substring(valueStart, valueEnd));
    }

    private static boolean isDateName(String text, int start, int end) {
        for (String ending : DATE_NAME_ENDINGS) {
            if (end - start >= ending.length()
                    && text.regionMatches(true, end - ending.length(), ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
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
        read++;
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
