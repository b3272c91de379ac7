package org.citewatch.check;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * Recognises "not found" pages served with a 2xx status: by the error-page URL a redirect landed
 * on, by a whole title such as "404 Not Found | Example", or by a "not found" phrase where a reader
 * sees it first (title, main heading, or a short page). A real article that mentions "not found"
 * somewhere in its text stays alive.
 */
final class Soft404Detector {

    /** Separators between a page's own title and the site name: "Not Found | Example News". */
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s*(?:\\||·|–|—|::|_|\\s-\\s|-)\\s*");

    private final PhraseMatcher phrases;
    private final Set<String> titles;
    private final List<Pattern> errorUrls;

    Soft404Detector(List<String> phrases, List<String> titles, List<String> errorUrlPatterns, int shortPageChars) {
        this.phrases = new PhraseMatcher(phrases, shortPageChars);
        this.titles = titles.stream().map(PageSample::normalize).collect(Collectors.toUnmodifiableSet());
        this.errorUrls = errorUrlPatterns.stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE))
                .toList();
    }

    /**
     * Evidence when a redirect moved {@code original} to an error-page URL. The original URL is
     * exempt from the patterns: an article's own slug may contain "not-found".
     */
    Optional<String> byRedirectTarget(HttpUrl original, HttpUrl target) {
        String targetPath = pathAndQuery(target);
        if (errorUrls.stream().anyMatch(p -> p.matcher(targetPath).find())
                && errorUrls.stream()
                        .noneMatch(p -> p.matcher(pathAndQuery(original)).find())) {
            return Optional.of("redirected to an error page: " + target);
        }
        return Optional.empty();
    }

    /** Evidence when the page itself says it is not there. */
    Optional<String> byContent(PageSample page) {
        for (String segment : TITLE_SEPARATORS.split(page.title())) {
            if (titles.contains(segment.strip())) {
                return Optional.of("title is an error title: " + page.rawTitle());
            }
        }
        return phrases.inProminentPlace(page);
    }

    private static String pathAndQuery(HttpUrl url) {
        String query = url.encodedQuery();
        return url.encodedPath() + (query == null ? "" : "?" + query);
    }
}
