package org.citewatch.check;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.citewatch.http.AddressGuard;
import org.citewatch.http.Proxies;

/**
 * The checker's clients, derived from the shared one: the normal one (one per connection pool, see
 * {@link #POOLS}), and the TLS fallback without certificate verification used for the second fetch
 * after a TLS failure. Both have the address guard, the time-outs, the proxy and a dispatcher of their own whose
 * limits sit above the checker's, so that {@link org.citewatch.http.HostLimiter} alone decides what
 * runs.
 */
final class CheckClients implements AutoCloseable {

    /**
     * Connection pools the checked hosts are spread over. OkHttp looks for a reusable connection by
     * comparing the request with every pooled connection, which with hundreds of hosts cost more
     * CPU and garbage than the request itself; a host always maps to the same pool, so its
     * connections are still reused.
     */
    static final int POOLS = 16;

    /** Idle connections kept per pool: room for every host of a pool's share of a large run. */
    private static final int IDLE_PER_POOL = 32;

    private final List<OkHttpClient> verifying;
    private final OkHttpClient insecure;
    private final ExecutorService executor;

    CheckClients(OkHttpClient shared, CheckProperties properties, AddressGuard guard) {
        executor = new ThreadPoolExecutor(
                0,
                Integer.MAX_VALUE,
                60,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                daemonThreads("citewatch-check-"));
        Dispatcher dispatcher = new Dispatcher(executor);
        // Room for the fallback fetch and canary probes on top of the checker's own slots.
        dispatcher.setMaxRequests(properties.concurrency() * 2 + 16);
        dispatcher.setMaxRequestsPerHost(properties.concurrency() * 2 + 16);
        OkHttpClient.Builder builder = shared.newBuilder()
                .dispatcher(dispatcher)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(properties.connectTimeout())
                .readTimeout(properties.readTimeout())
                .writeTimeout(properties.readTimeout())
                .callTimeout(properties.timeout())
                .dns(guard)
                .addInterceptor(guard.interceptor());
        Proxies.parse(properties.proxy()).ifPresent(builder::proxy);
        verifying = IntStream.range(0, POOLS)
                .mapToObj(i -> builder.connectionPool(new ConnectionPool(IDLE_PER_POOL, 30, TimeUnit.SECONDS))
                        .build())
                .toList();
        insecure = withoutVerification(verifying.get(0));
    }

    /** The client for requests to a host: always the same one, with that host's connection pool. */
    OkHttpClient verifying(String host) {
        return verifying.get(Math.floorMod(host.hashCode(), POOLS));
    }

    /** A client for requests not tied to a checked host (canary probes). */
    OkHttpClient verifying() {
        return verifying.get(0);
    }

    OkHttpClient insecure() {
        return insecure;
    }

    /** Stops the request threads and closes the idle connections of the checker's own pools. */
    @Override
    public void close() {
        executor.shutdownNow();
        verifying.forEach(client -> client.connectionPool().evictAll());
    }

    /**
     * Trusts any certificate and host name and allows older TLS versions. Only ever used to learn
     * whether a page exists behind a broken certificate; the request carries nothing but the URL
     * and the usual headers (no cookies, no credentials).
     */
    private static OkHttpClient withoutVerification(OkHttpClient client) {
        X509TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
            return client.newBuilder()
                    .sslSocketFactory(context.getSocketFactory(), trustAll)
                    .hostnameVerifier((host, session) -> true)
                    .connectionSpecs(List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.COMPATIBLE_TLS))
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM offers no TLS context", e);
        }
    }

    /** Daemon threads, so that an unclosed checker never keeps the JVM alive. */
    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
