package org.citewatch.check;

import java.util.List;
import java.util.Set;

/**
 * The paywall rule: on a host whose citations say it is behind a paywall or a login
 * ({@code url-access=subscription|registration|limited}, {@code {{subscription required}}} and its
 * aliases), a 401, 402, 403, 412, 428, 440 or 449 is the paywall answering a reader without an
 * account. Such a result becomes ALIVE {@code SUBSCRIPTION}: neither dead, nor a problem, nor a
 * failure towards "confirmed dead". As IABot does, the marker counts for the whole host, since
 * editors mark some citations of a paywalled site and not others; on a host without a marker the
 * same statuses keep their verdict (401/403 UNKNOWN {@code BLOCKED}, never dead).
 *
 * <p>The checker fetches each URL once whatever cites it, so the rule is applied where a result
 * meets the citations: when it is stored ({@code job.CheckResultStore}).
 */
public final class Paywalls {

    private final Set<Integer> statuses;

    /** @param statuses the HTTP statuses that mean "paywall" on a paywalled host */
    public Paywalls(List<Integer> statuses) {
        this.statuses = Set.copyOf(statuses);
    }

    public static Paywalls from(CheckProperties properties) {
        return new Paywalls(properties.paywallStatuses());
    }

    /**
     * Whether the result is a refusal with a paywall status, which {@link #judge} turns into
     * SUBSCRIPTION on a paywalled host: only then need a caller find out whether the host is one.
     */
    public boolean mayBePaywall(CheckResult result) {
        boolean refused = result.verdict() == Verdict.UNKNOWN || result.verdict() == Verdict.DEAD;
        return refused && result.httpStatus() != null && statuses.contains(result.httpStatus());
    }

    /**
     * The result as stored: ALIVE {@code SUBSCRIPTION} when {@code paywalledHost} and the final
     * answer was a paywall status that the checker could not read as alive; otherwise unchanged.
     */
    public CheckResult judge(CheckResult result, boolean paywalledHost) {
        if (!paywalledHost || !mayBePaywall(result)) {
            return result;
        }
        return new CheckResult(
                result.url(),
                Verdict.ALIVE,
                Reason.SUBSCRIPTION,
                result.httpStatus(),
                result.finalUrl(),
                result.redirectChain(),
                result.contentType(),
                result.elapsed(),
                result.bytesRead(),
                result.attempts(),
                "HTTP " + result.httpStatus() + " from a host that citations mark as paywalled",
                result.tlsInvalid(),
                result.checkedAt());
    }
}
