package org.citewatch.extract;

/**
 * Where in a document the scanner is: inside a template's parameters or not, inside which
 * {@code <ref>}, and whether links found here are reported under an infobox parameter.
 *
 * @param inTemplate a bare URL ends at {@code |} here
 * @param ref the enclosing ref tag ({@link RefIndex}, or {@link RefIndex#parserFunctionRef} for a
 *     {@code {{#tag:ref}}}), or {@link RefIndex#NONE}
 * @param refName the enclosing ref's name, or {@code null}
 * @param refKey the key under which the enclosing named ref's reuses are counted, or {@code null}
 * @param infoboxParam the infobox parameter whose value this is, or {@code null}
 */
record Scope(boolean inTemplate, int ref, String refName, String refKey, String infoboxParam) {

    static final Scope TOP = new Scope(false, RefIndex.NONE, null, null, null);

    Scope insideTemplate() {
        return inTemplate && infoboxParam == null ? this : new Scope(true, ref, refName, refKey, null);
    }

    Scope insideRef(int tag, String name, String key) {
        return new Scope(inTemplate, tag, name, key, null);
    }

    Scope infobox(String param) {
        return new Scope(true, ref, refName, refKey, param);
    }
}
