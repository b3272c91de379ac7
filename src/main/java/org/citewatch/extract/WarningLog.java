package org.citewatch.extract;

import java.util.ArrayList;
import java.util.List;

/** Warnings of one document, by offset, turned into {@link DocumentError}s once lines are known. */
final class WarningLog {

    /** A broken page could warn at every brace; past this the rest are only counted. */
    static final int MAX_WARNINGS_PER_DOCUMENT = 50;

    private final List<Integer> offsets = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private int suppressed;

    void warn(int offset, String message) {
        if (offsets.size() < MAX_WARNINGS_PER_DOCUMENT) {
            offsets.add(offset);
            messages.add(message);
        } else {
            suppressed++;
        }
    }

    boolean isEmpty() {
        return offsets.isEmpty();
    }

    List<DocumentError> toErrors(String document, LineIndex lines) {
        List<DocumentError> errors = new ArrayList<>(offsets.size() + 1);
        for (int i = 0; i < offsets.size(); i++) {
            errors.add(new DocumentError(document, lines.line(offsets.get(i)), messages.get(i)));
        }
        if (suppressed > 0) {
            errors.add(new DocumentError(document, 0, suppressed + " more warnings not shown"));
        }
        return errors;
    }
}
