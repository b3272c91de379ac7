package org.citewatch.archive;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The CDX requests one archive step may make ({@code citewatch.archive.cdx-budget}): a count
 * ({@code 100}), a time from the step's start ({@code 4m}), or {@code unlimited}. At 24 requests a
 * minute CDX is the slow endpoint by far; once the budget is spent, lookups that need CDX are
 * deferred to the next run instead of holding the step (and a nightly run, or a CI gate) for an hour.
 * Thread-safe.
 */
public final class CdxBudget {

    /**
     * A budget as configured.
     *
     * @param requests the most CDX requests, or -1 for no count limit
     * @param time how long after the step's start CDX requests may still be sent, or {@code null}
     */
    record Limit(long requests, Duration time) {

        static final Limit UNLIMITED = new Limit(-1, null);

        Limit {
            if (requests < -1 || (time != null && (time.isNegative() || time.isZero()))) {
                throw new IllegalArgumentException("a CDX budget is a positive count or duration");
            }
        }

        /** {@code 100} (requests), {@code 4m}/{@code 90s}/{@code 1h} (time), or {@code unlimited}. */
        static Limit parse(String text) {
            String value = Objects.requireNonNull(text, "cdx-budget").strip().toLowerCase(Locale.ROOT);
            if (value.equals("unlimited")) {
                return UNLIMITED;
            }
            if (value.matches("\\d{1,9}")) {
                return new Limit(Long.parseLong(value), null);
            }
            if (value.matches("\\d{1,6}(s|m|h)")) {
                long amount = Long.parseLong(value.substring(0, value.length() - 1));
                Duration time = switch (value.charAt(value.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
                return new Limit(-1, time);
            }
            throw new IllegalArgumentException(
                    "citewatch.archive.cdx-budget must be a count (100), a time (4m, 90s) or unlimited: " + text);
        }
    }

    private final Limit limit;
    private final long startNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong taken = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    CdxBudget(Limit limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
    }

    /** A budget that never runs out, for single lookups outside an archive step. */
    static CdxBudget unlimited() {
        return new CdxBudget(Limit.UNLIMITED, System::nanoTime);
    }

    /** Takes one request from the budget; {@code false} when it is spent. */
    boolean tryTake() {
        if (limit.time() != null
                && nanoTime.getAsLong() - startNanos >= limit.time().toNanos()) {
            refused.incrementAndGet();
            return false;
        }
        if (limit.requests() < 0) {
            taken.incrementAndGet();
            return true;
        }
        long now = taken.incrementAndGet();
        if (now > limit.requests()) {
            taken.decrementAndGet();
            refused.incrementAndGet();
            return false;
        }
        return true;
    }

    /** Whether a lookup was refused a CDX request. */
    boolean spent() {
        return refused.get() > 0;
    }
}
