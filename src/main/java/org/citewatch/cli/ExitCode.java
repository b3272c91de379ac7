package org.citewatch.cli;

/** Process exit codes; documented in the README, relied on by cron wrappers and CI. */
public enum ExitCode {
    /** The run finished and the gate passed. */
    OK(0),
    /** The run finished but the gate policy ({@code --fail-on}) was broken. */
    GATE_FAILED(1),
    /** A wrong option, or no input could be read. */
    USAGE_OR_INPUT_ERROR(2),
    /** Another run holds the database. */
    RUN_IN_PROGRESS(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
