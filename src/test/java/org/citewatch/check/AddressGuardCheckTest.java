package org.citewatch.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import okhttp3.Dns;
import org.citewatch.http.AddressGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The address guard on: private targets are skipped, directly and on every redirect hop. */
class AddressGuardCheckTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** The test server answers on 127.0.0.2 (Linux routes all of 127/8 to loopback). */
    private static final String TEST_SERVER_ADDRESS = "127.0.0.2";

    /** "site.test" is the test server; "metadata.test" resolves to the cloud metadata address. */
    private static final Dns TEST_DNS = hostname -> switch (hostname) {
        case "site.test" -> List.of(InetAddress.getByName(TEST_SERVER_ADDRESS));
        case "metadata.test" -> List.of(InetAddress.getByName("169.254.169.254"));
        default -> Dns.SYSTEM.lookup(hostname);
    };

    private HttpLinkChecker checker;

    @AfterEach
    void close() {
        checker.close();
    }

    private CheckResult check(String url) {
        return Fixtures.await(checker.check(url));
    }

    private void guardWithDefaultRules() {
        TestProperties settings = new TestProperties();
        settings.allowPrivateNetworks = false;
        checker = new HttpLinkChecker(Fixtures.sharedClient(), settings.build(), TEST_DNS);
    }

    /** The default rules, except for the test server itself, so that redirects from it can be tested. */
    private void guardExemptingTheTestServer() throws UnknownHostException {
        InetAddress testServer = InetAddress.getByName(TEST_SERVER_ADDRESS);
        TestProperties settings = new TestProperties();
        settings.allowPrivateNetworks = false;
        AddressGuard guard = new AddressGuard(
                TEST_DNS, address -> !address.equals(testServer) && AddressGuard.isForbidden(address), Set.of());
        checker = new HttpLinkChecker(Fixtures.sharedClient(), settings.build(), guard);
    }

    @Test
    void skipsLoopbackLiteral() {
        guardWithDefaultRules();

        CheckResult result = check("http://127.0.0.1:" + server.getPort() + "/");

        assertThat(result.verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(result.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
        assertThat(server.getAllServeEvents()).as("nothing was sent").isEmpty();
    }

    @Test
    void skipsHostNameResolvingToLoopback() {
        guardWithDefaultRules();

        CheckResult result = check("http://localhost:" + server.getPort() + "/");

        assertThat(result.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @ParameterizedTest(name = "redirect to {0}")
    @CsvSource({
        // loopback and the cloud metadata service, as literals
        "http://127.0.0.1/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        // a name that resolves to the metadata service
        "http://metadata.test/latest/meta-data/"
    })
    void skipsRedirectToPrivateAddress(String target) throws UnknownHostException {
        guardExemptingTheTestServer();
        server.stubFor(get("/out").willReturn(aResponse().withStatus(302).withHeader("Location", target)));

        CheckResult result = check("http://site.test:" + server.getPort() + "/out");

        assertThat(result.verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(result.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
        assertThat(result.redirectChain()).containsExactly(target);
    }

    @Test
    void followsRedirectBetweenAllowedAddresses() throws UnknownHostException {
        guardExemptingTheTestServer();
        server.stubFor(get("/out").willReturn(aResponse().withStatus(302).withHeader("Location", "/welcome-page")));
        server.stubFor(get("/welcome-page").willReturn(aResponse().withStatus(200)));

        CheckResult result = check("http://site.test:" + server.getPort() + "/out");

        assertThat(result.verdict())
                .as("the exemption lets the test server through")
                .isEqualTo(Verdict.ALIVE);
    }
}
