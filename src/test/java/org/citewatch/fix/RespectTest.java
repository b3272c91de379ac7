package org.citewatch.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.citewatch.check.Verdict;
import org.citewatch.extract.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 13, respect: opt-outs, ignored citations, comments and citations that moved. */
class RespectTest {

    private static final String CITE = "<ref>{{cite web|url=http://dead.example/a|title=T}}</ref>";

    @ParameterizedTest(name = "{0} -> skipped={1}")
    @CsvSource(delimiter = '§', textBlock = """
            # every bot kept out
            {{nobots}} § true
            {{bots|deny=all}} § true
            # citewatch named among others
            {{bots|deny=SomeBot, citewatch}} § true
            {{bots|allow=none}} § true
            # an allow list without citewatch keeps it out; one with it lets it in
            {{bots|allow=SomeBot}} § true
            {{bots|allow=SomeBot,citewatch}} § false
            # others denied, or nothing said
            {{bots|deny=SomeBot}} § false
            {{bots}} § false
            {{bots|deny=none}} § false
            # an opt-out inside a comment says nothing
            <!-- {{nobots}} --> § false
            """)
    void skipsPagesThatKeepCitewatchOut(String optOut, boolean skipped) {
        String text = optOut + "\n" + CITE;

        DocumentFix fix = Pages.fixer().fix(text, Pages.allDeadWithSnapshots(text), Pages.options(), Pages.TODAY);

        assertThat(fix.skipped() != null).as("skipped: %s", fix.skipped()).isEqualTo(skipped);
        assertThat(fix.edits().isEmpty()).isEqualTo(skipped);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '§', textBlock = """
            <ref>{{cite web|url=http://dead.example/a|title=T}}{{cbignore}}</ref>
            <ref>{{cite web|url=http://dead.example/a|title=T}} {{cbignore|bot=InternetArchiveBot}}</ref>
            <ref>{{cite web|url=http://dead.example/a|title=T}}</ref>{{cbignore}}
            <ref>[http://dead.example/a T]{{dead link|date=2018年6月}}{{cbignore}}</ref>
            """)
    void leavesCitationsFollowedByCbignoreAlone(String text) {
        DocumentFix fix = Pages.fixer().fix(text, Pages.allDeadWithSnapshots(text), Pages.options(), Pages.TODAY);

        assertThat(fix.edits()).isEmpty();
        assertThat(fix.notes())
                .singleElement()
                .satisfies(n -> assertThat(n.message()).contains("cbignore"));
    }

    @Test
    void neverEditsInsideACommentNowikiOrPre() {
        String text = "<!-- [http://dead.example/a T] -->\n<nowiki>[http://dead.example/a T]</nowiki>\n"
                + "<pre>{{cite web|url=http://dead.example/a}}</pre>\n";
        // citations as a stale or hostile database might hold them, pointing into the hidden parts
        var findings = java.util.stream.Stream.of(
                        citation(1, 7, "bracketed", null),
                        citation(2, 10, "bracketed", null),
                        citation(3, 21, "cite web", "url"))
                .map(Pages::deadWithSnapshot)
                .toList();

        DocumentFix fix = Pages.fixer().fix(text, findings, Pages.options(), Pages.TODAY);

        assertThat(fix.edits()).isEmpty();
        assertThat(fix.notes())
                .hasSize(3)
                .allSatisfy(n -> assertThat(n.message()).contains("comment"));
    }

    @Test
    void leavesADeadLinkTagInACommentWhereItIs() {
        String text = "<ref>[http://dead.example/a T]<!-- {{dead link|date=2018年6月}} --></ref>";

        String fixed = Pages.fix(text, Pages.allDeadWithSnapshots(text));

        assertThat(fixed)
                .isEqualTo("<ref>[http://dead.example/a T]{{webarchive|url=https://web.archive.org/web/20120320081530/"
                        + "http://dead.example/a|date=2012-03-20}}<!-- {{dead link|date=2018年6月}} --></ref>");
    }

    @Test
    void fixesNothingWhenTheCitationIsNoLongerWhereTheAuditSawIt() {
        String text = "intro line\n<ref>[http://dead.example/a T]</ref>";
        Citation moved = citation(1, 1, "bracketed", null);

        DocumentFix fix =
                Pages.fixer().fix(text, java.util.List.of(Pages.deadWithSnapshot(moved)), Pages.options(), Pages.TODAY);

        assertThat(fix.edits()).as("never a search for the URL elsewhere").isEmpty();
        assertThat(fix.notes())
                .singleElement()
                .satisfies(n -> assertThat(n.message()).contains("line 1, column 1"));
    }

    @Test
    void leavesAnAliveLinkAlone() {
        String text = "<ref>[http://alive.example/a T]{{dead link|date=2018年6月}}</ref>";

        assertThat(Pages.fix(text, Pages.findings(text, c -> new Finding(c, Verdict.ALIVE, false, false, null, null))))
                .isEqualTo(text);
    }

    private static Citation citation(int line, int column, String template, String param) {
        return new Citation(
                "page.wiki",
                line,
                column,
                "http://dead.example/a",
                "http://dead.example/a",
                template,
                param,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                1,
                null,
                null);
    }
}
