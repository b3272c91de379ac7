package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.citewatch.archive.ArchiveBenchCorpus;
import org.citewatch.archive.StandInArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 benchmarks (not tests), run the way a user runs citewatch: {@code java -jar
 * target/citewatch.jar audit ...} as a separate process without JVM flags, against article-sized
 * pages from a local server on loopback ({@link ArticleSite}). Build the jar first:
 *
 * <pre>
 * ./mvnw -q package -DskipTests
 * ./mvnw -B -Pbench test -Dtest=JarBenchmark#startUp
 * ./mvnw -B -Pbench test -Dtest=JarBenchmark#wholeAudit      # -Dbench.urls=20000 -Dbench.hosts=500
 * ./mvnw -B -Pbench test -Dtest=JarBenchmark#killedAndResumed
 * ./mvnw -B -Pbench test -Dtest=JarBenchmark#archiveStep     # issue 11, two nights at the real archive limits
 * </pre>
 *
 * Prints wall time, CPU time and peak RSS of the citewatch process ({@code /usr/bin/time}), the
 * start-up timeline (process start → run start → each step → process exit, from the job repository),
 * the first request's time, and for the audit the ratio to the ideal {@code URLs × latency /
 * min(64, hosts × 2)} inside the network window and over the whole run.
 */
@Tag("bench")
class JarBenchmark {

    private static final int LATENCY_MS = 50;
    private static final int GLOBAL = 64;
    private static final int PER_HOST = 2;
    /** The stand-in archive of the link-checking benchmarks enforces no limit. */
    private static final int UNLIMITED = 1_000_000;

    private static final Path JAR =
            Path.of(System.getProperty("bench.jar", "target/citewatch.jar")).toAbsolutePath();

    @TempDir
    Path dir;

