package org.citewatch.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.citewatch.check.Verdict;
import org.citewatch.history.ConfirmationPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 13, rules 2, 4 and 5: archive templates after links, dead-link tags added and removed. */
class LinkAndTagRescueTest {

    private static final String ARCHIVE = "https://web.archive.org/web/20120320081530/";

    @Test
    void putsTheArchiveTemplateInThePlaceOfTheBracketedLinksTagInsideItsRef() {
        String text = "<ref name=\"x\">[http://dead.example/a Title]{{Dead link|date=2018年6月 |bot=InternetArchiveBot"
                + " |fix-attempted=no }} from somewhere</ref>";

        String fixed = Pages.fix(text, Pages.allDeadWithSnapshots(text));

        assertThat(fixed)
                .isEqualTo("<ref name=\"x\">[http://dead.example/a Title]{{webarchive|url=" + ARCHIVE
                        + "http://dead.example/a|date=2012-03-20}} from somewhere</ref>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', textBlock = """
            # a zh page writing its days the zh way: zh date, zh archive template
            中文頁面的內容，引用{{cite web|url=http://alive.example/|title=標題|date=2009年5月30日}}<ref>[http://dead.example/a 標題]</ref>。 § {{Webarchive|url=%s|date=2012年3月20日}}
            # an en page under {{use dmy dates}}
            {{Use dmy dates|date=May 2020}} Text.<ref>[http://dead.example/a T]</ref> § {{webarchive|url=%s|date=20 March 2012}}
            # an en page whose citations write mdy days
            Text{{cite web|url=http://alive.example/|title=T|access-date=May 30, 2009}}<ref>[http://dead.example/a T]</ref> § {{webarchive|url=%s|date=March 20, 2012}}
            # no hint: ISO
            Text.<ref>[http://dead.example/a T]</ref> § {{webarchive|url=%s|date=2012-03-20}}
            """)
    void writesTheArchiveDateInThePagesStyle(String page, String expected) {
        String text = page;
        List<Finding> findings = Pages.findings(text, java.util.Map.of("dead.example", Pages::deadWithSnapshot));

        String fixed = Pages.fix(text, findings);

        assertThat(fixed)
                .contains("[http://dead.example/a " + (text.contains("標題") ? "標題" : "T") + "]"
                        + expected.formatted(ARCHIVE + "http://dead.example/a"));
    }

    @Test
    void followsTheWikiLanguageTheInputNamesOverThePagesScript() {
        // a zh wiki page (its dump's siteinfo says zh) citing only Latin text
        String text = "Text.<ref>[http://dead.example/a T]</ref>";
        List<Finding> findings = Pages.findings(text, java.util.Map.of("dead.example", Pages::deadWithSnapshot));

        DocumentFix zh = Pages.fixer().fix(text, "zh-hant", findings, Pages.options(), Pages.TODAY);
        DocumentFix unknown = Pages.fixer().fix(text, null, findings, Pages.options(), Pages.TODAY);

        assertThat(Patch.apply(text, zh.edits()))
                .as("zh conventions and a zh date on a zh wiki's page")
                .contains("{{Webarchive|url=" + ARCHIVE + "http://dead.example/a|date=2012年3月20日}}");
        assertThat(Patch.apply(text, unknown.edits()))
                .contains("{{webarchive|url=" + ARCHIVE + "http://dead.example/a|date=2012-03-20}}");
    }

    @Test
    void appendsTheArchiveTemplateAfterABareLink() {
        String text = "<ref>http://dead.example/a</ref>";

        String fixed = Pages.fix(text, Pages.allDeadWithSnapshots(text));

        assertThat(fixed)
                .isEqualTo("<ref>http://dead.example/a{{webarchive|url=" + ARCHIVE
                        + "http://dead.example/a|date=2012-03-20}}</ref>");
    }

    @Test
    void onlyRemovesTheTagOfALinkThatHasAnArchiveTemplate() {
        String text = "[http://dead.example/a T]{{webarchive|url=" + ARCHIVE
                + "http://dead.example/a|date=2012-03-20}} {{dead link|date=May 2019}}\nnext";

        String fixed = Pages.fix(text, Pages.allDeadWithSnapshots(text));

        assertThat(fixed)
                .isEqualTo("[http://dead.example/a T]{{webarchive|url=" + ARCHIVE
                        + "http://dead.example/a|date=2012-03-20}}\nnext");
    }

    @Test
    void tagsADeadLinkWithoutSnapshotOnlyWhenAsked() {
        String text = "* [http://dead.example/a T]\n";
        List<Finding> noSnapshot = Pages.findings(text, c -> new Finding(c, Verdict.DEAD, true, false, null, null));

        String byDefault = Pages.fix(text, noSnapshot);
        String tagged = Pages.fix(text, noSnapshot, options(true, false));

        assertThat(byDefault).isEqualTo(text);
        assertThat(tagged)
                .isEqualTo(
                        "* [http://dead.example/a T]{{Dead link|date=December 2026|bot=citewatch|fix-attempted=yes}}\n");
    }

    @Test
    void writesTheTagsMonthTheChineseWayOnAChinesePage() {
        String text = "中文頁面的內容，引用<ref>[http://dead.example/a 標題]</ref>。\n";
        List<Finding> noSnapshot = Pages.findings(text, c -> new Finding(c, Verdict.DEAD, true, false, null, null));

        String tagged = Pages.fix(text, noSnapshot, options(true, false));

        assertThat(tagged)
                .contains("[http://dead.example/a 標題]{{Dead link|date=2026年12月|bot=citewatch|fix-attempted=yes}}");
    }

    @Test
    void removesTheTagOfALinkConfirmedAliveOnlyWhenAskedAndConfirmed() {
        String text = "<ref>[http://alive.example/a T] {{dead link|date=May 2019}}</ref>";
        List<Finding> confirmed = Pages.findings(text, c -> new Finding(c, Verdict.ALIVE, false, true, null, null));
        List<Finding> once = Pages.findings(text, c -> new Finding(c, Verdict.ALIVE, false, false, null, null));

        assertThat(Pages.fix(text, confirmed)).as("opt-in").isEqualTo(text);
        assertThat(Pages.fix(text, once, options(false, true)))
                .as("one alive check")
                .isEqualTo(text);
        assertThat(Pages.fix(text, confirmed, options(false, true))).isEqualTo("<ref>[http://alive.example/a T]</ref>");
    }

    @Test
    void confirmsAliveOnlyAfterEnoughAliveChecksOverEnoughDays() {
        ConfirmationPolicy policy = new ConfirmationPolicy(3, java.time.Duration.ofDays(3), 5);
        Instant day = Instant.parse("2026-11-01T00:00:00Z");

        assertThat(policy.confirmsAlive(
                        List.of(alive(day.plusSeconds(4 * 86400)), alive(day.plusSeconds(2 * 86400)), alive(day))))
                .isTrue();
        assertThat(policy.confirmsAlive(
                        List.of(alive(day.plusSeconds(86400)), alive(day.plusSeconds(3600)), alive(day))))
                .as("three checks within a day")
                .isFalse();
        assertThat(policy.confirmsAlive(List.of(
                        alive(day.plusSeconds(4 * 86400)),
                        new ConfirmationPolicy.Observation(day.plusSeconds(3 * 86400), Verdict.DEAD),
                        alive(day))))
                .as("a dead check among them")
                .isFalse();
    }

    private static ConfirmationPolicy.Observation alive(Instant at) {
        return new ConfirmationPolicy.Observation(at, Verdict.ALIVE);
    }

    private static FixOptions options(boolean tagUnrescued, boolean untagAlive) {
        return new FixOptions(1L, false, Path.of("fixes"), null, tagUnrescued, untagAlive, false);
    }
}
