package org.citewatch.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10, item 7: DOI and handle links are judged by the handle system's REST API (stubbed with
 * the real answer shapes), never by the publisher's landing page.
 */
class HandleLinkCheckTest {

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final TestProperties settings = new TestProperties();
    private HttpLinkChecker checker;

    @AfterEach
    void close() {
        if (checker != null) {
            checker.close();
        }
    }

    private HttpLinkChecker checker() {
        if (checker == null) {
            settings.doiApi = api.baseUrl() + "/api/handles/";
            settings.handleApi = api.baseUrl() + "/hdl/api/handles";
            checker = new HttpLinkChecker(Fixtures.sharedClient(), settings.build());
        }
        return checker;
    }

    private CheckResult check(String url) {
        return Fixtures.await(checker().check(url));
    }

    private static void answer(String path, int status, String fixture) {
        api.stubFor(get(path)
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json;charset=UTF-8")
                        .withBody(fixture(fixture))));
    }

    @Test
    void judgesAnExistingDoiAliveByTheHandleApi() {
        answer("/api/handles/10.1000/1", 200, "found.json");

        CheckResult result = check("https://doi.org/10.1000/1");

        assertThat(result.verdict()).isEqualTo(Verdict.ALIVE);
        assertThat(result.reason()).isEqualTo(Reason.OK);
        assertThat(result.evidence()).contains("10.1000/1", "responseCode 1");
        assertThat(result.url()).isEqualTo("https://doi.org/10.1000/1");
        assertThat(api.getAllServeEvents())
                .as("one API request, no landing page")
                .hasSize(1);
    }

    @Test
    void judgesAnUnknownDoiDeadWithItsOwnReason() {
        answer("/api/handles/10.1000/this-doi-does-not-exist", 404, "not-found.json");

        CheckResult result = check("http://dx.doi.org/10.1000/this-doi-does-not-exist");

        assertThat(result.verdict()).isEqualTo(Verdict.DEAD);
        assertThat(result.reason()).isEqualTo(Reason.DOI_NOT_FOUND);
        assertThat(result.httpStatus()).isEqualTo(404);
    }

    @ParameterizedTest(name = "HTTP {0} {1} -> UNKNOWN")
    @CsvSource({
        // the API's own error code
        "200, server-error.json",
        // server errors, retried, then given up
        "500, server-error.json",
        "503, not-found.json",
        // not the API at all (a captive portal, a changed endpoint)
        "200, ../check/article.html",
        "403, found.json",
    })
    void neverCallsADoiDeadWhenTheApiGivesNoUsableAnswer(int status, String fixture) {
        answer("/api/handles/10.1000/1", status, fixture);

        CheckResult result = check("https://doi.org/10.1000/1");

        assertThat(result.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(result.reason()).isEqualTo(Reason.HANDLE_API_ERROR);
        assertThat(result.evidence()).isNotBlank();
    }

    @Test
    void retriesAServerErrorOfTheApiAsAnyCheckDoes() {
        answer("/api/handles/10.1000/1", 500, "server-error.json");

        CheckResult result = check("https://doi.org/10.1000/1");

        assertThat(result.attempts()).isEqualTo(settings.retries + 1);
        assertThat(api.getAllServeEvents()).hasSize(settings.retries + 1);
    }

    @Test
    void judgesAnApiThatDropsTheConnectionUnknownNotDead() {
        api.stubFor(get("/api/handles/10.1000/1").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        CheckResult result = check("https://doi.org/10.1000/1");

        assertThat(result.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(result.reason()).isEqualTo(Reason.HANDLE_API_ERROR);
        assertThat(result.attempts()).isEqualTo(settings.retries + 1);
    }

    @Test
    void judgesHandleLinksByTheHandleApi() {
        answer("/hdl/api/handles/2027/mdp.39015012345678", 200, "handle-found.json");
        answer("/hdl/api/handles/2027/mdp.00000000000000", 404, "not-found.json");

        CheckResult found = check("https://hdl.handle.net/2027/mdp.39015012345678");
        CheckResult missing = check("http://hdl.handle.net/2027/mdp.00000000000000");

        assertThat(found.verdict()).isEqualTo(Verdict.ALIVE);
        assertThat(missing.verdict()).isEqualTo(Verdict.DEAD);
        assertThat(missing.reason()).isEqualTo(Reason.DOI_NOT_FOUND);
    }

    @ParameterizedTest(name = "{0} asks for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # a DOI written as it is registered: "<" and ">" must be encoded in the API path, the rest kept
            http://dx.doi.org/10.1002/(SICI)1097-4636(199601)30:1<1::AID-JBM1>3.0.CO;2-L | /api/handles/10.1002/(SICI)1097-4636(199601)30:1%3C1::AID-JBM1%3E3.0.CO;2-L
            # the same DOI percent-encoded in the cited URL: decoded once, encoded once
            https://doi.org/10.1002/%28SICI%291097-4636%28199601%2930%3A1%3C1%3A%3AAID-JBM1%3E3.0.CO%3B2-L | /api/handles/10.1002/(SICI)1097-4636(199601)30:1%3C1::AID-JBM1%3E3.0.CO;2-L
            # a DOI with more slashes in its suffix, and an encoded slash
            https://doi.org/10.1093/ajae/aaq063/2 | /api/handles/10.1093/ajae/aaq063/2
            https://doi.org/10.1000%2F182 | /api/handles/10.1000/182
            # the DOI 10.1000/100%25 (a literal percent sign, encoded in the cited URL) keeps its percent sign
            https://doi.org/10.1000/100%2525 | /api/handles/10.1000/100%2525
            """)
    void decodesTheDoiOnceAndEncodesItForTheApi(String cited, String expectedPath) {
        api.stubFor(get(urlPathMatching("/api/handles/.*"))
                .willReturn(aResponse().withStatus(200).withBody(fixture("found.json"))));

        CheckResult result = check(cited);

        assertThat(result.verdict()).isEqualTo(Verdict.ALIVE);
        assertThat(api.getAllServeEvents()).hasSize(1);
        assertThat(api.getAllServeEvents().get(0).getRequest().getUrl()).isEqualTo(expectedPath);
    }

    @Test
    void keepsToThePerHostLimitAtTheApi() {
        settings.perHost = 1;
        api.stubFor(get(urlPathMatching("/api/handles/.*"))
                .willReturn(aResponse().withFixedDelay(150).withBody(fixture("found.json"))));

        long start = System.nanoTime();
        List<CompletableFuture<CheckResult>> checks = List.of("1", "2", "3", "4").stream()
                .map(n -> checker().check("https://doi.org/10.1000/" + n))
                .toList();
        checks.forEach(Fixtures::await);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(elapsedMillis).as("one request at a time to the API host").isGreaterThanOrEqualTo(4 * 150);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # DOIs on every resolver host
            https://doi.org/10.1000/182 | 10.1000/182
            http://dx.doi.org/10.1038/nature12373 | 10.1038/nature12373
            https://www.doi.org/10.1000/182 | 10.1000/182
            # handles
            https://hdl.handle.net/2027/mdp.39015012345678 | 2027/mdp.39015012345678
            http://hdl.handle.net/10568/12345 | 10568/12345
            # the resolvers' own pages are ordinary links
            https://doi.org/ | -
            https://www.doi.org/the-identifier/resources/handbook | -
            https://doi.org/10.1000 | -
            https://hdl.handle.net/api/handles/2027/x | -
            # other hosts are ordinary links
            https://example.org/10.1000/182 | -
            """)
    void recognisesDoiAndHandleLinks(String url, String expected) {
        HttpUrl base = HttpUrl.get("https://api.test/api/handles/");

        var handle = HandleLink.of(HttpUrl.get(url), base, base);

        assertThat(handle.map(HandleLink::name).orElse("-")).isEqualTo(expected);
    }

    private static String fixture(String name) {
        try (InputStream in = HandleLinkCheckTest.class.getResourceAsStream("/fixtures/handle/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
