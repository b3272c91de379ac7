package org.citewatch.http;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link OkHttpClient} of a run. Features derive their own with {@code newBuilder()}, which
 * shares the connection pool and dispatcher threads.
 */
@Configuration(proxyBeanMethods = false)
public class HttpConfiguration {

    @Bean(destroyMethod = "")
    OkHttpClient sharedHttpClient() {
        // Redirects are followed by the callers themselves so that every hop passes the address
        // guard and is recorded.
        return new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .connectionPool(new ConnectionPool(256, 30, TimeUnit.SECONDS))
                .dispatcher(new Dispatcher())
                .build();
    }
}
