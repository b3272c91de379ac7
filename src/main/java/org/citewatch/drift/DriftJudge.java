package org.citewatch.drift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.citewatch.archive.CapturedPage;

/**
 * Decides what the citations of one host's ALIVE links need: USURPED for all of them when the host
 * changed hands ({@link UsurpedHostRule}), otherwise CONTENT_CHANGED for each citation whose live page
 * shares almost nothing with its title while the capture from its time does. No capture, no flag: a
 * citation whose title an editor paraphrased, or a page that never had the cited title, is not
 * accused.
 *
 * <p>Budget: a capture is asked for only for a candidate (a citation whose live title and heading share
 * almost nothing with its title), once. Stateless and thread-safe.
 */
final class DriftJudge {

    private final DriftProperties settings;
    private final UsurpedHostRule usurped;

    DriftJudge(DriftProperties settings) {
        this.settings = settings;
        this.usurped = new UsurpedHostRule(settings);
    }

    /**
     * @param pages the citations of one host's ALIVE links
     * @param captures reads the capture of a candidate citation (its own archive, or the snapshot the
     *     archive step chose); empty when it has none or it could not be read
     * @return the findings, by citation id
     */
    Map<Long, DriftFinding> judge(List<CitedPage> pages, Function<CitedPage, Optional<CapturedPage>> captures) {
        Map<Long, CapturedPage> read = new LinkedHashMap<>();
        List<CitedPage> candidates = new ArrayList<>();
        for (CitedPage page : pages) {
            OptionalDouble live = UsurpedHostRule.liveSimilarity(page);
            if (live.isPresent() && live.getAsDouble() <= settings.maxLiveSimilarity()) {
                candidates.add(page);
                captures.apply(page).ifPresent(capture -> read.put(page.citationId(), capture));
            }
        }
        Map<Long, DriftFinding> findings = new LinkedHashMap<>();
        Optional<String> newOwner = candidates.isEmpty() ? Optional.empty() : usurped.judge(pages, read);
        if (newOwner.isPresent()) {
            for (CitedPage page : pages) {
                findings.put(
                        page.citationId(),
                        finding(
                                DriftKind.USURPED,
                                page,
                                read.get(page.citationId()),
                                "the host changed hands: " + newOwner.get()));
            }
            return findings;
        }
        for (CitedPage page : candidates) {
            CapturedPage capture = read.get(page.citationId());
            if (capture == null) {
                continue;
            }
            OptionalDouble then = UsurpedHostRule.best(
                    TitleSimilarity.of(page.citedTitle(), capture.title()),
                    TitleSimilarity.of(page.citedTitle(), capture.heading()));
            if (then.isPresent() && then.getAsDouble() >= settings.minCaptureSimilarity()) {
                findings.put(
                        page.citationId(),
                        finding(
                                DriftKind.CONTENT_CHANGED,
                                page,
                                capture,
                                "the live page shares almost nothing with the cited title, the capture of "
                                        + capture.capturedAt().toString().substring(0, 10) + " does"));
            }
        }
        return findings;
    }

    private DriftFinding finding(DriftKind kind, CitedPage page, CapturedPage capture, String evidence) {
        return new DriftFinding(
                kind,
                page.citedTitle(),
                page.liveTitle(),
                capture == null ? null : captureTitle(capture),
                capture == null ? null : capture.url(),
                capture == null ? null : capture.capturedAt(),
                evidence,
                settings.treatAsDead());
    }

    private static String captureTitle(CapturedPage capture) {
        return capture.title().isBlank() ? capture.heading() : capture.title();
    }
}
