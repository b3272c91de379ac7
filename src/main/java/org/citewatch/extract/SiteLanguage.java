package org.citewatch.extract;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content language of a MediaWiki dump, from what its {@code <siteinfo>} and root element say: the
 * database name ({@code zhwiki}, {@code zh_yuewiki}), the host of the {@code <base>} URL
 * ({@code zh.wikipedia.org}) or the {@code xml:lang} of {@code <mediawiki>}, in that order.
 */
final class SiteLanguage {

    /** {@code zhwiki}, {@code jawikinews}, {@code zh_classicalwiki}; not {@code commonswiki}. */
    private static final Pattern DBNAME = Pattern.compile("([a-z]{2,3}(?:_[a-z]+)*)wik[a-z]*");

    /** {@code zh.wikipedia.org}, {@code de.m.wikipedia.org}; not {@code www.wikidata.org}. */
    private static final Pattern HOST = Pattern.compile("([a-z]{2,3}(?:-[a-z]+)*)\\..+");

    /** An export's language code: {@code zh}, {@code zh-hans}, {@code en}. */
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(?:-[a-z0-9]+)*");

    private SiteLanguage() {}

    /**
     * @param dbname the {@code <dbname>}, or {@code null}
     * @param base the {@code <base>} URL, or {@code null}
     * @param xmlLang the root's {@code xml:lang}, or {@code null}
     * @return the language code, or {@code null} when none of them names one
     */
    static String of(String dbname, String base, String xmlLang) {
        Matcher m;
        if (dbname != null && (m = DBNAME.matcher(lower(dbname))).matches()) {
            return m.group(1).replace('_', '-');
        }
        String host = host(base);
        if (host != null && !host.startsWith("www.") && (m = HOST.matcher(host)).matches()) {
            return m.group(1);
        }
        if (xmlLang != null && CODE.matcher(lower(xmlLang)).matches()) {
            return lower(xmlLang);
        }
        return null;
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : lower(host);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
