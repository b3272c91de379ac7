package org.citewatch.http;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;

/** Parses the {@code http://host:port} proxy setting of the command line and configuration. */
public final class Proxies {

    private Proxies() {}

    /**
     * The host names of the proxies requests may go through: the explicit setting, and the JVM's
     * {@code http.proxyHost} and {@code https.proxyHost}.
     */
    public static Set<String> hosts(String setting) {
        Set<String> hosts = new HashSet<>();
        parse(setting).ifPresent(p -> hosts.add(((InetSocketAddress) p.address()).getHostString()));
        for (String property : List.of("http.proxyHost", "https.proxyHost")) {
            String host = System.getProperty(property);
            if (host != null && !host.isBlank()) {
                hosts.add(host.strip());
            }
        }
        return Set.copyOf(hosts);
    }

    /**
     * An explicit HTTP proxy, or empty when the setting is blank (then OkHttp asks the JVM's
     * default {@code ProxySelector}, which honours {@code -Dhttp.proxyHost}/{@code https.proxyHost}).
     *
     * @throws IllegalArgumentException when the setting is not {@code http://host:port}
     */
    public static Optional<Proxy> parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        HttpUrl url = HttpUrl.parse(setting.strip());
        if (url == null || !url.scheme().equals("http") || !url.encodedPath().equals("/")) {
            throw new IllegalArgumentException("proxy must look like http://host:port, got: " + setting);
        }
        return Optional.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(url.host(), url.port())));
    }
}
