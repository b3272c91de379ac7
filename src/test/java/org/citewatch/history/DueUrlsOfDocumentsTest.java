package org.citewatch.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Which links of some stored documents are due for a check: what the audit job starts checking
 * while extraction still runs. The same recheck rules as the check step's own reader.
 */
class DueUrlsOfDocumentsTest {

    private static final Instant FIRST_NIGHT = Instant.parse("2026-11-01T02:00:00Z");

    private final HistoryDatabase db = new HistoryDatabase();

    @Test
    void newLinksOfTheGivenDocumentsAreDueOnceEachButSkippedOnesAndOtherDocumentsAreNot() {
        long run = db.runs.start(List.of("corpus"), FIRST_NIGHT);
        long a = db.store(run, "a.wiki", false, FIRST_NIGHT, "https://a.org/1", "https://b.org/2", "mailto:x@y.org");
        long b = db.store(run, "b.wiki", false, FIRST_NIGHT, "https://b.org/2", "https://c.org/3");
        db.store(run, "c.wiki", false, FIRST_NIGHT, "https://d.org/4");

        assertThat(urls(db.readers.dueLinksOf(run, List.of(a, b), false, FIRST_NIGHT)))
                .containsExactly("https://a.org/1", "https://b.org/2", "https://c.org/3");
        assertThat(urls(db.readers.dueLinksOf(run, List.of(), false, FIRST_NIGHT)))
                .isEmpty();
    }

    @Test
    void carriesTheStateAResultMovesOnFrom() {
        long first = db.runs.start(List.of("corpus"), FIRST_NIGHT);
        db.store(first, "a.wiki", false, FIRST_NIGHT, "https://dead.org/");
        db.check(first, "https://dead.org/", Verdict.DEAD, Reason.HTTP_404, FIRST_NIGHT);
        Instant twoDaysLater = FIRST_NIGHT.plus(Duration.ofDays(2));
        long second = db.runs.start(List.of("corpus"), twoDaysLater);
        long doc = db.store(second, "a.wiki", true, twoDaysLater);

        DueLink due =
                db.readers.dueLinksOf(second, List.of(doc), false, twoDaysLater).get(0);

        assertThat(due.checkedBefore()).isTrue();
        assertThat(due.state().consecutiveFailures()).isEqualTo(1);
        assertThat(due.state().lastFailureAt()).isEqualTo(FIRST_NIGHT);
    }

    private static List<String> urls(List<DueLink> links) {
        return links.stream().map(DueLink::url).toList();
    }

    @Test
    void followsTheRecheckPolicyAndLeavesOutLinksCheckedInTheRun() {
        long first = db.runs.start(List.of("corpus"), FIRST_NIGHT);
        db.store(first, "a.wiki", false, FIRST_NIGHT, "https://alive.org/", "https://dead.org/", "https://now.org/");
        db.check(first, "https://alive.org/", Verdict.ALIVE, Reason.OK, FIRST_NIGHT);
        db.check(first, "https://dead.org/", Verdict.DEAD, Reason.HTTP_404, FIRST_NIGHT);

        Instant twoDaysLater = FIRST_NIGHT.plus(Duration.ofDays(2));
        long second = db.runs.start(List.of("corpus"), twoDaysLater);
        long doc = db.store(second, "a.wiki", true, twoDaysLater);
        db.check(second, "https://now.org/", Verdict.ALIVE, Reason.OK, twoDaysLater);

        assertThat(urls(db.readers.dueLinksOf(second, List.of(doc), false, twoDaysLater)))
                .as("ALIVE is rechecked after 7 days, DEAD after 1; a link checked in this run is done")
                .containsExactly("https://dead.org/");
        assertThat(urls(db.readers.dueLinksOf(second, List.of(doc), true, twoDaysLater)))
                .as("--recheck-all")
                .containsExactly("https://alive.org/", "https://dead.org/");
    }
}
