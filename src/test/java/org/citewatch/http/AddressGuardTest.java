package org.citewatch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import okhttp3.Dns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressGuardTest {

    @ParameterizedTest(name = "{0} forbidden: {1}")
    @CsvSource({
        // loopback, "this host", "this network"
        "127.0.0.1, true",
        "127.53.0.1, true",
        "0.0.0.0, true",
        "0.1.2.3, true",
        "::1, true",
        "::, true",
        // private networks (RFC 1918) and carrier-grade NAT
        "10.1.2.3, true",
        "172.16.0.1, true",
        "172.31.255.254, true",
        "192.168.1.1, true",
        "100.64.0.1, true",
        // link-local, including the cloud metadata service
        "169.254.169.254, true",
        "fe80::1, true",
        // multicast, reserved, broadcast
        "224.0.0.1, true",
        "ff02::1, true",
        "240.0.0.1, true",
        "255.255.255.255, true",
        // IPv6 unique local, including the EC2 metadata address
        "fc00::1, true",
        "fd00:ec2::254, true",
        // IPv4 inside IPv6: mapped, compatible, NAT64
        "::ffff:127.0.0.1, true",
        "::ffff:10.0.0.1, true",
        "64:ff9b::a9fe:a9fe, true",
        // the public internet
        "93.184.216.34, false",
        "8.8.8.8, false",
        "172.32.0.1, false",
        "100.128.0.1, false",
        "2606:4700:4700::1111, false",
        "64:ff9b::808:808, false"
    })
    void refusesEveryAddressOutsideThePublicInternet(String address, boolean forbidden) throws Exception {
        assertThat(AddressGuard.isForbidden(InetAddress.getByName(address))).isEqualTo(forbidden);
    }

    @Test
    void refusesNameWhoseEveryAddressIsPrivate() {
        AddressGuard guard = new AddressGuard(fixed("10.0.0.5"), true, Set.of());

        assertThatThrownBy(() -> guard.lookup("intranet.example"))
                .isInstanceOf(ForbiddenAddressException.class)
                .hasMessageContaining("intranet.example");
    }

    @Test
    void connectsOnlyToThePublicAddressesOfAMixedAnswer() throws Exception {
        AddressGuard guard = new AddressGuard(fixed("127.0.0.1", "93.184.216.34"), true, Set.of());

        assertThat(guard.lookup("rebinding.example")).containsExactly(InetAddress.getByName("93.184.216.34"));
    }

    @Test
    void allowsEverythingWhenTurnedOff() throws Exception {
        AddressGuard guard = new AddressGuard(fixed("127.0.0.1"), false, Set.of());

        assertThat(guard.lookup("localhost")).hasSize(1);
    }

    @Test
    void failsReservedInvalidNamesWithoutALookup() {
        AddressGuard guard = new AddressGuard(
                hostname -> {
                    throw new AssertionError("no lookup expected");
                },
                true,
                Set.of());

        assertThatThrownBy(() -> guard.lookup("no-such-host.invalid"))
                .isInstanceOf(UnknownHostException.class)
                .isNotInstanceOf(ForbiddenAddressException.class);
    }

    @Test
    void resolvesTheProxyUncheckedButRefusesPrivateTargetsResolvedBeforeTheProxy() throws Exception {
        AddressGuard guard = new AddressGuard(fixed("10.0.0.8"), true, Set.of("proxy.corp"));

        assertThat(guard.lookup("proxy.corp")).containsExactly(InetAddress.getByName("10.0.0.8"));
        assertThatThrownBy(() -> guard.lookup("intranet.corp")).isInstanceOf(ForbiddenAddressException.class);
    }

    private static Dns fixed(String... addresses) {
        return hostname -> {
            List<InetAddress> list = new java.util.ArrayList<>();
            for (String a : addresses) {
                list.add(InetAddress.getByName(a));
            }
            return list;
        };
    }
}
