package org.citewatch.check;

/** What a reader who clicks the link today finds. */
public enum Verdict {
    ALIVE,
    DEAD,
    /** Could not tell (blocked, rate limited, server error, time-out); never reported as dead. */
    UNKNOWN,
    /** Not checked: not http(s), or an address citewatch refuses to fetch. */
    SKIPPED
}
