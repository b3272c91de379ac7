package org.citewatch.fix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citewatch.extract.Citation;
import org.citewatch.extract.ExtractProperties;
import org.citewatch.extract.WikiTemplate;
import org.citewatch.extract.WikitextSyntax;
import org.citewatch.report.WikitextChange;

/**
 * A fixed page's edits as one change per citation, for the HTML report: the citation's construct (its
 * template from <code>{{</code>, or its link from {@code [}) through its last edit, as the page holds it,
 * and the same text with the citation's edits applied. An editor finds the one in the page and pastes
 * the other; the edits are exactly those of fixes.json, only shown with the text around them.
 */
final class CitationChanges {

    private CitationChanges() {}

    /** @param diffFile where {@code citewatch fix} writes the page's diff */
    static List<WikitextChange> of(FixedDocument fixed, Path diffFile, ExtractProperties extract) {
        String text = fixed.document().text();
        WikitextSyntax syntax = WikitextSyntax.of(text, extract);
        LineColumns lines = new LineColumns(text);
        Map<Citation, List<Edit>> byCitation = new LinkedHashMap<>();
        for (Edit edit : fixed.fix().edits()) {
            byCitation.computeIfAbsent(edit.citation(), c -> new ArrayList<>()).add(edit);
        }
        List<WikitextChange> changes = new ArrayList<>(byCitation.size());
        byCitation.forEach((citation, edits) -> {
            int start = edits.stream().mapToInt(Edit::start).min().orElseThrow();
            int end = edits.stream().mapToInt(Edit::end).max().orElseThrow();
            // the same reading of the construct as the fixer's; found, since the fixer found it there
            if (SiteLocator.locate(syntax, citation) instanceof SiteLocator.Found found) {
                start = Math.min(start, constructStart(text, found.site()));
                end = Math.max(end, found.site().end());
            }
            changes.add(change(text, lines, citation, edits, start, end, diffFile));
        });
        return changes;
    }

    private static WikitextChange change(
            String text, LineColumns lines, Citation citation, List<Edit> edits, int start, int end, Path diffFile) {
        String old = text.substring(start, end);
        List<Edit> local = edits.stream()
                .map(e -> new Edit(e.start() - start, e.end() - start, e.oldText(), e.newText(), e.reason(), citation))
                .toList();
        return new WikitextChange(
                citation, lines.line(start), lines.column(start), start, old, Patch.apply(old, local), diffFile);
    }

    /** Where the citation's construct starts: its template's braces, its link's bracket, or its URL. */
    private static int constructStart(String text, Site site) {
        return site.template()
                .map(WikiTemplate::start)
                .orElse(
                        site.urlStart() > 0 && text.charAt(site.urlStart() - 1) == '['
                                ? site.urlStart() - 1
                                : site.urlStart());
    }
}
