package org.citewatch.report;

/**
 * Text from documents or servers made inert in GitHub/GitLab-flavoured Markdown, so that a URL or a
 * title cannot add links, images, HTML or table cells to a pull-request comment.
 */
final class MarkdownText {

    /** Characters with a meaning in Markdown, tables or inline HTML; escaped with a backslash. */
    private static final String SPECIAL = "\\`*_{}[]()#+!|<>&~$";

    private MarkdownText() {}

    /** Plain text: every special character backslash-escaped, line breaks folded to spaces. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                continue;
            } else if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Literal text in a code span inside a table cell: the fence is longer than any backtick run in
     * the text, and {@code |} is escaped because GFM splits cells before it parses code spans.
     */
    static String code(String value) {
        String text = value == null ? "" : value.replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\p{Cntrl}", "");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        return fence + " " + text.replace("|", "\\|") + " " + fence;
    }

    /** A long value cut to {@code max} characters with an ellipsis, before escaping. */
    static String shorten(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }
}
