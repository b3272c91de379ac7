package org.citewatch.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.citewatch.testing.ArticlePages;

/**
 * A simulated web on loopback for benchmarks: every address 127.0.x.y reaches it, so each host of a
 * corpus is its own address; each answer is sent after a fixed delay by a timer (no thread is held
 * meanwhile, as with a remote host). Pages are article-sized (5 to 50 KB: a head with meta tags,
 * styles and scripts, navigation, paragraphs); a path ending in {@code /dead} answers 404 with a
 * not-found page. Counts each path asked for, so a benchmark can tell what was fetched twice.
 */
final class ArticleSite implements AutoCloseable {

    private final HttpServer server;
    private final ScheduledExecutorService answers = Executors.newScheduledThreadPool(2);
    private final List<byte[]> pages = new ArrayList<>();
    private final byte[] notFound = page(new Random(404), 6_000, "Page not found");
    private final Map<String, Integer> asked = new ConcurrentHashMap<>();
    /** Path -> System.nanoTime() of its latest answer. */
    private final Map<String, Long> answered = new ConcurrentHashMap<>();

    private final AtomicLong firstRequestNanos = new AtomicLong();
    private final AtomicLong lastAnswerNanos = new AtomicLong();

    ArticleSite(int latencyMs) throws IOException {
        this(latencyMs, false);
    }

    /** @param tiny pages of about 200 bytes (a title, a heading, a paragraph), as in a link checker's own bench */
    ArticleSite(int latencyMs, boolean tiny) throws IOException {
        Random random = new Random(16);
        for (int i = 0; i < 64; i++) {
            pages.add(
                    tiny
                            ? tinyPage(random, "Article " + i)
                            : page(random, 5_000 + random.nextInt(45_000), "Article " + i));
        }
        server = HttpServer.create(new InetSocketAddress(0), 4096);
        server.createContext("/", exchange -> {
            firstRequestNanos.compareAndSet(0, System.nanoTime());
            String path = exchange.getRequestURI().getPath();
            asked.merge(path, 1, Integer::sum);
            answers.schedule(() -> answer(exchange, path), latencyMs, TimeUnit.MILLISECONDS);
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** System.nanoTime() of the first request, 0 before. */
    long firstRequestNanos() {
        return firstRequestNanos.get();
    }

    /** System.nanoTime() of the latest answer sent, 0 before. */
    long lastAnswerNanos() {
        return lastAnswerNanos.get();
    }

    /** Paths answered so far (the whole response sent). */
    java.util.Set<String> answered() {
        return java.util.Set.copyOf(answered.keySet());
    }

    /** Paths answered so far, with the System.nanoTime() of their latest answer. */
    Map<String, Long> answeredAt() {
        return Map.copyOf(answered);
    }

    /** Paths asked for, with how many times. */
    Map<String, Integer> asked() {
        return Map.copyOf(asked);
    }

    void forgetRequests() {
        asked.clear();
        answered.clear();
        firstRequestNanos.set(0);
    }

    private void answer(HttpExchange exchange, String path) {
        try (exchange) {
            boolean dead = path.endsWith("/dead");
            byte[] body = dead ? notFound : pages.get(Math.floorMod(path.hashCode(), pages.size()));
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(dead ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            answered.put(path, System.nanoTime());
            lastAnswerNanos.accumulateAndGet(System.nanoTime(), Math::max);
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    private static byte[] tinyPage(Random random, String title) {
        return ("<!DOCTYPE html><html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><p>"
                        + ArticlePages.words(random, 12) + "</p></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] page(Random random, int size, String title) {
        return ArticlePages.article(random, size, title).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        answers.shutdownNow();
    }
}
