package org.citewatch.extract;

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

    CitationDraft(int offset, String url, NormalizedUrl normalized, String template, String param, String title) {
        this.offset = offset;
        this.url = url;
        this.normalized = normalized;
        this.template = template;
        this.param = param;
        this.title = title;
    }

    Citation build(String document, LineIndex lines, int uses) {
        return new Citation(
                document,
                lines.line(offset),
                lines.column(offset),
                url,
                normalized.value(),
                template,
                param,
                title,
                archiveUrl,
                archiveDate,
                accessDate,
                markedDead,
                urlStatus,
                deadLinkTag,
                refName,
                uses,
                normalized.skipReason(),
                date);
    }
}
