package org.citewatch.fix;

/**
 * Which wiki's conventions a page gets when {@code citewatch.fix.language} is {@code auto}: the
 * language its input names (a dump's siteinfo, a live wiki, {@code citewatch.extract.wiki-lang}) when
 * there are conventions for it, else what the page's script says.
 */
final class WikiLanguage {

    /**
     * Share of Han characters among the page's letters above which it is a zh page: a zh article's
     * prose is Han, while its citations bring in much Latin text (titles, URLs); an en page quoting a
     * few Chinese names stays far below.
     */
    private static final double HAN_SHARE = 0.10;

    private WikiLanguage() {}

    /**
     * @param configured {@code citewatch.fix.language}: a wiki's language, or {@code auto}
     * @param known the language the page's input names ({@code zh}, {@code zh-hant}), or {@code null}
     * @param conventions the languages whose conventions are configured
     */
    static String of(String text, String configured, String known, java.util.Set<String> conventions) {
        if (!configured.equals("auto")) {
            return configured;
        }
        if (known != null) {
            // zh-hant, zh-yue... share zh's conventions unless configured on their own
            String base = known.split("[-_]")[0];
            if (conventions.contains(known)) {
                return known;
            }
            if (conventions.contains(base)) {
                return base;
            }
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
