package org.citewatch.extract;

import java.util.List;
import java.util.Objects;

/**
 * What a wiki says of itself that changes how its pages are read.
 *
 * @param language the content language code ({@code zh}, {@code en}), or empty when unknown
 * @param deadLinkTemplates the wiki's other names for the dead-link tag (its redirects to {@code
 *     Template:Dead link}), added to {@code citewatch.extract.dead-link-templates} for its pages
 * @param archiveTemplates the same for the archive template ({@code Template:Webarchive})
 */
public record WikiSite(String language, List<String> deadLinkTemplates, List<String> archiveTemplates) {

    /** Nothing known: the configured names alone. */
    public static final WikiSite UNKNOWN = new WikiSite("", List.of(), List.of());

    public WikiSite {
        Objects.requireNonNull(language, "language");
        deadLinkTemplates = List.copyOf(deadLinkTemplates);
        archiveTemplates = List.copyOf(archiveTemplates);
    }

    /** Whether the wiki adds template names to the configured ones. */
    public boolean addsTemplates() {
        return !deadLinkTemplates.isEmpty() || !archiveTemplates.isEmpty();
    }
}
