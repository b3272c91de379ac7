package org.citewatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5 benchmark (not a test): {@code ./mvnw -B -Pbench test -Dtest=AuditBenchmark
 * "-DargLine=-Xms256m -Xmx256m -Xss512k"} (the heap docs/job.md recommends for nightly runs). Audits a generated corpus of 20,000 unique URLs over 200 hosts
 * (the loopback addresses 127.0.1.1 to 127.0.1.200 of one local server that answers after 50 ms)
 * with the real link checker and the job's default settings, and compares the wall time with the
 * ideal {@code URLs × 50 ms / min(global limit, hosts × per-host limit)}. Prints when each step ran,
 * when checks finished, the CPU time used and the peak RSS (VmHWM). The checker first runs alone
 * over as many other URLs of the same hosts: a warm-up, and what this machine allows.
 */
@Tag("bench")
class AuditBenchmark {

    private static final int URLS = 20_000;
    private static final int HOSTS = 200;
    private static final int LATENCY_MS = 50;
    private static final int GLOBAL = 64;
    private static final int PER_HOST = 2;
    private static final byte[] PAGE = "<html><title>ok</title></html>".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void auditsTwentyThousandUrlsNearTheIdealTime() throws Exception {
        // The hosts answer after 50 ms without holding a thread meanwhile: a timer sends each answer,
        // so the harness itself costs little CPU and the JVM has few threads (as a remote host would).
        ScheduledExecutorService answers = Executors.newScheduledThreadPool(2);
        // The wildcard address: every 127.0.x.y reaches it, so each of the 200 hosts is its own address.
        HttpServer server = HttpServer.create(new InetSocketAddress(0), 1024);
        server.createContext(
                "/",
                exchange -> answers.schedule(
                        () -> {
                            try (exchange) {
                                exchange.sendResponseHeaders(200, PAGE.length);
                                exchange.getResponseBody().write(PAGE);
                            } catch (IOException e) {
                                // the client went away: nothing to answer
                            }
                        },
                        LATENCY_MS,
                        TimeUnit.MILLISECONDS));
        server.start();
        try {
            Path corpus = corpus(server.getAddress().getPort());
            try (AuditHarness harness = AuditHarness.start(
                    dir,
                    Map.of(
                            "citewatch.check.concurrency",
                            GLOBAL,
                            "citewatch.check.per-host",
                            PER_HOST,
                            "citewatch.check.allow-private-networks",
                            true,
                            // the defaults of config/application.yml (the harness's own suit small tests)
                            "citewatch.job.partitions",
                            8,
                            "citewatch.job.check-chunk-size",
                            100,
                            "citewatch.job.extract-chunk-size",
                            5,
                            "citewatch.job.check-ahead",
                            20_000))) {
                long cpuBefore = cpuNanos();
                double checkerAlone =
                        checkerAlone(harness.checker(), server.getAddress().getPort());
                double checkerCpu = (cpuNanos() - cpuBefore) / 1e9;

                cpuBefore = cpuNanos();
                long start = System.nanoTime();
                Instant started = Instant.now();
                AuditOutcome outcome = harness.audit(corpus);
                double seconds = (System.nanoTime() - start) / 1e9;
                double auditCpu = (cpuNanos() - cpuBefore) / 1e9;

                double ideal = URLS * (LATENCY_MS / 1000.0) / Math.min(GLOBAL, HOSTS * PER_HOST);
                harness.jdbc()
                        .query(
                                "SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION"
                                        + " WHERE STEP_NAME NOT LIKE 'checkHosts:%' ORDER BY STEP_EXECUTION_ID",
                                rs -> {
                                    System.out.printf(
                                            "  step %-8s +%5.1f s .. +%5.1f s%n",
                                            rs.getString(1),
                                            since(started, rs.getTimestamp(2)),
                                            since(started, rs.getTimestamp(3)));
                                });
                Timestamp firstCheck =
                        harness.jdbc().queryForObject("SELECT MIN(checked_at) FROM cw_check", Timestamp.class);
                Timestamp lastCheck =
                        harness.jdbc().queryForObject("SELECT MAX(checked_at) FROM cw_check", Timestamp.class);
                System.out.printf(
                        "  checks finished from +%.1f s to +%.1f s (the checker alone: %.1f s for as many URLs);"
                                + " mean time per check %.1f ms (server delay %d ms)%n",
                        since(started, firstCheck),
                        since(started, lastCheck),
                        checkerAlone,
                        harness.jdbc().queryForObject("SELECT AVG(elapsed_ms) FROM cw_check", Double.class),
                        LATENCY_MS);
                System.out.printf(
                        "  CPU time of this JVM (server included, %d cores): checker alone %.1f s, audit %.1f s%n",
                        Runtime.getRuntime().availableProcessors(), checkerCpu, auditCpu);
                System.out.printf(
                        "BENCH audit of %d URLs over %d hosts: %.1f s wall, ideal %.1f s: %.0f%% of ideal; peak RSS %s%n",
                        URLS, HOSTS, seconds, ideal, 100 * ideal / seconds, peakRss());
                assertThat(outcome.counts().uniqueUrls()).isEqualTo(URLS);
            }
        } finally {
            server.stop(0);
            answers.shutdownNow();
        }
    }

    /** Other URLs of the same hosts through the checker alone, all submitted at once: what this machine allows. */
    private static double checkerAlone(RecordingChecker checker, int port) {
        long start = System.nanoTime();
        CompletableFuture.allOf(IntStream.range(0, URLS)
                        .mapToObj(n -> checker.check(url(port, n, "warm")))
                        .toArray(CompletableFuture[]::new))
                .join();
        double seconds = (System.nanoTime() - start) / 1e9;
        // as after storing them: the audit's own heap should not carry these results
        IntStream.range(0, URLS).forEach(n -> checker.forget(url(port, n, "warm")));
        return seconds;
    }

    /** 100 documents of 200 URLs each, hosts interleaved. */
    private Path corpus(int port) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        int perDocument = URLS / 100;
        for (int d = 0; d < 100; d++) {
            int doc = d;
            String text = IntStream.range(0, perDocument)
                    .map(i -> doc * perDocument + i)
                    .mapToObj(n -> "* " + url(port, n, "page"))
                    .collect(Collectors.joining("\n"));
            Files.writeString(corpus.resolve("doc" + d + ".wiki"), text, StandardCharsets.UTF_8);
        }
        return corpus;
    }

    /** Host {@code n % 200} is 127.0.1.(1 + n % 200). */
    private static String url(int port, int n, String path) {
        return "http://127.0.1." + (1 + n % HOSTS) + ":" + port + "/" + path + "/" + n;
    }

    private static double since(Instant start, Timestamp time) {
        return Duration.between(start, time.toInstant()).toMillis() / 1000.0;
    }

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM"))
                .map(line -> line.replaceAll("\\s+", " "))
                .findFirst()
                .orElse("n/a");
    }
}
