package org.citewatch.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.citewatch.report.LinkReport;
import org.citewatch.testing.TestDatabase;
import org.citewatch.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10, item 6: a paywalled link answering 403 goes through the whole job as SUBSCRIPTION,
 * neither dead nor a problem, and the gate passes; the same 403 from a host no citation marks stays
 * UNKNOWN BLOCKED. Runs on each supported database (the access marker is a column of migration V4).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class PaywallAuditTest {

    @Parameter
    TestDatabase database;

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @RegisterExtension
    static WireMockExtension web = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static WireMockExtension wayback = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dir;

    /** The same test server under two host names: 127.0.0.6 is the paywalled newspaper, 127.0.0.7 is not. */
    private String paywalled(String path) {
        return "http://127.0.0.6:" + web.getPort() + path;
    }

    private String unmarked(String path) {
        return "http://127.0.0.7:" + web.getPort() + path;
    }

    @Test
    void reportsAPaywalled403AsSubscriptionAndPassesTheGate() throws Exception {
        // given
        web.stubFor(get(urlPathEqualTo("/2012/03/summit.html"))
                .willReturn(aResponse().withStatus(403)));
        web.stubFor(get(urlPathEqualTo("/2012/04/talks.html"))
                .willReturn(aResponse().withStatus(402)));
        wayback.stubFor(
                get(urlPathEqualTo("/cdx/search/cdx")).willReturn(aResponse().withBody("[]")));
        Path page = Files.createDirectories(dir.resolve("pages")).resolve("Summit.wiki");
        Files.writeString(
                page,
                """
                The summit met in 2012.<ref>{{cite news |url=%s |title=Summit |url-access=subscription}}</ref>
                Talks went on.<ref>{{cite news |url=%s |title=Talks}}</ref>
                A blog saw it too.<ref>{{cite web |url=%s |title=Blog}}</ref>
                """.formatted(
                                paywalled("/2012/03/summit.html"),
                                paywalled("/2012/04/talks.html"),
                                unmarked("/2012/03/summit.html")),
                StandardCharsets.UTF_8);

        try (AuditHarness harness = AuditHarness.start(
                dir,
                databases.at(database, dir),
                Map.of(
                        "citewatch.report.fail-on", "dead",
                        "citewatch.archive.cdx-url", wayback.baseUrl() + "/cdx/search/cdx",
                        "citewatch.archive.replay-url", wayback.baseUrl() + "/web/"))) {

            // when
            AuditOutcome outcome = harness.audit(page);

            // then
            assertThat(outcome.status())
                    .as("--fail-on=dead: the 402 of a paywalled host is no dead link")
                    .isEqualTo(AuditOutcome.Status.PASSED);
            Map<String, LinkReport> links = harness.report(outcome.runId()).links().stream()
                    .collect(Collectors.toMap(LinkReport::url, Function.identity()));
            assertThat(links.get(paywalled("/2012/03/summit.html")))
                    .extracting(LinkReport::verdict, LinkReport::reason)
                    .containsExactly(Verdict.ALIVE, Reason.SUBSCRIPTION);
            assertThat(links.get(paywalled("/2012/04/talks.html")))
                    .as("the host is paywalled once a citation says so")
                    .extracting(LinkReport::verdict, LinkReport::reason)
                    .containsExactly(Verdict.ALIVE, Reason.SUBSCRIPTION);
            assertThat(links.get(unmarked("/2012/03/summit.html")))
                    .as("the same 403 without the marker")
                    .extracting(LinkReport::verdict, LinkReport::reason)
                    .containsExactly(Verdict.UNKNOWN, Reason.BLOCKED);

            JsonNode report = JsonMapper.builder()
                    .build()
                    .readTree(dir.resolve("reports/report.json").toFile());
            for (JsonNode link : report.get("links")) {
                String expected = link.get("url").asString().startsWith(paywalled("")) ? "none" : "unknown";
                for (JsonNode citation : link.get("citations")) {
                    assertThat(citation.get("problem").asString())
                            .as(link.get("url").asString())
                            .isEqualTo(expected);
                }
            }
        }
    }
}
