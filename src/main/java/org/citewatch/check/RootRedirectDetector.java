package org.citewatch.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Recognises a deep link that a redirect sent to the home page of the same site: the cited page is
 * gone and the site shows its front page instead (IABot and WaybackMedic call this dead too). A
 * redirect to another deep page, or to another site's home page (a URL shortener), is not this.
 */
final class RootRedirectDetector {

    /** Paths that are a site's home page. */
    private static final Set<String> HOME_PATHS = Set.of(
            "/",
            "/index.html",
            "/index.htm",
            "/index.php",
            "/index.asp",
            "/index.aspx",
            "/index.jsp",
            "/default.asp",
            "/default.aspx",
            "/home",
            "/home/",
            "/home.html",
            "/main",
            "/portal");

    /** Language home pages: /en, /en/, /zh-cn/. */
    private static final Pattern LANGUAGE_HOME = Pattern.compile("/[a-z]{2}(-[a-z]{2,4})?/?");

    boolean isRedirectToRoot(HttpUrl original, HttpUrl target) {
        return isDeep(original) && isHome(target) && sameSite(original.host(), target.host());
    }

    private static boolean isDeep(HttpUrl url) {
        return url.encodedQuery() != null || !isHomePath(url.encodedPath());
    }

    private static boolean isHome(HttpUrl url) {
        return url.encodedQuery() == null && isHomePath(url.encodedPath());
    }

    private static boolean isHomePath(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return HOME_PATHS.contains(lower) || LANGUAGE_HOME.matcher(lower).matches();
    }

    /** Same host without "www.", or the same registrable domain (approximated by its last labels). */
    static boolean sameSite(String a, String b) {
        return registrable(a).equals(registrable(b));
    }

    private static String registrable(String host) {
        String[] labels = host.split("\\.");
        if (labels.length <= 2 || host.indexOf(':') >= 0 || host.matches("[0-9.]+")) {
            return host;
        }
        int n = labels.length;
        // "example.co.uk", "example.com.cn": a short second-level label under a country code.
        boolean countrySecondLevel = labels[n - 1].length() == 2 && labels[n - 2].length() <= 3;
        int keep = countrySecondLevel ? 3 : 2;
        return String.join(".", Arrays.copyOfRange(labels, n - keep, n));
    }
}
