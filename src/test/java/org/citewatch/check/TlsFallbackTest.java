package org.citewatch.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Certificate failures: a second fetch without verification decides, and the result says so. */
class TlsFallbackTest {

    // WireMock's HTTPS port serves its built-in self-signed certificate.
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort())
            .build();

    private final HttpLinkChecker checker = new HttpLinkChecker(Fixtures.sharedClient(), settings());

    private static CheckProperties settings() {
        TestProperties settings = new TestProperties();
        settings.readTimeout = java.time.Duration.ofSeconds(5); // WireMock's first TLS handshake is slow
        return settings.build();
    }

    @AfterEach
    void close() {
        checker.close();
    }

    @Test
    void decidesBySecondFetchWhenTheCertificateIsSelfSigned() {
        server.stubFor(get("/secure").willReturn(aResponse().withBody("<title>Secure page</title>")));
        String url = "https://localhost:" + server.getHttpsPort() + "/secure";

        CheckResult result = Fixtures.await(checker.check(url));

        assertThat(result.verdict()).isEqualTo(Verdict.ALIVE);
        assertThat(result.tlsInvalid()).as("the certificate did not verify").isTrue();
        assertThat(result.attempts()).isEqualTo(2);
    }

    @Test
    void reportsDeadPageBehindABadCertificateByItsStatus() {
        server.stubFor(get("/gone").willReturn(aResponse().withStatus(404)));

        CheckResult result = Fixtures.await(checker.check("https://localhost:" + server.getHttpsPort() + "/gone"));

        assertThat(result.reason()).isEqualTo(Reason.HTTP_404);
        assertThat(result.tlsInvalid()).isTrue();
    }

    @Test
    void reportsTlsErrorWhenTheFallbackFailsToo() {
        // A plain HTTP port spoken to in TLS: no handshake can succeed.
        CheckResult result = Fixtures.await(checker.check("https://localhost:" + server.getPort() + "/"));

        assertThat(result.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(result.reason()).isEqualTo(Reason.TLS_ERROR);
        assertThat(result.tlsInvalid()).isTrue();
    }
}
