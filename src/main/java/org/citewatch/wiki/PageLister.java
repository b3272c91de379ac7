package org.citewatch.wiki;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The titles a selection lists, in the order the wiki gives them, each once: category members
 * (subcategories walked here, to the depth asked, a visited set cutting category loops), pages
 * transcluding a template, pages linking to a domain (asked for http and https: the API assumes http
 * when no protocol is given) and pages changed in a time window.
 */
final class PageLister {

    /** The category namespace: members there are subcategories. */
    private static final int CATEGORY_NAMESPACE = 14;

    private final WikiApi api;
    private final List<Integer> namespaces;
    private final int limit;

    /** The titles found so far; a failure keeps what was listed before it. */
    private final Set<String> titles = new LinkedHashSet<>();

    PageLister(WikiApi api, List<Integer> namespaces, int limit) {
        this.api = api;
        this.namespaces = List.copyOf(namespaces);
        this.limit = limit;
    }

    Set<String> titles() {
        return titles;
    }

    /**
     * Adds the pages of a category and of its subcategories down to {@code depth} levels.
     *
     * @return the failure that cut the walk short, or {@code null}
     */
    ApiResult.Failure category(String name, int depth) {
        record Level(String category, int depth) {}
        Deque<Level> pending = new ArrayDeque<>();
        Set<String> visited = new HashSet<>();
        String first = prefixed(name, "Category:");
        pending.add(new Level(first, 0));
        visited.add(first);
        Set<Integer> asked = new LinkedHashSet<>(namespaces);
        asked.add(CATEGORY_NAMESPACE);
        while (!pending.isEmpty()) {
            Level level = pending.pollFirst();
            Map<String, String> params = new LinkedHashMap<>();
            params.put("generator", "categorymembers");
            params.put("gcmtitle", level.category());
            params.put("gcmnamespace", join(asked));
            params.put("gcmtype", "page|subcat");
            params.put("gcmlimit", Integer.toString(limit));
            ApiResult.Failure failure = api.query(params, answer -> {
                for (JsonNode page : answer.path("query").path("pages")) {
                    int ns = page.path("ns").asInt();
                    String title = page.path("title").asString();
                    if (ns == CATEGORY_NAMESPACE && level.depth() < depth && visited.add(title)) {
                        pending.addLast(new Level(title, level.depth() + 1));
                    }
                    if (namespaces.contains(ns)) {
                        titles.add(title);
                    }
                }
            });
            if (failure != null) {
                return failure;
            }
        }
        return null;
    }

    /** Adds the pages that transclude a template ({@code generator=embeddedin}). */
    ApiResult.Failure transcluding(String template) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("generator", "embeddedin");
        params.put("geititle", prefixed(template, "Template:"));
        params.put("geinamespace", join(namespaces));
        params.put("geilimit", Integer.toString(limit));
        return api.query(params, answer -> answer.path("query").path("pages").forEach(this::addPage));
    }

    /** Adds the pages that link to a domain, over http and over https ({@code list=exturlusage}). */
    ApiResult.Failure linkingTo(String domain) {
        for (String protocol : List.of("http", "https")) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("list", "exturlusage");
            params.put("euquery", domain);
            params.put("euprotocol", protocol);
            params.put("eunamespace", join(namespaces));
            params.put("euprop", "ids|title|url");
            params.put("eulimit", Integer.toString(limit));
            ApiResult.Failure failure = api.query(
                    params, answer -> answer.path("query").path("exturlusage").forEach(this::addPage));
            if (failure != null) {
                return failure;
            }
        }
        return null;
    }

    /**
     * Adds the pages edited or created from {@code since} to {@code until}, oldest change first
     * ({@code list=recentchanges}, {@code rcdir=newer}: {@code rcstart} is the earlier time).
     */
    ApiResult.Failure changed(Instant since, Instant until) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("list", "recentchanges");
        params.put("rcstart", since.toString());
        params.put("rcend", until.toString());
        params.put("rcdir", "newer");
        params.put("rcnamespace", join(namespaces));
        params.put("rctype", "edit|new");
        params.put("rcprop", "title|ids|timestamp");
        params.put("rclimit", Integer.toString(limit));
        return api.query(
                params, answer -> answer.path("query").path("recentchanges").forEach(this::addPage));
    }

    private void addPage(JsonNode page) {
        if (namespaces.contains(page.path("ns").asInt())) {
            titles.add(page.path("title").asString());
        }
    }

    private static String prefixed(String name, String namespace) {
        return name.contains(":") ? name : namespace + name;
    }

    private static String join(Iterable<Integer> values) {
        Set<String> parts = new LinkedHashSet<>();
        values.forEach(v -> parts.add(Integer.toString(v)));
        return parts.stream().collect(Collectors.joining("|"));
    }
}
