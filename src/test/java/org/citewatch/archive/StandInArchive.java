package org.citewatch.archive;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Wayback stand-in on loopback for the archive-step benchmark (issue 11), enforcing limits the way
 * the real archive is described to: CDX 30 requests in any minute, and a request over it is answered
 * 429 and so is every request for the next minute (the firewall); replay 600/min; Availability
 * {@value #AVAILABILITY_PER_MINUTE}/min (no published limit: the stand-in's choice), 429 past it.
 */
public final class StandInArchive implements AutoCloseable {

    /** One capture in the stand-in's index; {@code playable} false: listed as 200, replays as a redirect. */
    record Capture(String timestamp, int status, boolean playable) {}

    static final int AVAILABILITY_PER_MINUTE = 60;

    /** A URL's captures, oldest first; {@code inAvailability} false: the Availability API answers empty. */
    record Page(List<Capture> captures, boolean inAvailability) {}

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final Limit cdx;
    private final Limit replay;
    private final Limit availability;
    final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> refused = new ConcurrentHashMap<>();

    /** The real limits. */
    public StandInArchive() throws IOException {
        this(30, 600, AVAILABILITY_PER_MINUTE);
    }

    public StandInArchive(int cdxPerMinute, int replayPerMinute, int availabilityPerMinute) throws IOException {
        cdx = new Limit(cdxPerMinute, true);
        replay = new Limit(replayPerMinute, false);
        availability = new Limit(availabilityPerMinute, false);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/cdx/search/cdx", exchange -> handle(exchange, "cdx", cdx, this::cdx));
        server.createContext("/wayback/available", e -> handle(e, "availability", availability, this::available));
        server.createContext("/web/", exchange -> handle(exchange, "replay", replay, this::replay));
        server.start();
    }

    /** Requests the endpoint ({@code cdx}, {@code availability}, {@code replay}) received. */
    public long requests(String endpoint) {
        return count(requests, endpoint);
    }

    /** Requests the endpoint answered 429. */
    public long refused(String endpoint) {
        return count(refused, endpoint);
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void put(String url, Page page) {
        pages.put(url, page);
    }

    long count(Map<String, AtomicLong> counts, String endpoint) {
        return counts.getOrDefault(endpoint, new AtomicLong()).get();
    }

    private interface Handler {
        void answer(HttpExchange exchange) throws IOException;
    }

    private void handle(HttpExchange exchange, String name, Limit limit, Handler handler) throws IOException {
        try (exchange) {
            requests.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
            if (!limit.admit(System.currentTimeMillis())) {
                refused.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
                send(exchange, 429, "Too Many Requests");
                return;
            }
            handler.answer(exchange);
        }
    }

    private void cdx(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        Page page = pages.get(query.get("url"));
        if (page == null || page.captures().stream().noneMatch(c -> c.status() == 200)) {
            send(exchange, 200, "[]");
            return;
        }
        StringBuilder json = new StringBuilder("[[\"timestamp\",\"original\",\"statuscode\",\"mimetype\",\"digest\"]");
        for (Capture c : page.captures()) {
            if (c.status() == 200) {
                json.append(",[\"").append(c.timestamp()).append("\",\"").append(query.get("url"));
                json.append("\",\"200\",\"text/html\",\"D")
                        .append(c.timestamp())
                        .append("\"]");
            }
        }
        send(exchange, 200, json.append(']').toString());
    }

    private void available(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder json = new StringBuilder("{\"results\": [");
        boolean first = true;
        for (String line : body.split("\n")) {
            Map<String, String> ask = query(line);
            Page page = pages.get(ask.get("url"));
            json.append(first ? "" : ",")
                    .append("{\"tag\": \"")
                    .append(ask.get("tag"))
                    .append("\", \"archived_snapshots\": {");
            first = false;
            Capture found = page == null || !page.inAvailability() ? null : closest(page, ask);
            if (found != null) {
                json.append("\"closest\": {\"available\": true, \"status\": \"200\", \"timestamp\": \"")
                        .append(found.timestamp())
                        .append("\", \"url\": \"http://web.archive.org/web/")
                        .append(found.timestamp())
                        .append('/')
                        .append(ask.get("url"))
                        .append("\"}");
            }
            json.append("}}");
        }
        send(exchange, 200, json.append("]}").toString());
    }

    /** The 200 capture closest to the line's timestamp on its side (either side without closest). */
    private static Capture closest(Page page, Map<String, String> ask) {
        String ts = ask.getOrDefault("timestamp", "99999999999999");
        String side = ask.getOrDefault("closest", "either");
        Capture best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Capture c : page.captures()) {
            int order = c.timestamp().compareTo(ts);
            if (c.status() != 200 || (side.equals("before") && order > 0) || (side.equals("after") && order < 0)) {
                continue;
            }
            long distance = Math.abs(Long.parseLong(c.timestamp()) - Long.parseLong(ts));
            if (distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    private void replay(HttpExchange exchange) throws IOException {
        String rest = exchange.getRequestURI().getRawPath().substring("/web/".length());
        String ts = rest.substring(0, 14);
        String url = rest.substring(rest.indexOf('/') + 1);
        Page page = pages.get(url);
        Capture exact = page == null
                ? null
                : page.captures().stream()
                        .filter(c -> c.timestamp().equals(ts))
                        .findFirst()
                        .orElse(null);
        if (exact == null) {
            Capture nearest = page == null || page.captures().isEmpty()
                    ? null
                    : page.captures().get(0);
            if (nearest == null) {
                send(exchange, 404, "<html><title>Wayback Machine</title></html>");
                return;
            }
            exchange.getResponseHeaders().add("Location", "/web/" + nearest.timestamp() + "id_/" + url);
            send(exchange, 302, "");
            return;
        }
        if (exact.status() == 200 && exact.playable()) {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            send(exchange, 200, "<html><title>A real page</title></html>");
        } else if (exact.status() == 200 || exact.status() == 302) {
            exchange.getResponseHeaders().add("Location", "http://elsewhere.example/");
            send(exchange, 302, "");
        } else {
            send(exchange, exact.status(), "<html><title>404 Not Found</title></html>");
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    /** At most {@code perMinute} requests in any 60 s; with {@code firewall}, a refusal refuses the next minute too. */
    private static final class Limit {
        private final int perMinute;
        private final boolean firewall;
        private final Deque<Long> admitted = new ArrayDeque<>();
        private long blockedUntil;

        Limit(int perMinute, boolean firewall) {
            this.perMinute = perMinute;
            this.firewall = firewall;
        }

        synchronized boolean admit(long now) {
            if (now < blockedUntil) {
                return false;
            }
            while (!admitted.isEmpty() && admitted.peekFirst() <= now - 60_000) {
                admitted.removeFirst();
            }
            if (admitted.size() >= perMinute) {
                if (firewall) {
                    blockedUntil = now + 60_000;
                }
                return false;
            }
            admitted.addLast(now);
            return true;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static List<Capture> captures(Capture... captures) {
        return new ArrayList<>(List.of(captures));
    }
}
