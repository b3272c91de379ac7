package org.citewatch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code citewatch report}: not built yet; its issue replaces this class. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    CitewatchCommand parent;

    @Override
    public Integer call() {
        parent.spec.commandLine().getErr().println("citewatch report: not implemented yet");
        return ExitCode.USAGE_OR_INPUT_ERROR.code();
    }
}
