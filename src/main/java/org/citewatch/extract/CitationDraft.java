package org.citewatch.extract;

import java.util.Optional;
import org.citewatch.url.NormalizedUrl;
import org.citewatch.url.UrlNormalizer;

/**
 * A citation while its document is being scanned: later text (a dead-link tag, an archive template,
 * ref reuses) still adds to it. Offsets become lines and columns when it is built.
 */
final class CitationDraft {

    final int offset;
    final String url;
    final NormalizedUrl normalized;
    final String template;
    final String param;
    final String title;
    String archiveUrl;
    CitationDate archiveDate;
    CitationDate accessDate;
    CitationDate date;
    boolean markedDead;
    String urlStatus;
    DeadLinkTag deadLinkTag;
    String refName;
    String refKey;
    String access;
    boolean ignored;
    boolean citedAsArchive;

    CitationDraft(int offset, String url, NormalizedUrl normalized, String template, String param, String title) {
        this.offset = offset;
        this.url = url;
        this.normalized = normalized;
        this.template = template;
        this.param = param;
        this.title = title;
    }

    /**
     * The citation at its line and column. A checkable URL that is itself an archive copy, in a citation
     * without an archive of its own, becomes a citation of the original with that archive (issue 10):
     * the original is what the editor cites, and the archive is judged as one.
     */
    Citation build(String document, LineIndex lines, int uses) {
        if (archiveUrl == null && normalized.skipReason() == null) {
            Optional<ArchiveCopies.Copy> copy = ArchiveCopies.of(url);
            if (copy.isPresent()) {
                return build(
                        document,
                        lines,
                        uses,
                        copy.get().original(),
                        url,
                        copy.get().date(),
                        true);
            }
        }
        return build(document, lines, uses, url, archiveUrl, archiveDate, citedAsArchive);
    }

    private Citation build(
            String document,
            LineIndex lines,
            int uses,
            String citedUrl,
            String archive,
            CitationDate archived,
            boolean asArchive) {
        NormalizedUrl checked = citedUrl.equals(url) ? normalized : UrlNormalizer.normalize(citedUrl);
        return new Citation(
                document,
                lines.line(offset),
                lines.column(offset),
                citedUrl,
                checked.value(),
                template,
                param,
                title,
                archive,
                archived,
                accessDate,
                markedDead,
                urlStatus,
                deadLinkTag,
                refName,
                uses,
                checked.skipReason(),
                date,
                access,
                ignored,
                asArchive);
    }
}
