package org.citewatch.report;

import java.util.Optional;
import org.citewatch.drift.DriftFinding;
import org.citewatch.extract.Citation;

/**
 * What an editor is told about the problem kinds that are about the wikitext's own claims rather than
 * the link alone (issue 10 item 2): both readings of a dead tag on a link that answers, and why a
 * {@code url-status=live} on a confirmed-dead link matters.
 */
final class ProblemText {

    private ProblemText() {}

    /** The explanation for the row's kind, or empty for kinds the verdict and reason explain. */
    static Optional<String> readings(CitationRow row) {
        return switch (row.kind()) {
            case TAGGED_DEAD_ALIVE -> Optional.of(taggedDeadAlive(row));
            case USURPED, CONTENT_CHANGED -> Optional.of(drift(row));
            case MARKED_LIVE_DEAD ->
                Optional.of("The citation says url-status=live, but the link has been dead in enough checks over"
                        + " enough days, so its title leads readers to a dead page. Set |url-status=dead so that the"
                        + " archive link leads.");
            // treat-as-dead made a drifted link DEAD: the titles still say why
            default -> row.report().drift() == null ? Optional.empty() : Optional.of(drift(row));
        };
    }

    /**
     * The three titles side by side (cited, live, archived) and what to do: for a usurped host, the
     * archive with {@code url-status=usurped}; for a changed page, a look, since only an editor can tell
     * whether the source still supports the text. Also written for links that treat-as-dead made DEAD.
     */
    static String drift(CitationRow row) {
        DriftFinding drift = row.report().drift();
        String titles = "Cited title: " + quoted(drift.citedTitle()) + " · live page: " + quoted(drift.liveTitle())
                + " · archived copy"
                + (drift.capturedAt() == null
                        ? ": none read"
                        : " of " + drift.capturedAt().toString().substring(0, 10) + ": " + quoted(drift.captureTitle()))
                + ". ";
        return switch (drift.kind()) {
            case USURPED ->
                titles + "The domain changed hands (" + drift.evidence() + "). Readers who click get the new owner's"
                        + " page: point them at the archived copy with |url-status=usurped, which hides the original"
                        + " link.";
            case CONTENT_CHANGED ->
                titles + "The page at this address is no longer the cited one (" + drift.evidence() + "). Check"
                        + " that the archived copy supports the text, then add it (|archive-url= |archive-date="
                        + " |url-status=dead), or find where the page moved.";
        };
    }

    private static String quoted(String title) {
        return title == null || title.isBlank() ? "(none)" : "\u201c" + title.strip() + "\u201d";
    }

    private static String taggedDeadAlive(CitationRow row) {
        Citation citation = row.citation();
        String stale = citation.deadLinkTag() != null
                ? "remove the {{" + citation.deadLinkTag().name().strip() + "}} tag"
                : "set |url-status=live";
        String status =
                row.link().httpStatus() == null ? "" : " (HTTP " + row.link().httpStatus() + ")";
        String snapshot = row.fallback()
                .map(s -> "the snapshot of "
                        + s.timestamp().toString().substring(0, 10)
                        + " (" + SnapshotNote.of(s, row.report().target()) + ")")
                .or(() -> Optional.ofNullable(citation.archiveUrl()).map(url -> "the citation's archive copy"))
                .orElse("what the citation describes");
        return "The wikitext says this link is dead, but it answers now" + status + ". Either the tag is stale: "
                + stale + ". Or the page only looks alive (a home page, another page, a new owner): compare it with "
                + snapshot + ", and if they differ keep the tag and use the archive.";
    }
}
