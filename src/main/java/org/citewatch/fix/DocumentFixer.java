package org.citewatch.fix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citewatch.extract.Citation;
import org.citewatch.extract.DateStyle;
import org.citewatch.extract.ExtractProperties;
import org.citewatch.extract.WikiSite;
import org.citewatch.extract.WikitextCitationExtractor;
import org.citewatch.extract.WikitextSyntax;

/**
 * Works out the edits that rescue the citations of one page, following the rules of docs/fix.md.
 * Each citation is found where the audit saw it and its construct is read again there; every edit
 * lies inside that construct or right after it, and none touches a comment or an ignored tag. The
 * patched page must extract to the same citations ({@link RoundTrip}), or the edits are dropped.
 * Thread-safe.
 */
final class DocumentFixer {

    private final ExtractProperties extract;
    private final FixProperties settings;

    private final RoundTrip roundTrip;

    DocumentFixer(ExtractProperties extract, FixProperties settings) {
        this.extract = extract;
        this.settings = settings;
        this.roundTrip = new RoundTrip(new WikitextCitationExtractor(extract));
    }

    /**
     * The fixer for pages of a live wiki whose own names of the dead-link and archive templates add to
     * the configured ones (as the audit's extractor read its pages); this one when the wiki adds none.
     */
    DocumentFixer forSite(WikiSite site) {
        return site.addsTemplates()
                ? new DocumentFixer(extract.withTemplates(site.deadLinkTemplates(), site.archiveTemplates()), settings)
                : this;
    }

    /**
     * @param text the page's text as the audit read it
     * @param findings the page's citations with what the audit found, in page order
     * @param today the date of an added dead-link tag
     */
    DocumentFix fix(String text, List<Finding> findings, FixOptions options, LocalDate today) {
        return fix(text, null, findings, options, today);
    }

    /**
     * @param wikiLanguage the page's wiki language as its input names it (a dump's siteinfo, a live
     *     wiki, {@code citewatch.extract.wiki-lang}), or {@code null} when unknown
     */
    DocumentFix fix(String text, String wikiLanguage, List<Finding> findings, FixOptions options, LocalDate today) {
        WikitextSyntax syntax = WikitextSyntax.of(text, extract);
        Optional<String> denial = BotsPolicy.denial(syntax, settings.botName());
        if (denial.isPresent()) {
            return DocumentFix.skipped(denial.get());
        }
        String language = WikiLanguage.of(
                text, settings.language(), wikiLanguage, settings.wikis().keySet());
        PageContext page = new PageContext(
                syntax, settings.wikis().get(language), DateStyle.detect(text, language), settings.botName(), today);
        List<Edit> edits = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        Map<Citation, String> archives = new HashMap<>();
        for (Finding finding : findings) {
            List<String> why = new ArrayList<>(1);
            Rescue rescue = Rescue.of(finding, options, why::add);
            why.forEach(message -> notes.add(new Note(finding.citation(), message)));
            if (rescue == Rescue.NONE) {
                continue;
            }
            SiteLocator.Located located = SiteLocator.locate(syntax, finding.citation());
            if (located instanceof SiteLocator.NotFound notFound) {
                notes.add(new Note(finding.citation(), notFound.why()));
                continue;
            }
            Site site = ((SiteLocator.Found) located).site();
            if (site.ignored()) {
                notes.add(new Note(finding.citation(), "{{cbignore}} follows the citation: left alone"));
                continue;
            }
            List<Edit> own;
            try {
                own = edits(page, rescue, site, finding);
            } catch (UnfixableException e) {
                notes.add(new Note(finding.citation(), e.getMessage()));
                continue;
            }
            if (own.stream().anyMatch(edit -> touchesHidden(syntax, edit) || Patch.overlapsAny(edit, edits))) {
                notes.add(new Note(finding.citation(), "the fix would overlap another fix or a comment"));
                continue;
            }
            edits.addAll(own);
            if (!own.isEmpty()
                    && (rescue == Rescue.REPLACE_ARCHIVE
                            || (rescue == Rescue.ARCHIVE && finding.citation().archiveUrl() == null))) {
                archives.put(finding.citation(), finding.usableSnapshot().url());
            } else if (!own.isEmpty()
                    && rescue == Rescue.USURPED
                    && finding.citation().archiveUrl() == null) {
                archives.put(finding.citation(), finding.usurpedArchive().url());
            }
        }
        return new DocumentFix(roundTrip.check(text, edits, archives, notes), notes, null);
    }

    private static List<Edit> edits(PageContext page, Rescue rescue, Site site, Finding finding) {
        boolean template = site.template().isPresent();
        return switch (rescue) {
            case ARCHIVE ->
                template
                        ? new TemplateRescuer(page).archive(site, finding)
                        : new LinkRescuer(page).archive(site, finding);
            case REPLACE_ARCHIVE ->
                template
                        ? new TemplateRescuer(page).replaceArchive(site, finding)
                        : new LinkRescuer(page).replaceArchive(site, finding);
            case TAG ->
                site.deadLinkTag().isPresent()
                        ? List.of()
                        : List.of(Edit.insert(
                                site.end(), page.deadLinkTag(), EditReason.UNRESCUED_TAGGED, finding.citation()));
            case USURPED -> {
                if (!template) {
                    throw new UnfixableException(
                            "a usurped plain link needs its URL replaced by the archive;" + " left to an editor");
                }
                yield new TemplateRescuer(page).usurped(site, finding);
            }
            case UNTAG ->
                site.deadLinkTag()
                        .map(tag -> List.of(
                                page.removal(tag, site.end(), EditReason.STALE_TAG_REMOVED, finding.citation())))
                        .orElse(List.of());
            case NONE -> List.of();
        };
    }

    /** An edit may not change hidden text, nor insert inside it. */
    private static boolean touchesHidden(WikitextSyntax syntax, Edit edit) {
        if (edit.start() < edit.end()) {
            return syntax.hidden(edit.start(), edit.end());
        }
        int at = edit.start();
        return at > 0 && at < syntax.text().length() && syntax.hidden(at - 1) && syntax.hidden(at);
    }
}
