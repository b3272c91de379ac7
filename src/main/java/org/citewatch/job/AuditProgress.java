package org.citewatch.job;

/**
 * Receives the progress of a running audit, step by step (for progress bars or periodic log
 * lines). Called from the steps' threads, so implementations must be thread-safe.
 */
public interface AuditProgress {

    /** Ignores everything. */
    AuditProgress NONE = new AuditProgress() {
        @Override
        public void started(String step, long total) {}

        @Override
        public void advanced(String step, long items) {}

        @Override
        public void finished(String step) {}
    };

    /**
     * @param step {@code extract}, {@code check} or {@code archive}
     * @param total items the step will process, or -1 when not known in advance
     */
    void started(String step, long total);

    /** {@code items} more items of the step are done. */
    void advanced(String step, long items);

    void finished(String step);
}
