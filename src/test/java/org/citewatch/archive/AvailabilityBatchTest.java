package org.citewatch.archive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.archive.ArchiveTestSupport.fixture;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The batched Availability POST as InternetArchiveBot sends it, and the shapes of its answers (issue 11). */
@WireMockTest
class AvailabilityBatchTest {

    private static final String TS = "20130101235959";

    private AvailabilityBatches batches;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wireMock) {
        EndpointLimiter limiter = new EndpointLimiter(
                "availability", Rate.parse("6000/min"), Duration.ofMillis(20), Duration.ofSeconds(5));
        ArchiveEndpoint endpoint = new ArchiveEndpoint(
                HttpUrl.get(wireMock.getHttpBaseUrl() + "/wayback/available"),
                new ArchiveHttp(new OkHttpClient(), "citewatch-test/1.0 (+https://example.org)"),
                limiter);
        batches = new AvailabilityBatches(
                new AvailabilityClient(endpoint, JsonMapper.builder().build()), 100);
    }

    private static List<AvailabilityClient.Line> lines() {
        return List.of(
                new AvailabilityClient.Line(
                        "http://example.com/news/story.html", TS, AvailabilityClient.Closest.BEFORE),
                new AvailabilityClient.Line("http://example.org/gone", TS, AvailabilityClient.Closest.AFTER),
                new AvailabilityClient.Line("http://example.net/flaky", TS, AvailabilityClient.Closest.BEFORE),
                new AvailabilityClient.Line("http://example.net/left-out", TS, null));
    }

    @Test
    void postsOneFormLinePerUrlWithItsTimestampDirectionStatusAndTag() {
        stubFor(post(urlPathEqualTo("/wayback/available"))
                .willReturn(aResponse().withStatus(200).withBody(fixture("availability-batch-mixed.json"))));

        batches.ask(lines());

        List<LoggedRequest> posts = com.github.tomakehurst.wiremock.client.WireMock.findAll(
                postRequestedFor(urlPathEqualTo("/wayback/available")));
        assertThat(posts.get(0).getHeader("Wayback-Api-Version")).isEqualTo("2");
        assertThat(posts.get(0).getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(posts.get(0).getBodyAsString().split("\n"))
                .containsExactly(
                        "url=http%3A%2F%2Fexample.com%2Fnews%2Fstory.html&timestamp=" + TS
                                + "&closest=before&statuscodes=200&tag=0",
                        "url=http%3A%2F%2Fexample.org%2Fgone&timestamp=" + TS + "&closest=after&statuscodes=200&tag=1",
                        "url=http%3A%2F%2Fexample.net%2Fflaky&timestamp=" + TS
                                + "&closest=before&statuscodes=200&tag=2",
                        "url=http%3A%2F%2Fexample.net%2Fleft-out&timestamp=" + TS + "&statuscodes=200&tag=3");
    }

    @Test
    void readsFoundAndEmptyLinesAndAsksAgainForLinesWithoutAnAnswer() {
        stubFor(post(urlPathEqualTo("/wayback/available"))
                .inScenario("retry")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody(fixture("availability-batch-mixed.json")))
                .willSetStateTo("asked once"));
        stubFor(post(urlPathEqualTo("/wayback/available"))
                .inScenario("retry")
                .whenScenarioStateIs("asked once")
                .willReturn(aResponse().withStatus(200).withBody(fixture("availability-batch-retry.json"))));

        List<Optional<AvailabilityClient.Hit>> answers = batches.ask(lines());

        assertThat(answers.get(0)).map(AvailabilityClient.Hit::timestamp).contains("20120615093012");
        assertThat(answers.get(1))
                .as("an empty line is unknown, and not asked again")
                .isEmpty();
        assertThat(answers.get(2))
                .as("a result without archived_snapshots is asked again")
                .map(AvailabilityClient.Hit::timestamp)
                .contains("20110301000000");
        assertThat(answers.get(3))
                .as("a line the answer left out is asked again")
                .isEmpty();
        List<LoggedRequest> posts = com.github.tomakehurst.wiremock.client.WireMock.findAll(
                postRequestedFor(urlPathEqualTo("/wayback/available")));
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).getBodyAsString().split("\n"))
                .as("only the unanswered lines, tagged afresh")
                .containsExactly(
                        "url=http%3A%2F%2Fexample.net%2Fflaky&timestamp=" + TS
                                + "&closest=before&statuscodes=200&tag=0",
                        "url=http%3A%2F%2Fexample.net%2Fleft-out&timestamp=" + TS + "&statuscodes=200&tag=1");
    }

    @Test
    void givesUpOnUnansweredLinesAfterThreeRequests() {
        stubFor(post(urlPathEqualTo("/wayback/available"))
                .willReturn(aResponse().withStatus(200).withBody("{\"results\": []}")));

        List<Optional<AvailabilityClient.Hit>> answers = batches.ask(lines());

        assertThat(answers).allSatisfy(answer -> assertThat(answer).isEmpty());
        verify(AvailabilityBatches.ATTEMPTS, postRequestedFor(urlPathEqualTo("/wayback/available")));
    }

    @Test
    void treatsAFailedRequestAsUnknownForEveryLine() {
        stubFor(post(urlPathEqualTo("/wayback/available"))
                .withHeader("Wayback-Api-Version", equalTo("2"))
                .willReturn(aResponse().withStatus(503)));

        assertThat(batches.ask(lines())).allSatisfy(answer -> assertThat(answer).isEmpty());
    }
}
