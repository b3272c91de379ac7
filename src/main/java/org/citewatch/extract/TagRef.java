package org.citewatch.extract;

/**
 * {@code {{#tag:ref|content|name=x|group=g}}}, MediaWiki's parser function for a ref: the same as
 * {@code <ref name=x group=g>content</ref>}. The content is the first argument whole, even with an
 * {@code =} in it, as MediaWiki passes it unsplit; an empty content with a name is a reuse.
 *
 * @param contentStart offset of the content's first character
 * @param contentEnd offset just after the content
 * @param name the ref's name, or {@code null}
 * @param key the key under which reuses of the named ref are counted ({@link RefIndex#key(String, String)}),
 *     or {@code null} for an unnamed ref
 * @param reuse whether it only reuses a named ref (empty content)
 */
record TagRef(int contentStart, int contentEnd, String name, String key, boolean reuse) {

    /** Whether a template name is {@code #tag:ref} (any case, spaces around {@code ref}). */
    static boolean is(String templateName) {
        return templateName.regionMatches(true, 0, "#tag:", 0, 5)
                && templateName.substring(5).strip().equalsIgnoreCase("ref");
    }

    /** Reads the call; {@code null} when it has no argument at all. */
    static TagRef read(String text, char[] a, TemplateCall call) {
        if (call.params().isEmpty()) {
            return null;
        }
        String name = null;
        String group = null;
        for (TemplateCall.Param param : call.params().subList(1, call.params().size())) {
            if (param.named() && param.name().equalsIgnoreCase("name")) {
                name = attribute(a, param);
            } else if (param.named() && param.name().equalsIgnoreCase("group")) {
                group = attribute(a, param);
            }
        }
        int contentStart = text.indexOf('|', call.start() + 2) + 1;
        int contentEnd = call.params().get(0).valueEnd();
        String key = name == null ? null : RefIndex.key(group, name);
        boolean reuse = name != null && TextSpans.skipSpace(a, contentStart, contentEnd) == contentEnd;
        return new TagRef(contentStart, contentEnd, name, key, reuse);
    }

    /** An attribute value, without the quotes it may be written with. */
    private static String attribute(char[] a, TemplateCall.Param param) {
        String value = TextSpans.clean(a, param.valueStart(), param.valueEnd());
        if (value != null
                && value.length() >= 2
                && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            value = value.substring(1, value.length() - 1).strip();
        }
        return value == null || value.isEmpty() ? null : value;
    }
}
