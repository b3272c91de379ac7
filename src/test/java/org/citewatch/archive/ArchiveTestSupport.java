package org.citewatch.archive;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import okhttp3.OkHttpClient;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Fixtures, a migrated H2 database, settings pointing at WireMock, and a clock tests can move. */
final class ArchiveTestSupport {

    private ArchiveTestSupport() {}

    /** A fresh in-memory database with the archive tables, migrated by Flyway as in production. */
    static DataSource migratedDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:archive-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common")
                .load()
                .migrate();
        return dataSource;
    }

    /**
     * Settings with every endpoint on the stub and short 429 pauses, bound the way Spring binds
     * {@code citewatch.archive.*}, plus the given overrides (kebab-case names).
     */
    static ArchiveProperties settings(String stubBaseUrl, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>();
        values.put("citewatch.archive.cdx-url", stubBaseUrl + "/cdx/search/cdx");
        values.put("citewatch.archive.availability-url", stubBaseUrl + "/wayback/available");
        values.put("citewatch.archive.replay-url", stubBaseUrl + "/web/");
        values.put("citewatch.archive.memento-url", stubBaseUrl + "/api/json/");
        values.put("citewatch.archive.save-url", stubBaseUrl + "/save/");
        values.put(
                "citewatch.archive.user-agent", "citewatch-test/1.0 (+https://example.org/citewatch; ops@example.org)");
        // fast enough for tests; the rate-limit test sets its own
        values.put("citewatch.archive.rate", "6000/min");
        values.put("citewatch.archive.replay-rate", "6000/min");
        values.put("citewatch.archive.availability-rate", "6000/min");
        values.put("citewatch.archive.memento-rate", "6000/min");
        // the batched first pass has tests of its own; the CDX tests count CDX requests alone
        values.put("citewatch.archive.availability-enabled", "false");
        values.put("citewatch.archive.pause-on-429", "20ms");
        values.put("citewatch.archive.max-429-pause", "30s");
        overrides.forEach((name, value) -> values.put("citewatch.archive." + name, value));
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("citewatch.archive", ArchiveProperties.class);
    }

    static ArchiveAdvisor advisor(DataSource dataSource, ArchiveProperties settings, Clock clock) {
        return ArchiveWiring.advisor(
                new OkHttpClient.Builder().followRedirects(false).build(), dataSource, settings, clock);
    }

    /** Every {@code id_} replay answers as a real page, unless a test stubs a capture at a higher priority. */
    static void stubEveryReplayAsARealPage() {
        WireMock.stubFor(WireMock.get(WireMock.urlPathMatching("/web/\\d{14}id_/.*"))
                .atPriority(10)
                .willReturn(WireMock.aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html; charset=utf-8")
                        .withHeader("Memento-Datetime", "Fri, 15 Jun 2012 09:30:12 GMT")
                        .withBody(fixture("replay-page.html"))));
    }

    static String fixture(String name) {
        try (InputStream in = ArchiveTestSupport.class.getResourceAsStream("/fixtures/wayback/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clock that stands still until a test moves it. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
