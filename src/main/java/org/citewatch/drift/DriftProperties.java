package org.citewatch.drift;

import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the drift step ({@code citewatch.drift.*}); the defaults equal config/application.yml,
 * which says why each is what it is. docs/drift.md explains the rules.
 *
 * @param enabled whether the drift step looks at ALIVE links at all
 * @param maxLiveSimilarity at most this similarity (0 to 1) between the cited title and the live
 *     title or heading is "shares almost nothing"
 * @param minCaptureSimilarity at least this similarity between the cited title and the capture's
 *     title or heading is "the capture shows the cited page"; a live page at least this similar to its
 *     cited title also shows that its host still holds its pages
 * @param treatAsDead report and gate flagged links as DEAD (reason CONTENT_CHANGED or USURPED)
 *     instead of as problems of their own
 * @param samePageMinPaths distinct cited URLs of a host that must all show one and the same page
 *     before that counts as a sign of a new owner
 * @param usurperPhrases phrases (folded: lower case, no accents) of gambling, adult, domain-sale and
 *     content-farm pages
 */
@ConfigurationProperties("citewatch.drift")
public record DriftProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0.2") double maxLiveSimilarity,
        @DefaultValue("0.5") double minCaptureSimilarity,
        @DefaultValue("false") boolean treatAsDead,
        @DefaultValue("3") int samePageMinPaths,

        @DefaultValue({
            "casino",
            "slot gacor",
            "judi online",
            "judi slot",
            "situs slot",
            "togel",
            "sportsbook",
            "poker online",
            "baccarat",
            "betting",
            "赌场",
            "博彩",
            "娱乐城",
            "百家乐",
            "カジノ",
            "porn",
            "xxx",
            "sex cams",
            "escort service",
            "adult dating",
            "domain is for sale",
            "domain may be for sale",
            "buy this domain",
            "domain for sale",
            "affiliate disclosure",
            "we may earn a commission"
        })
        List<String> usurperPhrases) {

    public DriftProperties {
        if (!(maxLiveSimilarity >= 0 && maxLiveSimilarity < minCaptureSimilarity && minCaptureSimilarity <= 1)) {
            throw new IllegalArgumentException("citewatch.drift: need 0 <= max-live-similarity"
                    + " < min-capture-similarity <= 1, not " + maxLiveSimilarity + " and " + minCaptureSimilarity);
        }
        if (samePageMinPaths < 2) {
            throw new IllegalArgumentException("citewatch.drift.same-page-min-paths must be at least 2");
        }
        usurperPhrases = List.copyOf(Objects.requireNonNull(usurperPhrases, "usurperPhrases"));
    }
}
