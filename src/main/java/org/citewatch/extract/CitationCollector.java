package org.citewatch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The citations of one document in document order, and the rules that attach later text to them:
 * a dead-link tag, archive template or {@code {{cbignore}}} belongs to the last citation when it is in
 * the same {@code <ref>}, or when only whitespace separates them in running text (or the tags that
 * already belong to it); a {@code <ref name=x/>}
 * adds a use to every citation of the ref named x.
 */
final class CitationCollector {

    private final char[] text;
    private final List<CitationDraft> drafts = new ArrayList<>();
    private final Map<String, Integer> reuses = new HashMap<>();
    private CitationDraft last;
    private int lastEnd;
    private int lastRef = RefIndex.NONE;

    CitationCollector(char[] maskedText) {
        this.text = maskedText;
    }

    /**
     * Adds a citation found in the construct ending at {@code end}.
     *
     * @param attachable whether later tags may attach to it (the main URL of a citation template)
     */
    void add(CitationDraft draft, int end, Scope scope, boolean attachable) {
        if (scope.ref() != RefIndex.NONE) {
            draft.refName = scope.refName();
            draft.refKey = scope.refKey();
        }
        drafts.add(draft);
        if (attachable) {
            last = draft;
            lastEnd = end;
            lastRef = scope.ref();
        }
    }

    /** Marks the citation before {@code [start, end)} dead, if the tag belongs to one. */
    void deadLink(DeadLinkTag tag, int start, int end, Scope scope) {
        CitationDraft target = target(start, scope);
        if (target != null && target.deadLinkTag == null) {
            target.deadLinkTag = tag;
            target.markedDead = true;
            lastEnd = end;
        }
    }

    /**
     * Gives the citation before {@code [start, end)} its archive, unless it already has one.
     *
     * @return whether the archive belongs to a citation before it; when not, it stands alone
     */
    boolean archive(String archiveUrl, CitationDate archiveDate, int start, int end, Scope scope) {
        CitationDraft target = target(start, scope);
        if (target == null) {
            return false;
        }
        if (target.archiveUrl == null) {
            target.archiveUrl = archiveUrl;
            target.archiveDate = archiveDate;
        }
        lastEnd = end;
        return true;
    }

    /** Marks the citation before {@code [start, end)} as one that bots leave alone ({@code {{cbignore}}}). */
    void ignore(int start, int end, Scope scope) {
        CitationDraft target = target(start, scope);
        if (target != null) {
            target.ignored = true;
            lastEnd = end;
        }
    }

    /**
     * Gives the citation before {@code [start, end)} its access marker from a paywall tag
     * ({@code {{subscription required}}}), unless its {@code url-access} already says.
     */
    void access(String kind, int start, int end, Scope scope) {
        CitationDraft target = target(start, scope);
        if (target != null && target.access == null) {
            target.access = kind;
            lastEnd = end;
        }
    }

    /** Counts a reuse ({@code <ref name=x/>}) of the ref with this key. */
    void reuse(String refKey) {
        reuses.merge(refKey, 1, Integer::sum);
    }

    List<Citation> build(String document, LineIndex lines) {
        List<Citation> citations = new ArrayList<>(drafts.size());
        for (CitationDraft draft : drafts) {
            int uses = draft.refKey == null ? 1 : 1 + reuses.getOrDefault(draft.refKey, 0);
            citations.add(draft.build(document, lines, uses));
        }
        return citations;
    }

    private CitationDraft target(int tagStart, Scope scope) {
        if (last == null || tagStart < lastEnd) {
            return null;
        }
        if (scope.ref() != RefIndex.NONE && scope.ref() == lastRef) {
            return last;
        }
        for (int i = lastEnd; i < tagStart; i++) {
            char c = text[i];
            if (c != ' ' && c != '\t') {
                return null;
            }
        }
        return last;
    }
}
