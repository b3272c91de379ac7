package org.citewatch.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import org.citewatch.http.AddressGuard;
import org.junit.jupiter.api.Test;

/** Hosts are spread over several connection pools, each host always over the same one. */
class CheckClientsTest {

    @Test
    void spreadsHostsOverPoolsAndKeepsEachHostOnItsOwn() {
        try (CheckClients clients = new CheckClients(
                Fixtures.sharedClient(), new TestProperties().build(), new AddressGuard(Dns.SYSTEM, true, Set.of()))) {
            Set<Object> pools = IntStream.range(0, 200)
                    .mapToObj(i -> clients.verifying("host" + i + ".example").connectionPool())
                    .collect(Collectors.toSet());
            OkHttpClient first = clients.verifying("news.example.org");

            assertThat(pools).hasSize(CheckClients.POOLS);
            assertThat(clients.verifying("news.example.org"))
                    .as("a host's requests share one pool, so its connections are reused")
                    .isSameAs(first);
            assertThat(clients.insecure().connectionPool())
                    .as("the TLS fallback uses one of the checker's own pools, closed with it")
                    .isIn(pools);
        }
    }
}
