package org.citewatch.fix;

/** Which wiki's conventions a page gets when {@code citewatch.fix.language} is {@code auto}. */
final class WikiLanguage {

    /**
     * Share of Han characters among the page's letters above which it is a zh page: a zh article's
     * prose is Han, while its citations bring in much Latin text (titles, URLs); an en page quoting a
     * few Chinese names stays far below.
     */
    private static final double HAN_SHARE = 0.10;

    private WikiLanguage() {}

    static String of(String text, String configured) {
        if (!configured.equals("auto")) {
            return configured;
        }
        long han = 0;
        long letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return letters > 0 && han > HAN_SHARE * letters ? "zh" : "en";
    }
}
