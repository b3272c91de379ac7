package org.citewatch.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of {@code java -jar citewatch.jar COMMAND [OPTIONS] [INPUT...]}.
 *
 * <p>Arguments shaped like Spring Boot properties ({@code --citewatch.check.concurrency=8}) go to
 * Spring's environment untouched; everything else is parsed by picocli.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(
                run(args, new ProcessOutput(System.out), new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs one command and returns its exit code; never calls {@code System.exit}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        SpringArguments split = SpringArguments.split(args);
        CommandLine commandLine = CitewatchCommand.commandLine(
                        new ContextLauncher(split.springArgs()), split.commandArgs())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExitCodeExceptionMapper(ex -> ExitCode.USAGE_OR_INPUT_ERROR.code())
                .setExecutionExceptionHandler(new FailureHandler());
        return commandLine.execute(split.commandArgs());
    }
}
