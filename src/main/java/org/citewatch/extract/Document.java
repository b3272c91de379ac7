package org.citewatch.extract;

import java.util.Objects;

/**
 * One document to extract citations from: a file, or a page of a dump.
 *
 * @param name file path, or page title for dumps; what reports show as the document
 * @param source the file the document came from (the dump file for a page)
 * @param revisionId the dump revision id, or {@code null} for files
 * @param format how to read {@code text}
 * @param text the whole content
 * @param firstLine the line of {@code source} on which {@code text} starts (1 for files); dump pages
 *     report lines within the page, so this is 1 for them too
 * @param language the wiki's language code ({@code zh}, {@code en}): from a dump's {@code <siteinfo>},
 *     else the {@code citewatch.extract.wiki-lang} setting; {@code null} when unknown, in which case
 *     the page's own dates tell ({@link DateStyle#detect})
 */
public record Document(
        String name,
        String source,
        Long revisionId,
        DocumentFormat format,
        String text,
        int firstLine,
        String language) {

    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        if (language != null && language.isBlank()) {
            language = null;
        }
    }
}
