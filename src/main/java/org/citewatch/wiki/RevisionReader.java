package org.citewatch.wiki;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads the current revision of up to {@link WikiProperties#batchSize()} titles in one query:
 * {@code prop=revisions&rvprop=ids|timestamp[|content]&rvslots=main&redirects=1}. When the answer is
 * too big for one response the API sends the rest through continuation, page by page; revisions are
 * gathered by page id across the answers. Missing and invalid titles, hidden text and content that is
 * not wikitext are problems naming the title, not failures of the batch.
 */
final class RevisionReader {

    private final WikiApi api;

    RevisionReader(WikiApi api) {
        this.api = api;
    }

    RevisionBatch read(List<String> asked, boolean withText) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("prop", "revisions");
        params.put("rvprop", withText ? "ids|timestamp|content" : "ids|timestamp");
        params.put("rvslots", "main");
        params.put("redirects", "1");
        params.put("titles", String.join("|", asked));
        TitleMap titles = new TitleMap();
        Map<String, JsonNode> pages = new LinkedHashMap<>();
        Map<String, JsonNode> revisions = new LinkedHashMap<>();
        List<RevisionBatch.Problem> problems = new ArrayList<>();
        ApiResult.Failure failure = api.query(params, answer -> {
            JsonNode query = answer.path("query");
            titles.add(query);
            for (JsonNode page : query.path("pages")) {
                String title = page.path("title").asString();
                pages.putIfAbsent(title, page);
                JsonNode revision = page.path("revisions").path(0);
                if (revision.isObject()) {
                    revisions.put(title, revision);
                }
            }
        });
        List<Revision> found = new ArrayList<>();
        List<String> redirects = new ArrayList<>();
        for (String title : asked) {
            String resolved = titles.resolve(title);
            String target = titles.redirectOf(title);
            if (target != null) {
                redirects.add(titles.normalize(title) + " → " + target);
            }
            JsonNode page = pages.get(resolved);
            if (page == null) {
                if (failure == null) {
                    problems.add(new RevisionBatch.Problem(title, "the wiki did not answer for this title"));
                }
                continue;
            }
            String problem = problem(page, revisions.get(resolved), withText);
            if (problem != null) {
                problems.add(new RevisionBatch.Problem(title, problem));
                continue;
            }
            if (found.stream().anyMatch(r -> r.title().equals(resolved))) {
                continue;
            }
            JsonNode revision = revisions.get(resolved);
            found.add(new Revision(
                    resolved,
                    page.path("pageid").asLong(),
                    revision.path("revid").asLong(),
                    Instant.parse(revision.path("timestamp").asString()),
                    withText
                            ? revision.path("slots")
                                    .path("main")
                                    .path("content")
                                    .asString()
                            : null));
        }
        return new RevisionBatch(found, problems, redirects, failure);
    }

    /** Why the page cannot be read, or {@code null}. */
    private static String problem(JsonNode page, JsonNode revision, boolean withText) {
        if (page.path("invalid").asBoolean(false)) {
            return "not a valid title: " + page.path("invalidreason").asString("invalid");
        }
        if (page.path("missing").asBoolean(false)) {
            return "no such page on the wiki";
        }
        if (page.path("special").asBoolean(false)) {
            return "a special page, which has no text";
        }
        if (revision == null) {
            return "the wiki gave no revision of this page";
        }
        try {
            Instant.parse(revision.path("timestamp").asString(""));
        } catch (DateTimeParseException e) {
            return "the wiki gave a revision without a valid timestamp";
        }
        if (!withText) {
            return null;
        }
        JsonNode main = revision.path("slots").path("main");
        if (main.path("texthidden").asBoolean(false) || main.path("textmissing").asBoolean(false)) {
            return "the text of the current revision is hidden or missing";
        }
        String model = main.path("contentmodel").asString("wikitext");
        if (!model.equals("wikitext")) {
            return "not wikitext (content model " + model + ")";
        }
        if (!main.path("content").isString()) {
            return "the wiki gave no text for this page";
        }
        return null;
    }
}
