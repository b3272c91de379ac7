package org.citewatch.check;

import java.util.Objects;

/** A verdict with its reason and evidence (may be {@code null}), before it becomes a result. */
record Judgement(Verdict verdict, Reason reason, String evidence) {

    Judgement {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }
}
