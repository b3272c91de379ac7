package org.citewatch.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16: a page is decoded as jsoup decodes it, though jsoup's detection is not used. */
class PageCharsetTest {

    private static final String TEXT = "Caf\u00e9 \u00e0 la cr\u00e8me, \u00e9t\u00e9";

    @ParameterizedTest(name = "{0}: bytes in {1}, declared {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // no declared charset: a meta tag names it, as charset or in http-equiv
                "<meta charset=\"windows-1252\"> | windows-1252 | - | false",
                "<meta charset='ISO-8859-1'> | ISO-8859-1 | - | false",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"> | windows-1252 | - | false",
                "<META HTTP-EQUIV=content-type CONTENT='text/html;charset=\"iso-8859-15\"'> | ISO-8859-15 | - | false",
                "<meta http-equiv=content-type content=text/html><meta charset=windows-1252> | windows-1252 | - | false",
                // an unknown or empty name reads as UTF-8, as does a page without one
                "<meta charset=\"klingon\"> | UTF-8 | - | false",
                "<meta charset=\"\"><meta charset=windows-1252> | UTF-8 | - | false",
                "<p>no meta</p> | UTF-8 | - | false",
                "<meta name=viewport content=width=device-width> | UTF-8 | - | false",
                // an XML declaration, when no meta names one
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>x</p> | ISO-8859-1 | - | false",
                // the server's charset wins over the page's meta tag
                "<meta charset=windows-1252> | UTF-8 | UTF-8 | false",
                "<meta charset=utf-8> | windows-1252 | windows-1252 | false",
                // a byte-order mark wins over both
                "<meta charset=windows-1252> | UTF-8 | windows-1252 | true",
                "<p>x</p> | UTF-16LE | - | true",
                "<p>x</p> | UTF-16BE | ISO-8859-1 | true",
            })
    void decodesAsJsoupDoes(String head, String encoding, String declared, boolean bom) throws IOException {
        byte[] html = page(head, Charset.forName(encoding), bom);

        Document jsoup = Jsoup.parse(new ByteArrayInputStream(html), declared, "");
        Document ours = Parser.htmlParser()
                .parseInput(PageCharset.of(html, html.length, declared).reader(html, html.length), "");

        assertThat(ours.text()).isEqualTo(jsoup.text()).contains(declared == null || bom ? TEXT : "");
    }

    @ParameterizedTest(name = "meta at byte {0}")
    @CsvSource({"5000, windows-1252", "5200, UTF-8"})
    void looksForTheMetaTagInTheFirst5120BytesOnly(int at, String expected) throws IOException {
        String head = "<!-- " + "x".repeat(at - 5) + " --><meta charset=windows-1252>";
        byte[] html = page(head, Charset.forName("windows-1252"), false);

        assertThat(PageCharset.sniff(html, html.length)).isEqualTo(Charset.forName(expected));
        assertThat(Jsoup.parse(new ByteArrayInputStream(html), null, "").charset())
                .isEqualTo(Charset.forName(expected));
    }

    private static byte[] page(String head, Charset charset, boolean bom) {
        // an XML declaration counts only where it belongs, before everything else
        String html = head.startsWith("<?xml")
                ? head + "<html><body><p>" + TEXT + "</p></body></html>"
                : "<html><head>" + head + "</head><body><p>" + TEXT + "</p></body></html>";
        byte[] bytes = html.getBytes(charset);
        if (!bom) {
            return bytes;
        }
        byte[] mark = charset == StandardCharsets.UTF_8
                ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : charset == StandardCharsets.UTF_16LE
                        ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                        : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] marked = new byte[mark.length + bytes.length];
        System.arraycopy(mark, 0, marked, 0, mark.length);
        System.arraycopy(bytes, 0, marked, mark.length, bytes.length);
        return marked;
    }
}
