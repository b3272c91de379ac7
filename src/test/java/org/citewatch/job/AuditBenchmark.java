package org.citewatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5 benchmark (not a test): {@code ./mvnw -B -Pbench test -Dtest=AuditBenchmark}. Audits a
 * generated corpus of 20,000 unique URLs over 200 hosts (the loopback addresses 127.0.1.1 to
 * 127.0.1.200 of one local server that answers after 50 ms), with the real link checker and compares the wall time with the ideal
 * {@code URLs × 50 ms / min(global limit, hosts × per-host limit)}; prints peak RSS (VmHWM).
 */
@Tag("bench")
class AuditBenchmark {

    private static final int URLS = 20_000;
    private static final int HOSTS = 200;
    private static final int LATENCY_MS = 50;
    private static final int GLOBAL = 64;
    private static final int PER_HOST = 2;

    @TempDir
    Path dir;

    @Test
    void auditsTwentyThousandUrlsNearTheIdealTime() throws Exception {
        ExecutorService handlers = Executors.newFixedThreadPool(96);
        // The wildcard address: every 127.0.x.y reaches it, so each of the 200 hosts is its own address.
        HttpServer server = HttpServer.create(new InetSocketAddress(0), 1024);
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            try {
                Thread.sleep(LATENCY_MS);
                byte[] body = "<html><title>ok</title></html>".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                exchange.close();
            }
        });
        server.start();
        try {
            Path corpus = corpus(server.getAddress().getPort());
            try (AuditHarness harness = AuditHarness.start(
                    dir,
                    Map.of(
                            "citewatch.job.partitions",
                            8,
                            "citewatch.job.check-chunk-size",
                            100,
                            "citewatch.check.concurrency",
                            GLOBAL,
                            "citewatch.check.per-host",
                            PER_HOST,
                            "citewatch.check.allow-private-networks",
                            true))) {
                double checkerAlone =
                        checkerAlone(harness.checker(), server.getAddress().getPort());
                long start = System.nanoTime();
                AuditOutcome outcome = harness.audit(corpus);
                double seconds = (System.nanoTime() - start) / 1e9;
                double ideal = URLS * (LATENCY_MS / 1000.0) / Math.min(GLOBAL, HOSTS * PER_HOST);
                harness.jdbc()
                        .query(
                                "SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME NOT LIKE 'checkHosts:%' ORDER BY STEP_EXECUTION_ID",
                                rs -> {
                                    System.out.printf(
                                            "  step %-8s %s -> %s%n",
                                            rs.getString(1), rs.getString(2), rs.getString(3));
                                });
                System.out.printf(
                        "  mean time per check (queueing in the checker included): %s ms%n",
                        harness.jdbc().queryForObject("SELECT AVG(elapsed_ms) FROM cw_check", Double.class));
                double checkStep = harness.jdbc()
                                .queryForObject(
                                        "SELECT DATEDIFF('MILLISECOND', START_TIME, END_TIME) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'check'",
                                        Double.class)
                        / 1000;
                System.out.printf(
                        "BENCH audit of %d URLs over %d hosts: %.1f s wall, ideal %.1f s, %.0f%% of ideal; check step %.1f s,"
                                + " the checker alone %.1f s on this machine (%.0f%%); peak RSS %s%n",
                        URLS,
                        HOSTS,
                        seconds,
                        ideal,
                        100 * ideal / seconds,
                        checkStep,
                        checkerAlone,
                        100 * checkerAlone / checkStep,
                        peakRss());
                assertThat(outcome.counts().uniqueUrls()).isEqualTo(URLS);
            }
        } finally {
            server.stop(0);
            handlers.shutdownNow();
        }
    }

    /** Other URLs of the same hosts through the checker alone, all submitted at once: what this machine allows. */
    private static double checkerAlone(RecordingChecker checker, int port) {
        long start = System.nanoTime();
        java.util.concurrent.CompletableFuture.allOf(IntStream.range(0, URLS)
                        .mapToObj(n -> checker.check(url(port, n, "warm")))
                        .toArray(java.util.concurrent.CompletableFuture[]::new))
                .join();
        return (System.nanoTime() - start) / 1e9;
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

    private static String peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM"))
                .map(line -> line.replaceAll("\\s+", " "))
                .findFirst()
                .orElse("n/a");
    }
}
