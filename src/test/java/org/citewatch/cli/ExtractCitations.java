package org.citewatch.cli;

import java.time.LocalDate;
import java.util.List;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDate;
import org.citewatch.extract.DeadLinkTag;

/** Test helper: citations as the extractors make them. */
final class ExtractCitations {

    /** The keys of a JSON line, in order, as the issue and docs/extract-inputs.md name them. */
    static final List<String> KEYS = List.of(
            "document",
            "line",
            "column",
            "url",
            "normalizedUrl",
            "template",
            "param",
            "title",
            "archiveUrl",
            "archiveDate",
            "accessDate",
            "markedDead",
            "deadLinkTag",
            "refName",
            "date");

    private ExtractCitations() {}

    static Citation link(String document, int line, String url) {
        return new Citation(
                document, line, 1, url, url, "bare", null, null, null, null, null, false, null, null, null, 1, null,
                null);
    }

    static Citation skipped(String document, String url) {
        return new Citation(
                document,
                1,
                1,
                url,
                url,
                "bare",
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                1,
                "UNSUPPORTED_SCHEME",
                null);
    }

    /** A {{cite web}} in a ref, marked dead by a tag, with an archive: every field set. */
    static Citation deadCiteWeb() {
        return new Citation(
                "pages/Seoul.wiki",
                12,
                34,
                "http://www.mofa.go.kr/eng/",
                "http://www.mofa.go.kr/eng/",
                "cite web",
                "url",
                "Ministry of Foreign Affairs",
                "https://web.archive.org/web/20090530000000/http://www.mofa.go.kr/eng/",
                new CitationDate("2009年3月27日", LocalDate.of(2009, 3, 27), CitationDate.Precision.DAY),
                CitationDate.unparsed("sometime in 2009"),
                true,
                null,
                new DeadLinkTag(
                        "死链",
                        new CitationDate("2018年6月", LocalDate.of(2018, 6, 1), CitationDate.Precision.MONTH),
                        "InternetArchiveBot",
                        "yes"),
                "mofa",
                2,
                null,
                new CitationDate("2008-04-01", LocalDate.of(2008, 4, 1), CitationDate.Precision.DAY));
    }
}
