package org.citewatch.check;

import java.time.Duration;
import java.util.List;
import org.springframework.util.unit.DataSize;

/** Checker settings for tests: local servers allowed, short time-outs and backoffs. */
final class TestProperties {

    int concurrency = 16;
    int perHost = 2;
    Duration minDelay = Duration.ZERO;
    Duration connectTimeout = Duration.ofSeconds(2);
    Duration readTimeout = Duration.ofMillis(500);
    Duration timeout = Duration.ofSeconds(5);
    int retries = 1;
    Duration retryBackoff = Duration.ofMillis(10);
    Duration maxRetryAfter = Duration.ofSeconds(2);
    DataSize maxBodyBytes = DataSize.ofKilobytes(64);
    int maxRedirects = 10;
    boolean allowPrivateNetworks = true;
    String proxy = "";
    List<String> canaryHosts = List.of();
    Duration outageWindow = Duration.ofSeconds(2);
    String doiApi = CheckProperties.DEFAULT_DOI_API;
    String handleApi = CheckProperties.DEFAULT_HANDLE_API;

    TestProperties canary(String url) {
        canaryHosts = List.of(url);
        return this;
    }

    CheckProperties build() {
        return new CheckProperties(
                concurrency,
                perHost,
                minDelay,
                connectTimeout,
                readTimeout,
                timeout,
                retries,
                retryBackoff,
                maxRetryAfter,
                maxBodyBytes,
                maxRedirects,
                CheckProperties.DEFAULT_USER_AGENT,
                proxy,
                allowPrivateNetworks,
                canaryHosts,
                outageWindow,
                1500,
                null,
                null,
                null,
                null,
                null,
                null,
                doiApi,
                handleApi,
                null);
    }
}
