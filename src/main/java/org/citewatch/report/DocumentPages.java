package org.citewatch.report;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The file name of each document's page in the {@value #FOLDER} folder beside report.html: the
 * document's last path segment, kept to letters (any script: a zh title stays readable), digits,
 * {@code -} and {@code _}, cut to {@value #MAX_SLUG} characters, then a hash of the whole name.
 *
 * <p>Safe on every common file system: no separators, no {@code : * ? " < > |}, no control
 * characters, no leading dot, no trailing dot or space, no reserved Windows device name (the hash
 * suffix makes {@code CON} into {@code CON-1a2b...}), at most ~200 bytes of UTF-8. Unique even on
 * case-insensitive file systems: names are compared ignoring case, and a clash gets a longer hash.
 * The same document always gets the same name, so links to a page survive the next run.
 */
final class DocumentPages {

    /** The folder of the document pages, beside report.html. */
    static final String FOLDER = "report";

    /** Characters of the document's name kept in the file name (letters of CJK scripts take 3 bytes). */
    static final int MAX_SLUG = 48;

    /**
     * Citations on one page: a document with more is split over several pages, problems first. 500
     * rows are about 0.5 MB of HTML, which headless Chromium on a busy two-core machine parses and
     * lays out in well under a second; the largest articles cite 2,000 to 3,000 sources.
     */
    static final int ROWS_PER_PAGE = 500;

    /** Hex digits of the name's hash: 10 make a clash between two documents of a run very unlikely. */
    private static final int HASH_DIGITS = 10;

    private final Map<String, String> fileNames;

    private DocumentPages(Map<String, String> fileNames) {
        this.fileNames = fileNames;
    }

    /** Names a page for each document, in the given order. */
    static DocumentPages of(Iterable<String> documents) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String document : documents) {
            String slug = slug(document);
            String hash = HexFormat.of().formatHex(Sha256.of(document));
            int digits = HASH_DIGITS;
            String name = slug + "-" + hash.substring(0, digits) + ".html";
            while (!taken.add(name.toLowerCase(Locale.ROOT))) {
                digits++;
                name = slug + "-" + hash.substring(0, Math.min(digits, hash.length())) + ".html";
            }
            names.put(document, name);
        }
        return new DocumentPages(names);
    }

    /** The page's file name, e.g. {@code Seoul-wiki-1a2b3c4d5e.html}. */
    String fileName(String document) {
        return Objects.requireNonNull(fileNames.get(document), () -> "no page for " + document);
    }

    /**
     * The file name of a page of the document: the first is {@link #fileName}, the next ones add
     * their number ({@code Seoul-wiki-1a2b3c4d5e-2.html}; the hash never ends in {@code -n}, so these
     * never clash with another document's first page).
     */
    String fileName(String document, int page) {
        String first = fileName(document);
        return page == 0 ? first : first.substring(0, first.length() - ".html".length()) + "-" + (page + 1) + ".html";
    }

    /** How many pages a document of {@code rows} citations takes. */
    static int pageCount(int rows) {
        return Math.max(1, (rows + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
    }

    /** The link from report.html to the document's first page: the folder and the percent-encoded file name. */
    String hrefFromIndex(String document) {
        return hrefFromIndex(document, 0);
    }

    String hrefFromIndex(String document, int page) {
        return FOLDER + "/" + hrefFromPage(document, page);
    }

    /** The link from one of the document's pages to another: the percent-encoded file name. */
    String hrefFromPage(String document, int page) {
        return percentEncode(fileName(document, page));
    }

    static String slug(String document) {
        String name = Normalizer.normalize(document, Normalizer.Form.NFC);
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String last = name.substring(cut + 1);
        StringBuilder slug = new StringBuilder();
        int kept = 0;
        boolean dash = false;
        for (int i = 0; i < last.length() && kept < MAX_SLUG; ) {
            int c = last.codePointAt(i);
            i += Character.charCount(c);
            if (keeps(c)) {
                slug.appendCodePoint(c);
                dash = false;
            } else if (!dash && slug.length() > 0) {
                slug.append('-');
                dash = true;
            } else {
                continue;
            }
            kept++;
        }
        while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.length() == 0 ? "document" : slug.toString();
    }

    private static boolean keeps(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static String percentEncode(String fileName) {
        StringBuilder out = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80) {
                out.append((char) c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            }
        }
        return out.toString();
    }
}
