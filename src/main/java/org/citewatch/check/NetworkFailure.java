package org.citewatch.check;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.citewatch.http.ForbiddenAddressException;

/** What kind of failure an I/O exception from a request was, before any verdict is given. */
enum NetworkFailure {
    /** The address guard refused the host. */
    PRIVATE_ADDRESS(Reason.PRIVATE_ADDRESS, false, false),
    /** A 407 from a server that is no proxy: OkHttp refuses it, a reader's browser would too. */
    PROXY_AUTH(Reason.BLOCKED, false, false),
    /** TLS handshake or certificate failure. */
    TLS(Reason.TLS_ERROR, false, false),
    /** The host name did not resolve. */
    DNS(Reason.DNS_FAILURE, true, false),
    /** Nobody listens, or no route to the host. */
    REFUSED(Reason.CONNECTION_REFUSED, true, false),
    /** The connection was reset or closed before a complete response: worth another try. */
    RESET(Reason.CONNECTION_RESET, true, true),
    /** Connect, read or whole-call time-out: worth another try. */
    TIMEOUT(Reason.TIMEOUT, true, true);

    final Reason reason;
    /** Whether the failure may be the local network's fault (the outage guard weighs these). */
    final boolean networkLevel;

    final boolean retryable;

    NetworkFailure(Reason reason, boolean networkLevel, boolean retryable) {
        this.reason = reason;
        this.networkLevel = networkLevel;
        this.retryable = retryable;
    }

    /** Classifies by the first recognised exception in the cause chain; anything else is a reset. */
    static NetworkFailure of(IOException error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ForbiddenAddressException) {
                return PRIVATE_ADDRESS;
            }
            if (t instanceof ProtocolException && String.valueOf(t.getMessage()).contains("407")) {
                return PROXY_AUTH;
            }
            if (t instanceof SSLException) {
                return TLS;
            }
            if (t instanceof UnknownHostException) {
                return DNS;
            }
            if (t instanceof ConnectException
                    || t instanceof NoRouteToHostException
                    || t instanceof PortUnreachableException) {
                return saysTimedOut(t) ? TIMEOUT : REFUSED;
            }
            if (t instanceof InterruptedIOException) {
                return TIMEOUT; // SocketTimeoutException and OkHttp's call time-out
            }
        }
        return RESET; // "Connection reset", "unexpected end of stream" (empty reply), EOF
    }

    private static boolean saysTimedOut(Throwable t) {
        String message = t.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("timed out");
    }
}
