package org.citewatch.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations and every query of the job on PostgreSQL: runs only where a disposable database is
 * given, e.g. {@code CITEWATCH_TEST_POSTGRES_URL=jdbc:postgresql://localhost:5432/citewatch?user=postgres}
 * (its tables are dropped first).
 */
@EnabledIfEnvironmentVariable(named = "CITEWATCH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class AuditOnPostgresTest {

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dir;

    @Test
    void auditsTwiceAndResumesOnPostgres() throws Exception {
        site.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody("<title>ok</title>")));
        site.stubFor(get(urlPathEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
        site.stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));
        Path pages = Files.createDirectories(dir.resolve("pages"));
        String base = "http://127.0.0.1:" + site.getPort();
        Files.writeString(
                pages.resolve("page.wiki"),
                "<ref>{{cite web |url=" + base + "/a |access-date=2020-01-02}}</ref>\n" + "<ref>{{cite web |url=" + base
                        + "/gone}}</ref>\n" + base + "/b\n");
        Map<String, Object> properties = Map.of(
                "spring.datasource.url",
                System.getenv("CITEWATCH_TEST_POSTGRES_URL"),
                "spring.flyway.clean-disabled",
                "false",
                "citewatch.archive.cdx-url",
                site.baseUrl() + "/cdx/search/cdx",
                "citewatch.archive.availability-url",
                site.baseUrl() + "/wayback/available");
        try (AuditHarness harness = AuditHarness.start(dir, properties)) {
            harness.jdbc().execute("DROP SCHEMA public CASCADE");
            harness.jdbc().execute("CREATE SCHEMA public");
        }
        try (AuditHarness first = AuditHarness.start(dir, properties)) {
            AuditOutcome outcome = first.audit(pages);

            assertThat(outcome.status()).isEqualTo(AuditOutcome.Status.GATE_FAILED);
            assertThat(outcome.counts().uniqueUrls()).isEqualTo(3);
            assertThat(first.report(outcome.runId()).trend()).hasSize(1);
            site.resetRequests();

            AuditOutcome second = first.audit(pages);

            assertThat(second.counts().uniqueUrls()).isEqualTo(3);
            assertThat(site.findAll(
                            com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/a"))))
                    .isEmpty();
            assertThat(first.report(second.runId()).trend()).hasSize(2);
        }
    }
}
