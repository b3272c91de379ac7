package org.citewatch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The root command: only dispatches to its subcommands. They are added by {@link #commandLine}, not
 * listed in {@code @Command}, so that a run reads the options of the one command it runs.
 */
@Command(
        name = "citewatch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Audits the web links cited in wikitext, MediaWiki XML dumps, HTML files and URL lists.",
            "Any setting of config/application.yml can also be given as --name=value."
        })
public final class CitewatchCommand implements Callable<Integer> {

    /** In the order {@code --help} lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            ExtractCommand.class,
            AuditCommand.class,
            ReportCommand.class,
            HistoryCommand.class,
            FixCommand.class,
            WorkerCommand.class);

    private final ContextLauncher launcher;

    @Spec
    CommandSpec spec;

    CitewatchCommand(ContextLauncher launcher) {
        this.launcher = launcher;
    }

    /**
     * The command line of citewatch for these arguments: with only the subcommand that the first
     * argument names, or with every subcommand when it names none ({@code --help}, {@code --version},
     * a mistake). Picocli builds a command's model by reflection over its options and mixins, a
     * start-up cost that the other commands need not pay (issue 16).
     */
    static CommandLine commandLine(ContextLauncher launcher, String... args) {
        CommandLine commandLine = new CommandLine(new CitewatchCommand(launcher));
        String first = args.length > 0 ? args[0] : "";
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(type -> type.getAnnotation(Command.class).name().equals(first))
                .toList();
        for (Class<?> subcommand : named.isEmpty() ? SUBCOMMANDS : named) {
            commandLine.addSubcommand(subcommand);
        }
        return commandLine;
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
