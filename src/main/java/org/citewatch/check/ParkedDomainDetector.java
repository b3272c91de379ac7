package org.citewatch.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Recognises parked, for-sale and expired-domain pages: by a parking phrase in the title, a main
 * heading or a short page, or by a script or frame loaded from a parking service (those pages are
 * mostly script, so their text says little).
 */
final class ParkedDomainDetector {

    /** "example.com is for sale", the title of most marketplace landers. */
    private static final Pattern FOR_SALE_TITLE =
            Pattern.compile("^(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+ (is|may be) for sale");

    private final PhraseMatcher phrases;
    private final List<String> markerHosts;

    ParkedDomainDetector(List<String> phrases, List<String> markerHosts, int shortPageChars) {
        this.phrases = new PhraseMatcher(phrases, shortPageChars);
        this.markerHosts =
                markerHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    Optional<String> detect(PageSample page) {
        for (String src : page.embeds()) {
            HttpUrl url = HttpUrl.parse(src.startsWith("//") ? "https:" + src : src);
            if (url != null && isMarker(url.host())) {
                return Optional.of("loads a parking service: " + src);
            }
        }
        if (FOR_SALE_TITLE.matcher(page.title()).find()) {
            return Optional.of("title offers the domain for sale: " + page.rawTitle());
        }
        return phrases.inProminentPlace(page);
    }

    private boolean isMarker(String host) {
        return markerHosts.stream().anyMatch(m -> host.equals(m) || host.endsWith("." + m));
    }
}
