package org.citewatch.wiki;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * How the API rewrote the titles it was asked for: {@code query.normalized} (spelling: {@code _}
 * for spaces, a lower-case first letter) and, with {@code redirects=1}, {@code query.redirects}.
 */
final class TitleMap {

    private final Map<String, String> normalized = new LinkedHashMap<>();
    private final Map<String, String> redirects = new LinkedHashMap<>();

    /** Takes in the rewrites of one answer (continuation answers repeat or add to them). */
    void add(JsonNode query) {
        for (JsonNode n : query.path("normalized")) {
            normalized.put(n.path("from").asString(), n.path("to").asString());
        }
        for (JsonNode r : query.path("redirects")) {
            redirects.put(r.path("from").asString(), r.path("to").asString());
        }
    }

    /** The title as the wiki spells it, before redirects. */
    String normalize(String asked) {
        return normalized.getOrDefault(asked, asked);
    }

    /** The title whose page the API answered with for the one asked for. */
    String resolve(String asked) {
        String title = normalize(asked);
        // a redirect to a redirect is not followed by MediaWiki; one step is all there is
        return redirects.getOrDefault(title, title);
    }

    /** The redirect target of the normalized title, if it was one. */
    String redirectOf(String asked) {
        return redirects.get(normalize(asked));
    }
}
