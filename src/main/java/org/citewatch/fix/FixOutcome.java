package org.citewatch.fix;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code citewatch fix} did.
 *
 * @param runId the run whose findings were used
 * @param documents pages with edits
 * @param edits edits written
 * @param unfixed citations that need a fix that was not made (listed in fixes.json)
 * @param skipped pages left alone, each with why ({@code document: reason})
 * @param applied files the patches were written into ({@code --apply})
 * @param json the fixes.json written
 */
public record FixOutcome(
        long runId, int documents, int edits, int unfixed, List<String> skipped, List<Path> applied, Path json) {

    public FixOutcome {
        skipped = List.copyOf(skipped);
        applied = List.copyOf(applied);
    }
}
