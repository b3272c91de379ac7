package org.citewatch.http;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import okhttp3.Dns;
import okhttp3.Interceptor;

/**
 * Server-side request forgery guard for untrusted URLs: refuses loopback, private, link-local,
 * multicast, unique-local IPv6, carrier-grade NAT and cloud metadata addresses.
 *
 * <p>Install it twice on a client: as its {@link Dns} (host names are checked after resolution, and
 * only the checked addresses are connected to, so DNS rebinding cannot slip through) and as an
 * application {@link #interceptor()} (IP literals, which OkHttp does not resolve, and host names
 * when a proxy resolves them for us). Both run on every request, so every redirect hop a caller
 * follows itself is guarded. Refusals are {@link ForbiddenAddressException}s.
 *
 * <p>Names under the reserved {@code .invalid} top-level domain fail as unknown hosts without a
 * lookup (RFC 6761).
 */
public final class AddressGuard implements Dns {

    private final Dns delegate;
    private final Predicate<InetAddress> forbidden;
    private final Set<String> proxyHosts;

    /**
     * @param delegate the resolver asked for host names
     * @param enabled {@code false} to allow every address (tests against local servers)
     * @param proxyHosts the proxies requests may go through (see {@link Proxies#hosts}); their own
     *     names are resolved unchecked, and target names are then resolved by the interceptor, best
     *     effort, since the proxy resolves them itself
     */
    public AddressGuard(Dns delegate, boolean enabled, Set<String> proxyHosts) {
        this(delegate, enabled ? AddressGuard::isForbidden : address -> false, proxyHosts);
    }

    /**
     * A guard with its own rules.
     *
     * @param forbidden which resolved or literal addresses to refuse
     */
    public AddressGuard(Dns delegate, Predicate<InetAddress> forbidden, Set<String> proxyHosts) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.forbidden = Objects.requireNonNull(forbidden, "forbidden");
        this.proxyHosts =
                proxyHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        String lower = hostname.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".invalid") || lower.equals("invalid")) {
            throw new UnknownHostException(hostname + ": reserved .invalid name (RFC 6761)");
        }
        if (proxyHosts.contains(lower)) {
            return delegate.lookup(hostname); // the configured proxy, often on a private network
        }
        List<InetAddress> allowed = new ArrayList<>();
        InetAddress refused = null;
        for (InetAddress address : delegate.lookup(hostname)) {
            if (forbidden.test(address)) {
                refused = address;
            } else {
                allowed.add(address);
            }
        }
        if (allowed.isEmpty() && refused != null) {
            throw new ForbiddenAddressException(hostname, refused.getHostAddress());
        }
        return allowed;
    }

    /** An application interceptor that refuses forbidden IP literals (and names, via a proxy). */
    public Interceptor interceptor() {
        return chain -> {
            checkHost(chain.request().url().host());
            return chain.proceed(chain.request());
        };
    }

    private void checkHost(String host) throws IOException {
        if (isIpLiteral(host)) {
            InetAddress address = InetAddress.getByName(host); // a literal: parsed, not resolved
            if (forbidden.test(address)) {
                throw new ForbiddenAddressException(host, address.getHostAddress());
            }
        } else if (!proxyHosts.isEmpty()) {
            try {
                lookup(host);
            } catch (ForbiddenAddressException refused) {
                throw refused;
            } catch (UnknownHostException unresolvable) {
                // Behind a proxy the local resolver often knows no outside names: the proxy decides.
            }
        }
    }

    private static boolean isIpLiteral(String host) {
        // OkHttp's HttpUrl gives IPv6 literals without brackets; IPv4 literals are dotted digits.
        return host.indexOf(':') >= 0 || host.matches("[0-9.]+");
    }

    /** Whether an address is outside the public internet (and so refused by default). */
    public static boolean isForbidden(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress() // includes metadata 169.254.169.254
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT 100.64/10
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking 198.18/15
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7, includes the EC2 metadata fd00:ec2::254
            }
            if (isEmbeddedIpv4(b)) {
                byte[] v4 = {b[12], b[13], b[14], b[15]};
                try {
                    return isForbidden(InetAddress.getByAddress(v4));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
        }
        return false;
    }

    /** IPv4-compatible ::a.b.c.d and NAT64 64:ff9b::a.b.c.d carry an IPv4 address. */
    private static boolean isEmbeddedIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 12; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean nat64 =
                (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        return zeroPrefix || nat64;
    }
}
