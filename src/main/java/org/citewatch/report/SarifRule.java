package org.citewatch.report;

import java.util.Locale;
import org.citewatch.archive.ArchiveStatus;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A SARIF rule: one per reason code (a checker reason for dead and unknown links, an archive status
 * for bad archive links), and one each for the wikitext's own claims that the check contradicts
 * ({@code TAGGED_DEAD_ALIVE}, {@code MARKED_LIVE_DEAD}), and one each for the links that answer with the
 * wrong page ({@code USURPED}, {@code CONTENT_CHANGED}, issue 17).
 *
 * @param id {@code HTTP_404}, or {@code ARCHIVE_ORIGINAL_MISMATCH}
 * @param level {@code error} for dead links (marked-live-dead too), {@code warning} for bad archives and
 *     for tagged-dead links that answer, {@code note} for unknown links
 */
record SarifRule(String id, String level, String summary, String help) {

    static SarifRule of(CitationRow row) {
        if (row.kind() == ProblemKind.USURPED) {
            return new SarifRule(
                    "USURPED",
                    "warning",
                    "Usurped domain",
                    "The link answers, but its domain changed hands: gambling, adult, a domain sale, a content farm,"
                            + " another language than every archived copy, or one page for every cited path."
                            + " Point readers at the archived copy with |archive-url= |archive-date="
                            + " |url-status=usurped, which hides the original link.");
        }
        if (row.kind() == ProblemKind.CONTENT_CHANGED) {
            return new SarifRule(
                    "CONTENT_CHANGED",
                    "warning",
                    "Content changed",
                    "The link answers, but with another page: its title and heading share almost nothing with the"
                            + " cited title, while the archived copy from the citation's time does. Check that the"
                            + " archived copy supports the text and add it (|url-status=dead), or find where the"
                            + " page moved.");
        }
        if (row.kind() == ProblemKind.BAD_ARCHIVE) {
            ArchiveStatus status = row.badArchiveStatus().orElseThrow();
            return new SarifRule(
                    "ARCHIVE_" + status.name(),
                    "warning",
                    "Archive link: " + status.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    ReasonText.of(status)
                            + " Replace it with a working Wayback Machine snapshot of the cited page, or remove it.");
        }
        if (row.kind() == ProblemKind.TAGGED_DEAD_ALIVE) {
            return new SarifRule(
                    "TAGGED_DEAD_ALIVE",
                    "warning",
                    "Tagged dead, answers now",
                    "The wikitext marks this link dead ({{dead link}} or url-status=dead), but it answers."
                            + " Either the tag is stale and can go (url-status=live), or the page only looks alive"
                            + " (a home page, another page, a new owner): compare it with the archived copy"
                            + " report.html shows, and keep the tag if they differ.");
        }
        if (row.kind() == ProblemKind.MARKED_LIVE_DEAD) {
            return new SarifRule(
                    "MARKED_LIVE_DEAD",
                    "error",
                    "Marked live, dead now",
                    "The citation says url-status=live, but the link has been dead in enough checks over enough"
                            + " days; readers following its title reach a dead page. Set |url-status=dead so that"
                            + " the archive link leads.");
        }
        String reason = row.link().reason().name();
        if (row.kind() == ProblemKind.UNKNOWN) {
            return new SarifRule(
                    reason,
                    "note",
                    "Link could not be checked: " + reason,
                    ReasonText.of(row.link().reason())
                            + " citewatch never calls such a link dead; open it in a browser to decide.");
        }
        return new SarifRule(
                reason,
                "error",
                "Dead link: " + reason,
                ReasonText.of(row.link().reason())
                        + " Add an archived copy (|archive-url= |archive-date= |url-status=dead, or"
                        + " {{webarchive}} after a plain link); without one, tag it {{dead link}} or"
                        + " replace the source. report.html has the ready-to-paste fix.");
    }

    ObjectNode toJson(JsonMapper mapper) {
        ObjectNode rule = mapper.createObjectNode();
        rule.put("id", id);
        rule.put("name", pascalCase(id));
        rule.putObject("shortDescription").put("text", summary);
        rule.putObject("fullDescription").put("text", help);
        rule.putObject("help").put("text", help);
        rule.putObject("defaultConfiguration").put("level", level);
        return rule;
    }

    private static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.toLowerCase(Locale.ROOT).split("_")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }
}
