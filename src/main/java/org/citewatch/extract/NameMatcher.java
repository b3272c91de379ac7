package org.citewatch.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matches template or parameter names against a configured list, as MediaWiki compares names: case
 * does not matter, {@code _} is a space, runs of whitespace are one space, a namespace prefix
 * ({@code Template:}) is ignored. A pattern ending in {@code *} is a prefix.
 */
final class NameMatcher {

    private static final List<String> NAMESPACE_PREFIXES = List.of("template:", "模板:", "模板：");

    private final Set<String> exact = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();

    NameMatcher(List<String> patterns) {
        for (String pattern : patterns) {
            String key = key(pattern);
            if (key.endsWith("*")) {
                prefixes.add(key.substring(0, key.length() - 1));
            } else if (!key.isEmpty()) {
                exact.add(key);
            }
        }
    }

    /** Whether a key made by {@link #key} matches one of the patterns. */
    boolean matchesKey(String key) {
        if (exact.contains(key)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                return true;
            }
        }
        return false;
    }

    /** The comparable form of a name as written. */
    static String key(String name) {
        // MediaWiki treats an underscore in a name as a space
        String key = Spaces.collapse(name.replace('_', ' ')).toLowerCase(Locale.ROOT);
        for (String prefix : NAMESPACE_PREFIXES) {
            if (key.startsWith(prefix)) {
                return key.substring(prefix.length()).strip();
            }
        }
        return key;
    }
}
