package org.citewatch.cli;

import java.sql.SQLException;

/** Recognises failures of {@code audit} that have their own exit code. */
final class AuditFailures {

    /** H2's error code for a database file opened by another process. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private AuditFailures() {}

    /** Whether starting failed because another process holds the embedded database open. */
    static boolean isDatabaseInUse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }
}
