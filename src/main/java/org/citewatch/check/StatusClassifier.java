package org.citewatch.check;

/**
 * The verdict table for final HTTP statuses (after redirects and retries). 2xx pages are judged
 * further by {@link PageJudge}.
 */
final class StatusClassifier {

    private StatusClassifier() {}

    static Judgement classify(int status) {
        if (status >= 200 && status < 400) {
            // 3xx here means a redirect without a Location: the server answered with a page.
            return new Judgement(Verdict.ALIVE, Reason.OK, null);
        }
        if (status == 404) {
            return new Judgement(Verdict.DEAD, Reason.HTTP_404, null);
        }
        if (status == 410) {
            return new Judgement(Verdict.DEAD, Reason.HTTP_410, null);
        }
        if (status == 401 || status == 403 || status == 407) {
            // Paywalls, bot walls and CDNs: the page may well be there for a reader.
            return new Judgement(Verdict.UNKNOWN, Reason.BLOCKED, "HTTP " + status);
        }
        if (status == 429) {
            return new Judgement(Verdict.UNKNOWN, Reason.RATE_LIMITED, "HTTP 429");
        }
        if (status == 408) {
            return new Judgement(Verdict.UNKNOWN, Reason.TIMEOUT, "HTTP 408");
        }
        if (status >= 400 && status < 500) {
            return new Judgement(Verdict.DEAD, Reason.HTTP_4XX, "HTTP " + status);
        }
        if (status >= 500 && status < 600) {
            return new Judgement(Verdict.UNKNOWN, Reason.HTTP_5XX, "HTTP " + status);
        }
        // 1xx as a final status, or inventions such as LinkedIn's 999: a refusal we cannot read.
        return new Judgement(Verdict.UNKNOWN, Reason.BLOCKED, "non-standard HTTP status " + status);
    }

    /** Statuses that another try (after a pause) may turn into an answer. */
    static boolean retryable(int status) {
        return status == 408 || status == 429 || (status >= 500 && status < 600);
    }

    /** Statuses retried once with browser-like headers, as bot walls often let browsers through. */
    static boolean blockedForBots(int status) {
        return status == 401 || status == 403 || status == 429;
    }
}
