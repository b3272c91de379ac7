package org.citewatch.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Links from a document page to the diff {@code citewatch fix} writes for the document. The diff's
 * path is relative to the folder the commands run in, as the report folder is: the link is the way
 * from the pages' folder to it, percent-encoded segment by segment, so that it works from disk and from
 * a CI artifact that keeps both folders. It is ours, never a value of a document, and has no scheme.
 */
final class DiffLinks {

    private final Path from;

    /** @param pagesFolder where the document pages are (not the temporary folder they are written in) */
    DiffLinks(Path pagesFolder) {
        this.from = pagesFolder.toAbsolutePath().normalize();
    }

    /** The relative link to the diff file. */
    String href(Path diffFile) {
        Path to = diffFile.toAbsolutePath().normalize();
        if (!java.util.Objects.equals(from.getRoot(), to.getRoot())) {
            return to.toUri().toString(); // another drive: only an absolute file URL leads there
        }
        List<String> segments = new ArrayList<>();
        for (Path segment : from.relativize(to)) {
            segments.add(percentEncode(segment.toString()));
        }
        return String.join("/", segments);
    }

    /** The diff's path as the user gave its folder (e.g. {@code fixes/pages_summit.diff}), with {@code /}. */
    static String shown(Path diffFile) {
        return diffFile.toString().replace('\\', '/');
    }

    /** Keeps RFC 3986's unreserved characters; everything else, {@code :} and {@code %} included, is encoded. */
    private static String percentEncode(String segment) {
        if (segment.equals("..")) {
            return segment;
        }
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean unreserved = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~';
            if (unreserved) {
                out.append((char) c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            }
        }
        return out.toString();
    }
}
