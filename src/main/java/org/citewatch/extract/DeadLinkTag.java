package org.citewatch.extract;

import java.util.Objects;

/**
 * A {@code {{dead link}}} tag (or {@code {{死链}}}, {@code {{失效链接}}}, ...) as written.
 *
 * @param name the template name as written
 * @param date its {@code date} parameter, or {@code null}
 * @param bot its {@code bot} parameter, or {@code null}
 * @param fixAttempted its {@code fix-attempted} parameter, or {@code null}
 */
public record DeadLinkTag(String name, CitationDate date, String bot, String fixAttempted) {

    public DeadLinkTag {
        Objects.requireNonNull(name, "name");
    }
}
