package org.citewatch.check;

import java.util.List;

/**
 * Built-in phrase lists, used when the configuration leaves a list out. config/application.yml
 * repeats them (a test keeps the two equal). Phrases are matched lower-cased, with whitespace
 * collapsed and typographic apostrophes made straight. Languages follow the soft-404 heuristics of
 * WaybackMedic: English, Chinese (simplified and traditional), French, Spanish, Italian,
 * Portuguese, German, Dutch, Swedish, Norwegian, Japanese, Korean, Russian.
 */
final class DefaultPhrases {

    private DefaultPhrases() {}

    /** "Not found" phrases that make a page a soft 404 when in its title, main heading or short text. */
    static final List<String> SOFT_404 = List.of(
            // English
            "page not found",
            "404 not found",
            "error 404",
            "404 error",
            "http 404",
            "file not found",
            "page cannot be found",
            "page can't be found",
            "page could not be found",
            "page does not exist",
            "page doesn't exist",
            "page you requested could not be found",
            "page you are looking for could not be found",
            "page you were looking for doesn't exist",
            "page is no longer available",
            "page has been removed",
            "article not found",
            "this account has been suspended",
            // Chinese
            "页面不存在",
            "网页不存在",
            "页面未找到",
            "找不到页面",
            "找不到网页",
            "页面找不到了",
            "您访问的页面不存在",
            "您所访问的页面不存在",
            "该页面不存在",
            "文章不存在",
            "内容不存在",
            "信息不存在",
            "404错误",
            "頁面不存在",
            "網頁不存在",
            "找不到網頁",
            "找不到頁面",
            "頁面未找到",
            // French
            "page introuvable",
            "page non trouvée",
            "cette page n'existe pas",
            "erreur 404",
            // Spanish
            "página no encontrada",
            "la página no existe",
            "no se encontró la página",
            // Italian
            "pagina non trovata",
            "la pagina non esiste",
            // Portuguese
            "página não encontrada",
            "a página não existe",
            // German
            "seite nicht gefunden",
            "die seite existiert nicht",
            "seite wurde nicht gefunden",
            "fehler 404",
            // Dutch
            "pagina niet gevonden",
            "deze pagina bestaat niet",
            // Swedish
            "sidan hittades inte",
            "sidan finns inte",
            // Norwegian
            "siden finnes ikke",
            "siden ble ikke funnet",
            // Japanese
            "ページが見つかりません",
            "ページは見つかりませんでした",
            "ページは存在しません",
            // Korean
            "페이지를 찾을 수 없습니다",
            "존재하지 않는 페이지",
            // Russian
            "страница не найдена",
            "страница не существует",
            "ошибка 404");

    /** Whole titles (or one " | "/" - " segment of a title) that mark an error page. */
    static final List<String> SOFT_404_TITLES =
            List.of("404", "410", "not found", "page not found", "404 not found", "找不到", "nicht gefunden");

    /** Parking and for-sale phrases, weighed like soft-404 phrases. */
    static final List<String> PARKED = List.of(
            "this domain is for sale",
            "this domain may be for sale",
            "domain is for sale",
            "buy this domain",
            "the domain name expired",
            "this domain name expired",
            "this domain has expired",
            "domain has expired",
            "this domain is parked",
            "parked free, courtesy of godaddy",
            "domain parking",
            "this web page is parked",
            "该域名正在出售",
            "此域名出售",
            "域名出售",
            "域名已过期",
            "網域出售",
            "domain zu verkaufen",
            "ce domaine est à vendre",
            "dominio en venta",
            "このドメインは販売中",
            "домен продается");

    /** Hosts of parking services; a script or frame loaded from one marks a parked page. */
    static final List<String> PARKED_MARKERS = List.of(
            "sedoparking.com",
            "parkingcrew.net",
            "bodis.com",
            "parklogic.com",
            "above.com",
            "dan.com",
            "afternic.com",
            "hugedomains.com",
            "domainmarket.com");

    /**
     * Regular expressions (case-insensitive, searched in path and query) for error pages a
     * redirect lands on. Only applied when a redirect moved the URL, since article slugs may say
     * "not-found" too.
     */
    static final List<String> ERROR_URL_PATTERNS = List.of(
            "(^|/)(404|410)(\\.s?html?|\\.php|\\.aspx?|\\.jsp)?($|/|\\?)",
            "not[-_]?found",
            "page[-_]?not[-_]?found",
            "error[-_]?404",
            "(^|/)errors?(\\.s?html?|\\.php|\\.aspx?|\\.jsp)?($|\\?)");

    /**
     * Hosts whose links exist to redirect (shorteners, persistent-identifier resolvers): where they
     * land is the cited target, even a home page, so a redirect from them is never "to the home page".
     */
    static final List<String> REDIRECT_SERVICES = List.of(
            "bit.ly",
            "t.co",
            "tinyurl.com",
            "goo.gl",
            "ow.ly",
            "buff.ly",
            "is.gd",
            "tiny.cc",
            "dlvr.it",
            "lnkd.in",
            "fb.me",
            "amzn.to",
            "youtu.be",
            "purl.org",
            "w3id.org",
            "doi.org",
            "hdl.handle.net",
            "n2t.net",
            "identifiers.org");

    /**
     * Statuses a paywalled link answers a reader without an account with (IABot counts the same):
     * 401, 402 Payment Required, 403, 412, 428, 440 (login time-out) and 449 (retry with).
     */
    static final List<Integer> PAYWALL_STATUSES = List.of(401, 402, 403, 412, 428, 440, 449);
}
