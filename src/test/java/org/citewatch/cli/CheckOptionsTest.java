package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** A worker checks links the way a local audit does: both commands take the same check options. */
class CheckOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"audit", "worker"})
    void passesEveryCheckOptionToTheChecker(String command) {
        CommandLine root = CitewatchCommand.commandLine(new ContextLauncher(new String[0]), command);

        CommandLine.ParseResult parsed = root.parseArgs(
                command,
                "--concurrency=8",
                "--per-host=3",
                "--timeout=5s",
                "--user-agent=ExampleBot/1.0 (ops@example.org)",
                "--proxy=http://proxy.example:3128",
                "--allow-private-networks");

        Object subcommand = parsed.subcommand().commandSpec().userObject();
        Map<String, Object> overrides =
                subcommand instanceof AuditCommand audit ? audit.overrides() : ((WorkerCommand) subcommand).overrides();
        assertThat(overrides)
                .containsEntry("citewatch.check.concurrency", 8)
                .containsEntry("citewatch.check.per-host", 3)
                .containsEntry("citewatch.check.timeout", "5s")
                .containsEntry("citewatch.check.user-agent", "ExampleBot/1.0 (ops@example.org)")
                .containsEntry("citewatch.check.proxy", "http://proxy.example:3128")
                .containsEntry("citewatch.check.allow-private-networks", "true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit", "worker"})
    void leavesTheConfiguredSettingsAloneWhenNoOptionIsGiven(String command) {
        CommandLine.ParseResult parsed = CitewatchCommand.commandLine(new ContextLauncher(new String[0]), command)
                .parseArgs(command);

        Object subcommand = parsed.subcommand().commandSpec().userObject();
        Map<String, Object> overrides =
                subcommand instanceof AuditCommand audit ? audit.overrides() : ((WorkerCommand) subcommand).overrides();
        assertThat(overrides)
                .as("null leaves application.yml's value in force")
                .containsEntry("citewatch.check.timeout", null)
                .containsEntry("citewatch.check.allow-private-networks", null);
    }
}
