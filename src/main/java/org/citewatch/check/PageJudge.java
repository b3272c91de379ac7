package org.citewatch.check;

import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Judges a 2xx answer by the page and its address: alive, or a soft 404 or a parked domain. Whether
 * a redirect ended on a home page is {@link HomeRedirectJudge}'s question, asked after this one.
 */
final class PageJudge {

    private final Soft404Detector soft404;
    private final ParkedDomainDetector parked;

    PageJudge(Soft404Detector soft404, ParkedDomainDetector parked) {
        this.soft404 = soft404;
        this.parked = parked;
    }

    static PageJudge from(CheckProperties p) {
        return new PageJudge(
                new Soft404Detector(p.soft404Phrases(), p.soft404Titles(), p.errorUrlPatterns(), p.shortPageChars()),
                new ParkedDomainDetector(p.parkedPhrases(), p.parkedMarkers(), p.shortPageChars()));
    }

    /**
     * @param original the URL checked
     * @param target the URL the redirects ended at ({@code original} without redirects)
     * @param page the sampled HTML, empty for other content
     */
    Judgement judge(HttpUrl original, HttpUrl target, Optional<PageSample> page) {
        boolean redirected = !original.equals(target);
        if (redirected) {
            Optional<String> errorPage = soft404.byRedirectTarget(original, target);
            if (errorPage.isPresent()) {
                return new Judgement(Verdict.DEAD, Reason.SOFT_404, errorPage.get());
            }
        }
        if (page.isPresent()) {
            Optional<String> parking = parked.detect(page.get());
            if (parking.isPresent()) {
                return new Judgement(Verdict.DEAD, Reason.PARKED_DOMAIN, parking.get());
            }
            Optional<String> notFound = soft404.byContent(page.get());
            if (notFound.isPresent()) {
                return new Judgement(Verdict.DEAD, Reason.SOFT_404, notFound.get());
            }
        }
        String title = page.map(PageSample::rawTitle).filter(t -> !t.isEmpty()).orElse(null);
        return new Judgement(Verdict.ALIVE, redirected ? Reason.REDIRECTED : Reason.OK, title);
    }
}
