package org.citewatch.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.check.Verdict;
import org.citewatch.drift.DriftFinding;
import org.citewatch.drift.DriftKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 17, rules 6 and 7: a usurped host's citations point at their archive; a changed page gets a note. */
class UsurpedRescueTest {

    private static final String CAPTURE = "https://web.archive.org/web/20100615000000/http://lapsed.example/a";

    private static DriftFinding drift(DriftKind kind) {
        return new DriftFinding(
                kind,
                "T",
                "Slot Gacor",
                "T - Society",
                CAPTURE,
                Instant.parse("2010-06-15T00:00:00Z"),
                kind == DriftKind.USURPED ? "the host changed hands: 2 of 2 live pages show \"slot gacor\"" : "changed",
                false);
    }

    private static Finding usurped(org.citewatch.extract.Citation c) {
        ArchiveStatus own = c.archiveUrl() == null ? null : ArchiveStatus.VALID;
        return new Finding(c, Verdict.ALIVE, false, false, own, null, drift(DriftKind.USURPED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', textBlock = """
            # no archive yet: the capture the drift step read, and url-status=usurped
            {{cite web|url=http://lapsed.example/a|title=T}} § {{cite web|url=http://lapsed.example/a|title=T|archive-url=%s|archive-date=2010-06-15|url-status=usurped}}
            # its own archive stands: only the status, set in place
            {{cite web|url=http://lapsed.example/a|title=T|archive-url=%s|archive-date=2010-06-15|url-status=live}} § {{cite web|url=http://lapsed.example/a|title=T|archive-url=%s|archive-date=2010-06-15|url-status=usurped}}
            # spaced, and its dead-link tag goes
            <ref>{{cite web | url = http://lapsed.example/a | title = T }} {{dead link|date=June 2024}}</ref> § <ref>{{cite web | url = http://lapsed.example/a | title = T | archive-url = %s | archive-date = 2010-06-15 | url-status = usurped }}</ref>
            """)
    void pointsAUsurpedCitationAtItsArchive(String page, String expected) {
        String text = page.strip().formatted(CAPTURE);

        String fixed = Pages.fix(text, Pages.findings(text, UsurpedRescueTest::usurped));

        assertThat(fixed).isEqualTo(expected.strip().formatted(CAPTURE, CAPTURE));
    }

    @Test
    void listsAPlainLinkAndADeadurlTemplateAsUnfixed() {
        String text = "[http://lapsed.example/a T] and {{cite web|url=http://lapsed.example/b|deadurl=no|title=U}}";

        DocumentFix fix =
                Pages.fixer().fix(text, Pages.findings(text, UsurpedRescueTest::usurped), Pages.options(), Pages.TODAY);

        assertThat(fix.edits()).isEmpty();
        assertThat(fix.notes())
                .extracting(Note::message)
                .containsExactly(
                        "a usurped plain link needs its URL replaced by the archive; left to an editor",
                        "the template says deadurl=, which has no usurped value");
    }

    @Test
    void suggestsButNeverEditsAChangedPage() {
        String text = "{{cite web|url=http://changed.example/a|title=T}}";

        DocumentFix fix = Pages.fixer()
                .fix(
                        text,
                        Pages.findings(
                                text,
                                c -> new Finding(
                                        c, Verdict.ALIVE, false, false, null, null, drift(DriftKind.CONTENT_CHANGED))),
                        Pages.options(),
                        Pages.TODAY);

        assertThat(fix.edits()).isEmpty();
        assertThat(fix.notes())
                .singleElement()
                .extracting(Note::message)
                .asString()
                .startsWith("suggestion: the page changed (changed); if the archived copy " + CAPTURE);
    }
}
