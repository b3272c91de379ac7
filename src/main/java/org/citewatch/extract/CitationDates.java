package org.citewatch.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates that citations carry ({@code archive-date}, {@code access-date}, a dead-link tag's
 * {@code date}) in the forms English and Chinese Wikipedia pages use.
 *
 * <p>Accepted: ISO {@code 2009-05-30} (also with {@code /} or {@code .}) and {@code 2009-05};
 * {@code 30 May 2009}; {@code May 30, 2009}; {@code April 2008}; {@code 2009年3月27日};
 * {@code 2018年6月}; {@code 2010年}; Wayback timestamps of 14 digits ({@code 20090530062757}) or 8
 * digits; a year alone. Month names may be full or abbreviated ({@code Sept.}), in any case.
 * Full-width digits are read as digits.
 */
public final class CitationDates {

    private static final Pattern NUMERIC_DAY = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern NUMERIC_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern DIGITS = Pattern.compile("\\d{4}|\\d{8}|\\d{14}");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) ([a-z]+)\\.?,? (\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([a-z]+)\\.? (\\d{1,2}),? (\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]+)\\.?,? (\\d{4})");
    private static final Pattern CJK = Pattern.compile("(\\d{4}) ?年(?: ?(\\d{1,2}) ?月(?: ?(\\d{1,2}) ?[日号號])?)?");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1),
            Map.entry("february", 2),
            Map.entry("march", 3),
            Map.entry("april", 4),
            Map.entry("may", 5),
            Map.entry("june", 6),
            Map.entry("july", 7),
            Map.entry("august", 8),
            Map.entry("september", 9),
            Map.entry("october", 10),
            Map.entry("november", 11),
            Map.entry("december", 12),
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    private CitationDates() {}

    /**
     * Parses a date as written.
     *
     * @param raw the text as written; surrounding whitespace is ignored
     * @return the date with its precision and the trimmed raw text; {@link CitationDate#unparsed} when
     *     the text is not a date in a known form (never throws on content)
     */
    public static CitationDate parse(String raw) {
        String trimmed = raw.strip();
        String text = canonical(trimmed);
        try {
            CitationDate parsed = parseCanonical(trimmed, text);
            return parsed != null ? parsed : CitationDate.unparsed(trimmed);
        } catch (DateTimeException invalidDay) {
            return CitationDate.unparsed(trimmed);
        }
    }

    private static CitationDate parseCanonical(String raw, String text) {
        if (isIsoDay(text)) {
            return day(raw, text.substring(0, 4), text.substring(5, 7), text.substring(8, 10));
        }
        Matcher m;
        // Each pattern below is tried only on text it can match (digits and separators alone;
        // a 年): a date is read with one or two matchers instead of up to seven.
        if (isNumeric(text)) {
            if ((m = NUMERIC_DAY.matcher(text)).matches()) {
                return day(raw, m.group(1), m.group(3), m.group(4));
            }
            if ((m = NUMERIC_MONTH.matcher(text)).matches()) {
                return month(raw, m.group(1), m.group(2));
            }
            if (DIGITS.matcher(text).matches()) {
                return text.length() == 4
                        ? year(raw, text)
                        : day(raw, text.substring(0, 4), text.substring(4, 6), text.substring(6, 8));
            }
            return null;
        }
        if (text.indexOf('年') >= 0) {
            if ((m = CJK.matcher(text)).matches()) {
                if (m.group(3) != null) {
                    return day(raw, m.group(1), m.group(2), m.group(3));
                }
                return m.group(2) != null ? month(raw, m.group(1), m.group(2)) : year(raw, m.group(1));
            }
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if ((m = DAY_MONTH_YEAR.matcher(lower)).matches() && MONTHS.containsKey(m.group(2))) {
            return namedDay(raw, m.group(3), m.group(2), m.group(1));
        }
        if ((m = MONTH_DAY_YEAR.matcher(lower)).matches() && MONTHS.containsKey(m.group(1))) {
            return namedDay(raw, m.group(3), m.group(1), m.group(2));
        }
        if ((m = MONTH_YEAR.matcher(lower)).matches() && MONTHS.containsKey(m.group(1))) {
            return new CitationDate(
                    raw,
                    LocalDate.of(Integer.parseInt(m.group(2)), MONTHS.get(m.group(1)), 1),
                    CitationDate.Precision.MONTH);
        }
        return null;
    }

    /**
     * The capture date in a Wayback Machine URL ({@code https://web.archive.org/web/20090530062757/...}),
     * for an archive link whose template gives no date.
     *
     * @return the date of the 14-digit timestamp (raw text: the timestamp), or {@code null} when the URL
     *     has none
     */
    public static CitationDate fromArchiveUrl(String archiveUrl) {
        int web = archiveUrl.indexOf("/web/");
        if (web < 0) {
            return null;
        }
        int start = web + 5;
        int end = start;
        while (end < archiveUrl.length()
                && Character.isDigit(archiveUrl.charAt(end))
                && archiveUrl.charAt(end) < 0x80) {
            end++;
        }
        if (end - start != 14) {
            return null;
        }
        CitationDate date = parse(archiveUrl.substring(start, end));
        return date.precision() == CitationDate.Precision.UNPARSED ? null : date;
    }

    /** The common case, {@code 2009-05-30}, without a regex. */
    private static boolean isIsoDay(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /** Only ASCII digits and the separators {@code - / .}: the only text the numeric patterns match. */
    private static boolean isNumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && c != '-' && c != '/' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** Full-width digits to ASCII, any run of whitespace (NBSP, ideographic space) to one space. */
    private static String canonical(String s) {
        if (isCanonical(s)) {
            return s; // the usual case: nothing to copy
        }
        StringBuilder digits = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            digits.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return Spaces.collapse(digits.toString());
    }

    /** No full-width digit, and no white space but single ASCII spaces between other characters. */
    private static boolean isCanonical(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                return false;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                boolean inner = c == ' ' && i > 0 && i + 1 < s.length();
                if (!inner || isSpace(s.charAt(i - 1)) || isSpace(s.charAt(i + 1))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static CitationDate namedDay(String raw, String year, String monthName, String day) {
        LocalDate date = LocalDate.of(Integer.parseInt(year), MONTHS.get(monthName), Integer.parseInt(day));
        return new CitationDate(raw, date, CitationDate.Precision.DAY);
    }

    private static CitationDate day(String raw, String year, String month, String day) {
        LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        return new CitationDate(raw, date, CitationDate.Precision.DAY);
    }

    private static CitationDate month(String raw, String year, String month) {
        LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), 1);
        return new CitationDate(raw, date, CitationDate.Precision.MONTH);
    }

    private static CitationDate year(String raw, String year) {
        return new CitationDate(raw, LocalDate.of(Integer.parseInt(year), 1, 1), CitationDate.Precision.YEAR);
    }
}
