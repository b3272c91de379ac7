package org.citewatch.job;

import org.springframework.batch.core.job.JobExecution;

/**
 * What a resumed audit waits for before it marks an interrupted execution failed: partitions of the
 * check step that are still running elsewhere. In one JVM there are none (the process that ran them
 * is dead); in a distributed audit, workers go on with their partitions after the manager dies, and
 * marking those failed would send them out a second time while they still run.
 */
public interface PartitionsInFlight {

    /** One JVM: nothing runs outside the dead process. */
    PartitionsInFlight NONE = interrupted -> {};

    /** Returns when no partition of the execution is running or waiting anywhere, or none is making progress. */
    void awaitSettled(JobExecution interrupted) throws InterruptedException;
}
