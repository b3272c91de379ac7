package org.citewatch.fix;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.citewatch.history.StoredDocument;

/**
 * What {@code citewatch fix} would write for a run, worked out without writing anything.
 *
 * @param fixed the pages read again and fixed (some may have notes only, no edits)
 * @param skipped the pages left alone, with why
 * @param audited the stored documents of the pages that had something to fix, by name
 * @param stems the file name stem of each fixed page ({@code <stem>.diff}, {@code <stem>.wiki})
 */
record FixPlan(
        long runId,
        List<FixedDocument> fixed,
        List<FixJson.Skip> skipped,
        Map<String, StoredDocument> audited,
        Map<String, String> stems) {

    FixPlan {
        fixed = List.copyOf(fixed);
        skipped = List.copyOf(skipped);
        audited = Map.copyOf(audited);
        stems = Map.copyOf(Objects.requireNonNull(stems, "stems"));
    }
}
