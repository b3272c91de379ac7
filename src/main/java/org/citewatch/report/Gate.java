package org.citewatch.report;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.citewatch.check.Verdict;

/**
 * The CI gate: decides from a run's report whether the run passes ({@code --fail-on},
 * {@code --max-dead}). Only this run's DEAD verdicts count; UNKNOWN never fails a build. The gate
 * fails when more links break the policy than the budget allows. Citations marked
 * {@code {{cbignore}}} ({@link org.citewatch.extract.Citation#ignored()}) never count: a link all of
 * whose citations are ignored is skipped, and the archive rule looks at the other citations only.
 * Stateless and thread-safe.
 *
 * <p>The wikitext's own claims (issue 10): a link tagged dead that answers
 * ({@link ProblemKind#TAGGED_DEAD_ALIVE}) is ALIVE and never counts, since a stale tag is not link rot;
 * a {@code url-status=live} link that is confirmed dead ({@link ProblemKind#MARKED_LIVE_DEAD}) is DEAD and
 * counts for {@code dead} and {@code new-dead}, but not for {@code unarchived-dead}: its citation
 * carries a working archive.
 *
 * <p>Links that answer with the wrong page (issue 17, {@link ProblemKind#USURPED},
 * {@link ProblemKind#CONTENT_CHANGED}) are ALIVE and count only when {@code --fail-on} names their
 * rule ({@code unarchived-dead,usurped}), whatever the dead-link rule; with
 * {@code citewatch.drift.treat-as-dead} they are DEAD and the dead-link rules count them too.
 */
public final class Gate {

    /** URLs named in the one-line explanation; the reports list them all. */
    static final int URLS_NAMED = 3;

    private final GatePolicy policy;

    public Gate(GatePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The configured policy ({@code citewatch.report.fail-on} and {@code max-dead}). */
    public GatePolicy policy() {
        return policy;
    }

    /** Whether {@link #evaluate} needs a real baseline: the job then loads the previous run. */
    public boolean needsBaseline() {
        return policy.failOn().contains(FailOn.NEW_DEAD);
    }

    /** Evaluates the configured policy. */
    public GateResult evaluate(AuditReport report, Baseline baseline) {
        return evaluate(report, policy, baseline);
    }

    /**
     * @param baseline the earlier run's dead links; used by {@link FailOn#NEW_DEAD} only, where
     *     {@link Baseline#none()} makes every dead link new
     */
    public GateResult evaluate(AuditReport report, GatePolicy policy, Baseline baseline) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(baseline, "baseline");
        String what;
        Predicate<LinkReport> offends;
        switch (policy.deadRule()) {
            case NONE:
                if (policy.failOn().contains(FailOn.NONE)) {
                    long dead = report.links().stream()
                            .filter(link -> dead(link) && !ignored(link))
                            .count();
                    return new GateResult(
                            true, "gate off (--fail-on=none): " + dead + " dead " + links(dead), List.of());
                }
                what = null;
                offends = link -> false;
                break;
            case DEAD:
                what = "dead";
                offends = Gate::dead;
                break;
            case UNARCHIVED_DEAD:
                what = "dead without an archive in the citation";
                offends = link -> dead(link) && lacksArchive(link);
                break;
            case NEW_DEAD:
                what = baseline.present() ? "newly dead since " + baseline.origin() : "dead (no baseline: all are new)";
                offends = link -> dead(link) && !baseline.deadUrls().contains(link.url());
                break;
            default:
                throw new IllegalStateException("unhandled policy " + policy.failOn());
        }
        // links that answer with the wrong page count only when --fail-on names them (issue 17)
        for (FailOn rule : policy.failOn()) {
            if (rule.aboutDrift()) {
                ProblemKind kind = ProblemKind.valueOf(rule.name());
                offends = offends.or(link -> shows(link, kind));
                what = (what == null ? "" : what + " or ")
                        + (kind == ProblemKind.USURPED ? "on a usurped domain" : "showing another page than cited");
            }
        }
        List<String> offending = List.copyOf(new TreeSet<>(report.links().stream()
                .filter(link -> !ignored(link))
                .filter(offends)
                .map(LinkReport::url)
                .toList()));
        boolean passed = offending.size() <= policy.maxDead();
        String line = (passed ? "gate passed: " : "gate failed: ") + offending.size() + " " + links(offending.size())
                + " " + what + ", budget " + policy.maxDead() + " (--fail-on="
                + policy.option() + ")"
                + named(offending);
        return new GateResult(passed, line, offending);
    }

    /** A citation of the link (not {@code {{cbignore}}}d) is of the kind. */
    private static boolean shows(LinkReport link, ProblemKind kind) {
        return link.citations().stream()
                .filter(citation -> !citation.citation().ignored())
                .anyMatch(citation -> CitationRow.kindOf(link, citation, false) == kind);
    }

    private static boolean dead(LinkReport link) {
        return link.verdict() == Verdict.DEAD;
    }

    /** Cited only by citations that editors marked {@code {{cbignore}}}: bots and gates leave it alone. */
    private static boolean ignored(LinkReport link) {
        return !link.citations().isEmpty()
                && link.citations().stream().allMatch(c -> c.citation().ignored());
    }

    /** A citation without a working archive link; a snapshot found by citewatch counts only once pasted. */
    private static boolean lacksArchive(LinkReport link) {
        return link.citations().isEmpty()
                || link.citations().stream()
                        .filter(citation -> !citation.citation().ignored())
                        .map(citation -> CitationRow.kindOf(link, citation, false))
                        .anyMatch(kind -> kind == ProblemKind.DEAD_UNARCHIVED);
    }

    private static String links(long count) {
        return count == 1 ? "link" : "links";
    }

    private static String named(List<String> urls) {
        if (urls.isEmpty()) {
            return "";
        }
        String first = String.join(", ", urls.subList(0, Math.min(URLS_NAMED, urls.size())));
        return ": " + first + (urls.size() > URLS_NAMED ? " and " + (urls.size() - URLS_NAMED) + " more" : "");
    }
}
