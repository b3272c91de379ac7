package org.citewatch.fix;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citewatch.archive.Snapshot;
import org.citewatch.extract.WikiTemplate;

/** Rules 1, 3 and 6 for a citation template: its archive parameters and its status. */
final class TemplateRescuer {

    /** Status values that already say the original is dead (CS1, old and new). */
    private static final Set<String> DEAD_STATUS = Set.of("dead", "usurped", "unfit", "yes", "y", "true");

    private final PageContext page;

    TemplateRescuer(PageContext page) {
        this.page = page;
    }

    /** Rule 1: archive-url and archive-date when missing, url-status dead, the dead-link tag removed. */
    List<Edit> archive(Site site, Finding finding) {
        WikiTemplate template = site.template().orElseThrow();
        ParamEdits params = new ParamEdits(page.syntax(), template, finding.citation());
        List<Edit> edits = new ArrayList<>();
        Optional<WikiTemplate.Param> status = template.param("urlstatus", "deadurl");
        Map<String, String> added = new LinkedHashMap<>();
        EditReason reason = EditReason.STATUS_SET_DEAD;
        boolean hasArchive = finding.citation().archiveUrl() != null;
        if (!hasArchive) {
            reason = EditReason.ARCHIVE_ADDED;
            setArchive(template, params, finding.usableSnapshot(), reason, edits, added);
        }
        String statusValue = status.map(p -> page.valueOf(p)).orElse("");
        if (!DEAD_STATUS.contains(statusValue.toLowerCase(Locale.ROOT))) {
            String name = status.map(WikiTemplate.Param::name).orElse(statusName(template));
            String value = WikiTemplate.key(name).equals("deadurl") ? "yes" : "dead";
            if (status.isPresent()) {
                params.set(status.get(), value, reason).ifPresent(edits::add);
            } else {
                added.put(name, value);
            }
        }
        return finish(site, finding, params, added, reason, edits);
    }

    /**
     * Rule 6: a usurped host's citation keeps or gets its archive (archive-url and archive-date from the
     * snapshot found or the capture the drift step read) and says {@code url-status=usurped}, which
     * makes the title link to the archive and hides the original; its dead-link tag goes.
     */
    List<Edit> usurped(Site site, Finding finding) {
        WikiTemplate template = site.template().orElseThrow();
        ParamEdits params = new ParamEdits(page.syntax(), template, finding.citation());
        List<Edit> edits = new ArrayList<>();
        Map<String, String> added = new LinkedHashMap<>();
        EditReason reason = EditReason.USURPED_ARCHIVED;
        if (finding.citation().archiveUrl() == null) {
            setArchive(template, params, finding.usurpedArchive(), reason, edits, added);
        }
        Optional<WikiTemplate.Param> status = template.param("urlstatus", "deadurl");
        if (status.isPresent() && WikiTemplate.key(status.get().name()).equals("deadurl")) {
            // deadurl= has no "usurped"; its successor has
            throw new UnfixableException("the template says deadurl=, which has no usurped value");
        }
        if (status.isPresent()) {
            params.set(status.get(), "usurped", reason).ifPresent(edits::add);
        } else {
            added.put(page.conventions().urlStatusParam(), "usurped");
        }
        return finish(site, finding, params, added, reason, edits);
    }

    /** Rule 3: the broken archive-url (and its date) replaced by the snapshot found. */
    List<Edit> replaceArchive(Site site, Finding finding) {
        WikiTemplate template = site.template().orElseThrow();
        ParamEdits params = new ParamEdits(page.syntax(), template, finding.citation());
        Snapshot snapshot = finding.usableSnapshot();
        List<Edit> edits = new ArrayList<>();
        WikiTemplate.Param archiveUrl = template.param("archiveurl")
                .orElseThrow(() -> new UnfixableException("the archive is not in the template's archive-url="));
        params.set(archiveUrl, snapshot.url(), EditReason.BROKEN_ARCHIVE_REPLACED)
                .ifPresent(edits::add);
        String date = page.dates().day(day(snapshot));
        Optional<WikiTemplate.Param> archiveDate = template.param("archivedate");
        if (archiveDate.isPresent()) {
            params.set(archiveDate.get(), date, EditReason.BROKEN_ARCHIVE_REPLACED)
                    .ifPresent(edits::add);
        } else {
            String name = archiveUrl.name().contains("-") ? page.conventions().archiveDateParam() : "archivedate";
            edits.add(params.append(Map.of(name, date), EditReason.BROKEN_ARCHIVE_REPLACED));
        }
        return edits;
    }

    static LocalDate day(Snapshot snapshot) {
        return LocalDate.ofInstant(snapshot.timestamp(), ZoneOffset.UTC);
    }

    /** Old-style templates ({@code accessdate}, {@code deadurl}) get old-style names. */
    /** Appends the parameters a rule added (once, after its in-place edits) and removes the dead-link tag. */
    private List<Edit> finish(
            Site site,
            Finding finding,
            ParamEdits params,
            Map<String, String> added,
            EditReason reason,
            List<Edit> edits) {
        if (!added.isEmpty()) {
            edits.add(params.append(added, reason));
        }
        site.deadLinkTag()
                .ifPresent(tag ->
                        edits.add(page.removal(tag, site.end(), EditReason.DEAD_TAG_REMOVED, finding.citation())));
        return edits;
    }

    /**
     * Points archive-url and archive-date at the snapshot: edited in place where the template has
     * them, else added to {@code added} (appended once, after every rule's additions), named in the
     * style the template already uses.
     */
    private void setArchive(
            WikiTemplate template,
            ParamEdits params,
            Snapshot snapshot,
            EditReason reason,
            List<Edit> edits,
            Map<String, String> added) {
        Optional<WikiTemplate.Param> archiveUrl = template.param("archiveurl");
        Optional<WikiTemplate.Param> archiveDate = template.param("archivedate");
        String urlName = archiveUrl.map(WikiTemplate.Param::name).orElse(archiveUrlName(template));
        String date = page.dates().day(day(snapshot));
        if (archiveUrl.isPresent()) {
            params.set(archiveUrl.get(), snapshot.url(), reason).ifPresent(edits::add);
        } else {
            added.put(urlName, snapshot.url());
        }
        if (archiveDate.isPresent()) {
            params.set(archiveDate.get(), date, reason).ifPresent(edits::add);
        } else {
            added.put(urlName.contains("-") ? page.conventions().archiveDateParam() : "archivedate", date);
        }
    }

    private String archiveUrlName(WikiTemplate template) {
        return oldStyle(template) ? "archiveurl" : page.conventions().archiveUrlParam();
    }

    private String statusName(WikiTemplate template) {
        Optional<WikiTemplate.Param> archive = template.param("archiveurl");
        boolean old = archive.map(p -> !p.name().contains("-")).orElse(oldStyle(template));
        return old ? "deadurl" : page.conventions().urlStatusParam();
    }

    private static boolean oldStyle(WikiTemplate template) {
        for (WikiTemplate.Param param : template.params()) {
            String raw = param.name().toLowerCase(Locale.ROOT);
            if (raw.equals("accessdate")
                    || raw.equals("archiveurl")
                    || raw.equals("archivedate")
                    || raw.equals("deadurl")) {
                return true;
            }
        }
        return false;
    }
}
