package org.citewatch.wiki;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Test support: the wiki fixtures, settings bound as Spring binds them, and clients that record their pauses. */
final class WikiStubs {

    private WikiStubs() {}

    /** A response body under fixtures/mediawiki/. */
    static String fixture(String name) {
        try (InputStream in = WikiStubs.class.getResourceAsStream("/fixtures/mediawiki/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The defaults of {@code citewatch.wiki}, with a contact, changed by the pairs given. */
    static WikiProperties settings(String... pairs) {
        Map<String, String> map = new HashMap<>();
        map.put("citewatch.wiki.contact", "ops@example.org");
        for (int i = 0; i < pairs.length; i += 2) {
            map.put("citewatch.wiki." + pairs[i], pairs[i + 1]);
        }
        return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("citewatch.wiki", WikiProperties.class);
    }

    /** Records each pause instead of sleeping through it. */
    static final class Pauses implements Pauser {
        final List<Duration> taken = new ArrayList<>();

        @Override
        public synchronized void pause(Duration duration) {
            taken.add(duration);
        }
    }

    static WikiApis apis(WikiProperties settings, Pauser pauser) {
        return new WikiApis(new OkHttpClient(), settings, pauser);
    }

    /** The API of a stub wiki whose api.php is at {@code /w/api.php} of the base URL. */
    static WikiApi api(String baseUrl, WikiProperties settings, Pauser pauser) {
        WikiApis apis = apis(settings, pauser);
        return apis.forEndpoint(apis.endpointOf(baseUrl));
    }
}
