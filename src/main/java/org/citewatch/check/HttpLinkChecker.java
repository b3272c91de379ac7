package org.citewatch.check;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.citewatch.http.AddressGuard;
import org.citewatch.http.HostLimiter;
import org.citewatch.http.Proxies;
import org.citewatch.url.NormalizedUrl;
import org.citewatch.url.UrlNormalizer;

/**
 * The {@link LinkChecker} of a run: GETs over OkHttp within the global and per-host limits, with the
 * verdict table documented in docs/check.md. Each URL is fetched at most once per instance: later
 * calls for the same URL, in flight or finished, share the first call's future, until the caller
 * lets the checker {@linkplain #forget forget} it.
 */
final class HttpLinkChecker implements LinkChecker, AutoCloseable {

    private final ConcurrentHashMap<String, CompletableFuture<CheckResult>> checks = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ScheduledExecutorService timer;
    private final CheckClients clients;
    private final OutageGuard outage;
    private final CheckContext ctx;
    private final HandleApi handles;
    private final HttpUrl doiApi;
    private final HttpUrl handleApi;

    HttpLinkChecker(OkHttpClient shared, CheckProperties properties) {
        this(shared, properties, Dns.SYSTEM);
    }

    /** @param dns the resolver behind the address guard (tests map names to local servers) */
    HttpLinkChecker(OkHttpClient shared, CheckProperties properties, Dns dns) {
        this(
                shared,
                properties,
                new AddressGuard(dns, !properties.allowPrivateNetworks(), Proxies.hosts(properties.proxy())));
    }

    HttpLinkChecker(OkHttpClient shared, CheckProperties properties, AddressGuard guard) {
        timer = Executors.newSingleThreadScheduledExecutor(CheckClients.daemonThreads("citewatch-check-timer-"));
        clients = new CheckClients(shared, properties, guard);
        Clock clock = Clock.systemUTC();
        outage = new OutageGuard(
                properties.outageWindow(),
                new CanaryProbe(clients.verifying(), properties.canaryHosts(), properties.userAgent()),
                timer,
                System::nanoTime,
                clock);
        HostLimiter limiter =
                new HostLimiter(properties.concurrency(), properties.perHost(), properties.minDelay(), timer);
        PageFetcher fetcher = new PageFetcher(
                clients,
                properties.maxBodyBytes().toBytes(),
                properties.userAgent(),
                // the short-page rules ask whether a page has fewer characters than this
                Math.max(HtmlSampler.DEFAULT_TEXT_CHARS, properties.shortPageChars() + 1));
        ctx = new CheckContext(
                limiter,
                fetcher,
                PageJudge.from(properties),
                new HomeRedirectJudge(new RootProbe(limiter, fetcher), properties.redirectServices()),
                new RedirectFollower(properties.maxRedirects()),
                RetryPolicy.from(properties),
                outage,
                timer,
                clock,
                closed);
        handles = new HandleApi(limiter, clients, properties.userAgent(), ctx.retry(), timer, clock);
        doiApi = HttpUrl.get(properties.doiApi());
        handleApi = HttpUrl.get(properties.handleApi());
    }

    @Override
    public CompletableFuture<CheckResult> check(String url) {
        NormalizedUrl normalized = UrlNormalizer.normalize(url);
        return checks.computeIfAbsent(normalized.value(), key -> begin(key, normalized));
    }

    @Override
    public void forget(String url) {
        checks.computeIfPresent(UrlNormalizer.normalize(url).value(), (key, check) -> check.isDone() ? null : check);
    }

    @Override
    public List<NetworkOutage> outages() {
        return outage.outages();
    }

    private CompletableFuture<CheckResult> begin(String key, NormalizedUrl normalized) {
        if (!normalized.checkable()) {
            boolean scheme = UrlNormalizer.UNSUPPORTED_SCHEME.equals(normalized.skipReason());
            return CompletableFuture.completedFuture(notFetched(
                    key,
                    scheme ? Verdict.SKIPPED : Verdict.DEAD,
                    scheme ? Reason.UNSUPPORTED_SCHEME : Reason.MALFORMED_URL));
        }
        HttpUrl parsed = HttpUrl.parse(key);
        if (parsed == null) {
            return CompletableFuture.completedFuture(notFetched(key, Verdict.DEAD, Reason.MALFORMED_URL));
        }
        Optional<HandleLink> handle = HandleLink.of(parsed, doiApi, handleApi);
        if (handle.isPresent()) {
            return handles.check(key, handle.get());
        }
        return new CheckRun(ctx, key, parsed).start();
    }

    private CheckResult notFetched(String url, Verdict verdict, Reason reason) {
        return new CheckResult(
                url,
                verdict,
                reason,
                null,
                url,
                List.of(),
                null,
                Duration.ZERO,
                0,
                0,
                null,
                false,
                ctx.clock().instant());
    }

    /** Stops the timer and the request threads; checks still running are cancelled. */
    @Override
    public void close() {
        closed.set(true);
        timer.shutdownNow();
        clients.close();
    }
}
