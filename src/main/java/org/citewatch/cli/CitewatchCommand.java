package org.citewatch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: only dispatches to its subcommands. */
@Command(
        name = "citewatch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Audits the web links cited in wikitext, MediaWiki XML dumps, HTML files and URL lists.",
            "Any setting of config/application.yml can also be given as --name=value."
        },
        subcommands = {
            ExtractCommand.class,
            AuditCommand.class,
            ReportCommand.class,
            HistoryCommand.class,
            FixCommand.class,
            WorkerCommand.class
        })
public final class CitewatchCommand implements Callable<Integer> {

    private final ContextLauncher launcher;

    @Spec
    CommandSpec spec;

    CitewatchCommand(ContextLauncher launcher) {
        this.launcher = launcher;
    }

    ContextLauncher launcher() {
        return launcher;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE_OR_INPUT_ERROR.code();
    }
}
