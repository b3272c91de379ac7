package org.citewatch.report;

/**
 * What a citation needs from an editor, in the order the reports show them: problems first, the
 * worst first.
 */
enum ProblemKind {
    /** The link is dead and neither the citation nor the archives offer a copy. */
    DEAD_UNARCHIVED("Dead, no archive", true),
    /** The link is dead, the citation has no working archive, but a snapshot was found. */
    DEAD_FALLBACK("Dead, snapshot found", true),
    /**
     * The citation says {@code url-status=live}, but the link is confirmed dead (dead in enough checks
     * over enough days) and the citation's own archive works: readers are sent to the dead original.
     */
    MARKED_LIVE_DEAD("Marked live, dead now", true),
    /**
     * The link answers, but its host changed hands (issue 17): gambling, adult, a domain sale, a content
     * farm, another language than every capture, or one page for every cited path.
     */
    USURPED("Usurped domain", true),
    /**
     * The link answers, but with another page: its title and heading share almost nothing with the cited
     * title, while the archived capture from the citation's time does (issue 17).
     */
    CONTENT_CHANGED("Content changed", true),
    /** The citation's own archive link is broken, mismatched or deprecated. */
    BAD_ARCHIVE("Bad archive link", true),
    /**
     * The wikitext says the link is dead ({@code {{dead link}}} or an alias, {@code url-status=dead}),
     * but it answers ALIVE. Two readings: the tag is stale, or the page only looks alive (a home page, a
     * new owner, a soft 404 no rule caught); an editor decides, with the snapshot found for it.
     */
    TAGGED_DEAD_ALIVE("Tagged dead, answers now", true),
    /** The check could not tell (blocked, rate limited, time-out): worth a look, never a failure. */
    UNKNOWN("Unknown", true),
    /** Dead, but the citation already carries a working archive. */
    DEAD_ARCHIVED("Dead, archived", false),
    /** Alive, or not checked. */
    NONE("OK", false);

    private final String label;
    private final boolean problem;

    ProblemKind(String label, boolean problem) {
        this.label = label;
        this.problem = problem;
    }

    String label() {
        return label;
    }

    boolean isProblem() {
        return problem;
    }

    /** The CSS class and CSV value: {@code dead-unarchived}. */
    String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
