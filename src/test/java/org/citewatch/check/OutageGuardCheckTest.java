package org.citewatch.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With the network down, no link comes out dead; the outage is reported. */
class OutageGuardCheckTest {

    private final LocalServer server = new LocalServer(4);
    private HttpLinkChecker checker;

    @AfterEach
    void close() {
        checker.close();
        server.close();
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void reportsNetworkUnavailableWhenCanariesCannotBeReached() throws Exception {
        TestProperties settings = new TestProperties().canary("http://127.0.0.1:" + closedPort() + "/");
        checker = new HttpLinkChecker(Fixtures.sharedClient(), settings.build());

        CheckResult result = Fixtures.await(checker.check("http://no-such-host.invalid/"));

        assertThat(result.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(result.reason()).isEqualTo(Reason.NETWORK_UNAVAILABLE);
        assertThat(result.evidence()).contains("DNS_FAILURE");
        assertThat(checker.outages()).singleElement().satisfies(outage -> {
            assertThat(outage.ongoing()).isTrue();
            assertThat(outage.cause()).contains("canary");
        });
    }

    @Test
    void reportsNoDeadLinkWhileEveryHostFailsAtTheNetworkLevel() {
        // No canaries: the guard must notice on its own that most hosts fail.
        Dns networkDown = hostname -> {
            throw new UnknownHostException(hostname + ": Temporary failure in name resolution");
        };
        checker = new HttpLinkChecker(Fixtures.sharedClient(), new TestProperties().build(), networkDown);

        List<CompletableFuture<CheckResult>> checks = IntStream.range(0, 12)
                .mapToObj(i -> checker.check("http://site" + i + ".example.org/page"))
                .toList();
        List<CheckResult> results = checks.stream().map(Fixtures::await).toList();

        assertThat(results).as("zero dead links with the network down").noneMatch(r -> r.verdict() == Verdict.DEAD);
        assertThat(results).allSatisfy(r -> assertThat(r.reason()).isEqualTo(Reason.NETWORK_UNAVAILABLE));
        assertThat(checker.outages()).isNotEmpty();
    }

    @Test
    void endsTheOutageWhenAHostAnswersAgain() throws Exception {
        server.handle("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        TestProperties settings = new TestProperties().canary("http://127.0.0.1:" + closedPort() + "/");
        checker = new HttpLinkChecker(Fixtures.sharedClient(), settings.build());
        Fixtures.await(checker.check("http://no-such-host.invalid/"));

        CheckResult alive = Fixtures.await(checker.check(server.url("/")));

        assertThat(alive.verdict()).isEqualTo(Verdict.ALIVE);
        assertThat(checker.outages())
                .singleElement()
                .satisfies(o -> assertThat(o.ongoing()).isFalse());
    }

    @Test
    void reportsDnsFailureAsDeadOnceAnotherHostShowsTheNetworkWorks() {
        server.handle("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        checker = new HttpLinkChecker(Fixtures.sharedClient(), new TestProperties().build());

        CompletableFuture<CheckResult> failing = checker.check("http://no-such-host.invalid/");
        Fixtures.await(checker.check(server.url("/")));

        assertThat(Fixtures.await(failing).verdict())
                .as("the local server's answer proves the network")
                .isEqualTo(Verdict.DEAD);
        assertThat(checker.outages()).isEmpty();
    }
}
