package org.citewatch.extract;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the cited URLs of a wikitext document as an editor would count them: citation templates'
 * URL parameters, bracketed and bare links, URL templates and infobox URL parameters, with the
 * dead-link tags, archive copies, dates and ref names that go with them. See
 * docs/extract-wikitext.md for the rules.
 *
 * <p>Thread-safe and stateless between documents. Malformed wikitext (unclosed braces, refs,
 * comments, unparseable dates) gives warnings in the {@link Extraction}, never an exception.
 */
public final class WikitextCitationExtractor implements CitationExtractor {

    private static final Logger log = LoggerFactory.getLogger(WikitextCitationExtractor.class);

    private final TemplateKinds kinds;
    private final Masker masker;

    public WikitextCitationExtractor(ExtractProperties properties) {
        this.kinds = new TemplateKinds(properties);
        this.masker = new Masker(properties.ignoredTags());
    }

    /**
     * @param document a document of format {@link DocumentFormat#WIKITEXT}
     * @throws IllegalArgumentException for a document of another format (a wiring bug)
     */
    @Override
    public Extraction extract(Document document) {
        if (document.format() != DocumentFormat.WIKITEXT) {
            throw new IllegalArgumentException("not wikitext: " + document.name() + " is " + document.format());
        }
        String text = document.text();
        WarningLog warnings = new WarningLog();
        RefIndex refs = new RefIndex();
        char[] masked = masker.mask(text, refs, warnings);
        CitationCollector collector = new CitationCollector(masked);
        try {
            new WikitextScanner(text, masked, refs, kinds, collector, warnings).scanDocument();
        } catch (RuntimeException bug) {
            // A parser bug must not end a run over millions of pages: keep what was found, say where.
            log.error("extraction of {} failed", document.name(), bug);
            warnings.warn(0, "extraction stopped early by an internal error: " + bug);
        }
        LineIndex lines = new LineIndex(text, document.firstLine());
        List<Citation> citations = collector.build(document.name(), lines);
        return new Extraction(citations, warnings.toErrors(document.name(), lines));
    }
}
