package org.citewatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns an unexpected failure into one clear line on stderr and exit code 2, not a stack trace. */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        commandLine.getErr().println("citewatch: " + message);
        if (Boolean.getBoolean("citewatch.stacktrace")) {
            ex.printStackTrace(commandLine.getErr());
        }
        return ExitCode.USAGE_OR_INPUT_ERROR.code();
    }
}
