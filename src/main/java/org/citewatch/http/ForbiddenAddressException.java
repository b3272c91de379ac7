package org.citewatch.http;

import java.net.UnknownHostException;

/**
 * A host name or address that {@link AddressGuard} refuses to connect to (loopback, private,
 * link-local, multicast, unique-local, cloud metadata). It extends {@link UnknownHostException}
 * because OkHttp's {@code Dns} hook may only throw that; callers must test for this type first.
 */
public final class ForbiddenAddressException extends UnknownHostException {

    private static final long serialVersionUID = 1L;

    private final String host;

    public ForbiddenAddressException(String host, String address) {
        super("refusing " + host + " (" + address + "): not a public internet address");
        this.host = host;
    }

    /** The host name or literal that was refused. */
    public String host() {
        return host;
    }
}
