package org.citewatch.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.check.Verdict;
import org.citewatch.extract.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 13, rules 1 and 3 in citation templates: archive parameters in the template's own style. */
class TemplateRescueTest {

    private static final String ARCHIVE = "https://web.archive.org/web/20120320081530/http://dead.example/a";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', textBlock = """
            # compact: |a=b
            {{cite web|url=http://dead.example/a|title=T}} § {{cite web|url=http://dead.example/a|title=T|archive-url=%s|archive-date=2012-03-20|url-status=dead}}
            # spaced: | a = b, and the space before }} stays where it was
            {{cite web | url = http://dead.example/a | title = T }} § {{cite web | url = http://dead.example/a | title = T | archive-url = %s | archive-date = 2012-03-20 | url-status = dead }}
            # an old template keeps the old names: accessdate, so archiveurl/archivedate/deadurl=yes
            {{cite web|url=http://dead.example/a|title=T|accessdate=2010-01-02}} § {{cite web|url=http://dead.example/a|title=T|accessdate=2010-01-02|archiveurl=%s|archivedate=2012-03-20|deadurl=yes}}
            # an existing deadurl=no is set, in its own style, and an empty archiveurl= filled
            {{cite web|url=http://dead.example/a|deadurl=no|archiveurl=|title=T}} § {{cite web|url=http://dead.example/a|deadurl=yes|archiveurl=%s|title=T|archivedate=2012-03-20}}
            # url-status=live becomes dead
            {{cite news|url=http://dead.example/a|url-status=live|title=T}} § {{cite news|url=http://dead.example/a|url-status=dead|title=T|archive-url=%s|archive-date=2012-03-20}}
            # the template's dead-link tag goes, and the space before the ref's end with it
            <ref>{{cite web|url=http://dead.example/a|title=T}} {{dead link|date=June 2018}}</ref> § <ref>{{cite web|url=http://dead.example/a|title=T|archive-url=%s|archive-date=2012-03-20|url-status=dead}}</ref>
            """)
    void addsArchiveParametersInTheTemplatesOwnStyle(String page, String expected) {
        String text = page.strip();

        String fixed = Pages.fix(text, Pages.allDeadWithSnapshots(text));

        assertThat(fixed).isEqualTo(expected.strip().formatted(ARCHIVE));
    }

    @Test
    void keepsOneParameterPerLine() {
        String text = "{{cite web\n| url = http://dead.example/a\n| title = T\n}}\n";

        String fixed = Pages.fix(text, Pages.allDeadWithSnapshots(text));

        assertThat(fixed)
                .isEqualTo("{{cite web\n| url = http://dead.example/a\n| title = T\n| archive-url = " + ARCHIVE
                        + "\n| archive-date = 2012-03-20\n| url-status = dead\n}}\n");
    }

    @Test
    void setsOnlyTheStatusWhenTheTemplatesOwnArchiveStands() {
        String text = "{{cite web|url=http://dead.example/a|archive-url=" + ARCHIVE
                + "|archive-date=2012-03-20|url-status=live}}{{dead link|date=June 2018}}";

        String fixed = Pages.fix(text, Pages.allDeadWithSnapshots(text));

        assertThat(fixed)
                .isEqualTo("{{cite web|url=http://dead.example/a|archive-url=" + ARCHIVE
                        + "|archive-date=2012-03-20|url-status=dead}}");
    }

    @Test
    void leavesACiteWithDeadurlYesAndASoundArchiveUntouched() {
        String text =
                "{{cite news|url=http://dead.example/a|deadurl=yes|archiveurl=" + ARCHIVE + "|archivedate=2012-03-20}}";

        DocumentFix fix = Pages.fixer().fix(text, Pages.allDeadWithSnapshots(text), Pages.options(), Pages.TODAY);

        assertThat(fix.edits()).isEmpty();
    }

    @Test
    void replacesABrokenArchiveWithTheSnapshotFound() {
        String text =
                "{{cite web|url=http://dead.example/a|archive-url=https://web.archive.org/web/2001/http://other.example/"
                        + "|archive-date=2001-01-01|url-status=dead}}";

        String fixed = Pages.fix(text, broken(text, ArchiveStatus.ORIGINAL_MISMATCH, true));

        assertThat(fixed)
                .isEqualTo("{{cite web|url=http://dead.example/a|archive-url=" + ARCHIVE
                        + "|archive-date=2012-03-20|url-status=dead}}");
    }

    @Test
    void leavesABrokenArchiveWithoutSnapshotAndReportsIt() {
        String text =
                "{{cite web|url=http://dead.example/a|archive-url=http://www.webcitation.org/5abc|url-status=dead}}";

        DocumentFix fix = Pages.fixer()
                .fix(text, broken(text, ArchiveStatus.DEAD_ARCHIVE_SERVICE, false), Pages.options(), Pages.TODAY);

        assertThat(fix.edits()).isEmpty();
        assertThat(fix.notes())
                .singleElement()
                .satisfies(note -> assertThat(note.message()).contains("DEAD_ARCHIVE_SERVICE"));
    }

    @Test
    void rescuesOnlyConfirmedDeadLinksUnlessAskedToIncludeUnconfirmedOnes() {
        String text = "{{cite web|url=http://dead.example/a|title=T}}";
        List<Finding> unconfirmed =
                Pages.findings(text, c -> new Finding(c, Verdict.DEAD, false, false, null, Pages.snapshot(c.url())));

        String byDefault = Pages.fix(text, unconfirmed);
        String oneOff = Pages.fix(
                text, unconfirmed, new FixOptions(1L, false, Pages.options().out(), null, false, false, true));

        assertThat(byDefault).as("one failed check is not enough").isEqualTo(text);
        assertThat(oneOff).contains("archive-url=" + ARCHIVE);
    }

    @Test
    void leavesAChapterUrlAloneAndSaysWhy() {
        String text = "{{cite book|chapter-url=http://dead.example/a|title=T}}";

        DocumentFix fix = Pages.fixer().fix(text, Pages.allDeadWithSnapshots(text), Pages.options(), Pages.TODAY);

        assertThat(fix.edits()).isEmpty();
        assertThat(fix.notes())
                .singleElement()
                .satisfies(n -> assertThat(n.message()).contains("url="));
    }

    private static List<Finding> broken(String text, ArchiveStatus status, boolean withSnapshot) {
        Function<Citation, Finding> finding =
                c -> new Finding(c, Verdict.DEAD, true, false, status, withSnapshot ? Pages.snapshot(c.url()) : null);
        return Pages.findings(text, Map.of("dead.example", finding));
    }
}
