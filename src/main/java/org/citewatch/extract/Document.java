package org.citewatch.extract;

import java.util.Objects;

/**
 * One document to extract citations from: a file, a page of a dump, or a page of a live wiki.
 *
 * @param name file path, page title for dumps, page address for wiki pages; what reports show as the
 *     document
 * @param source the file the document came from (the dump file for a page)
 * @param revisionId the dump or wiki revision id, or {@code null} for files
 * @param format how to read {@code text}
 * @param text the whole content
 * @param firstLine the line of {@code source} on which {@code text} starts (1 for files); dump pages
 *     report lines within the page, so this is 1 for them too
 * @param language the wiki's language code ({@code zh}, {@code en}): from a dump's {@code <siteinfo>} or
 *     a live wiki's siteinfo, else the {@code citewatch.extract.wiki-lang} setting; {@code null} when
 *     unknown, in which case the page's own dates tell ({@link DateStyle#detect})
 * @param wikiPage the page and revision of a live wiki the document holds, or {@code null} for files
 *     and dump pages
 */
public record Document(
        String name,
        String source,
        Long revisionId,
        DocumentFormat format,
        String text,
        int firstLine,
        String language,
        WikiPage wikiPage) {

    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        if (wikiPage != null && format != DocumentFormat.WIKITEXT) {
            throw new IllegalArgumentException("a wiki page is wikitext: " + name);
        }
        if (language != null && language.isBlank()) {
            language = null;
        }
    }
}
