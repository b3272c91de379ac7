package org.citewatch.extract;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * Writes dumps shaped like Wikimedia's {@code pages-articles-multistream.xml.bz2}: a first bzip2
 * stream holding the {@code <mediawiki><siteinfo>} header, then one stream per {@code pagesPerStream}
 * pages, then one holding the closing tag; and its index, lines {@code offset:pageid:title}.
 */
final class MultistreamDump {

    static final String HEADER = """
            <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">
              <siteinfo>
                <sitename>Benchpedia</sitename>
                <namespaces><namespace key="0" case="first-letter" /></namespaces>
              </siteinfo>
            """;

    static final String FOOTER = "</mediawiki>\n";

    private MultistreamDump() {}

    /** One page element, its title and text escaped for XML. */
    static String page(long id, String title, String text) {
        return """
                  <page>
                    <title>%s</title>
                    <ns>0</ns>
                    <id>%d</id>
                    <revision>
                      <id>%d</id>
                      <model>wikitext</model>
                      <format>text/x-wiki</format>
                      <text bytes="%d" xml:space="preserve">%s</text>
                    </revision>
                  </page>
                """.formatted(escape(title), id, id * 10, text.length(), escape(text));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** The bytes of one bzip2 stream holding {@code xml}. */
    static byte[] stream(String xml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(xml.length() / 3);
        try (OutputStream out = new BZip2CompressorOutputStream(bytes)) {
            out.write(xml.getBytes(UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One index line per page of a stream starting at {@code offset}. */
    static void index(StringBuilder index, long offset, List<Long> ids, List<String> titles) {
        for (int i = 0; i < ids.size(); i++) {
            index.append(offset)
                    .append(':')
                    .append(ids.get(i))
                    .append(':')
                    .append(titles.get(i))
                    .append('\n');
        }
    }
}
