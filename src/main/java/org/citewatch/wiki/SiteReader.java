package org.citewatch.wiki;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citewatch.extract.WikiSite;
import tools.jackson.databind.JsonNode;

/**
 * Reads what a wiki says of itself: {@code meta=siteinfo} (content language, address, article path,
 * clock) and the redirects to its dead-link and archive templates ({@code prop=redirects} with
 * {@code rdnamespace=10}), which become template names the extractor knows for this wiki's pages.
 */
final class SiteReader {

    private final WikiProperties settings;

    SiteReader(WikiProperties settings) {
        this.settings = settings;
    }

    /** The site, or the failure that kept it from being read (without it no page can be named). */
    Result read(WikiApi api) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("meta", "siteinfo");
        params.put("siprop", "general");
        params.put("curtimestamp", "1");
        List<JsonNode> answers = new ArrayList<>();
        ApiResult.Failure failure = api.query(params, answers::add);
        if (failure != null) {
            return new Result(null, failure);
        }
        JsonNode answer = answers.get(0);
        JsonNode general = answer.path("query").path("general");
        String server = general.path("server").asString("");
        if (server.startsWith("//")) {
            server = api.endpoint().scheme() + ":" + server;
        }
        Instant now;
        try {
            now = Instant.parse(answer.path("curtimestamp").asString(""));
        } catch (DateTimeParseException e) {
            return new Result(
                    null, new ApiResult.Failure(api.endpoint().host() + ": siteinfo without curtimestamp", true));
        }
        if (server.isEmpty() || !general.path("articlepath").asString("").contains("$1")) {
            return new Result(
                    null,
                    new ApiResult.Failure(api.endpoint().host() + ": siteinfo without server or article path", true));
        }
        Templates templates = templates(api);
        WikiSite facts = new WikiSite(general.path("lang").asString(""), templates.deadLink(), templates.archive());
        return new Result(
                new Site(api.endpoint(), server, general.path("articlepath").asString(), now, facts),
                templates.failure());
    }

    /** The site when read; a failure with a site means only the template names are missing. */
    record Result(Site site, ApiResult.Failure failure) {}

    private record Templates(List<String> deadLink, List<String> archive, ApiResult.Failure failure) {}

    private Templates templates(WikiApi api) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("prop", "redirects");
        params.put("titles", settings.deadLinkTemplate() + "|" + settings.archiveTemplate());
        params.put("redirects", "1");
        params.put("rdnamespace", "10");
        params.put("rdprop", "title");
        params.put("rdlimit", "max");
        TitleMap titles = new TitleMap();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        ApiResult.Failure failure = api.query(params, answer -> {
            JsonNode query = answer.path("query");
            titles.add(query);
            for (JsonNode page : query.path("pages")) {
                if (page.path("missing").asBoolean(false)) {
                    continue;
                }
                Set<String> all = names.computeIfAbsent(page.path("title").asString(), t -> new LinkedHashSet<>());
                all.add(withoutNamespace(page.path("title").asString()));
                for (JsonNode redirect : page.path("redirects")) {
                    all.add(withoutNamespace(redirect.path("title").asString()));
                }
            }
        });
        return new Templates(
                namesOf(settings.deadLinkTemplate(), titles, names),
                namesOf(settings.archiveTemplate(), titles, names),
                failure);
    }

    private static List<String> namesOf(String asked, TitleMap titles, Map<String, Set<String>> names) {
        List<String> all = new ArrayList<>();
        all.add(withoutNamespace(asked));
        all.addAll(names.getOrDefault(titles.resolve(asked), Set.of()));
        return all.stream().distinct().toList();
    }

    /** {@code Template:死链} → {@code 死链}: the extractor matches names without the namespace. */
    private static String withoutNamespace(String title) {
        int colon = title.indexOf(':');
        return colon < 0 ? title : title.substring(colon + 1);
    }
}
