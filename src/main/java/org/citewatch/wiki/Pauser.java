package org.citewatch.wiki;

import java.time.Duration;

/** Waits between retries; tests record the pauses instead of sleeping through them. */
interface Pauser {

    Pauser SLEEP = duration -> Thread.sleep(duration.toMillis());

    void pause(Duration duration) throws InterruptedException;
}
