package org.citewatch.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citewatch.archive.Snapshot;
import org.citewatch.extract.WikiTemplate;

/** Rules 2 and 3 for a bracketed or bare link: the wiki's archive template after it. */
final class LinkRescuer {

    private final PageContext page;

    LinkRescuer(PageContext page) {
        this.page = page;
    }

    /**
     * Rule 2: {@code {{Webarchive|url=|date=}}} right after the link, in the place of its dead-link tag
     * when it has one right after the link (so inside the same {@code <ref>}); a link that already has an archive template
     * only loses its tag.
     */
    List<Edit> archive(Site site, Finding finding) {
        String text = page.syntax().text();
        List<Edit> edits = new ArrayList<>();
        Optional<WikiTemplate> tag = site.deadLinkTag();
        if (site.archiveTemplate().isPresent() || finding.citation().archiveUrl() != null) {
            tag.ifPresent(t -> edits.add(page.removal(t, site.end(), EditReason.DEAD_TAG_REMOVED, finding.citation())));
            return edits;
        }
        Snapshot snapshot = finding.usableSnapshot();
        String archive = page.archiveTemplate(snapshot.url(), TemplateRescuer.day(snapshot));
        if (tag.isPresent()) {
            WikiTemplate t = tag.get();
            if (page.syntax().hidden(t.start(), t.end())) {
                throw new UnfixableException("the dead-link tag holds a comment");
            }
            if (text.substring(site.end(), t.start()).isBlank()) {
                edits.add(Edit.replace(
                        text, t.start(), t.end(), archive, EditReason.ARCHIVE_TEMPLATE_ADDED, finding.citation()));
                return edits;
            }
            edits.add(page.removal(t, site.end(), EditReason.DEAD_TAG_REMOVED, finding.citation()));
        }
        edits.add(Edit.insert(site.end(), archive, EditReason.ARCHIVE_TEMPLATE_ADDED, finding.citation()));
        return edits;
    }

    /** Rule 3: the archive template's url (and date) replaced by the snapshot found. */
    List<Edit> replaceArchive(Site site, Finding finding) {
        WikiTemplate archive = site.archiveTemplate()
                .orElseThrow(() ->
                        new UnfixableException("the broken archive is not in an archive template after the link"));
        ParamEdits params = new ParamEdits(page.syntax(), archive, finding.citation());
        Snapshot snapshot = finding.usableSnapshot();
        List<Edit> edits = new ArrayList<>();
        WikiTemplate.Param url = archive.param("url")
                .or(() -> archive.params().stream()
                        .filter(p -> p.name().equals("1"))
                        .findFirst())
                .orElseThrow(() -> new UnfixableException("the archive template has no url"));
        params.set(url, snapshot.url(), EditReason.BROKEN_ARCHIVE_REPLACED).ifPresent(edits::add);
        archive.param("date")
                .flatMap(date -> params.set(
                        date, page.dates().day(TemplateRescuer.day(snapshot)), EditReason.BROKEN_ARCHIVE_REPLACED))
                .ifPresent(edits::add);
        return edits;
    }
}
