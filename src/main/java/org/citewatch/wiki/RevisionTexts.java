package org.citewatch.wiki;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import org.citewatch.extract.WikiSite;
import tools.jackson.databind.JsonNode;

/**
 * The text of given revisions of a live wiki's pages, by revision id: what {@code citewatch fix} reads
 * again to patch the revision an audit read, with what the wiki says of itself (its language and its
 * names of the dead-link and archive templates, read as the audit read them: {@link SiteReader}). One
 * query per {@link WikiProperties#batchSize()} ids
 * ({@code prop=revisions&revids=...&rvprop=ids|timestamp|content&rvslots=main}), asked as every request
 * to the wiki is ({@link WikiApi}: one at a time, {@code maxlag}, retries). A revision the wiki no longer
 * gives (deleted, hidden, not wikitext) is a result with the reason, not a failure. Only reads: never
 * edits anything, never asks for a token.
 */
public final class RevisionTexts {

    /** What was read for one revision. */
    public sealed interface Result permits Text, Unavailable {}

    /** The revision's wikitext, as its page title names it now. */
    public record Text(String title, String text) implements Result {
        public Text {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Why the revision's text cannot be had, for a person. */
    public record Unavailable(String why) implements Result {
        public Unavailable {
            Objects.requireNonNull(why, "why");
        }
    }

    /**
     * The revisions read from one wiki.
     *
     * @param site the wiki's language and template names; {@link WikiSite#UNKNOWN} when it could not be read
     * @param results a result for every revision asked, by id
     */
    public record Revisions(WikiSite site, Map<Long, Result> results) {
        public Revisions {
            Objects.requireNonNull(site, "site");
            results = Map.copyOf(results);
        }
    }

    private final WikiApis apis;
    private final WikiProperties settings;

    RevisionTexts(WikiApis apis, WikiProperties settings) {
        this.apis = apis;
        this.settings = settings;
    }

    /**
     * @param wiki the wiki's API endpoint as stored with the pages ({@link org.citewatch.extract.WikiPage#wiki()})
     * @param revisionIds the revisions to read
     */
    public Revisions read(String wiki, List<Long> revisionIds) {
        HttpUrl endpoint;
        try {
            endpoint = apis.endpointOf(wiki);
        } catch (IllegalArgumentException e) {
            return none(revisionIds, e.getMessage());
        }
        Optional<String> refused = apis.refusal(endpoint);
        if (refused.isPresent()) {
            return none(revisionIds, refused.get());
        }
        WikiApi api = apis.forEndpoint(endpoint);
        SiteReader.Result site = new SiteReader(settings).read(api);
        if (site.site() == null || site.failure() != null) {
            // without the wiki's template names a fix could miss a dead-link tag the audit saw
            return none(
                    revisionIds,
                    "what the wiki says of itself (its template names) cannot be read: "
                            + site.failure().message());
        }
        Map<Long, Result> results = new LinkedHashMap<>();
        List<Long> ids = revisionIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += settings.batchSize()) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + settings.batchSize()));
            results.putAll(readBatch(api, batch));
        }
        return new Revisions(site.site().facts(), results);
    }

    private static Revisions none(List<Long> revisionIds, String why) {
        Map<Long, Result> results = new LinkedHashMap<>();
        revisionIds.forEach(id -> results.put(id, new Unavailable(why)));
        return new Revisions(WikiSite.UNKNOWN, results);
    }

    private static Map<Long, Result> readBatch(WikiApi api, List<Long> batch) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("prop", "revisions");
        params.put("revids", batch.stream().map(String::valueOf).collect(Collectors.joining("|")));
        params.put("rvprop", "ids|timestamp|content");
        params.put("rvslots", "main");
        Map<Long, Result> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        ApiResult.Failure failure = api.query(params, answer -> {
            JsonNode query = answer.path("query");
            for (JsonNode bad : query.path("badrevids")) {
                missing.add(bad.path("revid").asLong());
            }
            for (JsonNode page : query.path("pages")) {
                for (JsonNode revision : page.path("revisions")) {
                    long id = revision.path("revid").asLong();
                    if (batch.contains(id)) {
                        found.put(id, result(page.path("title").asString(""), revision));
                    }
                }
            }
        });
        Map<Long, Result> results = new LinkedHashMap<>();
        for (long id : batch) {
            Result result = found.get(id);
            if (result == null) {
                result = new Unavailable(
                        missing.contains(id)
                                ? "the wiki has no revision " + id + " (deleted, or never existed)"
                                : failure != null ? failure.message() : "the wiki did not answer for revision " + id);
            }
            results.put(id, result);
        }
        return results;
    }

    private static Result result(String title, JsonNode revision) {
        JsonNode main = revision.path("slots").path("main");
        if (main.path("texthidden").asBoolean(false) || main.path("textmissing").asBoolean(false)) {
            return new Unavailable(
                    "the text of revision " + revision.path("revid").asLong() + " is hidden or missing");
        }
        String model = main.path("contentmodel").asString("wikitext");
        if (!model.equals("wikitext")) {
            return new Unavailable("not wikitext (content model " + model + ")");
        }
        if (!main.path("content").isString() || title.isBlank()) {
            return new Unavailable("the wiki gave no text for revision "
                    + revision.path("revid").asLong());
        }
        return new Text(title, main.path("content").asString());
    }
}
