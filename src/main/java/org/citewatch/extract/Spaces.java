package org.citewatch.extract;

/** White space as people type it in wikitext: any run (NBSP, ideographic space, tabs) counts as one. */
final class Spaces {

    private Spaces() {}

    /** Trims {@code text} and turns every run of white space inside it into one ASCII space. */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }
}
