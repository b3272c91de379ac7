package org.citewatch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.citewatch.CitewatchApplication;
import org.citewatch.report.AuditReport;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole application on a given database, with test doubles for the features not merged yet. */
final class AuditHarness implements AutoCloseable {

    final ConfigurableApplicationContext context;

    private AuditHarness(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts on a file database in the folder, writing reports to its {@code reports} folder. */
    static AuditHarness start(Path dir, Map<String, Object> properties) {
        return start(dir, fileDb(dir), properties);
    }

    /** Starts on the database the JDBC URL names, writing reports to the folder's {@code reports} folder. */
    static AuditHarness start(Path dir, String databaseUrl, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("citewatch.db", databaseUrl);
        all.putIfAbsent("citewatch.report.dir", dir.resolve("reports"));
        // The archive's politeness limit (24/min) would make a test wait; the stubs do not mind.
        all.putIfAbsent("citewatch.archive.rate", "6000/min");
        // Tests never reach the internet: an archive endpoint a test does not stub refuses connections.
        all.putIfAbsent("citewatch.archive.availability-url", "http://127.0.0.1:9/wayback/available");
        all.putIfAbsent("citewatch.archive.cdx-url", "http://127.0.0.1:9/cdx/search/cdx");
        all.putIfAbsent("citewatch.archive.replay-url", "http://127.0.0.1:9/web/");
        // Test servers listen on loopback addresses, which the checker refuses by default.
        all.putIfAbsent("citewatch.check.allow-private-networks", true);
        all.putIfAbsent("citewatch.job.partitions", 3);
        all.putIfAbsent("citewatch.job.check-chunk-size", 2);
        // Command-line arguments: they win over config/application.yml, as the CLI's options do.
        String[] args = all.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new AuditHarness(new SpringApplicationBuilder(CitewatchApplication.class, JobTestDoubles.class)
                .web(WebApplicationType.NONE)
                .run(args));
    }

    /** A file database in the folder, as the command line uses by default. */
    private static String fileDb(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("citewatch").toAbsolutePath()
                + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
    }

    AuditOutcome audit(Path... inputs) throws Exception {
        return audit(AuditProgress.NONE, inputs);
    }

    AuditOutcome audit(AuditProgress progress, Path... inputs) throws Exception {
        return context.getBean(AuditLauncher.class)
                .run(Stream.of(inputs).map(Path::toString).toList(), false, progress);
    }

    /** Audits inputs as the command line passes them: files, folders or {@code wiki:} selections. */
    AuditOutcome audit(List<String> inputs) throws Exception {
        return context.getBean(AuditLauncher.class).run(inputs, false, AuditProgress.NONE);
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    RecordingChecker checker() {
        return context.getBean(RecordingChecker.class);
    }

    /** The report of a run, as the report step assembles it from the database. */
    AuditReport report(long runId) {
        return context.getBean(RunReporter.class).assemble(runId);
    }

    /** The step executions of the latest job execution: name -> [read, write, skip] counts. */
    Map<String, List<Long>> lastStepCounts() {
        Map<String, List<Long>> counts = new HashMap<>();
        jdbc().query("""
                SELECT STEP_NAME, READ_COUNT, WRITE_COUNT, PROCESS_SKIP_COUNT + READ_SKIP_COUNT + WRITE_SKIP_COUNT AS SKIPS
                FROM BATCH_STEP_EXECUTION
                WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)""", rs -> {
            counts.put(
                    rs.getString("STEP_NAME"),
                    List.of(rs.getLong("READ_COUNT"), rs.getLong("WRITE_COUNT"), rs.getLong("SKIPS")));
        });
        return counts;
    }

    /** Copies the fixture corpus into a folder, with the test servers' base URLs filled in. */
    static Path corpus(Path dir, Map<String, String> baseUrls) {
        try {
            Path source = Path.of(
                    AuditHarness.class.getResource("/fixtures/job/corpus").toURI());
            Path target = Files.createDirectories(dir.resolve("corpus"));
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.toList()) {
                    byte[] bytes = Files.readAllBytes(file);
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    if (!text.contains("\uFFFD")) {
                        for (Map.Entry<String, String> base : baseUrls.entrySet()) {
                            text = text.replace("{" + base.getKey() + "}", base.getValue());
                        }
                        bytes = text.getBytes(StandardCharsets.UTF_8);
                    }
                    Files.write(target.resolve(file.getFileName()), bytes);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
