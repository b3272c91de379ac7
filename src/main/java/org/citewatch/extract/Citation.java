package org.citewatch.extract;

import java.util.Objects;

/**
 * One cited URL at one place in one document.
 *
 * @param document file path, or page title for dumps
 * @param line 1-based line of the URL's first character
 * @param column 1-based column (in UTF-16 code units) of the URL's first character
 * @param url the URL exactly as written in the document
 * @param normalizedUrl the URL under which it is checked once per run ({@link UrlNormalizer}); for a
 *     skipped URL (non-http scheme, malformed) it equals {@code url}
 * @param template the citation template's name as written ({@code cite web}), or {@code bracketed},
 *     {@code bare}, {@code infobox}, {@code html}, {@code list}
 * @param param the template parameter holding the URL ({@code url}, {@code chapter-url}), or {@code null}
 * @param title the cited work's title or the link text, or {@code null}
 * @param archiveUrl the archive URL the citation already carries, or {@code null}
 * @param archiveDate the citation's archive date, or {@code null}
 * @param accessDate the citation's access date, or {@code null}
 * @param markedDead {@code true} when the wikitext says the link is dead ({@code url-status=dead},
 *     {@code deadurl=yes}, a {@code {{dead link}}} tag)
 * @param urlStatus the raw {@code url-status}/{@code deadurl} value, or {@code null}
 * @param deadLinkTag the {@code {{dead link}}} tag that marks it, or {@code null}
 * @param refName the name of the enclosing {@code <ref name=...>}, or {@code null}
 * @param uses how many times the citation is used: 1 plus the {@code <ref name=x/>} reuses
 * @param skipReason why the URL is not checked ({@code UNSUPPORTED_SCHEME}, {@code MALFORMED_URL}), or
 *     {@code null} for a checkable URL
 * @param date the citation template's own {@code date=} (when the cited work was published), or
 *     {@code null}; a snapshot target when the citation has no access date
 */
public record Citation(
        String document,
        int line,
        int column,
        String url,
        String normalizedUrl,
        String template,
        String param,
        String title,
        String archiveUrl,
        CitationDate archiveDate,
        CitationDate accessDate,
        boolean markedDead,
        String urlStatus,
        DeadLinkTag deadLinkTag,
        String refName,
        int uses,
        String skipReason,
        CitationDate date) {

    public Citation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(normalizedUrl, "normalizedUrl");
        Objects.requireNonNull(template, "template");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
        if (uses < 1) {
            throw new IllegalArgumentException("uses must be at least 1: " + uses);
        }
    }

    /** Whether the URL is to be checked over the network. */
    public boolean checkable() {
        return skipReason == null;
    }
}
