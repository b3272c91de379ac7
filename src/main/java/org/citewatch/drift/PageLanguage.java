package org.citewatch.drift;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A page's language from a few hundred characters of its title, heading and text, when they say it
 * clearly: by script for Chinese, Japanese, Korean, Cyrillic, Arabic, Greek and Thai; by function
 * words for Latin-script languages (English, German, French, Spanish, Italian, Portuguese, Dutch,
 * Indonesian). Empty when unsure: a short or mixed sample says nothing, and no rule may then rest on it.
 */
final class PageLanguage {

    /** Letters below which a sample says nothing. */
    private static final int MIN_LETTERS = 12;

    /** Function words of a Latin-script sample needed before a language is named. */
    private static final int MIN_HITS = 3;

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en",
                    Set.of(
                            "the", "and", "of", "to", "is", "was", "for", "on", "that", "with", "by", "at", "from",
                            "his", "her", "are", "has", "have", "said", "will", "were", "this", "which"),
            "de",
                    Set.of(
                            "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "dem", "sich", "des",
                            "auf", "fur", "im", "eine", "ein", "auch", "wird", "bei", "wurde", "nach"),
            "fr",
                    Set.of(
                            "le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour", "qui", "que", "sur",
                            "pas", "au", "avec", "sont", "ont"),
            "es",
                    Set.of(
                            "el", "los", "las", "del", "y", "que", "por", "para", "con", "una", "es", "se", "como",
                            "su", "al", "fue"),
            "it", Set.of("il", "della", "che", "di", "per", "con", "non", "una", "sono", "gli", "nel", "alla", "delle"),
            "pt", Set.of("os", "da", "do", "das", "dos", "que", "em", "para", "com", "nao", "uma", "foi", "ao"),
            "nl", Set.of("de", "het", "een", "van", "en", "niet", "op", "dat", "zijn", "voor", "met", "werd"),
            "id",
                    Set.of(
                            "yang",
                            "dan",
                            "di",
                            "untuk",
                            "dengan",
                            "ini",
                            "itu",
                            "dari",
                            "dalam",
                            "tidak",
                            "ke",
                            "akan",
                            "pada",
                            "juga",
                            "adalah",
                            "bisa",
                            "anda",
                            "kami",
                            "terpercaya",
                            "situs"));

    private PageLanguage() {}

    static Optional<String> of(String... parts) {
        String text = TitleSimilarity.fold(String.join(" ", parts));
        int han = 0, kana = 0, hangul = 0, cyrillic = 0, arabic = 0, greek = 0, thai = 0, latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            switch (Character.UnicodeScript.of(c)) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case GREEK -> greek++;
                case THAI -> thai++;
                case LATIN -> latin++;
                default -> {}
            }
        }
        int letters = han + kana + hangul + cyrillic + arabic + greek + thai + latin;
        if (letters < MIN_LETTERS) {
            return Optional.empty();
        }
        // CJK characters carry a word each, Latin ones a fraction of one: weigh them up
        if ((han + kana) * 3 >= letters) {
            return Optional.of(kana * 10 >= han + kana ? "ja" : "zh");
        }
        if (hangul * 3 >= letters) {
            return Optional.of("ko");
        }
        for (var script :
                Map.of("ru", cyrillic, "ar", arabic, "el", greek, "th", thai).entrySet()) {
            if (script.getValue() * 2 >= letters) {
                return Optional.of(script.getKey());
            }
        }
        return latin * 2 >= letters ? byFunctionWords(text) : Optional.empty();
    }

    private static Optional<String> byFunctionWords(String text) {
        Map<String, Integer> hits = new HashMap<>();
        for (String word : text.split("[^\\p{L}]+")) {
            FUNCTION_WORDS.forEach((language, words) -> {
                if (words.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (var entry : hits.entrySet()) {
            if (entry.getValue() > first) {
                second = first;
                first = entry.getValue();
                best = entry.getKey();
            } else if (entry.getValue() > second) {
                second = entry.getValue();
            }
        }
        // a clear winner only: Dutch and German, Spanish and Portuguese share words
        return first >= MIN_HITS && first >= second * 2 ? Optional.ofNullable(best) : Optional.empty();
    }
}
