package org.citewatch.drift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citewatch.archive.CapturedPage;
import org.citewatch.check.PageDigest;

/**
 * Whether a whole host changed hands: its cited pages now show unrelated content. It takes two
 * things. First, the host's pages no longer hold what was cited: some cited title finds almost nothing
 * in its live page, and no live page still clearly matches its citation. Second, a sign of a new
 * owner:
 *
 * <ul>
 *   <li>gambling, adult, domain-sale or content-farm phrases on at least half of its live pages, where
 *       no cited title and no capture of the host has them (a casino's own news site stays itself);
 *   <li>its live pages in a language other than that of every capture read of the host;
 *   <li>one and the same page (title and heading) for every cited path, at least
 *       {@code same-page-min-paths} of them, cited under different titles.
 * </ul>
 *
 * A parked "domain for sale" page that the checker recognised is DEAD {@code PARKED_DOMAIN} already,
 * and never reaches this rule. Stateless and thread-safe.
 */
final class UsurpedHostRule {

    private final DriftProperties settings;
    private final List<Pattern> phrases;

    UsurpedHostRule(DriftProperties settings) {
        this.settings = settings;
        this.phrases =
                settings.usurperPhrases().stream().map(UsurpedHostRule::phrase).toList();
    }

    /**
     * @param pages the citations of the host's ALIVE links
     * @param captures the captures read for some of them, by citation id
     * @return the evidence when the host is usurped
     */
    Optional<String> judge(List<CitedPage> pages, Map<Long, CapturedPage> captures) {
        List<CitedPage> withPage =
                pages.stream().filter(p -> p.live().isPresent()).toList();
        if (withPage.isEmpty()) {
            return Optional.empty();
        }
        boolean drifted = false;
        for (CitedPage page : withPage) {
            OptionalDouble similarity = liveSimilarity(page);
            if (similarity.isPresent() && similarity.getAsDouble() >= settings.minCaptureSimilarity()) {
                return Optional.empty(); // a page still holds its citation: the old owner is still there
            }
            drifted |= similarity.isPresent() && similarity.getAsDouble() <= settings.maxLiveSimilarity();
        }
        if (!drifted) {
            return Optional.empty();
        }
        List<String> signs = new ArrayList<>(3);
        usurperPhrases(withPage, captures).ifPresent(signs::add);
        otherLanguage(withPage, captures).ifPresent(signs::add);
        samePage(withPage).ifPresent(signs::add);
        return signs.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", signs));
    }

    /** The best similarity of the cited title with the live title or heading; empty without both. */
    static OptionalDouble liveSimilarity(CitedPage page) {
        if (!page.hasTitle() || page.live().isEmpty()) {
            return OptionalDouble.empty();
        }
        PageDigest live = page.live().get();
        return best(
                TitleSimilarity.of(page.citedTitle(), live.title()),
                TitleSimilarity.of(page.citedTitle(), live.heading()));
    }

    static OptionalDouble best(OptionalDouble a, OptionalDouble b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : OptionalDouble.of(Math.max(a.getAsDouble(), b.getAsDouble()));
    }

    private Optional<String> usurperPhrases(List<CitedPage> pages, Map<Long, CapturedPage> captures) {
        Map<String, Integer> pagesByPhrase = new HashMap<>();
        int withPhrase = 0;
        for (CitedPage page : pages) {
            PageDigest live = page.live().orElseThrow();
            Optional<String> found = firstPhrase(live.title(), live.heading(), live.text());
            if (found.isPresent()) {
                withPhrase++;
                pagesByPhrase.merge(found.get(), 1, Integer::sum);
            }
            if (page.hasTitle() && firstPhrase(page.citedTitle()).isPresent()) {
                return Optional.empty(); // the citation itself is about such things
            }
        }
        for (CapturedPage capture : captures.values()) {
            if (firstPhrase(capture.title(), capture.heading(), capture.text()).isPresent()) {
                return Optional.empty(); // the host always was such a site
            }
        }
        if (withPhrase * 2 < pages.size() || withPhrase == 0) {
            return Optional.empty();
        }
        String phrase = pagesByPhrase.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        return Optional.of(withPhrase + " of " + pages.size() + " live pages show \"" + phrase + "\"");
    }

    private Optional<String> firstPhrase(String... texts) {
        String folded = TitleSimilarity.fold(String.join(" \n ", texts));
        for (Pattern phrase : phrases) {
            Matcher m = phrase.matcher(folded);
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> otherLanguage(List<CitedPage> pages, Map<Long, CapturedPage> captures) {
        Set<String> captured = new HashSet<>();
        for (CapturedPage capture : captures.values()) {
            PageLanguage.of(capture.title(), capture.heading(), capture.text()).ifPresent(captured::add);
        }
        if (captured.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> live = new HashMap<>();
        for (CitedPage page : pages) {
            PageDigest digest = page.live().orElseThrow();
            PageLanguage.of(digest.title(), digest.heading(), digest.text())
                    .ifPresent(language -> live.merge(language, 1, Integer::sum));
        }
        Optional<Map.Entry<String, Integer>> main = live.entrySet().stream().max(Map.Entry.comparingByValue());
        if (main.isEmpty()
                || main.get().getValue() * 2 < pages.size()
                || captured.contains(main.get().getKey())) {
            return Optional.empty();
        }
        return Optional.of("live pages in " + main.get().getKey() + ", every capture in "
                + String.join("/", new java.util.TreeSet<>(captured)));
    }

    private Optional<String> samePage(List<CitedPage> pages) {
        Set<String> urls = new HashSet<>();
        Set<String> shown = new HashSet<>();
        Set<String> citedTitles = new HashSet<>();
        for (CitedPage page : pages) {
            urls.add(page.linkUrl());
            PageDigest live = page.live().orElseThrow();
            shown.add(TitleSimilarity.fold(live.title()).strip() + "\n"
                    + TitleSimilarity.fold(live.heading()).strip());
            if (page.hasTitle()) {
                citedTitles.add(TitleSimilarity.fold(page.citedTitle()).strip());
            }
        }
        if (urls.size() < settings.samePageMinPaths() || shown.size() != 1 || citedTitles.size() < 2) {
            return Optional.empty();
        }
        String only = shown.iterator().next();
        if (only.isBlank()) {
            return Optional.empty();
        }
        return Optional.of("all " + urls.size() + " cited paths show the same page \""
                + pages.get(0).liveTitle() + "\"");
    }

    /** A phrase as a pattern; whole words where it begins or ends with a letter of an alphabet. */
    private static Pattern phrase(String text) {
        String folded = TitleSimilarity.fold(text).strip();
        boolean wordStart = !folded.isEmpty() && isAlphabetic(folded.codePointAt(0));
        boolean wordEnd = !folded.isEmpty() && isAlphabetic(folded.codePointBefore(folded.length()));
        return Pattern.compile((wordStart ? "(?<![\\p{L}\\p{N}])" : "")
                + Pattern.quote(folded)
                + (wordEnd ? "(?![\\p{L}\\p{N}])" : ""));
    }

    private static boolean isAlphabetic(int c) {
        return Character.isLetterOrDigit(c) && !TitleSimilarity.isCjk(c);
    }
}
