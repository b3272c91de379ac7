package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ExtractTableTest {

    private final StringWriter written = new StringWriter();
    private final ExtractTable printer = new ExtractTable(new PrintWriter(written));

    private String[] lines() {
        return written.toString().split("\n");
    }

    @Test
    void alignsTheUrlColumnOfEveryRowUnderItsHeader() {
        printer.begin();
        printer.print(ExtractCitations.link("a.wiki", 1, "https://example.org/a"));
        printer.print(ExtractCitations.deadCiteWeb());

        String[] lines = lines();
        int urlColumn = lines[0].indexOf("URL");
        assertThat(lines[1].indexOf("https://example.org/a")).isEqualTo(urlColumn);
        assertThat(lines[2].indexOf("http://www.mofa.go.kr/eng/")).isEqualTo(urlColumn);
    }

    @Test
    void marksDeadAndSkippedLinks() {
        printer.print(ExtractCitations.deadCiteWeb());
        printer.print(ExtractCitations.skipped("a.wiki", "mailto:x@example.org"));

        assertThat(lines()[0]).contains(" dead ");
        assertThat(lines()[1]).contains(" skipped ");
    }

    @Test
    void cutsALongDocumentNameAtItsStartToKeepTheFileName() {
        String longPath = "corpus/" + "deeply/".repeat(10) + "Seoul.wiki";

        printer.print(ExtractCitations.link(longPath, 1, "https://example.org/"));

        assertThat(lines()[0]).startsWith("…").contains("Seoul.wiki  ");
    }

    @Test
    void replacesControlCharactersThatCouldDriveTheTerminal() {
        printer.print(ExtractCitations.link("evil\u001b[2J.wiki", 1, "https://example.org/\u009b31m"));

        assertThat(written.toString()).doesNotContain("\u001b", "\u009b").contains("evil?[2J.wiki");
    }
}
