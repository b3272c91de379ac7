package org.citewatch.extract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as written in a citation, with what could be parsed of it.
 *
 * @param raw the text as written, trimmed
 * @param value the parsed date, or {@code null} when the text could not be parsed; for month or year
 *     precision it is the first day of that month or year
 * @param precision how much of the date the text gave
 */
public record CitationDate(String raw, LocalDate value, Precision precision) {

    /** How much of a date the text gave. */
    public enum Precision {
        DAY,
        MONTH,
        YEAR,
        /** The text is kept raw; {@code value} is {@code null}. */
        UNPARSED
    }

    public CitationDate {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(precision, "precision");
        if ((value == null) != (precision == Precision.UNPARSED)) {
            throw new IllegalArgumentException("a date has a value exactly when it is parsed: " + raw);
        }
    }

    public static CitationDate unparsed(String raw) {
        return new CitationDate(raw, null, Precision.UNPARSED);
    }

    public Optional<LocalDate> date() {
        return Optional.ofNullable(value);
    }

    /** ISO form at the date's precision ({@code 2018-06}), or the raw text when unparsed. */
    public String iso() {
        return switch (precision) {
            case DAY -> value.toString();
            case MONTH -> value.toString().substring(0, 7);
            case YEAR -> value.toString().substring(0, 4);
            case UNPARSED -> raw;
        };
    }
}
