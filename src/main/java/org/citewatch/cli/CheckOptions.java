package org.citewatch.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How links are checked: the options of every command that checks links ({@code audit}, and
 * {@code worker} for a distributed audit's checks), so that a worker checks the way a local audit does.
 */
final class CheckOptions {

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            description = "Checks in flight at once, in this process (citewatch.check.concurrency). Default: 64")
    Integer concurrency;

    @Option(
            names = "--per-host",
            paramLabel = "N",
            description = "Checks in flight per host (citewatch.check.per-host). Default: 2")
    Integer perHost;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            description = "Time limit of one whole check, e.g. 30s (citewatch.check.timeout). Default: 30s")
    String timeout;

    @Option(
            names = "--user-agent",
            paramLabel = "TEXT",
            description =
                    "User-Agent of the checks (citewatch.check.user-agent). Default: citewatch's own, with its home page")
    String userAgent;

    @Option(
            names = "--proxy",
            paramLabel = "URL",
            description =
                    "HTTP proxy, e.g. http://host:port (citewatch.check.proxy). Default: none (Java proxy properties)")
    String proxy;

    @Option(
            names = "--allow-private-networks",
            description =
                    "Check loopback and private addresses too (citewatch.check.allow-private-networks). Default: false")
    boolean allowPrivateNetworks;

    void addTo(Map<String, Object> overrides) {
        overrides.put("citewatch.check.concurrency", concurrency);
        overrides.put("citewatch.check.per-host", perHost);
        overrides.put("citewatch.check.timeout", timeout);
        overrides.put("citewatch.check.user-agent", userAgent);
        overrides.put("citewatch.check.proxy", proxy);
        overrides.put("citewatch.check.allow-private-networks", allowPrivateNetworks ? "true" : null);
    }
}
