package org.citewatch.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15: hosts spread evenly over the check step's partitions, even when their names differ only
 * at the end (neighbouring hash codes), so that a distributed audit's workers share the work.
 */
class HostBucketsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // loopback test hosts and machines numbered in a row
        "127.0.%d.%d",
        "www%d-%d.example.org",
        // one site's subdomains
        "news%d.site%d.example.com"
    })
    void neighbouringHostNamesSpreadOverEveryPartition(String pattern) {
        int partitions = 16;
        Map<Integer, Long> hostsPerPartition = IntStream.range(0, 1000)
                .mapToObj(n -> pattern.formatted(n / 250, n % 250 + 2))
                .collect(Collectors.groupingBy(
                        host -> Keys.bucket(host) * partitions / Keys.HOST_BUCKETS,
                        TreeMap::new,
                        Collectors.counting()));

        assertThat(hostsPerPartition)
                .as("1,000 hosts over 16 partitions: about 62 each")
                .hasSize(partitions)
                .allSatisfy((partition, hosts) -> assertThat(hosts).isBetween(40L, 90L));
    }

    @org.junit.jupiter.api.Test
    void aDozenHostsNumberedInARowDoNotShareOnePartition() {
        long partitionsUsed = IntStream.rangeClosed(22, 33)
                .map(n -> Keys.bucket("127.0.0." + n) * 16 / Keys.HOST_BUCKETS)
                .distinct()
                .count();

        assertThat(partitionsUsed)
                .as("a plain modulo of the hash code put these twelve into two partitions")
                .isGreaterThanOrEqualTo(6);
    }

    @ParameterizedTest
    @CsvSource({"www.mofa.go.kr", "zh.wikipedia.org", "127.0.0.1", "''"})
    void aBucketIsWithinRangeAndTheSameEveryTime(String host) {
        Function<String, Integer> bucket = Keys::bucket;

        assertThat(bucket.apply(host)).isBetween(0, Keys.HOST_BUCKETS - 1).isEqualTo(bucket.apply(new String(host)));
    }
}
