package org.citewatch.extract;

import java.util.Objects;
import java.util.Set;
import org.citewatch.url.UrlNormalizer;

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
 * @param access how a reader gets at the source, lower case: the {@code url-access} value
 *     ({@code subscription}, {@code registration}, {@code limited}, {@code free}), or the kind of a
 *     paywall template after the citation ({@code {{subscription required}}}: {@code subscription});
 *     {@code null} when the wikitext says nothing
 * @param ignored {@code true} when a {@code {{cbignore}}} follows the citation: editors asked bots to
 *     leave it alone, so it is reported but never offered a fix nor counted by the gate
 * @param citedAsArchive {@code true} when the text at {@code line:column} is {@code archiveUrl}, not
 *     {@code url}: the document cites an archive copy ({@code [https://web.archive.org/web/2006.../http://x
 *     title]}, {@code url=} of a cite template, a {@code {{webarchive}}} standing alone), and {@code url} is
 *     the original that the archive URL names; an edit of the citation must replace the archive URL there
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
        CitationDate date,
        String access,
        boolean ignored,
        boolean citedAsArchive) {

    /** {@link #access} values that put the source behind a paywall or a login. */
    public static final Set<String> PAYWALLED_ACCESS = Set.of("subscription", "registration", "limited");

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
        if (citedAsArchive && archiveUrl == null) {
            throw new IllegalArgumentException("a citation of an archive copy needs its archiveUrl: " + url);
        }
    }

    /**
     * Whether the wikitext says the source is behind a paywall or a login: then 401, 403 and the like
     * from its host are the paywall answering, not a dead link.
     */
    public boolean paywalled() {
        return access != null && PAYWALLED_ACCESS.contains(access);
    }

    /** Whether the URL is to be checked over the network. */
    public boolean checkable() {
        return skipReason == null;
    }
}
