package org.citewatch.check;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Throughput benchmark (not a test): 20,000 URLs over 200 local hosts (h0.bench .. h199.bench, all
 * 127.0.0.1 through a test resolver) that answer after 50 ms; then the same with 10 hosts answering
 * after 2 s. Reports URLs per second against the ideal min(global, hosts × per-host) / 50 ms, the
 * time the fast hosts' URLs needed, and peak RSS (VmHWM).
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *   && java -Xmx192m -cp target/classes:target/test-classes:$(cat target/cp.txt) org.citewatch.check.CheckerBenchmark
 * </pre>
 */
final class CheckerBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CheckerBenchmark.class);

    private static final int URLS = 20_000;
    private static final int HOSTS = 200;
    private static final int CONCURRENCY = 64;
    private static final int PER_HOST = 2;
    private static final long FAST_MS = 50;
    private static final long SLOW_MS = 2_000;
    private static final int SLOW_HOSTS = 10;

    private CheckerBenchmark() {}

    public static void main(String[] args) throws Exception {
        run("warm-up (JIT), not measured", 0, 4_000);
        run("all hosts answer after 50 ms", 0, URLS);
        run("10 hosts answer after 2 s", SLOW_HOSTS, URLS);
        log.warn("peak RSS (VmHWM): {}", peakRss());
    }

    private static void run(String title, int slowHosts, int urls) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        ExecutorService serverThreads =
                Executors.newFixedThreadPool(CONCURRENCY + 16); // never more in flight than the global limit
        server.setExecutor(serverThreads);
        byte[] page = "<html><head><title>Bench page</title></head><body><p>ok</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            int host = hostNumber(exchange.getRequestHeaders().getFirst("Host"));
            sleep(host < slowHosts ? SLOW_MS : FAST_MS);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        int port = server.getAddress().getPort();

        TestProperties settings = new TestProperties();
        settings.concurrency = CONCURRENCY;
        settings.perHost = PER_HOST;
        settings.readTimeout = Duration.ofSeconds(15);
        settings.timeout = Duration.ofSeconds(30);
        settings.retries = 2;
        OkHttpClient shared = new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .connectionPool(new ConnectionPool(256, 30, TimeUnit.SECONDS)) // as HttpConfiguration
                .build();
        Dns benchDns = hostname -> {
            if (hostname.endsWith(".bench")) {
                return List.of(InetAddress.getLoopbackAddress());
            }
            throw new UnknownHostException(hostname);
        };
        AtomicLong lastFastDone = new AtomicLong();
        try (HttpLinkChecker checker = new HttpLinkChecker(shared, settings.build(), benchDns)) {
            long start = System.nanoTime();
            List<CompletableFuture<CheckResult>> fast = new ArrayList<>();
            List<CompletableFuture<CheckResult>> slow = new ArrayList<>();
            for (int i = 0; i < urls; i++) {
                int host = i % HOSTS;
                CompletableFuture<CheckResult> check = checker.check("http://h" + host + ".bench:" + port + "/p/" + i);
                if (host < slowHosts) {
                    slow.add(check);
                } else {
                    fast.add(check.whenComplete((r, e) -> lastFastDone.accumulateAndGet(System.nanoTime(), Math::max)));
                }
            }
            CompletableFuture.allOf(fast.toArray(CompletableFuture[]::new)).join();
            double fastSeconds = (lastFastDone.get() - start) / 1e9;
            long alive = fast.stream()
                    .filter(f -> f.join().verdict() == Verdict.ALIVE)
                    .count();
            int fastHosts = HOSTS - slowHosts;
            int slotsForFast = Math.min(CONCURRENCY - slowHosts * PER_HOST, fastHosts * PER_HOST);
            double idealRate = Math.min(CONCURRENCY, HOSTS * PER_HOST) / (FAST_MS / 1000.0);
            double idealFastSeconds = fast.size() / (slotsForFast / (FAST_MS / 1000.0));
            log.warn("== {} ==", title);
            log.warn(
                    "fast-host URLs: {} ({} alive) in {} s = {} URLs/s",
                    fast.size(),
                    alive,
                    String.format("%.2f", fastSeconds),
                    String.format("%.0f", fast.size() / fastSeconds));
            log.warn(
                    "ideal: {} URLs/s over all slots; fast hosts' ideal with {} slots left to them: {} s -> {}% of ideal",
                    String.format("%.0f", idealRate),
                    slotsForFast,
                    String.format("%.2f", idealFastSeconds),
                    String.format("%.1f", 100 * idealFastSeconds / fastSeconds));
            double meanMs = fast.stream()
                    .mapToLong(f -> f.join().elapsed().toMillis())
                    .average()
                    .orElse(0);
            // Busy share of the slots the fast hosts could use: 100% means the scheduler never left
            // one idle, and any gap to the ideal is per-request time above the server's delay.
            double utilisation = fast.size() / fastSeconds * meanMs / 1000 / slotsForFast;
            log.warn(
                    "mean time per fast-host check: {} ms (server delay {} ms); slot utilisation {}%",
                    String.format("%.1f", meanMs), FAST_MS, String.format("%.0f", 100 * utilisation));
            if (!slow.isEmpty()) {
                long slowDone = slow.stream().filter(CompletableFuture::isDone).count();
                log.warn(
                        "slow-host URLs done by then: {} of {} (they need {} s at {} per host)",
                        slowDone,
                        slow.size(),
                        slow.size() / slowHosts * SLOW_MS / 1000 / PER_HOST,
                        PER_HOST);
            }
        } finally {
            server.stop(0);
            serverThreads.shutdownNow();
        }
    }

    private static int hostNumber(String hostHeader) {
        String name = hostHeader == null ? "h0" : hostHeader.substring(1, hostHeader.indexOf('.'));
        return Integer.parseInt(name);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM"))
                .map(line -> line.substring(6).strip())
                .findFirst()
                .orElse("unknown");
    }
}