    /**
     * An audit of an empty URL list: start-up and shutdown only, on a new database (the first run)
     * and on one already migrated (every later run). Prints each run's own timeline ({@code
     * --timeline}: marks and Spring's start-up steps with the process's CPU time) and the medians.
     */
    @Test
    void startUp() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "# no links\n");
        int runs = Integer.getInteger("bench.runs", 5);
        for (boolean migrated : new boolean[] {false, true}) {
            List<Double> walls = new ArrayList<>();
            List<Double> cpus = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Path work = dir.resolve(migrated ? "startup-migrated" : "startup-new-" + i);
                if (migrated && i == 0) {
                    audit(work, empty); // migrates the database the measured runs find current
                }
                Measured run = audit(work, empty, List.of("--timeline"));
                walls.add(run.wallSeconds());
                cpus.add(run.cpuSeconds());
                System.out.println("  " + run);
                System.out.println(run.timeline());
                System.out.println(ownTimeline(work));
            }
            walls.sort(Double::compare);
            cpus.sort(Double::compare);
            System.out.printf(
                    "BENCH empty audit, %s database: median %.2f s wall, %.2f CPU-s over %d runs; load average %s%n",
                    migrated ? "migrated" : "new",
                    walls.get(runs / 2),
                    cpus.get(runs / 2),
                    runs,
                    Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    /** The lines that {@code audit --timeline} printed to stderr. */
    private static String ownTimeline(Path work) throws IOException {
        List<String> err = Files.readAllLines(work.resolve("err.txt"));
        int start = err.indexOf("citewatch: timeline (seconds since the JVM started; cpu: the whole process so far)");
        return start < 0 ? "  (no timeline printed)" : String.join("\n", err.subList(start, err.size()));
    }

    /** 20,000 URLs over 500 hosts answering after 50 ms, 10% dead, in 100 wikitext pages. */
    @Test
    void wholeAudit() throws Exception {
        int urls = Integer.getInteger("bench.urls", 20_000);
        int hosts = Integer.getInteger("bench.hosts", 500);
        try (ArticleSite site = new ArticleSite(LATENCY_MS);
                StandInArchive archive = new StandInArchive(UNLIMITED, UNLIMITED, UNLIMITED)) {
            Path corpus = corpus(site.port(), urls, hosts);
            Measured run = audit(dir.resolve("audit"), corpus, emptyArchive(archive));
            double ideal = urls * (LATENCY_MS / 1000.0) / Math.min(GLOBAL, hosts * PER_HOST);
            double window = (site.lastAnswerNanos() - site.firstRequestNanos()) / 1e9;
            System.out.println("  " + run);
            System.out.println(run.timeline());
            System.out.printf(
                    "  first request %.2f s after start; network window %.1f s; %d paths asked twice%n",
                    (site.firstRequestNanos() - run.startNanos()) / 1e9,
                    window,
                    site.asked().values().stream().filter(n -> n > 1).count());
            System.out.printf(
                    "BENCH %d URLs over %d hosts: ideal %.1f s; %.0f%% of ideal in the network window, %.0f%% over"
                            + " the whole run; %.2f CPU-ms per URL; peak RSS %d MB%n",
                    urls,
                    hosts,
                    ideal,
                    100 * ideal / window,
                    100 * ideal / run.wallSeconds(),
                    1000 * run.cpuSeconds() / urls,
                    run.peakRssKb() / 1024);
            assertThat(site.answered()).hasSize(urls);
        }
    }

    /** Killed with SIGKILL once half of 6,000 URLs are answered, then the same audit again. */
    @Test
    void killedAndResumed() throws Exception {
        int urls = Integer.getInteger("bench.urls", 6_000);
        int hosts = Integer.getInteger("bench.hosts", 100);
        try (ArticleSite site = new ArticleSite(LATENCY_MS);
                StandInArchive archive = new StandInArchive(UNLIMITED, UNLIMITED, UNLIMITED)) {
            Path corpus = corpus(site.port(), urls, hosts);
            Path work = Files.createDirectories(dir.resolve("killed"));
            Process first = citewatch(work, corpus, emptyArchive(archive)).start();
            while (site.answered().size() < urls / 2 && first.isAlive()) {
                Thread.sleep(5);
            }
            long killed = System.nanoTime();
            first.destroyForcibly().waitFor(); // SIGKILL, as kill -9
            Map<String, Long> answeredAt = site.answeredAt();
            Set<String> answered = answeredAt.keySet();
            site.forgetRequests();
            Process second = citewatch(work, corpus, emptyArchive(archive)).start();
            second.waitFor();
            Map<String, Integer> askedAgain = site.asked();
            long refetched =
                    askedAgain.keySet().stream().filter(answered::contains).count();
            long refetchedDead = askedAgain.keySet().stream()
                    .filter(answered::contains)
                    .filter(path -> path.endsWith("/dead"))
                    .count();
            System.out.printf(
                    "BENCH kill -9 after %d of %d URLs answered: the resumed run fetched %d of them again (%.1f%%);"
                            + " %d of them dead links; %d fetched in all, exit %d%n",
                    answered.size(),
                    urls,
                    refetched,
                    100.0 * refetched / answered.size(),
                    refetchedDead,
                    askedAgain.size(),
                    second.exitValue());
            System.out.println("  refetched URLs by how long before the kill they were answered: "
                    + ageHistogram(askedAgain.keySet().stream()
                            .filter(answered::contains)
                            .map(path -> (killed - answeredAt.get(path)) / 1_000_000)
                            .toList()));
        }
    }

    /**
     * Issue 16 item 4, side by side with linkinator on one loopback bench: 20,000 links in one HTML
     * page, 40 hosts answering after 50 ms with tiny bodies, 10% dead. linkinator runs with its
     * defaults; citewatch with its own (2 requests per host). Needs {@code -Dbench.linkinator="node
     * .../linkinator/build/src/cli.js"} (linkinator 8 wants Node.js 22); prints each one's wall and CPU
     * time, links per second and peak RSS, and the ratio of the two.
     */
    @Test
    void againstLinkinator() throws Exception {
        String linkinator = System.getProperty("bench.linkinator", "");
        assumeTrue(!linkinator.isBlank(), "-Dbench.linkinator=\"node .../cli.js\" names the peer to run");
        int urls = Integer.getInteger("bench.urls", 20_000);
        int hosts = Integer.getInteger("bench.hosts", 40);
        try (ArticleSite site = new ArticleSite(LATENCY_MS, true);
                StandInArchive archive = new StandInArchive(UNLIMITED, UNLIMITED, UNLIMITED)) {
            Path page = linkPage(site.port(), urls, hosts);
            List<String> peerCommand = new ArrayList<>(List.of(linkinator.trim().split("\\s+")));
            peerCommand.addAll(List.of(page.toString(), "--format", "json"));
            Measured peer = measure(Files.createDirectories(dir.resolve("peer")), peerCommand);
            long peerFetched = site.asked().size();
            site.forgetRequests();
            Measured ours = audit(dir.resolve("citewatch"), page, emptyArchive(archive));
            long oursFetched = site.asked().size();
            System.out.printf(
                    "BENCH linkinator: %s; %d links fetched, %.0f links/s%n",
                    peer, peerFetched, urls / peer.wallSeconds());
            System.out.printf(
                    "BENCH citewatch:  %s; %d links fetched, %.0f links/s%n",
                    ours, oursFetched, urls / ours.wallSeconds());
            System.out.println(ours.timeline());
            System.out.printf(
                    "BENCH citewatch's links/s are %.2f x linkinator's (goal >= 1.5 at <= 300 MB)%n",
                    peer.wallSeconds() / ours.wallSeconds());
        }
    }

    /** One HTML page linking every URL, in the 10%-dead shape of {@link #corpus}. */
    private Path linkPage(int port, int urls, int hosts) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("links"));
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Links</title></head><body><ul>\n");
        for (int n = 0; n < urls; n++) {
            String url = hostUrl(port, n, hosts) + "/article/" + n + (n % 10 == 7 ? "/dead" : "");
            html.append("<li><a href=\"")
                    .append(url)
                    .append("\">Source ")
                    .append(n)
                    .append("</a></li>\n");
        }
        html.append("</ul></body></html>\n");
        return Files.writeString(folder.resolve("links.html"), html, StandardCharsets.UTF_8);
    }

    /**
     * Issue 11 as a user meets it: an audit of 100 wikitext pages citing the {@link ArchiveBenchCorpus}
     * (2,000 dead links, 2,000 cited archives), the archive endpoints on a {@link StandInArchive} that
     * enforces the Internet Archive's real limits, the shipped defaults; then the next night's audit on
     * the same database. Prints the archive step's wall time, requests and 429s per endpoint, deferred
     * lookups; fails if a capture of a non-200 response was offered.
     */
    @Test
    void archiveStep() throws Exception {
        try (ArticleSite site = new ArticleSite(LATENCY_MS);
                StandInArchive archive = new StandInArchive()) {
            int hosts = 100;
            ArchiveBenchCorpus links = new ArchiveBenchCorpus(
                    archive,
                    i -> hostUrl(site.port(), i, hosts) + "/article/" + i + "/dead",
                    j -> hostUrl(site.port(), j, hosts) + "/article/live-" + j);
            Path corpus = archiveCorpus(links);
            Path work = Files.createDirectories(dir.resolve("archive"));
            List<String> endpoints = List.of(
                    "--citewatch.archive.cdx-url=" + archive.base() + "/cdx/search/cdx",
                    "--citewatch.archive.availability-url=" + archive.base() + "/wayback/available",
                    "--citewatch.archive.replay-url=" + archive.base() + "/web/");
            for (String night : List.of("night 1", "night 2 (same database)")) {
                Map<String, Long> before = archiveCounts(archive);
                Measured run = audit(work, corpus, endpoints);
                Map<String, Long> after = archiveCounts(archive);
                System.out.printf("%n== %s: %s%n%s%n", night, run, run.timeline());
                for (String endpoint : List.of("cdx", "availability", "replay")) {
                    long requests = after.get(endpoint) - before.get(endpoint);
                    System.out.printf(
                            "   %-12s %5d requests, %.3f per dead link, %d answered 429%n",
                            endpoint,
                            requests,
                            requests / (double) ArchiveBenchCorpus.DEAD,
                            after.get(endpoint + " 429") - before.get(endpoint + " 429"));
                }
                Map<String, Long> outcomes = new TreeMap<>();
                long offeredNon200 = 0;
                try (Connection db = DriverManager.getConnection(database(work));
                        Statement statement = db.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT lookup, snapshot_source, snapshot_url"
                                + " FROM cw_citation_archive WHERE run_id = (SELECT MAX(id) FROM cw_run)")) {
                    while (rows.next()) {
                        String source = rows.getString(2);
                        outcomes.merge(rows.getString(1) + (source == null ? "" : " " + source), 1L, Long::sum);
                        String snapshot = rows.getString(3);
                        if (snapshot != null && snapshot.startsWith(archive.base()) && links.isNon200(snapshot)) {
                            offeredNon200++;
                        }
                    }
                }
                System.out.println("   citations by lookup and source: " + outcomes);
                System.out.printf(
                        "BENCH archive step %s: %s; %d captures of non-200 responses offered%n",
                        night, archiveStepTime(run.timeline()), offeredNon200);
                assertThat(offeredNon200)
                        .as("never a capture of a non-200 response")
                        .isZero();
            }
        }
    }

    /**
     * The archive endpoints on a stand-in that knows no capture, at rates that do not hold the run:
     * the link-checking benchmarks measure checks, and never reach the Internet Archive.
     */
    private static List<String> emptyArchive(StandInArchive archive) {
        return List.of(
                "--citewatch.archive.cdx-url=" + archive.base() + "/cdx/search/cdx",
                "--citewatch.archive.availability-url=" + archive.base() + "/wayback/available",
                "--citewatch.archive.replay-url=" + archive.base() + "/web/",
                "--citewatch.archive.rate=60000/min",
                "--citewatch.archive.availability-rate=60000/min",
                "--citewatch.archive.replay-rate=60000/min");
    }

    private static String hostUrl(int port, int n, int hosts) {
        return "http://127.0." + (1 + n % hosts / 250) + "." + (1 + n % hosts % 250) + ":" + port;
    }

    /** The timeline's archive entry: {@code archive +a..+b}, as seconds. */
    private static String archiveStepTime(String timeline) {
        Matcher step = Pattern.compile("archive \\+([\\d.]+)\\.\\.\\+([\\d.]+)").matcher(timeline);
        return step.find()
                ? String.format("%.0f s", Double.parseDouble(step.group(2)) - Double.parseDouble(step.group(1)))
                : "no archive step in " + timeline;
    }

    private static Map<String, Long> archiveCounts(StandInArchive archive) {
        Map<String, Long> counts = new HashMap<>();
        for (String endpoint : List.of("cdx", "availability", "replay")) {
            counts.put(endpoint, archive.requests(endpoint));
            counts.put(endpoint + " 429", archive.refused(endpoint));
        }
        return counts;
    }

    /** 100 wikitext pages of 30 cite-web references, accessed on the corpus's target date. */
    private Path archiveCorpus(ArchiveBenchCorpus links) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("archive-corpus"));
        List<ArchiveBenchCorpus.Entry> entries = links.entries();
        for (int first = 0, page = 0; first < entries.size(); first += 30, page++) {
            StringBuilder text = new StringBuilder("Archive bench page " + page + ".\n");
            for (ArchiveBenchCorpus.Entry e : entries.subList(first, Math.min(entries.size(), first + 30))) {
                text.append("<ref>{{cite web |url=")
                        .append(e.url())
                        .append(" |title=Source")
                        .append(" |access-date=")
                        .append(ArchiveBenchCorpus.TARGET);
                if (e.citedArchive() != null) {
                    text.append(" |archive-url=").append(e.citedArchive());
                }
                if (e.archiveDate() != null) {
                    text.append(" |archive-date=").append(e.archiveDate());
                }
                text.append("}}</ref>\n");
            }
            Files.writeString(corpus.resolve("page" + page + ".wiki"), text, StandardCharsets.UTF_8);
        }
        return corpus;
    }

    /** Runs one audit under /usr/bin/time and reads its timeline from the job repository. */
    private Measured audit(Path work, Path corpus) throws Exception {
        return audit(work, corpus, List.of());
    }

    private Measured audit(Path work, Path corpus, List<String> extraArguments) throws Exception {
        Files.createDirectories(work);
        Instant started = Instant.now();
        Measured run = measure(work, citewatch(work, corpus, extraArguments).command());
        return run.withTimeline(timeline(work, started, Duration.ofNanos(run.endNanos() - run.startNanos())));
    }

    /** Runs a command in the folder under /usr/bin/time; exit 0 or 1 (a gate that failed) expected. */
    private static Measured measure(Path work, List<String> toRun) throws Exception {
        Path times = work.resolve("time.txt");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", times.toString()));
        command.addAll(toRun);
        long startNanos = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(work.resolve("err.txt").toFile())
                .start();
        int exit = process.waitFor();
        long endNanos = System.nanoTime();
        assertThat(exit).as(Files.readString(work.resolve("err.txt"))).isLessThanOrEqualTo(1);
        // the last line: /usr/bin/time first says "Command exited with non-zero status 1" after exit 1
        List<String> lines = Files.readAllLines(times);
        String[] t = lines.get(lines.size() - 1).trim().split("\\s+");
        return new Measured(
                (endNanos - startNanos) / 1e9,
                Double.parseDouble(t[1]) + Double.parseDouble(t[2]),
                Long.parseLong(t[3]),
                startNanos,
                endNanos,
                "");
    }

    /** How many of these ages (ms) fall under 100 ms, 250 ms, 500 ms, 1 s, 2 s and beyond. */
    private static String ageHistogram(List<Long> agesMs) {
        long[] bounds = {100, 250, 500, 1_000, 2_000, Long.MAX_VALUE};
        StringBuilder text = new StringBuilder();
        long below = Long.MIN_VALUE;
        for (long bound : bounds) {
            long lower = below;
            long count =
                    agesMs.stream().filter(age -> age > lower && age <= bound).count();
            text.append(bound == Long.MAX_VALUE ? "longer" : "<=" + bound + " ms")
                    .append(": ")
                    .append(count)
                    .append("; ");
            below = bound;
        }
        return text.toString();
    }

    /**
     * {@code java -jar citewatch.jar audit CORPUS} on a database of its own, no JVM flags; with
     * {@code -Dbench.jfr=FILE} a flight recording of the run (profile settings) goes to FILE.
     */
    private static ProcessBuilder citewatch(Path work, Path corpus, List<String> extraArguments) {
        List<String> command = new ArrayList<>(List.of("java"));
        String recording = System.getProperty("bench.jfr", "");
        if (!recording.isEmpty()) {
            command.add("-XX:StartFlightRecording=settings=profile,filename=" + recording);
        }
        command.addAll(List.of(
                "-jar",
                JAR.toString(),
                "audit",
                corpus.toString(),
                "--db=" + database(work),
                "--allow-private-networks",
                "--report-dir=" + work.resolve("reports")));
        command.addAll(extraArguments);
        return new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("killed-out.txt").toFile());
    }

    private static String database(Path work) {
        return "jdbc:h2:file:" + work.resolve("db").toAbsolutePath();
    }

    /** Start of the run and of each step, relative to the process start, from the job repository. */
    private static String timeline(Path work, Instant processStart, Duration processWall) throws SQLException {
        StringBuilder timeline = new StringBuilder("  timeline:");
        try (Connection db = DriverManager.getConnection(database(work));
                Statement statement = db.createStatement()) {
            try (ResultSet run = statement.executeQuery("SELECT MAX(START_TIME) FROM BATCH_JOB_EXECUTION")) {
                run.next();
                timeline.append(String.format(" job +%.2f s", since(processStart, run.getTimestamp(1))));
            }
            try (ResultSet steps =
                    statement.executeQuery("SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION"
                            + " WHERE STEP_NAME NOT LIKE 'checkHosts:%' AND JOB_EXECUTION_ID ="
                            + " (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION) ORDER BY STEP_EXECUTION_ID")) {
                while (steps.next()) {
                    timeline.append(String.format(
                            "; %s +%.2f..+%.2f",
                            steps.getString(1),
                            since(processStart, steps.getTimestamp(2)),
                            since(processStart, steps.getTimestamp(3))));
                }
            }
        }
        return timeline.append(String.format("; exit +%.2f s", processWall.toMillis() / 1000.0))
                .toString();
    }

    private static double since(Instant start, java.sql.Timestamp time) {
        return time == null
                ? Double.NaN
                : Duration.between(start, time.toInstant()).toMillis() / 1000.0;
    }

    /** 100 wikitext pages citing the URLs, hosts interleaved; every tenth URL is dead. */
    private Path corpus(int port, int urls, int hosts) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        int perPage = Math.max(1, urls / 100);
        for (int first = 0, page = 0; first < urls; first += perPage, page++) {
            int from = first;
            String text = IntStream.range(from, Math.min(urls, from + perPage))
                    .mapToObj(n -> "<ref>{{cite web |url=http://127.0." + (1 + n % hosts / 250) + "."
                            + (1 + n % hosts % 250) + ":" + port + "/article/" + n + (n % 10 == 7 ? "/dead" : "")
                            + " |title=Source " + n + "}}</ref>")
                    .collect(Collectors.joining("\n"));
            Files.writeString(corpus.resolve("page" + page + ".wiki"), text, StandardCharsets.UTF_8);
        }
        return corpus;
    }

    /** One citewatch process: wall and CPU seconds, peak RSS, and when it ran. */
    private record Measured(
            double wallSeconds, double cpuSeconds, long peakRssKb, long startNanos, long endNanos, String timeline) {

        Measured withTimeline(String timeline) {
            return new Measured(wallSeconds, cpuSeconds, peakRssKb, startNanos, endNanos, timeline);
        }

        @Override
        public String toString() {
            return String.format("wall %.2f s, CPU %.2f s, peak RSS %d MB", wallSeconds, cpuSeconds, peakRssKb / 1024);
        }
    }
}
