package org.citewatch.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts that {@code patch -p1} and {@code git apply} accept: lines keep their
 * own endings (a CRLF file stays CRLF), and a last line without a newline is marked as such.
 */
final class UnifiedDiff {

    /** Lines of context around each change, as {@code diff -u} gives. */
    private static final int CONTEXT_LINES = 3;

    private UnifiedDiff() {}

    /** @param path the file's path in the diff headers ({@code a/path}, {@code b/path}) */
    static String of(String path, String original, String revised) {
        List<String> before = lines(original);
        List<String> after = lines(revised);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(
                "a/" + path, "b/" + path, before, DiffUtils.diff(before, after), CONTEXT_LINES);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < diff.size(); i++) {
            String line = diff.get(i);
            boolean body = i >= 2 && !line.startsWith("@@");
            if (!body) {
                out.append(line).append('\n');
            } else if (line.endsWith("\n")) {
                out.append(line);
            } else {
                out.append(line).append("\n\\ No newline at end of file\n");
            }
        }
        return out.toString();
    }

    /** The lines of a text, each with its own {@code \n} (the last one may have none). */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int newline = text.indexOf('\n');
        while (newline >= 0) {
            lines.add(text.substring(start, newline + 1));
            start = newline + 1;
            newline = text.indexOf('\n', start);
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
