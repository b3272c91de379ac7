package org.citewatch.fix;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.citewatch.report.AtomicFile;

/**
 * Names and writes the patch files of a fix: {@code <document>.diff} and {@code <document>.wiki} per
 * page. A name becomes a file name by keeping letters, digits, {@code .}, {@code -} and {@code _}
 * (CJK titles stay readable) and turning the rest into {@code _}; names that would clash get a short
 * hash of the document name.
 */
final class FixFiles {

    /** Long titles stay well below the 255-byte file-name limit, even in 3-byte UTF-8 characters. */
    private static final int MAX_NAME_CHARS = 60;

    private static final String[] WIKITEXT_SUFFIXES = {".wiki", ".wikitext", ".mediawiki"};

    private FixFiles() {}

    /** A file name stem for each document, unique among them, in the order given. */
    static Map<String, String> stems(List<String> documents) {
        Map<String, String> stems = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String document : documents) {
            String stem = sanitize(document);
            if (!taken.add(stem.toLowerCase(Locale.ROOT))) {
                stem = stem + "-" + shortHash(document);
                taken.add(stem.toLowerCase(Locale.ROOT));
            }
            stems.put(document, stem);
        }
        return stems;
    }

    static String sanitize(String document) {
        String name = document;
        for (String suffix : WIKITEXT_SUFFIXES) {
            if (name.toLowerCase(Locale.ROOT).endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints()
                .forEach(c -> out.appendCodePoint(
                        Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_'));
        String stem = out.toString().replaceAll("_+", "_").replaceAll("^[._]+", "");
        if (stem.codePointCount(0, stem.length()) > MAX_NAME_CHARS) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_NAME_CHARS));
        }
        return stem.isEmpty() ? "document" : stem;
    }

    private static String shortHash(String document) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The page's unified diff in the folder {@code out}. */
    static Path diffFile(Path out, String stem) {
        return out.resolve(stem + ".diff");
    }

    static Path writeText(Path target, String text) {
        return AtomicFile.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
