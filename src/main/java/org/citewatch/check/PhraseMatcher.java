package org.citewatch.check;

import java.util.List;
import java.util.Optional;

/** Finds configured phrases in normalized text, weighing where they appear. */
final class PhraseMatcher {

    private final List<String> phrases;
    private final int shortPageChars;

    PhraseMatcher(List<String> phrases, int shortPageChars) {
        this.phrases = phrases.stream()
                .map(PageSample::normalize)
                .filter(p -> !p.isEmpty())
                .toList();
        this.shortPageChars = shortPageChars;
    }

    /**
     * Evidence when a phrase stands in the title, a main heading, or anywhere in a short page; a
     * long page that merely mentions one in its text does not count.
     */
    Optional<String> inProminentPlace(PageSample page) {
        Optional<String> inTitle = find(page.title());
        if (inTitle.isPresent()) {
            return Optional.of("title says \"" + inTitle.get() + "\": " + page.rawTitle());
        }
        for (String heading : page.headings()) {
            Optional<String> inHeading = find(heading);
            if (inHeading.isPresent()) {
                return Optional.of("heading says \"" + inHeading.get() + "\": " + heading);
            }
        }
        if (page.text().length() < shortPageChars) {
            Optional<String> inText = find(page.text());
            if (inText.isPresent()) {
                return Optional.of("short page (" + page.text().length() + " chars) says \"" + inText.get() + "\"");
            }
        }
        return Optional.empty();
    }

    Optional<String> find(String normalizedText) {
        for (String phrase : phrases) {
            if (normalizedText.contains(phrase)) {
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }
}
