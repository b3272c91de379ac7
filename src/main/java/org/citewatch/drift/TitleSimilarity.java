package org.citewatch.drift;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much two page titles share, across scripts: 0 (nothing) to 1 (one holds all of the other).
 *
 * <p>Titles become sets of tokens: words for alphabetic text (accents and case folded, the commonest
 * function words of English, German, French, Spanish, Italian and Dutch left out), character bigrams
 * for Chinese, Japanese and Korean, where words are not separated. The score is the overlap
 * coefficient, |A ∩ B| / min(|A|, |B|), so that a site name one title adds ({@code " | 新华网"}) or a
 * subtitle does not make the same story look different.
 *
 * <p>Site names: titles are cut into segments at {@code " - "}, {@code " | "}, {@code "_"},
 * {@code "——"} and the like. A segment at the start or end of both titles that is the same on both
 * (the site's name, {@code " - Riverside Gazette"}) is dropped from both before comparing, since two
 * stories of one site share it, unless it is the longest segment of either title (then it is the story); and each title is also compared without its first or its last
 * segment, so that two different spellings of the site's name do not hide the same story. The best
 * of these comparisons counts: the rule errs towards "the same page", never towards accusing a
 * citation.
 */
final class TitleSimilarity {

    /** Separators of title segments: spaced dashes and bars, and the unspaced ones CJK sites use. */
    private static final Pattern SEPARATORS =
            Pattern.compile("\\s+[-–—|·•:»«/]\\s+|\\s*[|｜_]\\s*|\\s*(?:——|－－|—|–)\\s*");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    // languages share some (de and fr "des"): copied from a list, which may repeat
    private static final Set<String> STOPWORDS = Set.copyOf(List.of(
            // en
            "the",
            "an",
            "of",
            "and",
            "or",
            "in",
            "on",
            "at",
            "to",
            "for",
            "with",
            "by",
            "from",
            "is",
            "are",
            "was",
            "be",
            "as",
            "its",
            "it",
            "this",
            "that",
            "after",
            "over",
            "new",
            // de
            "der",
            "die",
            "das",
            "und",
            "im",
            "von",
            "zu",
            "zum",
            "zur",
            "mit",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "einer",
            "ist",
            "fur",
            "auf",
            "bei",
            "nach",
            "aus",
            "uber",
            // fr, es, it, nl
            "le",
            "la",
            "les",
            "de",
            "du",
            "des",
            "et",
            "un",
            "une",
            "en",
            "au",
            "aux",
            "el",
            "los",
            "las",
            "del",
            "al",
            "con",
            "por",
            "para",
            "il",
            "di",
            "het",
            "een",
            "van"));

    private TitleSimilarity() {}

    /**
     * @return the similarity of two titles, or empty when either has no token to compare (blank,
     *     punctuation only)
     */
    static OptionalDouble of(String a, String b) {
        if (a == null || b == null) {
            return OptionalDouble.empty();
        }
        List<String> segmentsA = segments(a);
        List<String> segmentsB = segments(b);
        dropSharedEdges(segmentsA, segmentsB);
        double best = -1;
        for (Set<String> x : variants(segmentsA)) {
            for (Set<String> y : variants(segmentsB)) {
                if (!x.isEmpty() && !y.isEmpty()) {
                    best = Math.max(best, overlap(x, y));
                }
            }
        }
        return best < 0 ? OptionalDouble.empty() : OptionalDouble.of(best);
    }

    /** The title's segments, folded for comparison. */
    static List<String> segments(String title) {
        String folded = fold(title);
        List<String> segments = new ArrayList<>();
        for (String part : SEPARATORS.split(folded)) {
            if (!tokens(part).isEmpty()) {
                segments.add(part.strip());
            }
        }
        return segments;
    }

    /**
     * The same site name at the start (or end) of both titles goes from both, if each keeps something. A
     * shared segment that is the longest of either title is the story itself, not a site name, and stays.
     */
    private static void dropSharedEdges(List<String> a, List<String> b) {
        if (a.size() >= 2 && b.size() >= 2 && siteName(a.size() - 1, a, b.size() - 1, b)) {
            a.remove(a.size() - 1);
            b.remove(b.size() - 1);
        }
        if (a.size() >= 2 && b.size() >= 2 && siteName(0, a, 0, b)) {
            a.remove(0);
            b.remove(0);
        }
    }

    private static boolean siteName(int i, List<String> a, int j, List<String> b) {
        return sameTokens(a.get(i), b.get(j)) && !longest(i, a) && !longest(j, b);
    }

    private static boolean longest(int index, List<String> segments) {
        int size = tokens(segments.get(index)).size();
        for (int k = 0; k < segments.size(); k++) {
            if (k != index && tokens(segments.get(k)).size() > size) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameTokens(String x, String y) {
        return tokens(x).equals(tokens(y));
    }

    /** The whole title, and without its last or its first segment (where a site's name usually stands). */
    private static List<Set<String>> variants(List<String> segments) {
        List<Set<String>> variants = new ArrayList<>(3);
        variants.add(tokens(String.join(" ", segments)));
        if (segments.size() >= 2) {
            variants.add(tokens(String.join(" ", segments.subList(0, segments.size() - 1))));
            variants.add(tokens(String.join(" ", segments.subList(1, segments.size()))));
        }
        return variants;
    }

    private static double overlap(Set<String> x, Set<String> y) {
        Set<String> small = x.size() <= y.size() ? x : y;
        Set<String> large = small == x ? y : x;
        int shared = 0;
        for (String token : small) {
            if (large.contains(token)) {
                shared++;
            }
        }
        return (double) shared / small.size();
    }

    /** Width, case and accents folded: {@code ＡＢＣ} is {@code abc}, {@code Bürger} is {@code burger}. */
    static String fold(String text) {
        String wide = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(wide, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Words of alphabetic runs, bigrams of CJK runs; digits count as words. */
    static Set<String> tokens(String text) {
        String folded = fold(text);
        Set<String> tokens = new HashSet<>();
        StringBuilder word = new StringBuilder();
        StringBuilder cjk = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (isCjk(c)) {
                flushWord(word, tokens);
                cjk.appendCodePoint(c);
            } else if (Character.isLetterOrDigit(c)) {
                flushCjk(cjk, tokens);
                word.appendCodePoint(c);
            } else {
                flushWord(word, tokens);
                flushCjk(cjk, tokens);
            }
        }
        flushWord(word, tokens);
        flushCjk(cjk, tokens);
        return tokens;
    }

    private static void flushWord(StringBuilder word, Set<String> tokens) {
        if (word.isEmpty()) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        // a single letter says nothing ("a", "s" of "it's"); a single digit may ("5 killed")
        if ((w.length() > 1 || Character.isDigit(w.charAt(0))) && !STOPWORDS.contains(w)) {
            tokens.add(w);
        }
    }

    private static void flushCjk(StringBuilder run, Set<String> tokens) {
        if (run.isEmpty()) {
            return;
        }
        int[] points = run.codePoints().toArray();
        run.setLength(0);
        if (points.length == 1) {
            tokens.add(new String(points, 0, 1));
            return;
        }
        for (int i = 0; i + 1 < points.length; i++) {
            tokens.add(new String(points, i, 2));
        }
    }

    static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || c == 0x30FC; // ー, the katakana long vowel mark, is "common" script
    }
}
