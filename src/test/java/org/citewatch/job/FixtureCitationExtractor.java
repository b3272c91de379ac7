package org.citewatch.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDate;
import org.citewatch.extract.CitationExtractor;
import org.citewatch.extract.DeadLinkTag;
import org.citewatch.extract.Document;
import org.citewatch.extract.Extraction;

/**
 * Test double of the extraction feature: one citation per URL, {@code access-date=} and
 * {@code {{dead link}}} on the same line; a document whose text holds {@code FAIL-EXTRACTION}
 * throws, as a parser bug would.
 */
final class FixtureCitationExtractor implements CitationExtractor {

    private static final Pattern URL = Pattern.compile("https?://[^\\s|\\]}<]+");
    private static final Pattern ACCESS_DATE = Pattern.compile("access-date=(\\d{4}-\\d{2}-\\d{2})");

    @Override
    public Extraction extract(Document document) {
        if (document.text().contains("FAIL-EXTRACTION")) {
            throw new IllegalStateException("parser failure in " + document.name());
        }
        List<Citation> citations = new ArrayList<>();
        String[] lines = document.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher access = ACCESS_DATE.matcher(line);
            CitationDate accessDate = access.find()
                    ? new CitationDate(access.group(1), LocalDate.parse(access.group(1)), CitationDate.Precision.DAY)
                    : null;
            boolean dead = line.contains("{{dead link");
            Matcher url = URL.matcher(line);
            while (url.find()) {
                citations.add(new Citation(
                        document.name(),
                        i + 1,
                        url.start() + 1,
                        url.group(),
                        url.group(),
                        line.contains("{{cite") ? "cite web" : "bare",
                        line.contains("{{cite") ? "url" : null,
                        null,
                        null,
                        null,
                        accessDate,
                        dead,
                        null,
                        dead ? new DeadLinkTag("dead link", null, "InternetArchiveBot", null) : null,
                        null,
                        1,
                        null));
            }
        }
        return new Extraction(citations, List.of());
    }
}
