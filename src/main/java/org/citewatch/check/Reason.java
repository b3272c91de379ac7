package org.citewatch.check;

/** Why a check came to its verdict; the verdict table is in the checker's documentation. */
public enum Reason {
    OK,
    REDIRECTED,
    HTTP_404,
    HTTP_410,
    HTTP_4XX,
    SOFT_404,
    PARKED_DOMAIN,
    /** A deep link whose redirects end on a site's home page (formerly {@code REDIRECT_TO_ROOT}). */
    REDIRECT_TO_HOME,
    TOO_MANY_REDIRECTS,
    DNS_FAILURE,
    CONNECTION_REFUSED,
    CONNECTION_RESET,
    BLOCKED,
    RATE_LIMITED,
    HTTP_5XX,
    TIMEOUT,
    TLS_ERROR,
    NETWORK_UNAVAILABLE,
    PRIVATE_ADDRESS,
    UNSUPPORTED_SCHEME,
    MALFORMED_URL,
    /**
     * ALIVE: a 401, 402, 403 or another paywall status from a link its citation marks as behind a
     * paywall ({@code url-access=subscription}, {@code {{subscription required}}}).
     */
    SUBSCRIPTION,
    /** DEAD: the handle system (doi.org, hdl.handle.net) says the DOI or handle does not exist. */
    DOI_NOT_FOUND,
    /** UNKNOWN: the handle system's API gave no usable answer about a DOI or handle. */
    HANDLE_API_ERROR,
    /**
     * DEAD, only with {@code citewatch.drift.treat-as-dead}: the page answers, but it is no longer the
     * cited one, while the capture from the citation's time is (the drift step; never a check's reason).
     */
    CONTENT_CHANGED,
    /**
     * DEAD, only with {@code citewatch.drift.treat-as-dead}: the host changed hands and shows unrelated
     * content (the drift step; never a check's reason).
     */
    USURPED
}
