package org.citewatch.wiki;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to read from a wiki, as one input text ({@code wiki:wiki=https://zh.wikipedia.org&page=核安全峰會}):
 * the form in which the command line hands it to a run and the run stores it, so that running the
 * same audit again resumes it. Only {@code %}, {@code &}, {@code =} and line breaks are escaped,
 * so titles stay readable in the run list.
 *
 * @param wiki the wiki's address or its {@code api.php}
 * @param pages titles to read
 * @param pagesFrom a file of titles, one a line ({@code #} comments), or empty
 * @param category a category whose pages are read, or empty
 * @param depth how many levels of subcategories are walked (0: the category's own pages)
 * @param transcluding a template whose transcluding pages are read, or empty
 * @param linkingTo a domain ({@code example.org}, {@code *.example.org}) whose linking pages are read,
 *     or empty
 * @param changedSince {@code last} (since the previous finished run), an ISO-8601 instant, or empty
 *     (no restriction)
 * @param namespaces the namespaces listed, or empty for {@code citewatch.wiki.namespaces}
 */
public record WikiSelection(
        String wiki,
        List<String> pages,
        String pagesFrom,
        String category,
        int depth,
        String transcluding,
        String linkingTo,
        String changedSince,
        List<Integer> namespaces) {

    /** The prefix that marks an input as a wiki selection. */
    public static final String PREFIX = "wiki:";

    public WikiSelection {
        Objects.requireNonNull(wiki, "wiki");
        pages = List.copyOf(pages);
        pagesFrom = Objects.requireNonNullElse(pagesFrom, "");
        category = Objects.requireNonNullElse(category, "");
        transcluding = Objects.requireNonNullElse(transcluding, "");
        linkingTo = Objects.requireNonNullElse(linkingTo, "");
        changedSince = Objects.requireNonNullElse(changedSince, "");
        namespaces = List.copyOf(namespaces);
        if (wiki.isBlank()) {
            throw new IllegalArgumentException("a wiki selection needs the wiki's address");
        }
        if (depth < 0) {
            throw new IllegalArgumentException("the category depth cannot be negative: " + depth);
        }
        boolean base = !pages.isEmpty()
                || !pagesFrom.isEmpty()
                || !category.isEmpty()
                || !transcluding.isEmpty()
                || !linkingTo.isEmpty();
        if (!base && changedSince.isEmpty()) {
            throw new IllegalArgumentException("say what to read from " + wiki
                    + ": pages, a file of titles, a category, a template, a linked domain or changes since a time");
        }
    }

    /** Whether the selection names pages, a category, a template or a domain (not only changes). */
    boolean hasBase() {
        return !pages.isEmpty()
                || !pagesFrom.isEmpty()
                || !category.isEmpty()
                || !transcluding.isEmpty()
                || !linkingTo.isEmpty();
    }

    /** The selection as one input text; {@link #parse} reads it back. */
    public String toInput() {
        return PREFIX + text(true);
    }

    /** What the listing is, whatever the time: runs over the same listing share their marks. */
    String listingKey() {
        return PREFIX + text(false);
    }

    private String text(boolean withTime) {
        List<String> parts = new ArrayList<>();
        add(parts, "wiki", wiki);
        pages.forEach(page -> add(parts, "page", page));
        add(parts, "pages-from", pagesFrom);
        add(parts, "category", category);
        if (!category.isEmpty()) {
            add(parts, "depth", Integer.toString(depth));
        }
        add(parts, "transcluding", transcluding);
        add(parts, "linking-to", linkingTo);
        if (withTime) {
            add(parts, "changed-since", changedSince);
        }
        namespaces.forEach(ns -> add(parts, "namespace", Integer.toString(ns)));
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (!value.isEmpty()) {
            parts.add(name + "=" + escape(value));
        }
    }

    /**
     * Reads an input text made by {@link #toInput}.
     *
     * @return empty when the input is not a wiki selection
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static Optional<WikiSelection> parse(String input) {
        if (!input.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String wiki = "";
        List<String> pages = new ArrayList<>();
        String pagesFrom = "";
        String category = "";
        int depth = 0;
        String transcluding = "";
        String linkingTo = "";
        String changedSince = "";
        List<Integer> namespaces = new ArrayList<>();
        for (String part : input.substring(PREFIX.length()).split("&")) {
            int eq = part.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("not a wiki selection part: " + part);
            }
            String value = unescape(part.substring(eq + 1));
            switch (part.substring(0, eq)) {
                case "wiki" -> wiki = value;
                case "page" -> pages.add(value);
                case "pages-from" -> pagesFrom = value;
                case "category" -> category = value;
                case "depth" -> depth = number(value, "depth");
                case "transcluding" -> transcluding = value;
                case "linking-to" -> linkingTo = value;
                case "changed-since" -> changedSince = value;
                case "namespace" -> namespaces.add(number(value, "namespace"));
                default -> throw new IllegalArgumentException("unknown wiki selection part: " + part);
            }
        }
        return Optional.of(new WikiSelection(
                wiki, pages, pagesFrom, category, depth, transcluding, linkingTo, changedSince, namespaces));
    }

    private static int number(String value, String name) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number: " + value, e);
        }
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '%' -> out.append("%25");
                case '&' -> out.append("%26");
                case '=' -> out.append("%3D");
                case '\n' -> out.append("%0A");
                case '\r' -> out.append("%0D");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length()) {
                String code = value.substring(i + 1, i + 3);
                Character decoded = switch (code) {
                    case "25" -> '%';
                    case "26" -> '&';
                    case "3D" -> '=';
                    case "0A" -> '\n';
                    case "0D" -> '\r';
                    default -> null;
                };
                if (decoded != null) {
                    out.append(decoded.charValue());
                    i += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
