package org.citewatch.check;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;

/**
 * Recognises a deep link whose redirects ended on a site's home page, wherever that home page
 * lives ({@code /}, {@code /eng/index.do}, {@code /portal/site/main}, the root of another domain
 * after a merger or rebranding): the cited page is gone and the site shows its front page instead.
 *
 * <p>The evidence, cheapest first: the shape of the landing URL (the root, a home file, a language
 * section's home); the landing page's own {@code <link rel=canonical>} naming a home page; and, for
 * a shallow landing URL only, what the landing host's root answers ({@link RootProbe}, one request
 * per host per run): the root redirects to the landing URL, or serves the same page (same
 * canonical URL, or same title, headings and opening text).
 *
 * <p>Never dead by this rule: a link that was itself a home page, a redirect to the same page under
 * another spelling, a link from a redirect service (a shortener may well point at a home page), and
 * a landing URL that is deep (an article that moved, {@code /index.php?title=X}, {@code /?p=123}).
 */
final class HomeRedirectJudge {

    private final RootProbe probe;
    private final Set<String> redirectServices;

    HomeRedirectJudge(RootProbe probe, List<String> redirectServices) {
        this.probe = probe;
        this.redirectServices =
                Set.copyOf(redirectServices.stream().map(HomeShapes::bareHost).toList());
    }

    /**
     * @param original the URL checked
     * @param target where its redirects ended, with a 2xx answer
     * @param page the landing page's sample, empty when it was not HTML
     * @return the DEAD judgement when the landing page is a home page; empty otherwise. Never fails.
     */
    CompletableFuture<Optional<Judgement>> judge(HttpUrl original, HttpUrl target, Optional<PageSample> page) {
        if (original.equals(target)
                || !HomeShapes.isDeep(original)
                || HomeShapes.samePage(original, target)
                || HomeShapes.hostIn(original.host(), redirectServices)) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        if (HomeShapes.isHome(target)) {
            return home(target, "a home page by its address");
        }
        if (!HomeShapes.isShallow(target)) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Optional<HttpUrl> canonical = page.flatMap(p -> url(p.canonical()));
        if (canonical.isPresent() && HomeShapes.isHome(canonical.get())) {
            return home(target, "its canonical URL is the home page " + canonical.get());
        }
        return probe.root(target).thenApply(root -> byRoot(target, page, root));
    }

    private static Optional<Judgement> byRoot(HttpUrl target, Optional<PageSample> page, RootProbe.Answer root) {
        if (root instanceof RootProbe.Redirect redirect && HomeShapes.samePage(redirect.home(), target)) {
            return dead(target, "the site's root redirects there");
        }
        if (root instanceof RootProbe.Page rootPage && page.isPresent()) {
            PageSample landed = page.get();
            boolean sameCanonical = url(rootPage.canonical())
                            .map(c -> HomeShapes.samePage(c, target))
                            .orElse(false)
                    || url(landed.canonical())
                            .map(c -> HomeShapes.samePage(c, rootPage.url())
                                    || url(rootPage.canonical())
                                            .map(rc -> HomeShapes.samePage(c, rc))
                                            .orElse(false))
                            .orElse(false);
            if (sameCanonical) {
                return dead(target, "it and the site's root have the same canonical URL");
            }
            if (samePage(rootPage, landed)) {
                return dead(target, "the site's root serves the same page (title \"" + landed.rawTitle() + "\")");
            }
        }
        return Optional.empty();
    }

    /** Same title, headings and opening text as the root page: the home page under another address. */
    private static boolean samePage(RootProbe.Page root, PageSample landed) {
        String text = landed.text();
        String start = text.substring(0, Math.min(RootProbe.TEXT_COMPARED, text.length()));
        return !root.title().isEmpty()
                && root.title().equals(landed.title())
                && root.headings().equals(landed.headings())
                && root.textStart().equals(start);
    }

    private static CompletableFuture<Optional<Judgement>> home(HttpUrl target, String why) {
        return CompletableFuture.completedFuture(dead(target, why));
    }

    private static Optional<Judgement> dead(HttpUrl target, String why) {
        return Optional.of(new Judgement(
                Verdict.DEAD, Reason.REDIRECT_TO_HOME, "redirected to the home page " + target + ": " + why));
    }

    private static Optional<HttpUrl> url(String s) {
        return s == null || s.isEmpty() ? Optional.empty() : Optional.ofNullable(HttpUrl.parse(s));
    }
}
