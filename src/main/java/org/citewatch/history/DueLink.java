package org.citewatch.history;

import java.util.Objects;

/**
 * A link the check step is to check, with the state its result moves on from (read with it, so
 * that storing a chunk's results needs no further lookup).
 *
 * @param checkedBefore whether any earlier check exists (only then is its verdict history read)
 */
public record DueLink(long id, String url, LinkState state, boolean checkedBefore) {

    public DueLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(state, "state");
    }
}
