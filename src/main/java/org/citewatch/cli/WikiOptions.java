package org.citewatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citewatch.wiki.WikiSelection;
import picocli.CommandLine.Option;

/**
 * The options of {@code audit} and {@code extract} that read pages of a live wiki instead of (or as
 * well as) files. They become one {@code wiki:} input ({@link WikiSelection}).
 */
final class WikiOptions {

    @Option(
            names = "--wiki",
            paramLabel = "URL",
            description = "Read pages of this wiki, e.g. https://zh.wikipedia.org (its /w/api.php is used)"
                    + " or a wiki's api.php address. See docs/wiki.md")
    String wiki;

    @Option(names = "--page", paramLabel = "TITLE", description = "A page to read (repeatable)")
    List<String> pages = new ArrayList<>();

    @Option(names = "--pages-from", paramLabel = "FILE", description = "A file of page titles, one a line")
    Path pagesFrom;

    @Option(names = "--category", paramLabel = "NAME", description = "Read the pages of this category")
    String category;

    @Option(
            names = "--depth",
            paramLabel = "N",
            description = "Levels of subcategories of --category to walk. Default: 0 (the category's own pages)")
    int depth;

    @Option(names = "--transcluding", paramLabel = "TEMPLATE", description = "Read the pages that use this template")
    String transcluding;

    @Option(
            names = "--linking-to",
            paramLabel = "DOMAIN",
            description = "Read the pages linking to this domain (example.org, *.example.org), over http and https")
    String linkingTo;

    @Option(
            names = "--changed-since",
            paramLabel = "last|TIME",
            description = "Only pages edited since the previous run over the same pages (last) or since a time"
                    + " (2026-12-01T00:00:00Z)")
    String changedSince;

    @Option(
            names = "--namespace",
            paramLabel = "N",
            description = "Namespace listed from categories, templates, links and changes (repeatable)"
                    + " (citewatch.wiki.namespaces). Default: 0 (articles)")
    List<Integer> namespaces = new ArrayList<>();

    @Option(
            names = "--wiki-contact",
            paramLabel = "EMAIL|URL",
            description = "Your contact, sent in the User-Agent as the wiki's operators ask; required for"
                    + " Wikimedia wikis (citewatch.wiki.contact)")
    String contact;

    /**
     * The wiki input these options make, or empty when {@code --wiki} is not given.
     *
     * @throws IllegalArgumentException when the options do not make sense together
     */
    Optional<String> input() {
        boolean selectors = !pages.isEmpty()
                || pagesFrom != null
                || category != null
                || transcluding != null
                || linkingTo != null
                || changedSince != null
                || !namespaces.isEmpty()
                || depth != 0;
        if (wiki == null) {
            if (selectors) {
                throw new IllegalArgumentException("--page, --category and the other page options need --wiki URL");
            }
            return Optional.empty();
        }
        if (depth != 0 && category == null) {
            throw new IllegalArgumentException("--depth needs --category");
        }
        if (pagesFrom != null && !Files.isReadable(pagesFrom)) {
            throw new IllegalArgumentException("cannot read the titles file " + pagesFrom);
        }
        if (changedSince != null && !changedSince.equals("last")) {
            try {
                Instant.parse(changedSince);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "--changed-since must be 'last' or a time like 2026-12-01T00:00:00Z: " + changedSince, e);
            }
        }
        return Optional.of(new WikiSelection(
                        wiki,
                        pages,
                        pagesFrom == null ? "" : pagesFrom.toAbsolutePath().toString(),
                        category,
                        depth,
                        transcluding,
                        linkingTo,
                        changedSince,
                        namespaces)
                .toInput());
    }

    void addTo(Map<String, Object> overrides) {
        overrides.put("citewatch.wiki.contact", contact);
    }
}
