package org.citewatch.fix;

import java.util.Objects;
import org.citewatch.extract.Citation;

/** A citation that needs a fix the rules do not make, and why; listed in fixes.json. */
public record Note(Citation citation, String message) {

    public Note {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(message, "message");
    }
}
