package org.citewatch.extract;

import java.util.Arrays;

/**
 * Where each {@code {{} of a masked document is closed, found in one pass with a stack, so that
 * template parsing never searches ahead (an unclosed {@code {{} costs nothing more).
 *
 * <p>As in MediaWiki's preprocessor, a {@code <ref>...</ref>} is opaque: braces inside it pair only
 * with each other.
 */
final class TemplateBraces {

    /** The {@code {{} has no {@code }}}. */
    static final int UNCLOSED = -1;

    private static final int REF_FENCE = -2;

    private int[] opens = new int[32];
    private int[] closes = new int[32];
    private int count;

    TemplateBraces(char[] a, RefIndex refs) {
        int[] stack = new int[32];
        int depth = 0;
        int nextRef = nextPairedRef(refs, 0);
        int currentRef = RefIndex.NONE;
        int n = a.length;
        int i = 0;
        while (i < n - 1) {
            if (nextRef != RefIndex.NONE && i == refs.start(nextRef)) {
                stack = push(stack, depth++, REF_FENCE);
                currentRef = nextRef;
                i = refs.tagEnd(nextRef);
                nextRef = nextPairedRef(refs, nextRef + 1);
                continue;
            }
            if (currentRef != RefIndex.NONE && i == refs.closeStart(currentRef)) {
                while (depth > 0 && stack[--depth] != REF_FENCE) {
                    // braces opened inside the ref and never closed there stay unclosed
                }
                i = refs.closeEnd(currentRef);
                currentRef = RefIndex.NONE;
                continue;
            }
            char c = a[i];
            if (c == '{' && a[i + 1] == '{') {
                stack = push(stack, depth++, record(i));
                i += 2;
            } else if (c == '}' && a[i + 1] == '}' && depth > 0 && stack[depth - 1] != REF_FENCE) {
                closes[stack[--depth]] = i;
                i += 2;
            } else {
                i++;
            }
        }
    }

    /** The offset of the {@code }}} closing the {@code {{} at {@code open}, or {@link #UNCLOSED}. */
    int closeOf(int open) {
        int found = Arrays.binarySearch(opens, 0, count, open);
        return found >= 0 ? closes[found] : UNCLOSED;
    }

    private int record(int open) {
        if (count == opens.length) {
            opens = Arrays.copyOf(opens, count * 2);
            closes = Arrays.copyOf(closes, count * 2);
        }
        opens[count] = open;
        closes[count] = UNCLOSED;
        return count++;
    }

    private static int[] push(int[] stack, int depth, int value) {
        int[] s = depth == stack.length ? Arrays.copyOf(stack, depth * 2) : stack;
        s[depth] = value;
        return s;
    }

    private static int nextPairedRef(RefIndex refs, int from) {
        for (int tag = from; tag < refs.count(); tag++) {
            if (refs.paired(tag)) {
                return tag;
            }
        }
        return RefIndex.NONE;
    }
}
