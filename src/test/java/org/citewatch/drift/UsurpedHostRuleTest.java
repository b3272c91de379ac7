package org.citewatch.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.drift.DriftFixtures.capture;
import static org.citewatch.drift.DriftFixtures.page;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 17: when a host changed hands. */
class UsurpedHostRuleTest {

    private final UsurpedHostRule rule = new UsurpedHostRule(DriftFixtures.settings());

    private static final String CASINO_TEXT = "Situs judi online terpercaya dengan slot gacor dan togel, daftar"
            + " sekarang untuk bonus yang besar dari kami di situs ini";

    private static final String NEWS_TEXT = "The council met on Tuesday and the mayor said that the budget for the"
            + " bridge was approved by the members of the board with a large majority.";

    @Test
    void findsACasinoOnEveryPageOfALapsedNewsSite() {
        List<CitedPage> pages = List.of(
                page(
                        1,
                        "Mayor resigns over budget row",
                        "http://gazette.example/2011/mayor",
                        "Slot Gacor Hari Ini",
                        CASINO_TEXT),
                page(
                        2,
                        "Flower show opens",
                        "http://gazette.example/2011/flowers",
                        "Slot Gacor Hari Ini",
                        CASINO_TEXT));

        assertThat(rule.judge(pages, Map.of()))
                .hasValueSatisfying(evidence -> assertThat(evidence)
                        .contains("2 of 2 live pages show \"slot gacor\"")
                        .as("two paths, one page; but two are fewer than same-page-min-paths")
                        .doesNotContain("same page"));
    }

    @Test
    void findsAnotherLanguageThanEveryCapture() {
        List<CitedPage> pages = List.of(page(
                1,
                "Mayor resigns over budget row",
                "http://gazette.example/2011/mayor",
                "Berita terbaru hari ini",
                "Berita terbaru dan terpercaya untuk anda yang ingin tahu dengan cepat dari kami di sini"));
        Map<Long, org.citewatch.archive.CapturedPage> captures =
                Map.of(1L, capture("http://gazette.example/2011/mayor", "Mayor resigns over budget row", NEWS_TEXT));

        assertThat(rule.judge(pages, captures)).hasValue("live pages in id, every capture in en");
    }

    @Test
    void findsOnePageForEveryCitedPath() {
        List<CitedPage> pages = List.of(
                page(1, "Mayor resigns", "http://gazette.example/a", "Welcome to Gazette Media Group", ""),
                page(2, "Flower show opens", "http://gazette.example/b", "Welcome to Gazette Media Group", ""),
                page(3, "Bridge budget approved", "http://gazette.example/c", "Welcome to Gazette Media Group", ""));

        assertThat(rule.judge(pages, Map.of()))
                .hasValue("all 3 cited paths show the same page \"Welcome to Gazette Media Group\"");
    }

    @Test
    void leavesAHostAloneWhileOnePageStillHoldsItsCitation() {
        List<CitedPage> pages = List.of(
                page(1, "Mayor resigns over budget row", "http://gazette.example/a", "Slot Gacor", CASINO_TEXT),
                page(2, "Flower show opens", "http://gazette.example/b", "Flower show opens - Gazette", NEWS_TEXT));

        assertThat(rule.judge(pages, Map.of())).isEmpty();
    }

    @Test
    void leavesACasinoNewsSiteAloneWhenItsCitationsAreAboutCasinos() {
        List<CitedPage> pages = List.of(page(
                1, "Casino revenue falls in Macau", "http://casinonews.example/a", "Slot Gacor Hari Ini", CASINO_TEXT));

        assertThat(rule.judge(pages, Map.of())).isEmpty();
    }

    @Test
    void leavesAHostAloneWhenItsCapturesShowedTheSamePhrases() {
        List<CitedPage> pages =
                List.of(page(1, "Annual report 2012", "http://games.example/report", "Online casino", CASINO_TEXT));
        Map<Long, org.citewatch.archive.CapturedPage> captures =
                Map.of(1L, capture("http://games.example/report", "Annual report 2012", "Our casino had a good year"));

        assertThat(rule.judge(pages, captures)).isEmpty();
    }

    @Test
    void needsASignNotJustAnUnrelatedTitle() {
        List<CitedPage> pages = List.of(
                page(1, "Mayor resigns over budget row", "http://gazette.example/a", "Flower show opens", NEWS_TEXT));

        assertThat(rule.judge(pages, Map.of()))
                .as("one drifted page in the same language, no phrase: content changed at most, not a new owner")
                .isEmpty();
    }

    @Test
    void needsTwiceAsManyPagesWithThePhraseAsWithout() {
        List<CitedPage> pages = List.of(
                page(1, "Mayor resigns", "http://gazette.example/a", "Slot Gacor", CASINO_TEXT),
                page(2, "Flower show opens", "http://gazette.example/b", "Weather today", NEWS_TEXT),
                page(3, "Bridge budget approved", "http://gazette.example/c", "Sports results", NEWS_TEXT));

        assertThat(rule.judge(pages, Map.of()))
                .as("one page of three is not the host")
                .isEmpty();
    }

    @Test
    void tellsLanguagesApartOnlyWhenTheSampleSaysSoClearly() {
        assertThat(PageLanguage.of(NEWS_TEXT)).hasValue("en");
        assertThat(PageLanguage.of("Der Bürgermeister ist nach dem Streit um den Haushalt zurückgetreten, wie die"
                        + " Stadt mitteilte"))
                .hasValue("de");
        assertThat(PageLanguage.of("习近平会见美国总统，双方就两国关系交换了意见")).hasValue("zh");
        assertThat(PageLanguage.of("東京で新しい橋が開通しました。多くの人が訪れています")).hasValue("ja");
        assertThat(PageLanguage.of(CASINO_TEXT)).hasValue("id");
        assertThat(PageLanguage.of("Home")).as("too short to say").isEmpty();
    }
}
