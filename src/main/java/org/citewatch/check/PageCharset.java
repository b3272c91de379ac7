package org.citewatch.check;

import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * How to read the bytes of an HTML page the way {@code Jsoup.parse(InputStream, charset, baseUri)}
 * reads them, so that a streaming look sees the same characters a full parse did: a byte-order mark
 * wins; else the charset the server declared; else the first {@code <meta>} naming one within the
 * first {@value #SNIFFED_BYTES} bytes; else an XML declaration's encoding; else UTF-8.
 *
 * <p>jsoup's own detection is not public for an in-memory page (only for files and its own HTTP
 * responses), so its rules are repeated here; {@code PageCharsetTest} holds them against jsoup's.
 * Unlike jsoup, the look for the meta tag stops at the first one that names a charset instead of
 * building the whole DOM of the first bytes.
 *
 * @param charset the charset to decode with
 * @param skip bytes to skip first: a UTF-8 byte-order mark (Java's UTF-16 and UTF-32 decoders read
 *     theirs themselves)
 */
record PageCharset(Charset charset, int skip) {

    /** jsoup looks for a meta charset in this many bytes (its {@code firstReadBufferSize}). */
    static final int SNIFFED_BYTES = 5_120;

    private static final Evaluator META_CHARSET = QueryParser.parse("meta[http-equiv=content-type], meta[charset]");
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("(?i)\\bcharset=\\s*(?:[\"'])?([^\\s,;\"']*)");
    private static final Charset UTF_32 = Charset.forName("UTF-32");

    /**
     * @param html the page's bytes, possibly cut off
     * @param length how many of them to read
     * @param declared the charset the server declared, or {@code null}
     */
    static PageCharset of(byte[] html, int length, String declared) {
        Charset bom = byBom(html, length);
        if (bom == StandardCharsets.UTF_8) {
            return new PageCharset(bom, 3);
        }
        return new PageCharset(
                bom != null ? bom : declared != null ? Charset.forName(declared) : sniff(html, length), 0);
    }

    /**
     * The page's characters, decoded as the parser asks for them: a parse that stops early leaves
     * the rest of the bytes undecoded.
     */
    Reader reader(byte[] html, int length) {
        return new BytesReader(html, skip, length - skip, charset);
    }

    /** The charset a page without a declared one is read in (no byte-order mark). */
    static Charset sniff(byte[] html, int length) {
        String start = new String(html, 0, Math.min(length, SNIFFED_BYTES), StandardCharsets.UTF_8);
        try (StreamParser parser = new StreamParser(Parser.htmlParser()).parse(start, "")) {
            Document doc = parser.document();
            Iterator<Element> elements = parser.iterator();
            while (elements.hasNext()) {
                Element element = elements.next();
                if (META_CHARSET.matches(doc, element)) {
                    String named = named(element);
                    if (named != null) {
                        return supported(named);
                    }
                }
            }
            return supported(xmlEncoding(doc));
        }
    }

    /** The charset a {@code <meta>} names, as jsoup reads it. */
    private static String named(Element meta) {
        String found = null;
        if (meta.hasAttr("http-equiv")) {
            found = fromContentType(meta.attr("content"));
        }
        if (found == null && meta.hasAttr("charset")) {
            found = meta.attr("charset");
        }
        return found;
    }

    private static String xmlEncoding(Document doc) {
        if (doc.childNodeSize() == 0) {
            return null;
        }
        Node first = doc.childNode(0);
        XmlDeclaration declaration = null;
        if (first instanceof XmlDeclaration xml) {
            declaration = xml;
        } else if (first instanceof Comment comment && comment.isXmlDeclaration()) {
            declaration = comment.asXmlDeclaration();
        }
        return declaration != null && declaration.name().equalsIgnoreCase("xml") ? declaration.attr("encoding") : null;
    }

    /** A supported charset by that name (quotes and spaces dropped), else UTF-8. */
    private static Charset supported(String name) {
        String cleaned = name == null ? "" : name.trim().replaceAll("[\"']", "");
        if (cleaned.isEmpty()) {
            return StandardCharsets.UTF_8;
        }
        try {
            if (Charset.isSupported(cleaned)) {
                return Charset.forName(cleaned);
            }
            String upper = cleaned.toUpperCase(Locale.ENGLISH);
            if (Charset.isSupported(upper)) {
                return Charset.forName(upper);
            }
        } catch (IllegalCharsetNameException e) {
            // a page's typo is no reason to fail: read it as UTF-8, as jsoup does
        }
        return StandardCharsets.UTF_8;
    }

    /** The charset in {@code text/html; charset=...}, when it is a supported one. */
    private static String fromContentType(String contentType) {
        Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).trim().replace("charset=", "");
        if (name.isEmpty()) {
            return null;
        }
        try {
            if (Charset.isSupported(name)) {
                return name;
            }
            String upper = name.toUpperCase(Locale.ENGLISH);
            return Charset.isSupported(upper) ? upper : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    /** The charset a byte-order mark names, or {@code null}; tested in jsoup's order. */
    private static Charset byBom(byte[] html, int length) {
        // jsoup reads four bytes into a zeroed array: a shorter page is compared as if padded
        byte[] b = new byte[4];
        System.arraycopy(html, 0, b, 0, Math.min(4, length));
        if ((b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF)
                || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0)) {
            return UTF_32;
        }
        if ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)) {
            return StandardCharsets.UTF_16;
        }
        if (b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return StandardCharsets.UTF_8;
        }
        return null;
    }
}
