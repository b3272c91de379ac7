package org.citewatch.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.citewatch.extract.Citation;
import org.citewatch.extract.SyntheticWikitext;
import org.citewatch.extract.TokenSoupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, the guarantees: nothing else changes, an empty fix set gives the input back, the patched
 * page extracts to the same citations, fixing twice changes nothing, and CRLF, tabs and CJK survive.
 */
class PatchGuaranteesTest {

    static Stream<String> fixturePages() {
        return Stream.of(
                        "/fixtures/extract/summit.wiki",
                        "/fixtures/extract/initiative.wiki",
                        "/fixtures/inputs/seoul.wiki",
                        "/fixtures/fix/seed-shaped.wiki",
                        "/fixtures/fix/crlf-tabs.wiki")
                .map(PatchGuaranteesTest::resource);
    }

    /** The fixtures and synthetic pages shaped like real articles. */
    static Stream<String> wellFormedPages() {
        Stream<String> synthetic = Stream.of(1L, 2L, 3L).map(seed -> new SyntheticWikitext(seed).page(8_000));
        return Stream.concat(fixturePages(), synthetic);
    }

    /** Those and the random-syntax soup. */
    static Stream<String> allPages() {
        Random random = new Random(13L);
        Stream<String> soup =
                Stream.generate(() -> TokenSoupTest.soup(random, 120, "")).limit(150);
        return Stream.concat(wellFormedPages(), soup);
    }

    @Test
    void anEmptyFixSetGivesTheInputBackExactly() {
        allPages().forEach(text -> {
            DocumentFix fix = Pages.fixer().fix(text, Pages.allAlive(text), Pages.options(), Pages.TODAY);

            assertThat(fix.edits()).as("edits of %s", text).isEmpty();
            assertThat(Patch.apply(text, fix.edits())).isEqualTo(text);
        });
    }

    @Test
    void changesNothingOutsideTheEditedSpansOfAnyPage() {
        allPages().forEach(text -> {
            DocumentFix fix = Pages.fixer().fix(text, Pages.allDeadWithSnapshots(text), Pages.options(), Pages.TODAY);
            String patched = Patch.apply(text, fix.edits());

            assertUnchangedOutside(text, fix.edits(), patched);
        });
    }

    @Test
    void extractsTheSameCitationsFromThePatchedPageNowArchivedAndNoNewOnes() {
        allPages().forEach(text -> {
            List<Citation> before = Pages.citations(text);
            DocumentFix fix = Pages.fixer().fix(text, Pages.allDeadWithSnapshots(text), Pages.options(), Pages.TODAY);
            List<Citation> after = Pages.citations(Patch.apply(text, fix.edits()));

            assertThat(after)
                    .as("citations of the patched %s", text)
                    .extracting(Citation::url, Citation::template, Citation::param, Citation::refName)
                    .containsExactlyElementsOf(before.stream()
                            .map(c ->
                                    org.assertj.core.groups.Tuple.tuple(c.url(), c.template(), c.param(), c.refName()))
                            .toList());
            List<Citation> fixed = fix.edits().stream()
                    .filter(e ->
                            e.reason() == EditReason.ARCHIVE_ADDED || e.reason() == EditReason.ARCHIVE_TEMPLATE_ADDED)
                    .map(Edit::citation)
                    .distinct()
                    .toList();
            for (Citation citation : fixed) {
                Citation now = after.get(before.indexOf(citation));
                assertThat(now.archiveUrl())
                        .as("archive of %s", citation.url())
                        .isEqualTo(Pages.snapshot(citation.url()).url());
                if (fix.edits().stream()
                        .anyMatch(e -> e.citation().equals(citation) && e.reason() == EditReason.ARCHIVE_ADDED)) {
                    assertThat(now.markedDead())
                            .as("status of %s", citation.url())
                            .isTrue();
                }
            }
        });
    }

    /**
     * On well-formed pages. (In the soup, a citation whose fix failed the round trip because of braces
     * left open nearby may pass once its neighbours are fixed: a second run then rescues it too.)
     */
    @Test
    void fixingAFixedPageChangesNothing() {
        wellFormedPages().forEach(text -> {
            String once = Pages.fix(text, Pages.allDeadWithSnapshots(text));

            String twice = Pages.fix(once, Pages.allDeadWithSnapshots(once));

            assertThat(twice).as("fixed twice: %s", text).isEqualTo(once);
        });
    }

    @Test
    void keepsCrlfTabsAndCjkText() {
        String text = resource("/fixtures/fix/crlf-tabs.wiki");

        String patched = Pages.fix(text, Pages.allDeadWithSnapshots(text));

        assertThat(patched).isNotEqualTo(text);
        assertThat(patched.replace("\r\n", ""))
                .as("every line still ends in CRLF")
                .doesNotContain("\n");
        assertThat(patched).contains("\t| title\t= 首爾核安全峰會", "{{Webarchive|url=");
    }

    @ParameterizedTest
    @MethodSource("fixturePages")
    void patchesOfEveryFixtureStayInsideTheirCitationsConstructs(String text) {
        DocumentFix fix = Pages.fixer().fix(text, Pages.allDeadWithSnapshots(text), Pages.options(), Pages.TODAY);

        assertThat(fix.edits())
                .allSatisfy(edit -> assertThat(edit.oldText())
                        .as("an edit removes only a tag, a parameter value or nothing")
                        .matches("(?s)\\s*|\\s*\\{\\{[^{}]*}}|[^|{}\\[\\]]*"));
    }

    @Test
    void passesItsOwnRoundTripCheckOnEveryWellFormedPage() {
        wellFormedPages().forEach(text -> {
            DocumentFix fix = Pages.fixer().fix(text, Pages.allDeadWithSnapshots(text), Pages.options(), Pages.TODAY);

            assertThat(fix.edits()).as("edits of %s", text).isNotEmpty();
            assertThat(fix.notes())
                    .as("nothing dropped by the round-trip check")
                    .noneMatch(note -> note.message().contains("how the page reads"));
        });
    }

    /** The text between edits is the same in both, piece by piece. */
    private static void assertUnchangedOutside(String text, List<Edit> edits, String patched) {
        int from = 0;
        int at = 0;
        for (Edit edit : Patch.ordered(edits)) {
            String between = text.substring(from, edit.start());
            assertThat(patched.substring(at, at + between.length())).isEqualTo(between);
            at += between.length();
            assertThat(patched.substring(at, at + edit.newText().length())).isEqualTo(edit.newText());
            at += edit.newText().length();
            from = edit.end();
        }
        assertThat(patched.substring(at)).isEqualTo(text.substring(from));
    }

    static String resource(String name) {
        try (InputStream in = PatchGuaranteesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
