package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 16 (start-up): a run builds the picocli model of the command it runs, not of all six. */
class CitewatchCommandTest {

    private final ContextLauncher launcher = new ContextLauncher(new String[0]);

    @Test
    void buildsOnlyTheCommandThatTheArgumentsName() {
        CommandLine commandLine = CitewatchCommand.commandLine(launcher, "history", "https://example.org/");

        assertThat(commandLine.getSubcommands()).containsOnlyKeys("history");
    }

    @Test
    void buildsEveryCommandWhenTheArgumentsNameNone() {
        for (String[] args : new String[][] {{}, {"--help"}, {"--version"}, {"frobnicate"}}) {
            CommandLine commandLine = CitewatchCommand.commandLine(launcher, args);

            assertThat(commandLine.getSubcommands())
                    .as("help lists every command, and a mistake is told apart from them")
                    .containsOnlyKeys("extract", "audit", "report", "history", "fix", "worker");
        }
    }
}
