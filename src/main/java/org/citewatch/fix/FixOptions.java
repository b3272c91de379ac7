package org.citewatch.fix;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code citewatch fix} is asked to do.
 *
 * @param runId the run whose findings are used, or {@code null} for the latest finished run
 * @param apply write the patched text back into the wikitext files
 * @param out the folder for the patches
 * @param only the kinds of fix to make (all by default)
 * @param tagUnrescued tag dead links that have no snapshot (rule 4)
 * @param untagAlive remove the dead-link tags of links confirmed alive (rule 5)
 * @param includeUnconfirmed rescue links found dead in this run though not confirmed dead yet
 */
public record FixOptions(
        Long runId,
        boolean apply,
        Path out,
        Set<FixKind> only,
        boolean tagUnrescued,
        boolean untagAlive,
        boolean includeUnconfirmed) {

    public FixOptions {
        Objects.requireNonNull(out, "out");
        only = only == null || only.isEmpty() ? EnumSet.allOf(FixKind.class) : EnumSet.copyOf(only);
    }

    /** What {@code citewatch fix --run ID} does: every kind of rescue, no opt-in rule, no {@code --apply}. */
    public static FixOptions defaults(long runId, Path out) {
        return new FixOptions(runId, false, out, null, false, false, false);
    }

    boolean wants(FixKind kind) {
        return only.contains(kind);
    }
}
