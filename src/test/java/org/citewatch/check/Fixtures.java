package org.citewatch.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/** Test fixtures of the check package and a stand-in for the shared client bean. */
final class Fixtures {

    private Fixtures() {}

    static String html(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/check/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like the application's shared client: redirects off. */
    static OkHttpClient sharedClient() {
        return new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(2, TimeUnit.SECONDS)
                .build();
    }

    static CheckResult await(java.util.concurrent.CompletableFuture<CheckResult> future) {
        return future.orTimeout(10, TimeUnit.SECONDS).join();
    }
}
