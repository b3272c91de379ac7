package org.citewatch.archive;

import java.util.List;

/** What the CDX server said about one URL. */
sealed interface CdxAnswer {

    /** The URL's 200 captures, oldest first; empty when it was never captured with status 200. */
    record Captures(List<Capture> captures) implements CdxAnswer {
        public Captures {
            captures = List.copyOf(captures);
        }
    }

    /** The archive excludes the URL (blocked site, robots.txt): as good as "not archived". */
    record Excluded(String reason) implements CdxAnswer {}

    /** No usable answer this time; {@code halt} when the endpoint keeps answering 429. */
    record Failed(String reason, boolean halt) implements CdxAnswer {}
}
