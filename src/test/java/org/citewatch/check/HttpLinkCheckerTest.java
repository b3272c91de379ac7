package org.citewatch.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The verdict table against a WireMock server, one row (or more) per test. */
class HttpLinkCheckerTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final TestProperties settings = new TestProperties();
    private HttpLinkChecker checker;

    @BeforeEach
    void answerCanary() {
        server.stubFor(get("/canary").willReturn(aResponse().withStatus(204)));
        settings.canary(server.baseUrl() + "/canary");
    }

    @AfterEach
    void closeChecker() {
        if (checker != null) {
            checker.close();
        }
    }

    private CheckResult check(String path) {
        if (checker == null) {
            checker = new HttpLinkChecker(Fixtures.sharedClient(), settings.build());
        }
        return Fixtures.await(checker.check(path.contains("://") ? path : server.baseUrl() + path));
    }

    private static void page(String path, String fixture) {
        server.stubFor(get(path)
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/html; charset=utf-8")
                        .withBody(Fixtures.html(fixture))));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1} {2}")
    @CsvSource({
        // success: the page is there
        "200, ALIVE, OK",
        "203, ALIVE, OK",
        // gone for good
        "404, DEAD, HTTP_404",
        "410, DEAD, HTTP_410",
        // other client errors: the URL itself is wrong
        "400, DEAD, HTTP_4XX",
        "405, DEAD, HTTP_4XX",
        "451, DEAD, HTTP_4XX",
        // walls for bots, paywalls, proxies: a reader may well get through
        "401, UNKNOWN, BLOCKED",
        "403, UNKNOWN, BLOCKED",
        // rate limits and time-outs are the server's state, not the page's
        "429, UNKNOWN, RATE_LIMITED",
        "408, UNKNOWN, TIMEOUT",
        // server errors after retries
        "500, UNKNOWN, HTTP_5XX",
        "502, UNKNOWN, HTTP_5XX",
        "503, UNKNOWN, HTTP_5XX",
        // non-standard refusals (LinkedIn's 999)
        "999, UNKNOWN, BLOCKED"
    })
    void mapsFinalStatusToVerdict(int status, Verdict verdict, Reason reason) {
        server.stubFor(get("/status").willReturn(aResponse().withStatus(status)));

        CheckResult result = check("/status");

        assertThat(result.verdict()).isEqualTo(verdict);
        assertThat(result.reason()).isEqualTo(reason);
        assertThat(result.httpStatus()).isEqualTo(status);
    }

    @Test
    void reportsProxyAuthenticationDemandAsBlocked() {
        server.stubFor(get("/proxy-auth").willReturn(aResponse().withStatus(407)));

        CheckResult result = check("/proxy-auth");

        assertThat(result.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(result.reason()).isEqualTo(Reason.BLOCKED);
    }

    @Test
    void reportsAliveWithTitleAsEvidence() {
        page("/news/bridge", "article.html");

        CheckResult result = check("/news/bridge");

        assertThat(result.verdict()).isEqualTo(Verdict.ALIVE);
        assertThat(result.reason()).isEqualTo(Reason.OK);
        assertThat(result.contentType()).isEqualTo("text/html");
        assertThat(result.evidence()).startsWith("Council approves new bridge");
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.bytesRead()).isPositive();
    }

    @Test
    void neverSendsHeadSoAServerLyingToHeadStaysAlive() {
        server.stubFor(head(urlEqualTo("/report.pdf")).willReturn(aResponse().withStatus(404)));
        server.stubFor(get("/report.pdf")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/pdf")
                        .withBody("%PDF-1.7")));

        CheckResult result = check("/report.pdf");

        assertThat(result.verdict()).isEqualTo(Verdict.ALIVE);
        assertThat(result.bytesRead()).as("non-HTML bodies are not read").isZero();
        server.verify(0, headRequestedFor(anyUrl()));
    }

    @Test
    void retriesBlockedRequestOnceWithBrowserHeaders() {
        server.stubFor(get("/walled")
                .withHeader("Accept-Language", absent())
                .willReturn(aResponse().withStatus(403)));
        server.stubFor(get("/walled")
                .withHeader("Accept-Language", equalTo(PageFetcher.BROWSER_ACCEPT_LANGUAGE))
                .willReturn(aResponse().withStatus(200)));

        CheckResult result = check("/walled");

        assertThat(result.verdict()).isEqualTo(Verdict.ALIVE);
        assertThat(result.attempts()).isEqualTo(2);
        server.verify(getRequestedFor(urlEqualTo("/walled"))
                .withHeader("User-Agent", equalTo(CheckProperties.DEFAULT_USER_AGENT)));
    }

    @Test
    void retriesServerErrorAndReportsTheLaterSuccess() {
        server.stubFor(get("/flaky")
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("recovered"));
        server.stubFor(get("/flaky")
                .inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200)));

        CheckResult result = check("/flaky");

        assertThat(result.verdict()).isEqualTo(Verdict.ALIVE);
        assertThat(result.attempts()).isEqualTo(2);
    }

    @Test
    void honoursRetryAfterThenReportsTheAnswer() {
        server.stubFor(get("/limited")
                .inScenario("limited")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("open"));
        server.stubFor(get("/limited")
                .inScenario("limited")
                .whenScenarioStateIs("open")
                .willReturn(aResponse().withStatus(200)));

        CheckResult result = check("/limited");

        assertThat(result.verdict()).isEqualTo(Verdict.ALIVE);
        assertThat(result.elapsed())
                .as("the retry waited for Retry-After")
                .isGreaterThanOrEqualTo(java.time.Duration.ofMillis(900));
    }

    @Test
    void reportsRateLimitedWithoutWaitingWhenRetryAfterExceedsTheCap() {
        server.stubFor(get("/limited").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        CheckResult result = check("/limited");

        assertThat(result.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(result.reason()).isEqualTo(Reason.RATE_LIMITED);
        assertThat(result.evidence()).contains("3600s");
        assertThat(result.attempts()).isEqualTo(1);
    }

    @Test
    void fetchesEachUrlOnceHoweverOftenItIsChecked() {
        page("/shared", "article.html");
        checker = new HttpLinkChecker(Fixtures.sharedClient(), settings.build());

        List<CompletableFuture<CheckResult>> checks = IntStream.range(0, 20)
                .mapToObj(i -> checker.check(server.baseUrl() + "/shared"))
                .toList();
        checks.forEach(Fixtures::await);
        CheckResult later = check("/shared");

        server.verify(1, getRequestedFor(urlEqualTo("/shared")));
        assertThat(later).isSameAs(checks.get(0).join());
    }

    @Test
    void forgetsAFinishedCheckWhenToldSoTheNextCheckFetchesAgain() {
        page("/stored", "article.html");
        server.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(300)));
        checker = new HttpLinkChecker(Fixtures.sharedClient(), settings.build());

        CheckResult first = check("/stored");
        checker.forget(server.baseUrl() + "/stored");
        CheckResult again = check("/stored");
        CompletableFuture<CheckResult> running = checker.check(server.baseUrl() + "/slow");
        checker.forget(server.baseUrl() + "/slow");
        CompletableFuture<CheckResult> askedWhileRunning = checker.check(server.baseUrl() + "/slow");
        Fixtures.await(running);

        server.verify(2, getRequestedFor(urlEqualTo("/stored")));
        assertThat(again).isNotSameAs(first);
        assertThat(askedWhileRunning).as("a running check is not forgotten").isSameAs(running);
        server.verify(1, getRequestedFor(urlEqualTo("/slow")));
    }

    @Test
    void reportsRedirectedWithEveryHop() {
        server.stubFor(get("/old").willReturn(aResponse().withStatus(301).withHeader("Location", "/moved")));
        server.stubFor(get("/moved").willReturn(aResponse().withStatus(302).withHeader("Location", "/news/bridge")));
        page("/news/bridge", "article.html");

        CheckResult result = check("/old");

        assertThat(result.verdict()).isEqualTo(Verdict.ALIVE);
        assertThat(result.reason()).isEqualTo(Reason.REDIRECTED);
        assertThat(result.redirectChain())
                .containsExactly(server.baseUrl() + "/moved", server.baseUrl() + "/news/bridge");
        assertThat(result.finalUrl()).isEqualTo(server.baseUrl() + "/news/bridge");
        assertThat(result.httpStatus()).isEqualTo(200);
    }

    @Test
    void reportsDeepLinkRedirectedToHomePageAsDead() {
        server.stubFor(get("/2019/05/story.html")
                .willReturn(aResponse().withStatus(301).withHeader("Location", "/")));
        server.stubFor(get("/").willReturn(aResponse().withBody("<title>Welcome</title>")));

        CheckResult result = check("/2019/05/story.html");

        assertThat(result.verdict()).isEqualTo(Verdict.DEAD);
        assertThat(result.reason()).isEqualTo(Reason.REDIRECT_TO_HOME);
    }

    @Test
    void reportsRedirectLoop() {
        server.stubFor(get("/a").willReturn(aResponse().withStatus(302).withHeader("Location", "/b")));
        server.stubFor(get("/b").willReturn(aResponse().withStatus(302).withHeader("Location", "/a")));

        CheckResult result = check("/a");

        assertThat(result.verdict()).isEqualTo(Verdict.DEAD);
        assertThat(result.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
        assertThat(result.evidence()).contains("loop");
    }

    @Test
    void givesUpAfterTenRedirects() {
        for (int i = 0; i < 12; i++) {
            server.stubFor(
                    get("/hop" + i).willReturn(aResponse().withStatus(302).withHeader("Location", "/hop" + (i + 1))));
        }

        CheckResult result = check("/hop0");

        assertThat(result.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
        assertThat(result.redirectChain()).hasSize(10);
        server.verify(11, getRequestedFor(anyUrlStartingWithHop()));
    }

    private static com.github.tomakehurst.wiremock.matching.UrlPattern anyUrlStartingWithHop() {
        return com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/hop[0-9]+");
    }

    @Test
    void reportsSoft404WhenRedirectLandsOnErrorPage() {
        server.stubFor(
                get("/story/42").willReturn(aResponse().withStatus(302).withHeader("Location", "/errors/404.html")));
        page("/errors/404.html", "article.html");

        CheckResult result = check("/story/42");

        assertThat(result.verdict()).isEqualTo(Verdict.DEAD);
        assertThat(result.reason()).isEqualTo(Reason.SOFT_404);
    }

    @Test
    void reportsSoft404WhenTitleSaysNotFound() {
        page("/gone", "soft404-en.html");

        CheckResult result = check("/gone");

        assertThat(result.verdict()).isEqualTo(Verdict.DEAD);
        assertThat(result.reason()).isEqualTo(Reason.SOFT_404);
        assertThat(result.evidence()).containsIgnoringCase("page not found");
    }

    @Test
    void reportsSoft404WhenChineseHeadingSaysThePageDoesNotExist() {
        page("/news/2015/a.shtml", "soft404-zh.html");

        CheckResult result = check("/news/2015/a.shtml");

        assertThat(result.reason()).isEqualTo(Reason.SOFT_404);
        assertThat(result.evidence()).contains("页面不存在");
    }

    @Test
    void keepsLongArticleThatMentionsNotFoundAlive() {
        page("/essays/link-rot", "article-mentions-not-found.html");

        CheckResult result = check("/essays/link-rot");

        assertThat(result.verdict())
                .as("a phrase deep in a long article is not a soft 404")
                .isEqualTo(Verdict.ALIVE);
    }

    @Test
    void reportsParkedDomainByParkingServiceScript() {
        page("/history", "parked.html");

        CheckResult result = check("/history");

        assertThat(result.verdict()).isEqualTo(Verdict.DEAD);
        assertThat(result.reason()).isEqualTo(Reason.PARKED_DOMAIN);
        assertThat(result.evidence()).contains("parkingcrew");
    }

    @Test
    void reportsParkedDomainBySaleText() {
        page("/club", "parked-text.html");

        assertThat(check("/club").reason()).isEqualTo(Reason.PARKED_DOMAIN);
    }

    @Test
    void reportsTimeoutWhenTheBodyTrickles() {
        server.stubFor(get("/slow")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><title>slow</title>" + "x".repeat(4000))
                        .withChunkedDribbleDelay(4, 4000)));

        CheckResult result = check("/slow");

        assertThat(result.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(result.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(result.attempts()).as("one try and one retry").isEqualTo(2);
    }

    @Test
    void reportsConnectionResetAsDead() {
        server.stubFor(get("/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        CheckResult result = check("/reset");

        assertThat(result.verdict()).isEqualTo(Verdict.DEAD);
        assertThat(result.reason()).isEqualTo(Reason.CONNECTION_RESET);
        assertThat(result.httpStatus()).isNull();
    }

    @Test
    void reportsEmptyReplyAsConnectionReset() {
        server.stubFor(get("/empty").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        CheckResult result = check("/empty");

        assertThat(result.verdict()).isEqualTo(Verdict.DEAD);
        assertThat(result.reason()).isEqualTo(Reason.CONNECTION_RESET);
    }

    @Test
    void reportsDnsFailureOnInvalidName() {
        CheckResult result = check("http://no-such-host.invalid/page");

        assertThat(result.verdict()).isEqualTo(Verdict.DEAD);
        assertThat(result.reason()).isEqualTo(Reason.DNS_FAILURE);
    }

    @Test
    void reportsConnectionRefused() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        CheckResult result = check("http://127.0.0.1:" + closedPort + "/");

        assertThat(result.verdict()).isEqualTo(Verdict.DEAD);
        assertThat(result.reason()).isEqualTo(Reason.CONNECTION_REFUSED);
    }

    @Test
    void skipsOtherSchemesAndRejectsMalformedUrls() {
        assertThat(check("ftp://ftp.example.org/pub/file.txt").verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(check("ftp://ftp.example.org/pub/file.txt").reason()).isEqualTo(Reason.UNSUPPORTED_SCHEME);
        CheckResult malformed = check("http://exa mple.org:99999/");
        assertThat(malformed.verdict()).isEqualTo(Verdict.DEAD);
        assertThat(malformed.reason()).isEqualTo(Reason.MALFORMED_URL);
        server.verify(0, anyRequestedFor(urlPathEqualTo("/pub/file.txt")));
    }

    @Test
    void sendsTheConfiguredUserAgent() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

        check("/ua");

        server.verify(getRequestedFor(urlEqualTo("/ua"))
                .withHeader("User-Agent", equalTo(CheckProperties.DEFAULT_USER_AGENT)));
    }
}
