package org.citewatch.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Soft-404 and parking rules on small pages, one row each. */
class PageJudgeTest {

    private final PageJudge judge = PageJudge.from(CheckProperties.defaults());

    private static PageSample page(String title, String h1, String text) throws Exception {
        String html = "<html><head><title>" + title + "</title></head><body>"
                + (h1.isEmpty() ? "" : "<h1>" + h1 + "</h1>") + "<p>" + text + "</p></body></html>";
        return HtmlSampler.sample(
                new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "UTF-8", "https://example.org/");
    }

    @ParameterizedTest(name = "[{0}] [{1}] -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // error titles, whole or beside the site name
                "404 Not Found | | | SOFT_404",
                "Not Found - Example News | | | SOFT_404",
                "404 | | | SOFT_404",
                "页面不存在_示例网 | | | SOFT_404",
                "Seite nicht gefunden – Beispiel | | | SOFT_404",
                "ページが見つかりません | | | SOFT_404",
                "Страница не найдена | | | SOFT_404",
                // the main heading says it, the title is generic
                "Example News | Sorry, this page does not exist | | SOFT_404",
                "示例网 | 抱歉，您访问的页面不存在 | | SOFT_404",
                "Exemple | Page introuvable | | SOFT_404",
                "Ejemplo | Página no encontrada | | SOFT_404",
                // a short page whose only text says it
                "Example | | We're sorry: the page you requested could not be found. | SOFT_404",
                // articles about finding things are not error pages
                "Body not found in lake search | Body not found in lake search | Divers searched all day. | OK",
                "404 (film) - Example Wiki | 404 | A 2011 Indian thriller film. | OK",
                "Error - Wikipedia | Error | An error is an action which is inaccurate. | OK",
                // parking and sale pages
                "example.com is for sale | | | PARKED_DOMAIN",
                "oldsite.example | oldsite.example | This domain has expired. Renew it now. | PARKED_DOMAIN",
                "示例 | 该域名正在出售 | | PARKED_DOMAIN",
            })
    void judgesPageByWhereThePhraseStands(String title, String h1, String text, Reason expected) throws Exception {
        HttpUrl url = HttpUrl.get("https://example.org/news/2020/story.html");

        Judgement judgement = judge.judge(url, url, Optional.of(page(title, nullToEmpty(h1), nullToEmpty(text))));

        assertThat(judgement.reason()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        // moved to another deep page, or a home page that was cited as such (home pages reached
        // by a redirect are HomeRedirectJudge's question: HomeRedirectTableTest)
        "https://example.org/old/story, https://example.org/new/story, REDIRECTED",
        "http://example.org/, https://example.org/, REDIRECTED",
        // redirects to error pages
        "https://example.org/story/42, https://example.org/errors/404.html, SOFT_404",
        "https://example.org/story/42, https://example.org/pagenotfound?url=story, SOFT_404",
        "https://example.org/story/42, https://example.org/error.aspx?code=404, SOFT_404",
        // a slug that says not-found is the article itself
        "https://example.org/news/lost-dog-not-found, https://example.org/news/lost-dog-not-found/, REDIRECTED"
    })
    void judgesWhereARedirectLanded(String from, String to, Reason expected) {
        Judgement judgement = judge.judge(HttpUrl.get(from), HttpUrl.get(to), Optional.empty());

        assertThat(judgement.reason()).isEqualTo(expected);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
