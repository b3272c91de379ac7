package org.citewatch.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.citewatch.fix.FixOptions;
import org.citewatch.fix.FixOutcome;
import org.citewatch.fix.FixRunner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13, acceptance: a page shaped like the zh seed pages is audited against local servers (the
 * cited hosts behind a proxy, so the page keeps real-looking URLs; a stubbed Wayback), then fixed.
 */
class FixAfterAuditTest {

    /** Plays the HTTP proxy of the link checks: it answers for every cited host. */
    @RegisterExtension
    static WireMockExtension web = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static WireMockExtension wayback = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String ARTICLE = "<html><head><title>News</title></head><body>The story.</body></html>";

    @TempDir
    Path dir;

    @BeforeEach
    void stubServers() {
        web.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));
        for (String alive : new String[] {"www.nss-alive.example", "www.state-alive.example"}) {
            web.stubFor(get(anyUrl())
                    .withHost(equalTo(alive))
                    .willReturn(aResponse().withStatus(200).withBody(ARTICLE)));
        }
        wayback.stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));
        cdx(
                "www.mofa.example",
                "20120320081530",
                "http://www.mofa.example/ENG/policy/disarmament/nss/overview/index.jsp?menu=m_20_70_30");
        cdx("www.nss2014.example", "20140301000000", "http://www.nss2014.example/en/summit");
        wayback.stubFor(get(urlPathMatching("/web/[0-9]{14}id_/.*"))
                .willReturn(aResponse().withStatus(200).withBody(ARTICLE)));
    }

    private static void cdx(String host, String timestamp, String original) {
        wayback.stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .withQueryParam("url", containing(host))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("[[\"timestamp\",\"original\",\"statuscode\",\"mimetype\",\"digest\"],\n[\""
                                + timestamp + "\",\"" + original
                                + "\",\"200\",\"text/html\",\"Q4YULN754FHV2U6Q5JUT6Q2P57WEWNNY\"]]")));
    }

    private Map<String, Object> settings() {
        return Map.of(
                "citewatch.archive.cdx-url",
                wayback.baseUrl() + "/cdx/search/cdx",
                "citewatch.archive.replay-url",
                wayback.baseUrl() + "/web/",
                "citewatch.check.proxy",
                "http://localhost:" + web.getPort(),
                // one failing check confirms a link dead here, so that one audit is enough
                "citewatch.history.confirm-failures",
                1,
                "citewatch.history.confirm-span",
                "0s",
                // where the report's links to the diffs lead: where fix writes them in these tests
                "citewatch.fix.out",
                dir.resolve("fixes"));
    }

    @Test
    void rescuesTheSeedShapedPageAsTheCommittedPatchSays() throws Exception {
        Path page = copy("seed-shaped.wiki");
        Path out = dir.resolve("fixes");
        try (AuditHarness harness = AuditHarness.start(dir, settings())) {
            long runId = harness.audit(page.getParent()).runId();

            FixOutcome outcome = harness.context.getBean(FixRunner.class).run(runId, options(out, false));

            assertThat(outcome.edits())
                    .as("webarchive for the link, three parameters for the cite web")
                    .isEqualTo(2);
            assertThat(outcome.documents()).isEqualTo(1);
            Path patched = only(out, ".wiki");
            assertThat(portless(Files.readString(patched))).isEqualTo(resource("seed-shaped.fixed.wiki"));
            assertThat(Files.readString(only(out, ".diff")))
                    .contains("\n-2010年，首屆", "\n+2010年，首屆", "{{Dead link|date=2018年6月", "{{Webarchive|url=")
                    .startsWith("--- a/" + page.getRoot().relativize(page) + "\n");
            JsonNode json = JsonMapper.builder()
                    .build()
                    .readTree(out.resolve("fixes.json").toFile());
            assertThat(json.get("edits"))
                    .extracting(e -> e.get("reason").asString())
                    .containsExactly("ARCHIVE_TEMPLATE_ADDED", "ARCHIVE_ADDED");
            JsonNode mofa = json.get("edits").get(0);
            assertThat(mofa.get("old").asString())
                    .isEqualTo("{{Dead link|date=2018年6月 |bot=InternetArchiveBot |fix-attempted=no }}");
            assertThat(mofa.get("line").asInt()).isEqualTo(8);
            assertThat(mofa.get("citation").get("url").asString()).contains("mofa.example");
            assertThat(Files.readString(page))
                    .as("without --apply the page stays")
                    .isEqualTo(resource("seed-shaped.wiki"));
        }
    }

    /**
     * Issue 13: the audit's report.html shows, per citation, exactly the change that fix writes into
     * fixes.json for the same run, and links to the diff that fix writes.
     */
    @Test
    void showsInTheReportExactlyTheChangesFixWritesForTheSameRun() throws Exception {
        Path page = copy("seed-shaped.wiki");
        Path out = dir.resolve("fixes");
        try (AuditHarness harness = AuditHarness.start(dir, settings())) {
            long runId = harness.audit(page.getParent()).runId();
            harness.context.getBean(FixRunner.class).run(runId, FixOptions.defaults(runId, out));
            JsonNode json = JsonMapper.builder()
                    .build()
                    .readTree(out.resolve("fixes.json").toFile());

            String text = Files.readString(page);
            List<Element> shown = new ArrayList<>();
            Path pageHtml = null;
            try (Stream<Path> files = Files.list(dir.resolve("reports").resolve("report"))) {
                for (Path file : files.toList()) {
                    List<Element> changes = Jsoup.parse(file.toFile()).select("td.fix:has(.change)");
                    shown.addAll(changes);
                    pageHtml = changes.isEmpty() ? pageHtml : file;
                }
            }
            assertThat(shown).as("the mofa link and the cite web").hasSize(2);
            for (Element fix : shown) {
                String[] cited = fix.parent().selectFirst("td").text().split(":");
                List<JsonNode> edits = new ArrayList<>();
                json.get("edits").forEach(edit -> {
                    if (edit.get("citation").get("line").asString().equals(cited[0])
                            && edit.get("citation").get("column").asString().equals(cited[1])) {
                        edits.add(edit);
                    }
                });
                String old = fix.selectFirst(".change .was").wholeText();
                String replacement = fix.selectFirst("code.paste").wholeText();
                String[] at = fix.selectFirst(".diff-note")
                        .text()
                        .replaceAll("^Line (\\d+):(\\d+).*", "$1 $2")
                        .split(" ");
                int start = offset(text, Integer.parseInt(at[0]), Integer.parseInt(at[1]));
                String patched = applied(text, edits);

                assertThat(edits)
                        .as(
                                "fixes.json edits of the citation at %s",
                                fix.parent().selectFirst("td").text())
                        .isNotEmpty();
                assertThat(text.substring(start))
                        .as("the old text is the page's, where the report says")
                        .startsWith(old);
                assertThat(patched.substring(start))
                        .as("the new text is what the citation's edits in fixes.json make of it")
                        .startsWith(replacement);
                assertThat(patched.substring(start + replacement.length()))
                        .as("and the edits change nothing after it")
                        .isEqualTo(text.substring(start + old.length()));
                assertThat(Path.of(pageHtml.toUri()
                                .resolve(fix.selectFirst("a.diff").attr("href"))))
                        .as("the link leads to the diff fix wrote")
                        .isEqualTo(
                                out.resolve(json.get("files").get(0).get("diff").asString()))
                        .exists();
            }
        }
    }

    /**
     * Issue 13: {@code citewatch report} after the page was edited shows no change for it (fix would
     * skip it), and a page that is gone costs the changes, never the report.
     */
    @Test
    void reportsWithoutChangesForAPageEditedOrGoneSinceTheAudit() throws Exception {
        Path page = copy("seed-shaped.wiki");
        try (AuditHarness harness = AuditHarness.start(dir, settings())) {
            long runId = harness.audit(page.getParent()).runId();
            RunReporter reporter = harness.context.getBean(RunReporter.class);
            assertThat(changesShown()).as("the audit's report").hasSize(2);

            Files.writeString(page, resource("seed-shaped.wiki") + "\nedited since\n");
            reporter.write(runId);
            assertThat(changesShown()).as("after an edit").isEmpty();

            Files.delete(page);
            reporter.write(runId);
            assertThat(changesShown()).as("once the page is gone").isEmpty();
            assertThat(dir.resolve("reports").resolve("report.json")).exists();
        }
    }

    private List<Element> changesShown() throws IOException {
        List<Element> shown = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("reports").resolve("report"))) {
            for (Path file : files.toList()) {
                shown.addAll(Jsoup.parse(file.toFile()).select("td.fix .change"));
            }
        }
        return shown;
    }

    /** The UTF-16 offset of a 1-based line and column. */
    private static int offset(String text, int line, int column) {
        int start = 0;
        for (int i = 1; i < line; i++) {
            start = text.indexOf('\n', start) + 1;
        }
        return start + column - 1;
    }

    /** The text with fixes.json's edits applied, each where its offset says and only over its old text. */
    private static String applied(String text, List<JsonNode> edits) {
        List<JsonNode> lastFirst = new ArrayList<>(edits);
        lastFirst.sort(
                Comparator.comparingInt((JsonNode e) -> e.get("offset").asInt()).reversed());
        StringBuilder patched = new StringBuilder(text);
        for (JsonNode edit : lastFirst) {
            int offset = edit.get("offset").asInt();
            String old = edit.get("old").asString();
            assertThat(text.substring(offset)).startsWith(old);
            patched.replace(offset, offset + old.length(), edit.get("new").asString());
        }
        return patched.toString();
    }

    @Test
    void appliesThePatchToTheFileOnlyWhileItHoldsWhatTheAuditRead() throws Exception {
        Path page = copy("seed-shaped.wiki");
        try (AuditHarness harness = AuditHarness.start(dir, settings())) {
            long runId = harness.audit(page.getParent()).runId();
            FixRunner fix = harness.context.getBean(FixRunner.class);

            Files.writeString(page, resource("seed-shaped.wiki") + "\nedited since\n");
            FixOutcome changed = fix.run(runId, options(dir.resolve("fixes1"), true));
            Files.writeString(page, resource("seed-shaped.wiki"));
            FixOutcome applied = fix.run(runId, options(dir.resolve("fixes2"), true));

            assertThat(changed.skipped()).singleElement().asString().contains("changed since the audit");
            assertThat(changed.applied()).isEmpty();
            assertThat(applied.applied()).containsExactly(page);
            assertThat(portless(Files.readString(page))).isEqualTo(resource("seed-shaped.fixed.wiki"));
        }
    }

    @Test
    void readsADumpPageFromItsDumpGivesItsRevisionAndNeverWritesTheDump() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("dump"));
        Path dump = Files.writeString(pages.resolve("zhwiki-pages.xml"), dump(resource("seed-shaped.wiki")));
        byte[] before = Files.readAllBytes(dump);
        Path out = dir.resolve("fixes");
        try (AuditHarness harness = AuditHarness.start(dir, settings())) {
            long runId = harness.audit(dump).runId();

            FixOutcome outcome = harness.context.getBean(FixRunner.class).run(runId, options(out, true));

            assertThat(outcome.edits()).isEqualTo(2);
            assertThat(outcome.applied()).isEmpty();
            assertThat(outcome.skipped()).singleElement().asString().contains("dumps are never written");
            assertThat(Files.readAllBytes(dump)).isEqualTo(before);
            assertThat(portless(Files.readString(out.resolve("核安全峰會.wiki"))))
                    .isEqualTo(resource("seed-shaped.fixed.wiki"));
            JsonNode edit = JsonMapper.builder()
                    .build()
                    .readTree(out.resolve("fixes.json").toFile())
                    .get("edits")
                    .get(0);
            assertThat(edit.get("pageTitle").asString()).isEqualTo("核安全峰會");
            assertThat(edit.get("baseRevisionId").asLong()).isEqualTo(2001L);
            assertThat(Files.readString(out.resolve("核安全峰會.diff"))).startsWith("--- a/核安全峰會.wiki\n");
        }
    }

    /** A one-page export holding the text, as MediaWiki writes it. */
    private static String dump(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return """
                <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="zh">
                  <siteinfo><sitename>Wikipedia</sitename><dbname>zhwiki</dbname></siteinfo>
                  <page>
                    <title>核安全峰會</title>
                    <ns>0</ns>
                    <id>201</id>
                    <revision>
                      <id>2001</id>
                      <timestamp>2024-05-01T10:00:00Z</timestamp>
                      <model>wikitext</model>
                      <format>text/x-wiki</format>
                      <text xml:space="preserve">%s</text>
                    </revision>
                  </page>
                </mediawiki>
                """.formatted(escaped);
    }

    private static FixOptions options(Path out, boolean apply) {
        return new FixOptions(null, apply, out, null, false, false, false);
    }

    /** The stub's replay base stands where the real Wayback's would. */
    private static String portless(String text) {
        return text.replace(wayback.baseUrl() + "/web/", "https://web.archive.org/web/");
    }

    private Path copy(String fixture) throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        return Files.writeString(pages.resolve(fixture), resource(fixture));
    }

    private static Path only(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix))
                    .reduce((a, b) -> {
                        throw new AssertionError("more than one " + suffix + " file: " + a + ", " + b);
                    })
                    .orElseThrow();
        }
    }

    private static String resource(String name) {
        try (InputStream in = FixAfterAuditTest.class.getResourceAsStream("/fixtures/fix/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
