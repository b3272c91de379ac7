package org.citewatch.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code <ref>} tags of one document, in document order: each opening or self-closing tag with
 * its name and, for an opening tag, where its {@code </ref>} is.
 *
 * <p>Pairing follows MediaWiki: an opening tag closes at the next {@code </ref>}; one left without
 * a closing tag (another {@code <ref>} comes first, or the text ends) is plain text.
 */
final class RefIndex {

    /** No such tag, or an opening tag without its closing tag. */
    static final int NONE = -1;

    private int[] starts = new int[16];
    private int[] tagEnds = new int[16];
    private int[] closeStarts = new int[16];
    private int[] closeEnds = new int[16];
    private final List<String> names = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private int count;
    private int pendingOpen = NONE;

    /** Records an opening ({@code selfClosing=false}) or self-closing tag at {@code [start, tagEnd)}. */
    void tag(int start, int tagEnd, boolean selfClosing, String name, String group, WarningLog warnings) {
        if (!selfClosing) {
            unclosed(warnings);
        }
        if (count == starts.length) {
            int size = count * 2;
            starts = Arrays.copyOf(starts, size);
            tagEnds = Arrays.copyOf(tagEnds, size);
            closeStarts = Arrays.copyOf(closeStarts, size);
            closeEnds = Arrays.copyOf(closeEnds, size);
        }
        starts[count] = start;
        tagEnds[count] = tagEnd;
        closeStarts[count] = selfClosing ? tagEnd : NONE;
        closeEnds[count] = selfClosing ? tagEnd : NONE;
        names.add(name);
        groups.add(group);
        if (!selfClosing) {
            pendingOpen = count;
        }
        count++;
    }

    /** Records a {@code </ref>} at {@code [start, end)}; a stray one is ignored, as MediaWiki does. */
    void close(int start, int end) {
        if (pendingOpen != NONE) {
            closeStarts[pendingOpen] = start;
            closeEnds[pendingOpen] = end;
            pendingOpen = NONE;
        }
    }

    /** Ends recording: a ref still open is unclosed. */
    void finish(WarningLog warnings) {
        unclosed(warnings);
    }

    private void unclosed(WarningLog warnings) {
        if (pendingOpen != NONE) {
            warnings.warn(starts[pendingOpen], "unclosed <ref> is read as plain text");
            pendingOpen = NONE;
        }
    }

    /** The tag starting at {@code offset}, or {@link #NONE}. */
    int at(int offset) {
        int found = Arrays.binarySearch(starts, 0, count, offset);
        return found >= 0 ? found : NONE;
    }

    int count() {
        return count;
    }

    int start(int tag) {
        return starts[tag];
    }

    int tagEnd(int tag) {
        return tagEnds[tag];
    }

    boolean selfClosing(int tag) {
        return closeStarts[tag] == tagEnds[tag] && closeEnds[tag] == tagEnds[tag];
    }

    /** Whether the tag opens a ref that has its closing tag. */
    boolean paired(int tag) {
        return closeStarts[tag] != NONE && !selfClosing(tag);
    }

    int closeStart(int tag) {
        return closeStarts[tag];
    }

    int closeEnd(int tag) {
        return closeEnds[tag];
    }

    String name(int tag) {
        return names.get(tag);
    }

    /** The key under which reuses of a named ref are counted: group and name. */
    String key(int tag) {
        return key(groups.get(tag), names.get(tag));
    }

    /** The reuse key of the ref named {@code name} in {@code group} ({@code null}: the default group). */
    static String key(String group, String name) {
        return group == null ? name : group + '\u0000' + name;
    }

    /**
     * The id of a ref written as {@code {{#tag:ref|...}}} at {@code offset}: no tag of this index, yet one
     * ref of its own (below {@link #NONE}, one per offset), so that tags inside it attach as in a
     * {@code <ref>}.
     */
    static int parserFunctionRef(int offset) {
        return NONE - 1 - offset;
    }
}
