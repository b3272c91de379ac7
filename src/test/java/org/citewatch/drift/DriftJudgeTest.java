package org.citewatch.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.drift.DriftFixtures.archived;
import static org.citewatch.drift.DriftFixtures.capture;
import static org.citewatch.drift.DriftFixtures.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.citewatch.archive.CapturedPage;
import org.junit.jupiter.api.Test;

/** Issue 17: content changed needs the capture's word; usurped takes the whole host; no capture, no flag. */
class DriftJudgeTest {

    private final List<Long> asked = new ArrayList<>();

    private Function<CitedPage, Optional<CapturedPage>> captures(Map<Long, CapturedPage> pages) {
        return page -> {
            asked.add(page.citationId());
            return Optional.ofNullable(pages.get(page.citationId()));
        };
    }

    @Test
    void flagsAStoryReplacedByAnotherWhenTheCaptureShowsTheCitedOne() {
        CitedPage story = archived(
                1,
                "Mayor resigns over budget row",
                "http://gazette.example/a",
                "Flower show opens at the park - Riverside Gazette",
                "");
        Map<Long, CapturedPage> then =
                Map.of(1L, capture(story.linkUrl(), "Mayor resigns over budget row - Riverside Gazette", ""));

        Map<Long, DriftFinding> found = new DriftJudge(DriftFixtures.settings()).judge(List.of(story), captures(then));

        assertThat(found.get(1L)).satisfies(f -> {
            assertThat(f.kind()).isEqualTo(DriftKind.CONTENT_CHANGED);
            assertThat(f.citedTitle()).isEqualTo("Mayor resigns over budget row");
            assertThat(f.liveTitle()).isEqualTo("Flower show opens at the park - Riverside Gazette");
            assertThat(f.captureTitle()).isEqualTo("Mayor resigns over budget row - Riverside Gazette");
            assertThat(f.countsAsDead()).isFalse();
        });
    }

    @Test
    void accusesNoCitationWhoseCaptureDisagreesWithItsTitleToo() {
        CitedPage paraphrased = archived(
                1, "Town hall rethinks spending", "http://gazette.example/a", "Mayor resigns over budget row", "");
        Map<Long, CapturedPage> then = Map.of(1L, capture(paraphrased.linkUrl(), "Mayor resigns over budget row", ""));

        assertThat(new DriftJudge(DriftFixtures.settings()).judge(List.of(paraphrased), captures(then)))
                .isEmpty();
    }

    @Test
    void accusesNoCitationWithoutACapture() {
        CitedPage story = page(
                1, "Mayor resigns over budget row", "http://gazette.example/a", "Flower show opens at the park", "");

        assertThat(new DriftJudge(DriftFixtures.settings()).judge(List.of(story), captures(Map.of())))
                .isEmpty();
    }

    @Test
    void asksForCapturesOnlyForPagesThatShareAlmostNothingWithTheirTitle() {
        CitedPage same = archived(1, "Mayor resigns", "http://gazette.example/a", "Mayor resigns - Gazette", "");
        CitedPage untitled = archived(2, null, "http://gazette.example/b", "Anything", "");
        CitedPage other = archived(3, "Mayor resigns", "http://gazette.example/c", "Flower show opens", "");

        new DriftJudge(DriftFixtures.settings()).judge(List.of(same, untitled, other), captures(Map.of()));

        assertThat(asked).as("one capture per candidate, none for the others").containsExactly(3L);
    }

    @Test
    void flagsEveryCitationOfAUsurpedHostAndCountsItDeadOnlyWhenConfigured() {
        String casino = "Situs judi online terpercaya dengan slot gacor dan togel untuk anda";
        List<CitedPage> host = List.of(
                page(1, "Mayor resigns over budget row", "http://gazette.example/a", "Slot Gacor", casino),
                page(2, null, "http://gazette.example/b", "Slot Gacor", casino));

        Map<Long, DriftFinding> problems =
                new DriftJudge(DriftFixtures.settings(false)).judge(host, captures(Map.of()));
        Map<Long, DriftFinding> dead = new DriftJudge(DriftFixtures.settings(true)).judge(host, captures(Map.of()));

        assertThat(problems).containsOnlyKeys(1L, 2L);
        assertThat(problems.values()).allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo(DriftKind.USURPED);
            assertThat(f.evidence()).contains("slot gacor");
            assertThat(f.countsAsDead()).isFalse();
        });
        assertThat(dead.values()).allSatisfy(f -> assertThat(f.countsAsDead()).isTrue());
    }
}
