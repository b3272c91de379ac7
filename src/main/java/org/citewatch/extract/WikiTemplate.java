package org.citewatch.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One template transclusion {@code {{name|a|key=value}}} as written, with the offsets an editor of
 * the text needs: where each parameter's separating {@code |} and value are.
 *
 * @param start offset of the opening {@code {{}
 * @param end offset just after the closing {@code }}}
 * @param name the name as written, trimmed
 * @param nameEnd offset of the first {@code |}, or of the closing {@code }}} when there is none
 * @param params the parameters in order
 */
public record WikiTemplate(int start, int end, String name, int nameEnd, List<Param> params) {

    /**
     * One parameter.
     *
     * @param name the key as written, trimmed, or the position ({@code 1}, {@code 2}) of a positional one
     * @param named whether it is {@code key=value}
     * @param pipe offset of the {@code |} before it
     * @param valueStart offset of the value's first character (just after {@code =} for a named one)
     * @param valueEnd offset just after the value (the next {@code |} or the closing {@code }}})
     */
    public record Param(String name, boolean named, int pipe, int valueStart, int valueEnd) {}

    public WikiTemplate {
        Objects.requireNonNull(name, "name");
        params = List.copyOf(params);
    }

    /**
     * The last parameter whose key, compared without case, {@code -}, {@code _} or spaces, is one of
     * {@code keys} (given in that compared form, e.g. {@code archiveurl}); MediaWiki lets the last of a
     * repeated parameter win.
     */
    public Optional<Param> param(String... keys) {
        Param found = null;
        for (Param param : params) {
            String key = CitationTemplates.key(param.name());
            for (String wanted : keys) {
                if (param.named() && key.equals(wanted)) {
                    found = param;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** A parameter name in the compared form of {@link #param}: {@code Archive-URL} is {@code archiveurl}. */
    public static String key(String name) {
        return CitationTemplates.key(name);
    }
}
