package org.citewatch.check;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import org.citewatch.http.HostLimiter;

/**
 * Asks a host once per run where its home page is: one GET of its root ({@code /}), not followed,
 * within the host's politeness limit like any check. A redirect names the home page
 * ({@code / → /portal/site/main}); a page gives its title, headings and canonical URL to compare.
 * The answer is cached for the run, so a host costs at most one extra request however many of its
 * links were redirected. Failures are answers too: "no evidence".
 */
final class RootProbe {

    /** What a host's root said. */
    sealed interface Answer {}

    /** The root redirects to {@code home}. */
    record Redirect(HttpUrl home) implements Answer {
        Redirect {
            Objects.requireNonNull(home, "home");
        }
    }

    /**
     * The root answered with a page; only what the comparison needs is kept (a run probes many hosts).
     *
     * @param textStart the first characters of its visible text
     */
    record Page(HttpUrl url, String title, List<String> headings, String textStart, String canonical)
            implements Answer {
        Page {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(title, "title");
            headings = List.copyOf(headings);
            Objects.requireNonNull(textStart, "textStart");
            Objects.requireNonNull(canonical, "canonical");
        }
    }

    /** Anything else (an error status, a failure, not HTML): no evidence either way. */
    record Nothing(String why) implements Answer {}

    /** Characters of visible text compared between two pages. */
    static final int TEXT_COMPARED = 200;

    private final ConcurrentHashMap<HttpUrl, CompletableFuture<Answer>> roots = new ConcurrentHashMap<>();
    private final HostLimiter limiter;
    private final PageFetcher fetcher;

    RootProbe(HostLimiter limiter, PageFetcher fetcher) {
        this.limiter = limiter;
        this.fetcher = fetcher;
    }

    /** What the root of {@code url}'s host answers; asked once per scheme, host and port. */
    CompletableFuture<Answer> root(HttpUrl url) {
        HttpUrl root = HomeShapes.root(url);
        return roots.computeIfAbsent(root, this::ask);
    }

    private CompletableFuture<Answer> ask(HttpUrl root) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        // Urgent: a started check waits for it, and started work finishes first.
        limiter.submit(root.host(), true, permit -> {
            try {
                fetcher.fetch(root, false, false, outcome -> {
                    permit.release();
                    answer.complete(read(root, outcome));
                });
            } catch (RuntimeException e) {
                permit.release();
                answer.complete(new Nothing("could not ask " + root + ": " + e));
            }
        });
        return answer;
    }

    static Answer read(HttpUrl root, FetchOutcome outcome) {
        if (!(outcome instanceof FetchOutcome.Answered answered)) {
            return new Nothing("no answer from " + root);
        }
        int status = answered.status();
        if (status >= 300 && status < 400 && answered.location() != null) {
            HttpUrl home = root.resolve(answered.location().strip());
            return home == null ? new Nothing("bad Location " + answered.location()) : new Redirect(home);
        }
        if (status >= 200 && status < 300 && answered.page().isPresent()) {
            PageSample page = answered.page().get();
            String text = page.text();
            return new Page(
                    root,
                    page.title(),
                    page.headings(),
                    text.substring(0, Math.min(TEXT_COMPARED, text.length())),
                    page.canonical());
        }
        return new Nothing("HTTP " + status + " from " + root);
    }
}
