package org.citewatch.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Byte caps and per-host politeness, against a local JDK server that streams large bodies. */
class BodyLimitsAndPolitenessTest {

    private static final long CAP = 64 * 1024;

    private final LocalServer server = new LocalServer(16);
    private HttpLinkChecker checker;

    @AfterEach
    void close() {
        if (checker != null) {
            checker.close();
        }
        server.close();
    }

    private HttpLinkChecker checker(TestProperties settings) {
        checker = new HttpLinkChecker(Fixtures.sharedClient(), settings.build());
        return checker;
    }

    @Test
    void readsAtMostTheCapOfAFiftyMegabyteBody() {
        AtomicInteger served = new AtomicInteger();
        server.handle("/huge", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked
            streamHtml(exchange, 50L * 1024 * 1024, exchange.getResponseBody(), served);
        });

        CheckResult result = Fixtures.await(checker(new TestProperties()).check(server.url("/huge")));

        assertThat(result.verdict()).isEqualTo(Verdict.ALIVE);
        assertThat(result.bytesRead()).isEqualTo(CAP);
    }

    @Test
    void keepsAGzipBombCappedAfterDecompression() {
        server.handle("/bomb", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, 0); // chunked
            // 1 GB of HTML inflated; compressed on the fly, so only what the client reads is made.
            try (GZIPOutputStream gzip = new GZIPOutputStream(exchange.getResponseBody())) {
                streamHtml(exchange, 1L << 30, gzip, new AtomicInteger());
            }
        });

        CheckResult result = Fixtures.await(checker(new TestProperties()).check(server.url("/bomb")));

        assertThat(result.verdict()).isEqualTo(Verdict.ALIVE);
        assertThat(result.bytesRead()).as("inflated bytes, capped").isLessThanOrEqualTo(CAP);
        assertThat(result.bytesRead()).isPositive();
    }

    @Test
    void neverSendsOneHostMoreConcurrentRequestsThanThePerHostLimit() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        server.handle("/page", exchange -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50); // long enough for requests to overlap if the limit let them
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        TestProperties settings = new TestProperties();
        settings.concurrency = 16;
        settings.perHost = 2;
        HttpLinkChecker checker = checker(settings);

        List<CompletableFuture<CheckResult>> checks = IntStream.range(0, 12)
                .mapToObj(i -> checker.check(server.url("/page?n=" + i)))
                .toList();
        checks.forEach(Fixtures::await);

        assertThat(peak.get())
                .as("the server never saw more than per-host=2 at once")
                .isLessThanOrEqualTo(2);
        assertThat(checks).allSatisfy(c -> assertThat(c.join().verdict()).isEqualTo(Verdict.ALIVE));
    }

    @Test
    void letsOtherHostsProceedWhileOneHostHangs() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (LocalServer stuck = new LocalServer(4)) {
            stuck.handle("/", exchange -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.handle("/fast", exchange -> {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            TestProperties settings = new TestProperties();
            settings.concurrency = 4;
            settings.perHost = 2;
            settings.timeout = java.time.Duration.ofSeconds(10);
            settings.readTimeout = java.time.Duration.ofSeconds(10);
            HttpLinkChecker checker = checker(settings);
            // "localhost" and "127.0.0.1" are two hosts to the limiter.
            List<CompletableFuture<CheckResult>> hung = IntStream.range(0, 6)
                    .mapToObj(i -> checker.check("http://localhost:" + stuck.port() + "/?n=" + i))
                    .toList();

            List<CompletableFuture<CheckResult>> fast = IntStream.range(0, 10)
                    .mapToObj(i -> checker.check(server.url("/fast?n=" + i)))
                    .toList();
            fast.forEach(Fixtures::await);

            assertThat(hung).as("the hung host holds only its own slots").noneMatch(CompletableFuture::isDone);
            release.countDown();
            hung.forEach(Fixtures::await);
        }
    }

    private static void streamHtml(HttpExchange exchange, long total, OutputStream out, AtomicInteger served)
            throws IOException {
        byte[] chunk = "<p>lorem ipsum dolor sit amet</p>\n".repeat(256).getBytes();
        out.write("<html><head><title>Big</title></head><body>".getBytes());
        try {
            for (long sent = 0; sent < total; sent += chunk.length) {
                out.write(chunk);
                served.addAndGet(chunk.length);
            }
        } catch (IOException clientHungUp) {
            // expected: the checker cancels after its cap
        } finally {
            exchange.close();
        }
    }
}
