package org.citewatch.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** citewatch.check.proxy: WireMock plays the HTTP proxy and sees the absolute request. */
class ProxyTest {

    @RegisterExtension
    static WireMockExtension proxy = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** Like a machine behind a corporate proxy: only the proxy's and intranet names resolve locally. */
    private static final Dns NO_LOCAL_DNS = hostname -> {
        if (hostname.equals("localhost")) {
            return Dns.SYSTEM.lookup(hostname);
        }
        if (hostname.equals("intranet.example")) {
            return List.of(InetAddress.getByName("10.0.0.9"));
        }
        throw new UnknownHostException(hostname);
    };

    private HttpLinkChecker checker;
    private final TestProperties settings = new TestProperties();

    @BeforeEach
    void useProxy() {
        settings.proxy = "http://localhost:" + proxy.getPort();
        proxy.stubFor(get("/page")
                .withHost(equalTo("cited.example"))
                .willReturn(aResponse().withStatus(200)));
    }

    @AfterEach
    void close() {
        checker.close();
    }

    @Test
    void sendsRequestsThroughTheConfiguredProxy() {
        checker = new HttpLinkChecker(Fixtures.sharedClient(), settings.build(), NO_LOCAL_DNS);

        CheckResult result = Fixtures.await(checker.check("http://cited.example/page"));

        assertThat(result.verdict()).isEqualTo(Verdict.ALIVE);
        proxy.verify(getRequestedFor(urlEqualTo("/page")).withHost(equalTo("cited.example")));
    }

    @Test
    void leavesNameResolutionToTheProxyWhenTheGuardCannotResolve() {
        settings.allowPrivateNetworks = false;
        checker = new HttpLinkChecker(Fixtures.sharedClient(), settings.build(), NO_LOCAL_DNS);

        CheckResult result = Fixtures.await(checker.check("http://cited.example/page"));

        assertThat(result.verdict()).isEqualTo(Verdict.ALIVE);
    }

    @Test
    void trustsAProxyOnAPrivateAddressButNotTargetsThere() {
        settings.allowPrivateNetworks = false;
        checker = new HttpLinkChecker(Fixtures.sharedClient(), settings.build(), NO_LOCAL_DNS);

        CheckResult viaLoopbackProxy = Fixtures.await(checker.check("http://cited.example/page"));
        CheckResult loopbackTarget = Fixtures.await(checker.check("http://intranet.example/page"));

        assertThat(viaLoopbackProxy.verdict()).isEqualTo(Verdict.ALIVE);
        assertThat(loopbackTarget.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
    }

    @Test
    void stillRefusesPrivateTargetsBehindTheProxy() {
        settings.allowPrivateNetworks = false;
        checker = new HttpLinkChecker(Fixtures.sharedClient(), settings.build(), NO_LOCAL_DNS);

        CheckResult result = Fixtures.await(checker.check("http://169.254.169.254/latest/meta-data/"));

        assertThat(result.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
        assertThat(proxy.getAllServeEvents()).isEmpty();
    }
}
