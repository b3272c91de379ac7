package org.citewatch.report;

import org.citewatch.archive.ArchiveStatus;
import org.citewatch.check.Reason;

/** Plain-language explanations of reason codes, for editors (HTML, Markdown) and rule help (SARIF). */
final class ReasonText {

    private ReasonText() {}

    static String of(Reason reason) {
        return switch (reason) {
            case OK -> "The page answered normally.";
            case REDIRECTED -> "The page moved; the new address answered normally.";
            case HTTP_404 -> "The server says the page does not exist (HTTP 404).";
            case HTTP_410 -> "The server says the page was removed for good (HTTP 410).";
            case HTTP_4XX -> "The server refused the request with a client error (HTTP 4xx).";
            case SOFT_404 -> "The server answers, but the page says it was not found (a soft 404).";
            case PARKED_DOMAIN -> "The domain is parked or for sale; the cited site is gone.";
            case REDIRECT_TO_HOME -> "The deep link now sends readers to a home page (of this site or another).";
            case TOO_MANY_REDIRECTS -> "The link redirects in a loop or through too many hops.";
            case DNS_FAILURE -> "The host name no longer exists (DNS lookup failed).";
            case CONNECTION_REFUSED -> "The server refused the connection.";
            case CONNECTION_RESET -> "The server dropped the connection before answering.";
            case BLOCKED -> "The server blocks automated checks (HTTP 401/403/407); check by hand.";
            case RATE_LIMITED -> "The server asked to slow down (HTTP 429); it will be checked again.";
            case HTTP_5XX -> "The server had an error (HTTP 5xx); it may be temporary.";
            case TIMEOUT -> "The server did not answer in time; it may be temporary.";
            case TLS_ERROR -> "The secure connection failed even without certificate checks.";
            case NETWORK_UNAVAILABLE -> "citewatch's own network was down; nothing is known about the link.";
            case PRIVATE_ADDRESS -> "The link points into a private network; citewatch does not fetch it.";
            case UNSUPPORTED_SCHEME -> "Not a web link (http or https); not checked.";
            case MALFORMED_URL -> "The URL is malformed and cannot be opened.";
            case SUBSCRIPTION ->
                "The page is behind the paywall the citation declares (url-access, {{subscription required}}).";
            case DOI_NOT_FOUND -> "The handle system says this DOI or handle does not exist.";
            case HANDLE_API_ERROR -> "The handle system (doi.org) gave no usable answer; it will be checked again.";
            case CONTENT_CHANGED ->
                "The page answers, but it is no longer the cited one; the archived copy from the citation's time is.";
            case USURPED ->
                "The domain changed hands: its pages now show unrelated content (gambling, adult, a sale, another"
                        + " language, one page for every path).";
        };
    }

    static String of(ArchiveStatus status) {
        return switch (status) {
            case VALID -> "The archive link works.";
            case MISSING_TIMESTAMP -> "The archive link has no capture date, so it cannot show a fixed copy.";
            case DATE_OUT_OF_RANGE -> "The archive link's capture date is before 1996 or in the future.";
            case ORIGINAL_MISMATCH -> "The archive link is a copy of a different page than the cited one.";
            case DATE_MISMATCH -> "The archive-date differs from the capture's date by more than a day.";
            case BAD_CAPTURE -> "The archived copy is an error page, a redirect or a 404.";
            case UNREACHABLE_ARCHIVE -> "The archive could not be reached this time.";
            case DEPRECATED_ARCHIVE ->
                "archive.today links are deprecated on Wikipedia; replace with the Wayback Machine.";
            case DEAD_ARCHIVE_SERVICE -> "WebCite is gone; its archive links no longer work.";
            case UNRECOGNISED -> "The archive link is not from a known web archive.";
        };
    }
}
