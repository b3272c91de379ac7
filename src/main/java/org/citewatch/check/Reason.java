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
    REDIRECT_TO_ROOT,
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
    MALFORMED_URL
}
