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

    /**
     * @param text the original text, searched with the JIT's vectorized {@code indexOf}
     * @param a the masked text, which decides whether a found brace pair is real
     */
    TemplateBraces(String text, char[] a, RefIndex refs) {
        int[] stack = new int[32];
        int depth = 0;
        int nextRef = nextPairedRef(refs, 0);
        int currentRef = RefIndex.NONE;
        int open = pair(text, '{', 0);
        int close = pair(text, '}', 0);
        while (open >= 0 || close >= 0) {
            int brace = open < 0 ? close : close < 0 ? open : Math.min(open, close);
            int refEvent = currentRef != RefIndex.NONE
                    ? refs.closeStart(currentRef)
                    : nextRef != RefIndex.NONE ? refs.start(nextRef) : Integer.MAX_VALUE;
            int resume;
            if (refEvent <= brace) {
                if (currentRef == RefIndex.NONE) {
                    stack = push(stack, depth++, REF_FENCE);
                    currentRef = nextRef;
                    nextRef = nextPairedRef(refs, nextRef + 1);
                    resume = refs.tagEnd(currentRef);
                } else {
                    while (depth > 0 && stack[--depth] != REF_FENCE) {
                        // braces opened inside the ref and never closed there stay unclosed
                    }
                    resume = refs.closeEnd(currentRef);
                    currentRef = RefIndex.NONE;
                }
            } else if (a[brace] != text.charAt(brace) || a[brace + 1] != text.charAt(brace + 1)) {
                resume = brace + 1; // blanked: inside a comment or <nowiki>
            } else if (brace == open) {
                stack = push(stack, depth++, record(brace));
                resume = brace + 2;
            } else {
                if (depth > 0 && stack[depth - 1] != REF_FENCE) {
                    closes[stack[--depth]] = brace;
                }
                resume = brace + 2;
            }
            if (open >= 0 && open < resume) {
                open = pair(text, '{', resume);
            }
            if (close >= 0 && close < resume) {
                close = pair(text, '}', resume);
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

    /** The next {@code cc} at or after {@code from}, by the vectorized single-char search; -1 if none. */
    private static int pair(String text, char c, int from) {
        int at = text.indexOf(c, from);
        while (at >= 0 && (at + 1 == text.length() || text.charAt(at + 1) != c)) {
            at = text.indexOf(c, at + 2);
        }
        return at;
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
