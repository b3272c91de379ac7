package org.citewatch.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the audit job cuts its work ({@code citewatch.job.*}); defaults equal config/application.yml.
 *
 * @param partitions check-step partitions (ranges of hosts) run side by side; several, so that the
 *     tail of one partition's chunk (its slowest host) never leaves the checker idle
 * @param checkChunkSize URLs submitted at once per partition and committed together; with the
 *     partitions it keeps more checks queued than the checker's global limit lets run
 * @param checkAhead checks of due links started while extraction still runs, at most this many in a
 *     run (each keeps a small entry until the check step takes it over); 0: none
 * @param storeChecksWithin how long a finished check's result waits at most before it is stored
 *     (with others, up to {@code checkChunkSize} at once): what a {@code kill -9} can lose, since
 *     a resumed run checks again only the links without a stored result; short, but long enough
 *     that results are committed by the dozen rather than one by one
 * @param extractChunkSize documents committed together; small, since the checks of their due links
 *     start at each commit; each commit also costs a few milliseconds, which adds up over millions
 *     of pages
 * @param archiveChunkSize citations examined and committed together: the Availability API answers a
 *     chunk in batched requests of up to 100 URLs, and a chunk's lookups run side by side, so a chunk
 *     must be large enough to keep every archive endpoint busy; a crash loses little, since every
 *     answer is also cached
 * @param driftChunkSize host buckets judged and committed together by the drift step; a bucket holds
 *     the ALIVE citations of about 1/1024 of the run's hosts, so a few make a commit of useful size
 * @param skipLimit bad items (documents, results) skipped before a step gives up
 * @param retryLimit attempts for a write that failed with a transient database error
 */
@ConfigurationProperties("citewatch.job")
public record JobProperties(
        @DefaultValue("8") int partitions,
        @DefaultValue("100") int checkChunkSize,
        @DefaultValue("20000") int checkAhead,
        @DefaultValue("50ms") Duration storeChecksWithin,
        @DefaultValue("5") int extractChunkSize,
        @DefaultValue("5000") int archiveChunkSize,
        @DefaultValue("4") int driftChunkSize,
        @DefaultValue("100000") long skipLimit,
        @DefaultValue("3") int retryLimit) {

    public JobProperties {
        if (partitions < 1
                || checkChunkSize < 1
                || extractChunkSize < 1
                || archiveChunkSize < 1
                || driftChunkSize < 1) {
            throw new IllegalArgumentException("partitions and chunk sizes must be positive");
        }
        if (storeChecksWithin == null || storeChecksWithin.isNegative()) {
            throw new IllegalArgumentException("store-checks-within cannot be negative");
        }
        if (checkAhead < 0) {
            throw new IllegalArgumentException("check-ahead cannot be negative");
        }
        if (skipLimit < 0 || retryLimit < 1) {
            throw new IllegalArgumentException("skip-limit cannot be negative and retry-limit must be positive");
        }
    }
}
