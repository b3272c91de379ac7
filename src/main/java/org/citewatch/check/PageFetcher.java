package org.citewatch.check;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * One asynchronous GET with early cancel: reads the headers, and for a 2xx HTML page at most
 * {@code maxBodyBytes} of body, measured after decompression (OkHttp inflates gzip as it reads, so a
 * gzip bomb stays capped too); then closes the response, which cancels the rest. HEAD is never
 * used: servers answer it with 404 or 405 while GET works.
 */
final class PageFetcher {

    /** What a browser sends; used on the retry after 401, 403 or 429. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    static final String BROWSER_ACCEPT_LANGUAGE = "en-US,en;q=0.9,*;q=0.5";

    private final CheckClients clients;
    private final long maxBodyBytes;
    private final String userAgent;
    private final int textChars;
    /**
     * Pages parsed at once: one per core. Every request runs on its own OkHttp thread, so without this
     * up to 64 threads parse at once on two cores; the thread that makes finished results durable then
     * gets a sixty-fourth of the CPU, and a {@code kill -9} loses up to a second of answers (issue 16).
     */
    private final Semaphore sampling = new Semaphore(Runtime.getRuntime().availableProcessors());

    /** @param textChars visible text of a page kept for the verdict (see {@link HtmlSampler}) */
    PageFetcher(CheckClients clients, long maxBodyBytes, String userAgent, int textChars) {
        this.clients = clients;
        this.maxBodyBytes = maxBodyBytes;
        this.userAgent = userAgent;
        this.textChars = textChars;
    }

    /**
     * Starts a GET; {@code done} receives the outcome on an OkHttp thread once the response is
     * closed.
     *
     * @param browserHeaders send browser-like Accept and Accept-Language
     * @param insecure use the client without certificate verification
     */
    void fetch(HttpUrl url, boolean browserHeaders, boolean insecure, Consumer<FetchOutcome> done) {
        Request.Builder request = new Request.Builder().url(url).get().header("User-Agent", userAgent);
        if (browserHeaders) {
            request.header("Accept", BROWSER_ACCEPT).header("Accept-Language", BROWSER_ACCEPT_LANGUAGE);
        } else {
            request.header("Accept", "text/html,*/*;q=0.8");
        }
        OkHttpClient client = insecure ? clients.insecure() : clients.verifying(url.host());
        client.newCall(request.build()).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                done.accept(new FetchOutcome.Failed(e));
            }

            @Override
            public void onResponse(Call call, Response response) {
                FetchOutcome outcome;
                try (response) {
                    outcome = read(call, response);
                } catch (IOException e) {
                    outcome = new FetchOutcome.Failed(e);
                }
                done.accept(outcome);
            }
        });
    }

    private FetchOutcome read(Call call, Response response) throws IOException {
        ResponseBody body = response.body();
        MediaType mediaType = body.contentType();
        String contentType = mediaType == null ? null : mediaType.type() + "/" + mediaType.subtype();
        int status = response.code();
        Optional<PageSample> page = Optional.empty();
        long bytesRead = 0;
        boolean success = status >= 200 && status < 300;
        if (success && isHtml(contentType)) {
            Buffer buffer = new Buffer();
            bytesRead = readCapped(body.source(), buffer);
            if (bytesRead >= maxBodyBytes) {
                call.cancel(); // stop the transfer now rather than drain the rest on close
            }
            Charset charset = mediaType == null ? null : mediaType.charset(null);
            byte[] html = buffer.readByteArray();
            sampling.acquireUninterruptibly();
            try {
                page = Optional.of(HtmlSampler.sample(
                        html,
                        html.length,
                        charset == null ? null : charset.name(),
                        response.request().url().toString(),
                        textChars));
            } finally {
                sampling.release();
            }
        } else if (success) {
            call.cancel(); // a PDF or video may be large; its headers were all we wanted
        }
        return new FetchOutcome.Answered(
                status, response.header("Location"), response.header("Retry-After"), contentType, page, bytesRead);
    }

    /** Reads at most the cap; a time-out fails the fetch, other errors end the sample early. */
    private long readCapped(BufferedSource source, Buffer sink) throws IOException {
        long total = 0;
        try {
            while (total < maxBodyBytes) {
                long n = source.read(sink, maxBodyBytes - total);
                if (n == -1) {
                    break;
                }
                total += n;
            }
        } catch (InterruptedIOException timeout) {
            throw timeout;
        } catch (IOException cutOff) {
            // The server answered 2xx and then broke off: judge the page by what arrived.
        }
        return total;
    }

    /** HTML, or no declared type (then it may well be HTML). */
    private static boolean isHtml(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }
}
