package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void printsVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("citewatch ");
    }

    @Test
    void listsEveryCommandInHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("extract", "audit", "report", "history");
    }

    @Test
    void rejectsAnUnknownOptionWithExitCode2AndNamesIt() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("--no-such-option");
    }

    @Test
    void rejectsAnUnknownCommandWithExitCode2() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("frobnicate");
    }
}
