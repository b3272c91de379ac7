package org.citewatch.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web of many hosts on one port: listens on every loopback address, so that
 * {@code http://127.0.0.N:port/} are different hosts to a checker. Each answer comes after a delay;
 * the server measures how many requests each host had in flight at once, which is how politeness
 * is proved from the outside. Paths ending in {@code /gone} answer 404, the rest a small page.
 */
public final class InFlightServer implements AutoCloseable {

    /** One request as the server saw it. */
    public record Request(String host, String path, Instant at) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Duration delay;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> maxInFlight = new ConcurrentHashMap<>();
    private final Queue<Request> requests = new ConcurrentLinkedQueue<>();

    public InFlightServer(Duration delay) {
        this.delay = delay;
        try {
            // the wildcard address: every 127.0.0.N reaches it (and nothing outside this machine does)
            server = HttpServer.create(new InetSocketAddress(0), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL of the {@code n}th host, one loopback address each: 127.0.0.2, 127.0.0.3, ... 127.0.1.2, ... */
    public String host(int n) {
        return "http://127.0." + (n / 250) + "." + (n % 250 + 2) + ":" + port();
    }

    /** The most requests one host had in flight at once, per host ({@code 127.0.0.n:port}). */
    public Map<String, Integer> maxInFlightPerHost() {
        Map<String, Integer> max = new ConcurrentHashMap<>();
        maxInFlight.forEach((host, value) -> max.put(host, value.get()));
        return max;
    }

    /** Forgets the requests seen so far and their in-flight counts. */
    public void reset() {
        requests.clear();
        maxInFlight.clear();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        requests.add(new Request(host, exchange.getRequestURI().getPath(), Instant.now()));
        AtomicInteger now = inFlight.computeIfAbsent(host, h -> new AtomicInteger());
        maxInFlight.computeIfAbsent(host, h -> new AtomicInteger()).accumulateAndGet(now.incrementAndGet(), Math::max);
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // before the answer leaves: once the client has it, its next request may come at once
            now.decrementAndGet();
        }
        boolean gone = exchange.getRequestURI().getPath().endsWith("/gone");
        byte[] body = (gone ? "<title>Not here</title>" : "<html><title>Story</title><h1>Story</h1></html>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(gone ? 404 : 200, body.length);
        try (exchange) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
