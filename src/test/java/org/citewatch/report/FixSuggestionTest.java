package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.citewatch.archive.ArchiveStatus;
import org.citewatch.archive.Snapshot;
import org.citewatch.archive.SnapshotSource;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FixSuggestionTest {

    private static final String URL = "http://gone.example/page";
    private static final String SNAPSHOT = "https://web.archive.org/web/20090530120000/http://gone.example/page";

    @ParameterizedTest(name = "{0} dead, snapshot found -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                // citation templates get parameters, whatever their name's case or language
                "cite web;   |archive-url=" + SNAPSHOT + " |archive-date=2009-05-30 |url-status=dead",
                "Cite news;  |archive-url=" + SNAPSHOT + " |archive-date=2009-05-30 |url-status=dead",
                "citation;   |archive-url=" + SNAPSHOT + " |archive-date=2009-05-30 |url-status=dead",
                // plain wikitext links get a {{webarchive}} after them
                "bracketed;  {{webarchive|url=" + SNAPSHOT + "|date=2009-05-30}}",
                "bare;       {{webarchive|url=" + SNAPSHOT + "|date=2009-05-30}}",
                "infobox;    {{webarchive|url=" + SNAPSHOT + "|date=2009-05-30}}",
                // HTML pages and URL lists have no wikitext: the archive URL itself
                "html;       " + SNAPSHOT,
                "list;       " + SNAPSHOT
            })
    void suggestsArchiveInTheFormOfTheCitation(String template, String expected) {
        LinkReport link = deadLink(template, snapshot(SNAPSHOT));

        assertThat(FixSuggestion.forCitation(link, link.citations().get(0))).contains(expected.trim());
    }

    @ParameterizedTest(name = "{0} dead, no snapshot -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "cite web;  {{dead link|date=November 2026}}",
                "bracketed; {{dead link|date=November 2026}}",
                "bare;      {{dead link|date=November 2026}}"
            })
    void suggestsDeadLinkTagDatedByTheCheckWhenNoSnapshotExists(String template, String expected) {
        LinkReport link = deadLink(template, null);

        assertThat(FixSuggestion.forCitation(link, link.citations().get(0))).contains(expected.trim());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // issue 12: {{cbignore}} asks bots (and citewatch's fixes) to leave the citation alone
        "ignored,          true,  false",
        // issue 10: a cited archive copy needs its URL rewritten, which no suggested form does
        "cited as archive, false, true"
    })
    void suggestsNothingForCitationsThatMustNotBeEditedThisWay(String what, boolean ignored, boolean citedAsArchive) {
        // given a dead citation whose own archive is bad, so that a fallback replaces it
        LinkReport plain = ReportFixtures.link(
                URL,
                Verdict.DEAD,
                Reason.HTTP_404,
                404,
                null,
                null,
                snapshot(SNAPSHOT),
                ReportFixtures.cite(
                        SampleReport.SEOUL,
                        3,
                        1,
                        URL,
                        "bracketed",
                        "Title",
                        "https://web.archive.org/web/20240101000000/http://elsewhere.example/",
                        ArchiveStatus.ORIGINAL_MISMATCH,
                        false));
        CitationReport citation = ReportFixtures.flagged(plain.citations().get(0), ignored, citedAsArchive);

        assertThat(FixSuggestion.forCitation(plain, plain.citations().get(0)))
                .as("the same citation unflagged gets a fix")
                .isPresent();
        assertThat(FixSuggestion.forCitation(plain, citation)).isEmpty();
    }

    @Test
    void suggestsNothingForDeadListEntryWithoutSnapshot() {
        LinkReport link = deadLink("list", null);

        assertThat(FixSuggestion.forCitation(link, link.citations().get(0))).isEmpty();
    }

    @Test
    void suggestsNothingWhenAlreadyTaggedDeadAndNoSnapshotExists() {
        LinkReport link = ReportFixtures.dead(
                URL,
                new CitationReport(
                        ReportFixtures.citation(SampleReport.SEOUL, 1, 1, URL, "cite web", null, null, true),
                        null,
                        null));

        assertThat(FixSuggestion.forCitation(link, link.citations().get(0))).isEmpty();
    }

    @Test
    void marksArchivedDeadCitationDeadWhenItIsNotMarkedYet() {
        LinkReport link = ReportFixtures.dead(URL, withArchive(SNAPSHOT, ArchiveStatus.VALID, null));

        assertThat(FixSuggestion.forCitation(link, link.citations().get(0))).contains("|url-status=dead");
    }

    @Test
    void prefersTheCitationsOwnSnapshotOverTheLinkWide() {
        Snapshot own = snapshot("https://web.archive.org/web/20120101000000/http://gone.example/page");
        LinkReport base = deadLink("cite web", snapshot(SNAPSHOT));
        CitationReport citation = new CitationReport(base.citations().get(0).citation(), null, own);

        assertThat(FixSuggestion.forCitation(base, citation)).get().asString().contains("20120101000000", "2012-01-01");
    }

    @Test
    void replacesMismatchedArchiveOfLiveLinkKeepingItLive() {
        CitationReport mismatched = withArchive(
                "https://web.archive.org/web/2010/http://other.example/", ArchiveStatus.ORIGINAL_MISMATCH, null);
        LinkReport link = aliveLink(snapshot(SNAPSHOT), mismatched);

        assertThat(FixSuggestion.forCitation(link, link.citations().get(0)))
                .contains("|archive-url=" + SNAPSHOT + " |archive-date=2009-05-30 |url-status=live");
    }

    @Test
    void correctsOnlyTheDateWhenTheArchiveDateMismatches() {
        Snapshot capture = new Snapshot(
                SNAPSHOT,
                Instant.parse("2009-05-30T12:00:00Z"),
                SnapshotSource.CITATION,
                ArchiveStatus.DATE_MISMATCH,
                null);
        LinkReport link = aliveLink(null, withArchive(SNAPSHOT, ArchiveStatus.DATE_MISMATCH, capture));

        assertThat(FixSuggestion.forCitation(link, link.citations().get(0))).contains("|archive-date=2009-05-30");
    }

    @Test
    void suggestsNothingForUnknownOrAliveLinks() {
        LinkReport unknown = ReportFixtures.unknown(URL);
        LinkReport alive = ReportFixtures.alive(URL);

        assertThat(FixSuggestion.forCitation(unknown, unknown.citations().get(0)))
                .isEmpty();
        assertThat(FixSuggestion.forCitation(alive, alive.citations().get(0))).isEmpty();
    }

    @Test
    void neverOffersSnapshotThatIsNotValid() {
        Snapshot bad = new Snapshot(
                SNAPSHOT,
                Instant.parse("2009-05-30T12:00:00Z"),
                SnapshotSource.WAYBACK_CDX,
                ArchiveStatus.BAD_CAPTURE,
                null);
        LinkReport link = deadLink("cite web", bad);

        assertThat(FixSuggestion.forCitation(link, link.citations().get(0)))
                .contains("{{dead link|date=November 2026}}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // characters that would end a URL or a template parameter in wikitext are percent-encoded
                "https://a.example/x|y;     https://a.example/x%7Cy",
                "https://a.example/[x]{y};  https://a.example/%5Bx%5D%7By%7D",
                "https://a.example/a b;     https://a.example/a%20b",
                "https://a.example/<x>\"q\"; https://a.example/%3Cx%3E%22q%22"
            })
    void encodesWikitextBreakersInUrls(String url, String expected) {
        assertThat(FixSuggestion.wikiSafe(url)).isEqualTo(expected);
    }

    /** A {{cite web}} citation that carries an archive link. */
    private static CitationReport withArchive(String archiveUrl, ArchiveStatus status, Snapshot snapshot) {
        return new CitationReport(
                ReportFixtures.citation(SampleReport.SEOUL, 1, 1, URL, "cite web", null, archiveUrl, false),
                status,
                snapshot);
    }

    private static LinkReport aliveLink(Snapshot archive, CitationReport citation) {
        return ReportFixtures.link(URL, Verdict.ALIVE, Reason.OK, 200, URL, null, archive, citation);
    }

    private static LinkReport deadLink(String template, Snapshot archive) {
        return ReportFixtures.link(
                URL,
                Verdict.DEAD,
                Reason.HTTP_404,
                404,
                null,
                null,
                archive,
                ReportFixtures.cite(SampleReport.SEOUL, 3, 1, URL, template, "Title", null, null, false));
    }

    private static Snapshot snapshot(String url) {
        String stamp = url.substring(url.indexOf("/web/") + 5, url.indexOf("/web/") + 19);
        java.time.Instant at = java.time.LocalDateTime.parse(
                        stamp, java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                .toInstant(java.time.ZoneOffset.UTC);
        return new Snapshot(url, at, SnapshotSource.WAYBACK_CDX, ArchiveStatus.VALID, 3L);
    }
}
