package org.citewatch.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.InetAddress;
import java.util.List;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10, item 1: redirects to a home page, wherever it lives, against one WireMock server that
 * answers for every host name (a test DNS maps them all to loopback). Each row: the cited URL, its
 * redirect, the page it lands on, what the landing host's root answers, the verdict's reason, and
 * the extra requests the landing host got beyond the redirect chain itself (the root probe: at most
 * one per host).
 */
class HomeRedirectTableTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final Dns LOOPBACK = hostname -> List.of(InetAddress.getLoopbackAddress());

    private HttpLinkChecker checker;

    @AfterEach
    void close() {
        if (checker != null) {
            checker.close();
        }
    }

    @ParameterizedTest(name = "{0} -> {1} [{2}, root {3}]: {4}, {5} extra")
    @CsvSource(delimiter = '|', textBlock = """
            # ---- DEAD: home pages that are not "/", known by their address (no extra request) ----
            # the mofa.go.kr case: a deep link with a query sent to the English home page
            http://www.mofa.go.kr/ENG/policy/disarmament/nss/overview/index.jsp?menu=m_20_70_30 | /eng/index.do | home | - | REDIRECT_TO_HOME | 0
            http://www.korea.example.kr/ko/news/view.do?seq=123 | /ko/main.do | home | - | REDIRECT_TO_HOME | 0
            https://www.firm.example.de/de/presse/2012/mitteilung-17.html | /en/home.html | home | - | REDIRECT_TO_HOME | 0
            http://www.gov.example.cn/zh-cn/xwfb/t1234.shtml | /zh-cn/index.shtml | home | - | REDIRECT_TO_HOME | 0
            http://www.site.example.jp/news/2010/0412.html | /?lang=en | home | - | REDIRECT_TO_HOME | 0
            http://www.stats.example.gov/news/release.aspx?id=55 | /Default.aspx | home | - | REDIRECT_TO_HOME | 0
            http://example.org/2019/05/story.html | / | home | - | REDIRECT_TO_HOME | 0
            http://www.journal.example.fr/actualites/article-123 | /fr/ | home | - | REDIRECT_TO_HOME | 0
            http://news.example.ru/news/2011/1234/ | /index.php | home | - | REDIRECT_TO_HOME | 0
            http://www.ministry.example/english/news/2012/05/statement.html | /english/index.html | home | - | REDIRECT_TO_HOME | 0
            http://www.example.com.cn/news/2008/08/08/123.html | /zh-cn/ | home | - | REDIRECT_TO_HOME | 0
            # ---- DEAD: home pages that live somewhere unusual: the site itself says so ----
            # the root redirects to where the deep link landed (one probe of the root)
            http://www.city.example.gov/portal/site/news/item?id=8 | /portal/site/main | home | redirect | REDIRECT_TO_HOME | 1
            http://www.univ.example.edu/web/guest/news/-/asset/123 | /web/guest/home | home | redirect | REDIRECT_TO_HOME | 1
            http://wiki.example.org/index.php?title=Old_Article | /index.php?title=Main_Page | home | redirect | REDIRECT_TO_HOME | 1
            # the root serves the very page the deep link landed on
            http://www.agency.example.gov/about/history/1998.htm | /site/start | home | same | REDIRECT_TO_HOME | 1
            # the landing page's canonical URL is the home page (no extra request)
            http://www.museum.example/collection/item/4711 | /welcome/visit | home-canonical | - | REDIRECT_TO_HOME | 0
            # ---- DEAD: the home page of another host or domain (merged, rebranded) ----
            http://www.oldbrand.example.com/products/widget-3000.html | http://www.newbrand.example/ | home | - | REDIRECT_TO_HOME | 0
            http://news.oldpaper.example.co.uk/2009/03/12/story.html | http://www.newpaper.example.co.uk/en/ | home | - | REDIRECT_TO_HOME | 0
            http://www.merged-bank.example/investor/annual-2008.html | http://www.bank-group.example/portal/site/main | home | redirect | REDIRECT_TO_HOME | 1
            http://old.agency.example.gov/reports/2005/r12.html | http://www.newagency.example.gov/index.html | home | - | REDIRECT_TO_HOME | 0
            http://www.oldsite.example.net/cgi-bin/article.pl?id=77 | http://www.newsite.example.net/home | home | - | REDIRECT_TO_HOME | 0
            http://www.partner.example.org/team/members.html | http://www.group.example.org/?lang=en | home | - | REDIRECT_TO_HOME | 0
            # ---- ALIVE: an article that moved, on the same site or elsewhere ----
            http://www.example-times.test/news/2019/05/bridge.html | /local/2019/05/council-approves-bridge | article | - | REDIRECTED | 0
            http://www.oldpaper.example/2009/03/story.html | http://www.newpaper.example/archive/2009/03/story.html | article | - | REDIRECTED | 0
            # shallow landing addresses are compared with the root, which shows another page
            http://blog.example.com/?p=123 | /2012/05/council-approves-bridge/ | article | home | REDIRECTED | 1
            http://wiki.example.net/index.php?title=Bridge | /wiki/Bridge | article | redirect-elsewhere | REDIRECTED | 1
            http://www.paper.example.org/article.php?id=5 | /articles/5/bridge | article | home | REDIRECTED | 1
            http://www.firm.example.com/company/about-us.html | /about/ | article | - | REDIRECTED | 1
            # query-style CMSs: the article is the query, not a home page
            http://www.portal.example.kr/index.jsp?id=123 | /board/view.jsp?id=123&lang=ko | article | - | REDIRECTED | 0
            http://www.press.example.com/?p=123 | /?p=123&amp=1 | article | - | REDIRECTED | 0
            http://forum.example.net/viewtopic.php?t=5 | /viewtopic.php?t=5&start=0 | article | - | REDIRECTED | 0
            http://www.gov.example.go.kr/index.jsp?id=42 | /index.jsp?id=42&menu=3 | article | - | REDIRECTED | 0
            # ---- ALIVE: the same page under another spelling ----
            http://example-times.test/news/2019/story | http://www.example-times.test/news/2019/story | article | - | REDIRECTED | 0
            http://www.example-times.test/News/Story | /news/story/ | article | - | REDIRECTED | 0
            http://www.example-times.test/news/ | /news/index.html | article | - | REDIRECTED | 0
            http://www.example-times.test/en/news/2012 | /en/news/2012/index.html | article | - | REDIRECTED | 0
            # ---- ALIVE: the cited URL is itself a home page ----
            http://www.homepage.example.org/ | /en/ | home | - | REDIRECTED | 0
            http://www.example.gov.kr/index.do | /eng/index.do | home | - | REDIRECTED | 0
            http://www.lang.example.org/?lang=en | /en/ | home | - | REDIRECTED | 0
            http://www.example.jp/ | http://www.example.co.jp/ | home | - | REDIRECTED | 0
            http://www.portal.example.org/index.html | /portal/site/main | home | - | REDIRECTED | 0
            # ---- ALIVE: redirect services point wherever the author wanted, home pages too ----
            http://bit.ly/abc123 | http://www.example.org/ | home | - | REDIRECTED | 0
            http://tinyurl.com/y3x7k2 | http://www.example.net/index.html | home | - | REDIRECTED | 0
            """)
    void judgesWhereARedirectLanded(
            String cited, String location, String landing, String root, Reason expected, int extraRequests) {
        // given
        HttpUrl from = local(cited);
        HttpUrl to = from.resolve(location.contains("://") ? local(location).toString() : location);
        stub(from, aResponse().withStatus(301).withHeader("Location", to.toString()));
        stubPage(to, landingFixture(landing));
        stubRoot(to, root);

        // when
        CheckResult result = check(from);

        // then
        assertThat(result.reason()).as(result.evidence()).isEqualTo(expected);
        assertThat(result.verdict()).isEqualTo(expected == Reason.REDIRECT_TO_HOME ? Verdict.DEAD : Verdict.ALIVE);
        int chainRequests = to.host().equals(from.host()) ? 2 : 1;
        assertThat(requestsTo(to.host()) - chainRequests)
                .as("extra requests to %s", to.host())
                .isEqualTo(extraRequests);
    }

    @Test
    void asksAHostForItsRootOnceHoweverManyOfItsLinksLandOnAShallowPage() {
        // given: five deep links of one portal, all sent to its home page at /portal/site/main
        HttpUrl home = local("http://www.portal.example.gov/portal/site/main");
        stubPage(home, "home-page.html");
        stubRoot(home, "redirect");
        List<HttpUrl> cited = List.of(1, 2, 3, 4, 5).stream()
                .map(i -> local("http://www.portal.example.gov/portal/site/news/item?id=" + i))
                .toList();
        cited.forEach(url -> stub(url, aResponse().withStatus(302).withHeader("Location", home.toString())));

        // when
        List<CheckResult> results = cited.stream().map(this::check).toList();

        // then
        assertThat(results).extracting(CheckResult::reason).containsOnly(Reason.REDIRECT_TO_HOME);
        assertThat(server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/"))))
                .as("the root is asked once per run")
                .hasSize(1);
    }

    private CheckResult check(HttpUrl url) {
        if (checker == null) {
            checker = new HttpLinkChecker(Fixtures.sharedClient(), new TestProperties().build(), LOOPBACK);
        }
        return Fixtures.await(checker.check(url.toString()));
    }

    /** The URL on the test server: same host name, the server's port. */
    private static HttpUrl local(String url) {
        return HttpUrl.get(url)
                .newBuilder()
                .scheme("http")
                .port(server.getPort())
                .build();
    }

    private static String pathAndQuery(HttpUrl url) {
        return url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
    }

    private static void stub(HttpUrl url, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        server.stubFor(
                get(urlEqualTo(pathAndQuery(url))).withHost(equalTo(url.host())).willReturn(answer));
    }

    private static void stubPage(HttpUrl url, String fixture) {
        stub(
                url,
                aResponse()
                        .withHeader("Content-Type", "text/html; charset=utf-8")
                        .withBody(Fixtures.html("home/" + fixture)));
    }

    /** What the landing host's root answers; "-" leaves it unstubbed (WireMock answers 404). */
    private static void stubRoot(HttpUrl landing, String root) {
        HttpUrl rootUrl = landing.resolve("/");
        switch (root) {
            case "-" -> {}
            case "redirect" -> stub(rootUrl, aResponse().withStatus(302).withHeader("Location", pathAndQuery(landing)));
            case "redirect-elsewhere" ->
                stub(rootUrl, aResponse().withStatus(301).withHeader("Location", "/wiki/Main_Page"));
            case "same" -> stubPage(rootUrl, "home-page.html");
            case "home" -> stubPage(rootUrl, "site-home.html");
            default -> throw new IllegalArgumentException("no root answer " + root);
        }
    }

    private static String landingFixture(String landing) {
        return switch (landing) {
            case "home" -> "home-page.html";
            case "home-canonical" -> "home-page-canonical.html";
            case "article" -> "moved-article.html";
            default -> throw new IllegalArgumentException("no landing page " + landing);
        };
    }

    private static int requestsTo(String host) {
        return (int) server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getHost().equals(host))
                .count();
    }
}
