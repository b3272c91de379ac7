package org.citewatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages of one MediaWiki XML export or dump (any export schema version), read one at a time so
 * that only the current page is in memory.
 *
 * <p>Each page kept becomes a wikitext {@link Document} named by its title, with the id of its last
 * revision (a full-history dump keeps only the newest text). Pages outside the wanted namespaces,
 * redirects (unless configured otherwise) and pages whose content model is not wikitext are passed
 * over. A page without a title or with too large a text is reported and passed over; an XML error
 * (malformed, truncated, a DTD entity) is reported with the page and line where it was found and
 * ends this file, the pages before it having been read.
 */
final class DumpPageReader implements Iterator<Document>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DumpPageReader.class);

    /** Past this, the reused text buffer is dropped after a page so one huge page does not pin it. */
    private static final int RETAINED_BUFFER_CHARS = 1 << 20;

    /** The root element of every export schema version. */
    private static final String ROOT = "mediawiki";

    private final String file;
    private final InputStream input;
    private final XMLInputFactory factory;
    private final InputProperties settings;
    private final Consumer<DocumentError> errors;
    private final String defaultLanguage;

    private XMLStreamReader xml;
    /** What the export says of its language; see {@link SiteLanguage}. */
    private String xmlLang;

    private String language;
    private Document next;
    private boolean finished;
    private StringBuilder text = new StringBuilder();
    private String pageTitle;

    /**
     * @param file the dump's name as given, for documents and errors
     * @param input the (decompressed) XML; closed by {@link #close()}
     * @param defaultLanguage the pages' language when the export names none, or {@code null}
     */
    DumpPageReader(
            String file,
            InputStream input,
            XMLInputFactory factory,
            InputProperties settings,
            Consumer<DocumentError> errors,
            String defaultLanguage) {
        this.file = file;
        this.defaultLanguage = defaultLanguage;
        this.language = defaultLanguage;
        this.input = input;
        this.factory = factory;
        this.settings = settings;
        this.errors = errors;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            next = readNextPage();
        }
        return next != null;
    }

    @Override
    public Document next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Document page = next;
        next = null;
        return page;
    }

    /** The next page kept, or {@code null} when the page read was passed over or the file ended. */
    private Document readNextPage() {
        pageTitle = null;
        try {
            if (xml == null) {
                xml = factory.createXMLStreamReader(input);
                if (!startsAsExport()) {
                    return null;
                }
            }
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "page".equals(xml.getLocalName())) {
                    return readPage();
                }
                if (xml.isStartElement() && "siteinfo".equals(xml.getLocalName())) {
                    readSiteInfo();
                }
            }
            finish();
        } catch (XMLStreamException e) {
            report(lineOf(e), XmlErrors.describe(e));
            finish();
        }
        return null;
    }

    /** Whether the root element is {@code <mediawiki>}; reports the file and ends it if not. */
    private boolean startsAsExport() throws XMLStreamException {
        while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog: declaration, comments, whitespace
        }
        if (xml.isStartElement() && ROOT.equals(xml.getLocalName())) {
            xmlLang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            String fromRoot = SiteLanguage.of(null, null, xmlLang);
            language = fromRoot != null ? fromRoot : defaultLanguage;
            return true;
        }
        String found = xml.isStartElement() ? "<" + xml.getLocalName() + ">" : "no element";
        report(xml.getLocation().getLineNumber(), "not a MediaWiki export (root element " + found + ")");
        finish();
        return false;
    }

    /** {@code <siteinfo>}: its {@code <dbname>} and {@code <base>} name the wiki and so its language. */
    private void readSiteInfo() throws XMLStreamException {
        String dbname = null;
        String base = null;
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "dbname" -> dbname = xml.getElementText();
                case "base" -> base = xml.getElementText();
                default -> skipElement();
            }
        }
        String named = SiteLanguage.of(dbname, base, xmlLang);
        language = named != null ? named : defaultLanguage;
    }

    private Document readPage() throws XMLStreamException {
        int pageLine = xml.getLocation().getLineNumber();
        DumpPage page = new DumpPage();
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "title" -> {
                    page.title = xml.getElementText().strip();
                    pageTitle = page.title;
                }
                case "ns" -> page.namespace = xml.getElementText().strip();
                case "redirect" -> {
                    page.redirect = true;
                    skipElement();
                }
                case "revision" -> readRevision(page);
                default -> skipElement();
            }
        }
        return keep(page, pageLine);
    }

    private Document keep(DumpPage page, int pageLine) {
        if (page.title == null || page.title.isEmpty()) {
            report(pageLine, "page without a title; skipped");
            return null;
        }
        if (!page.wanted(settings)) {
            log.debug("{} > {}: skipped (namespace {}, redirect {})", file, page.title, page.namespace, page.redirect);
            return null;
        }
        if (page.model != null && !"wikitext".equals(page.model)) {
            log.debug("{} > {}: skipped (content model {})", file, page.title, page.model);
            return null;
        }
        if (page.tooLarge) {
            report(
                    pageLine,
                    "page text larger than citewatch.input.max-document-size (" + settings.maxDocumentSize()
                            + "); skipped");
            return null;
        }
        if (!page.hasText) {
            return null;
        }
        String content = text.toString();
        if (text.capacity() > RETAINED_BUFFER_CHARS) {
            text = new StringBuilder();
        }
        return new Document(page.title, file, page.revisionId, DocumentFormat.WIKITEXT, content, 1, language, null);
    }

    private void readRevision(DumpPage page) throws XMLStreamException {
        // <ns> and <redirect> come before <revision>: a page not wanted has its text skipped unread
        boolean keepText = page.wanted(settings);
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "id" -> page.revisionId = parseRevisionId(xml.getElementText());
                case "model" -> page.model = xml.getElementText().strip();
                case "text" -> {
                    if (keepText) {
                        page.tooLarge = !readText();
                        page.hasText = true;
                    } else {
                        skipElement();
                    }
                }
                default -> skipElement();
            }
        }
    }

    /** Reads a text element into {@link #text}; {@code false} when it is over the size limit. */
    private boolean readText() throws XMLStreamException {
        text.setLength(0);
        return readToEnd(settings.maxDocumentSize().toBytes());
    }

    private void skipElement() throws XMLStreamException {
        readToEnd(-1);
    }

    /**
     * Reads to the end of the current element, appending its character data to {@link #text} while
     * it stays within {@code limit} characters (none when negative); {@code false} when it did not.
     */
    private boolean readToEnd(long limit) throws XMLStreamException {
        boolean withinLimit = limit >= 0;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (withinLimit && isCharacters(event)) {
                int length = xml.getTextLength();
                if (text.length() + (long) length > limit) {
                    withinLimit = false;
                    text.setLength(0);
                } else {
                    text.append(xml.getTextCharacters(), xml.getTextStart(), length);
                }
            }
        }
        return withinLimit;
    }

    private static boolean isCharacters(int event) {
        return event == XMLStreamConstants.CHARACTERS
                || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    private static Long parseRevisionId(String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int lineOf(XMLStreamException e) {
        Location location = e.getLocation();
        if (location == null && xml != null) {
            location = xml.getLocation();
        }
        return location == null ? 0 : Math.max(0, location.getLineNumber());
    }

    private void report(int line, String message) {
        String where = pageTitle == null ? file : file + " > " + pageTitle;
        errors.accept(new DocumentError(where, line, message));
    }

    private void finish() {
        finished = true;
        close();
    }

    @Override
    public void close() {
        finished = true;
        try {
            if (xml != null) {
                xml.close();
            }
        } catch (XMLStreamException e) {
            log.debug("closing {}", file, e);
        }
        try {
            input.close();
        } catch (IOException e) {
            log.debug("closing {}", file, e);
        }
    }
}
