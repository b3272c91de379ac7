package org.citewatch.fix;

/**
 * A citation whose text an editor will not touch (a comment inside the value, a layout it cannot
 * follow). Thrown inside the editors only and turned into a note on the citation by
 * {@link DocumentFixer}; it never leaves the package.
 */
final class UnfixableException extends RuntimeException {

    UnfixableException(String message) {
        super(message, null, false, false);
    }
}
