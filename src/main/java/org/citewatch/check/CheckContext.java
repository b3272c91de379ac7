package org.citewatch.check;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.citewatch.http.HostLimiter;

/** The collaborators every {@link CheckRun} of one checker shares; {@code closed} once it shuts down. */
record CheckContext(
        HostLimiter limiter,
        PageFetcher fetcher,
        PageJudge judge,
        HomeRedirectJudge homes,
        RedirectFollower redirects,
        RetryPolicy retry,
        OutageGuard outage,
        ScheduledExecutorService timer,
        Clock clock,
        AtomicBoolean closed) {}
