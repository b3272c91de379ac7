package org.citewatch.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the check step by host: each partition is a range of host buckets
 * ({@code [fromBucket, toBucket)}), so all URLs of a host are in one partition and a partition's
 * context holds only two numbers; a worker in another JVM can read its URLs from the database.
 */
final class HostRangePartitioner implements Partitioner {

    static final String FROM = "fromBucket";
    static final String TO = "toBucket";

    private final int buckets;

    HostRangePartitioner(int buckets) {
        this.buckets = buckets;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int parts = Math.max(1, Math.min(gridSize, buckets));
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < parts; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(FROM, (int) ((long) buckets * i / parts));
            context.putInt(TO, (int) ((long) buckets * (i + 1) / parts));
            partitions.put("hosts" + i, context);
        }
        return partitions;
    }
}
