package org.citewatch.check;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Asks well-known hosts whether the network is up: any HTTP answer from any of them means yes. */
final class CanaryProbe {

    private final OkHttpClient client;
    private final List<HttpUrl> canaries;
    private final String userAgent;

    /** @param canaries host names ({@code www.wikipedia.org}) or URLs ({@code http://localhost:8080/}) */
    CanaryProbe(OkHttpClient client, List<String> canaries, String userAgent) {
        this.client = client;
        this.canaries = canaries.stream().map(CanaryProbe::toUrl).toList();
        this.userAgent = userAgent;
    }

    boolean configured() {
        return !canaries.isEmpty();
    }

    /** Completes {@code true} at the first answer, {@code false} when every canary failed. */
    CompletableFuture<Boolean> anyReachable() {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        AtomicInteger failures = new AtomicInteger();
        for (HttpUrl url : canaries) {
            Request request = new Request.Builder()
                    .url(url)
                    .header("User-Agent", userAgent)
                    .build();
            client.newCall(request).enqueue(new Callback() {
                @Override
                public void onFailure(Call call, IOException e) {
                    if (failures.incrementAndGet() == canaries.size()) {
                        result.complete(false);
                    }
                }

                @Override
                public void onResponse(Call call, Response response) {
                    response.close();
                    result.complete(true);
                }
            });
        }
        if (canaries.isEmpty()) {
            result.complete(false);
        }
        return result;
    }

    private static HttpUrl toUrl(String canary) {
        String value = canary.strip();
        HttpUrl url = HttpUrl.parse(value.contains("://") ? value : "https://" + value + "/");
        if (url == null) {
            throw new IllegalArgumentException("canary host is neither a host name nor a URL: " + canary);
        }
        return url;
    }
}
