package org.citewatch.wiki;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getAllServeEvents;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14: the wiki is asked as its operators ask (API:Etiquette, maxlag, User-Agent policy). */
@WireMockTest
class WikiApiPolitenessTest {

    private static final String API = "/w/api.php";
    private static final String USER_AGENT = "citewatch/\\S+ \\(ops@example\\.org\\) okhttp/\\d+\\.\\d+\\.\\d+\\S*";

    private final WikiStubs.Pauses pauses = new WikiStubs.Pauses();

    private static final Map<String, String> SITEINFO = Map.of("meta", "siteinfo", "siprop", "general");

    private ApiResult call(WireMockRuntimeInfo wiki, WikiProperties settings) {
        return WikiStubs.api(wiki.getHttpBaseUrl(), settings, pauses).call(SITEINFO);
    }

    private static void stubInTurn(
            String scenario, List<com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder> answers) {
        for (int i = 0; i < answers.size(); i++) {
            stubFor(get(urlPathEqualTo(API))
                    .inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? STARTED : "answer " + i)
                    .willReturn(answers.get(i))
                    .willSetStateTo("answer " + (i + 1)));
        }
    }

    @Test
    void waitsOutAMaxlagErrorForItsRetryAfterThenAsksAgain(WireMockRuntimeInfo wiki) {
        stubInTurn(
                "lagged",
                List.of(
                        okJson(WikiStubs.fixture("maxlag.json"))
                                .withHeader("Retry-After", "7")
                                .withHeader("X-Database-Lag", "7"),
                        okJson(WikiStubs.fixture("siteinfo.json"))));

        ApiResult result = call(wiki, WikiStubs.settings());

        assertThat(result).isInstanceOf(ApiResult.Answer.class);
        assertThat(pauses.taken).as("the wiki's Retry-After").containsExactly(Duration.ofSeconds(7));
        verify(
                2,
                getRequestedFor(urlPathEqualTo(API))
                        .withQueryParam("maxlag", equalTo("5"))
                        .withQueryParam("format", equalTo("json"))
                        .withQueryParam("formatversion", equalTo("2"))
                        .withHeader("User-Agent", matching(USER_AGENT))
                        .withHeader("Accept-Encoding", containing("gzip")));
    }

    @Test
    void waitsAtLeastFiveSecondsWhenLaggedEvenIfRetryAfterSaysLess(WireMockRuntimeInfo wiki) {
        stubInTurn(
                "lagged briefly",
                List.of(
                        okJson(WikiStubs.fixture("maxlag.json")).withHeader("Retry-After", "1"),
                        okJson(WikiStubs.fixture("siteinfo.json"))));

        call(wiki, WikiStubs.settings());

        assertThat(pauses.taken).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void backsOffAfterA429ForItsRetryAfter(WireMockRuntimeInfo wiki) {
        stubInTurn(
                "rate limited",
                List.of(
                        aResponse().withStatus(429).withHeader("Retry-After", "3"),
                        okJson(WikiStubs.fixture("siteinfo.json"))));

        ApiResult result = call(wiki, WikiStubs.settings());

        assertThat(result).isInstanceOf(ApiResult.Answer.class);
        assertThat(pauses.taken).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void doublesThePauseAfterEachServerErrorWithoutRetryAfter(WireMockRuntimeInfo wiki) {
        stubInTurn(
                "failing",
                List.of(
                        aResponse().withStatus(503),
                        aResponse().withStatus(502),
                        okJson(WikiStubs.fixture("siteinfo.json"))));

        ApiResult result = call(wiki, WikiStubs.settings());

        assertThat(result).isInstanceOf(ApiResult.Answer.class);
        assertThat(pauses.taken).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Test
    void givesUpCleanlyAfterTheLastTry(WireMockRuntimeInfo wiki) {
        stubFor(get(urlPathEqualTo(API))
                .willReturn(okJson(WikiStubs.fixture("maxlag.json")).withHeader("Retry-After", "5")));

        ApiResult result = call(wiki, WikiStubs.settings("max-tries", "3"));

        assertThat(result).isInstanceOfSatisfying(ApiResult.Failure.class, failure -> {
            assertThat(failure.giveUp()).isTrue();
            assertThat(failure.message()).contains("gave up after 3 tries").contains("replication lag 7 s");
        });
        assertThat(pauses.taken).as("no pause after the last try").hasSize(2);
        verify(3, getRequestedFor(urlPathEqualTo(API)));
    }

    @Test
    void anApiErrorOtherThanMaxlagIsAFailureOfThatRequestOnly(WireMockRuntimeInfo wiki) {
        stubFor(get(urlPathEqualTo(API)).willReturn(okJson(WikiStubs.fixture("badvalue.json"))));

        ApiResult result = call(wiki, WikiStubs.settings());

        assertThat(result).isInstanceOfSatisfying(ApiResult.Failure.class, failure -> {
            assertThat(failure.giveUp()).isFalse();
            assertThat(failure.message()).contains("badvalue").contains("Unrecognized value");
        });
        verify(1, getRequestedFor(urlPathEqualTo(API)));
    }

    @Test
    void reportsARedirectInsteadOfFollowingIt(WireMockRuntimeInfo wiki) {
        stubFor(get(urlPathEqualTo(API))
                .willReturn(aResponse().withStatus(301).withHeader("Location", "https://elsewhere.example/w/api.php")));

        ApiResult result = call(wiki, WikiStubs.settings());

        assertThat(result)
                .isInstanceOfSatisfying(
                        ApiResult.Failure.class,
                        failure -> assertThat(failure.message())
                                .contains("redirects to https://elsewhere.example/w/api.php"));
        verify(1, getRequestedFor(urlPathEqualTo(API)));
    }

    @Test
    void sendsOneRequestAtATimeToAWikiWhoeverAsks(WireMockRuntimeInfo wiki) {
        stubFor(get(urlPathEqualTo(API))
                .willReturn(okJson(WikiStubs.fixture("siteinfo.json")).withFixedDelay(300)));
        WikiApis apis = WikiStubs.apis(WikiStubs.settings(), pauses);

        // two streams over the same wiki share its one API, whose requests never overlap
        List<CompletableFuture<ApiResult>> calls = List.of(
                CompletableFuture.supplyAsync(() ->
                        apis.forEndpoint(apis.endpointOf(wiki.getHttpBaseUrl())).call(SITEINFO)),
                CompletableFuture.supplyAsync(() -> apis.forEndpoint(apis.endpointOf(wiki.getHttpBaseUrl() + "/"))
                        .call(SITEINFO)));
        calls.forEach(CompletableFuture::join);

        List<ServeEvent> served = getAllServeEvents().stream()
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .toList();
        assertThat(served).hasSize(2);
        long gap = served.get(1).getRequest().getLoggedDate().getTime()
                - served.get(0).getRequest().getLoggedDate().getTime();
        assertThat(gap)
                .as("the second request starts after the first one's answer")
                .isGreaterThanOrEqualTo(300);
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = " | ",
            value = {
                // Wikimedia wikis block clients without a contact
                "https://zh.wikipedia.org         | ''                | true",
                "https://commons.wikimedia.org    | ''                | true",
                "https://www.wikidata.org         | ''                | true",
                "https://en.wiktionary.org/w/api.php | ''             | true",
                // with a contact, or on another wiki, citewatch may ask
                "https://zh.wikipedia.org         | ops@example.org   | false",
                "https://wiki.example.com         | ''                | false",
                "https://notwikipedia.org         | ''                | false"
            })
    void refusesAWikimediaWikiWithoutAContact(String wiki, String contact, boolean refused) {
        WikiApis apis = WikiStubs.apis(WikiStubs.settings("contact", contact), pauses);

        assertThat(apis.refusal(apis.endpointOf(wiki)).isPresent()).isEqualTo(refused);
        apis.refusal(apis.endpointOf(wiki))
                .ifPresent(message -> assertThat(message).contains("citewatch.wiki.contact"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = " | ",
            value = {
                // a site address gets /w/api.php, as on Wikimedia wikis
                "https://zh.wikipedia.org              | https://zh.wikipedia.org/w/api.php",
                "https://zh.wikipedia.org/             | https://zh.wikipedia.org/w/api.php",
                // an api.php address is used as it is
                "https://wiki.example.com/api.php      | https://wiki.example.com/api.php",
                "https://wiki.example.com/w/api.php?x=1 | https://wiki.example.com/w/api.php"
            })
    void findsTheApiOfAWikiAddress(String wiki, String endpoint) {
        WikiApis apis = WikiStubs.apis(WikiStubs.settings(), pauses);

        assertThat(apis.endpointOf(wiki).toString()).isEqualTo(endpoint);
    }

    @Test
    void userAgentNamesCitewatchTheContactAndOkHttp() {
        assertThat(WikiApis.userAgent("https://zh.wikipedia.org/wiki/User:Ops"))
                .matches(
                        "citewatch/\\S+ \\(https://zh\\.wikipedia\\.org/wiki/User:Ops\\) okhttp/\\d+\\.\\d+\\.\\d+\\S*");
    }
}
