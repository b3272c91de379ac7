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
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.citewatch.http.AddressGuard;
import org.citewatch.http.Proxies;

/**
 * The checker's two clients, derived from the shared one (same connection pool): the normal one,
 * and the TLS fallback without certificate verification used for the second fetch after a TLS
 * failure. Both have the address guard, the time-outs, the proxy and a dispatcher of their own whose
 * limits sit above the checker's, so that {@link org.citewatch.http.HostLimiter} alone decides what
 * runs.
 */
final class CheckClients implements AutoCloseable {

    private final OkHttpClient verifying;
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
        verifying = builder.build();
        insecure = withoutVerification(verifying);
    }

    OkHttpClient verifying() {
        return verifying;
    }

    OkHttpClient insecure() {
        return insecure;
    }

    @Override
    public void close() {
        executor.shutdownNow();
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
