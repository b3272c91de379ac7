package org.citewatch.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/** Wayback-style 14-digit timestamps ({@code YYYYMMDDhhmmss}, UTC): padding, lenient parsing, formatting. */
final class Timestamps {

    private static final Pattern FOURTEEN_DIGITS = Pattern.compile("\\d{14}");
    private static final Pattern PREFIX = Pattern.compile("\\d{1,14}");

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    /** Right-pads 1 to 14 digits with zeros, as the archives do for prefixes like {@code 2005}. */
    static String pad(String digits) {
        if (!PREFIX.matcher(digits).matches()) {
            throw new IllegalArgumentException("not a timestamp prefix: " + digits);
        }
        return (digits + "00000000000000").substring(0, 14);
    }

    /**
     * Parses a 14-digit timestamp leniently, never failing on real archive data: 2000-era crawls wrote
     * month or day {@code 00} with the real fields shifted right ({@code 20000800241623} is
     * 2000-08-24 16:23), and padded prefixes have zero months and days; other out-of-range fields are
     * clamped.
     */
    static Optional<Instant> parse(String timestamp) {
        if (timestamp == null || !FOURTEEN_DIGITS.matcher(timestamp).matches()) {
            return Optional.empty();
        }
        String s = timestamp;
        if (s.startsWith("00", 4)) {
            s = s.substring(0, 4) + s.substring(6) + "00";
        }
        if (s.startsWith("00", 6)) {
            s = s.substring(0, 6) + s.substring(8) + "00";
        }
        int year = field(s, 0, 4);
        if (year < 1) {
            return Optional.empty();
        }
        int month = clamp(field(s, 4, 6), 1, 12);
        int day = clamp(field(s, 6, 8), 1, YearMonth.of(year, month).lengthOfMonth());
        int hour = clamp(field(s, 8, 10), 0, 23);
        int minute = clamp(field(s, 10, 12), 0, 59);
        int second = clamp(field(s, 12, 14), 0, 59);
        return Optional.of(
                LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC));
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** Whether the text is a full 14-digit timestamp. */
    static boolean isFull(String text) {
        return text != null && FOURTEEN_DIGITS.matcher(text).matches();
    }

    static LocalDate utcDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The last second of a day: a capture made on the access date counts as "before" it. */
    static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
    }

    private static int field(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
