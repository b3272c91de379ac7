package org.citewatch.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citewatch.history.HistoryContext;
import org.citewatch.history.RunLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The {@code audit} command's options and exit codes (0 ok, 1 gate, 2 input, 3 run in progress). */
class AuditCommandTest {

    /** Beans of the features not merged yet, added as Spring Boot's {@code spring.main.sources}. */
    private static final String DOUBLES = "--spring.main.sources=org.citewatch.job.JobTestDoubles";

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void stub() {
        site.stubFor(get(urlPathEqualTo("/alive"))
                .willReturn(aResponse().withStatus(200).withBody("<title>Hi</title>")));
        site.stubFor(get(urlPathEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
        site.stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));
    }

    private String db() {
        return "--db=jdbc:h2:file:" + dir.resolve("citewatch").toAbsolutePath()
                + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE";
    }

    private Path page(String... paths) throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        StringBuilder text = new StringBuilder();
        for (String path : paths) {
            text.append("<ref>{{cite web |url=http://127.0.0.1:")
                    .append(site.getPort())
                    .append(path)
                    .append("}}</ref>\n");
        }
        Files.writeString(pages.resolve("page.wiki"), text);
        return pages;
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!args[0].equals("history")) {
            all.add(DOUBLES);
        }
        all.add("--citewatch.archive.cdx-url=" + site.baseUrl() + "/cdx/search/cdx");
        all.add("--citewatch.archive.availability-url=" + site.baseUrl() + "/wayback/available");
        all.add("--citewatch.archive.replay-url=" + site.baseUrl() + "/web/");
        all.add("--citewatch.report.dir=" + dir.resolve("reports"));
        return Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void exitsZeroAndPrintsTheRunsCountsWhenTheGatePasses() throws IOException {
        int exit = run("audit", page("/alive").toString(), db(), "--per-host", "1", "--allow-private-networks");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains(
                        "run 1: 1 documents, 1 citations, 1 unique URLs: 1 alive, 0 dead, 0 unknown, 0 skipped; 0 errors");
        assertThat(err.toString())
                .as("not a terminal: a progress line per step")
                .contains("check: 1/1 items");
    }

    @Test
    void printsWhereTheRunSpentItsTimeWithTimeline() throws IOException {
        // issue 16: the start-up timeline that the jar benchmark shows
        int exit = run("audit", page("/alive").toString(), db(), "--allow-private-networks", "--timeline");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString())
                .containsSubsequence(
                        "command line read",
                        "spring.context.refresh",
                        "context started",
                        "job launched",
                        "job finished",
                        "context closed")
                .contains("bean flywayInitializer");
    }

    @Test
    void exitsOneWhenTheGateFails() throws IOException {
        int exit = run(
                "audit",
                page("/alive", "/gone").toString(),
                db(),
                "--fail-on=unarchived-dead",
                "--allow-private-networks");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("gate failed: 1 link dead without an archive");
    }

    @Test
    void reportRendersTheLatestRunAgainFromTheDatabaseAndAppliesTheGate() throws IOException {
        run("audit", page("/alive", "/gone").toString(), db(), "--allow-private-networks");
        Path reports = dir.resolve("reports");
        try (var files = Files.walk(reports)) {
            // deepest first: the HTML report's document pages are in a folder
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!file.equals(reports)) {
                    Files.delete(file);
                }
            }
        }
        site.resetRequests();

        int failing = run("report", db());
        int lenient = run("report", db(), "--fail-on=none", "--run=1");

        assertThat(failing).as("the dead link breaks the default gate").isEqualTo(1);
        assertThat(lenient).isZero();
        assertThat(reports).isDirectoryContaining("glob:**/report.json").isDirectoryContaining("glob:**/report.html");
        assertThat(site.getAllServeEvents()).as("nothing is checked again").isEmpty();
    }

    @Test
    void exitsTwoNamingAnInputThatDoesNotExist() {
        int exit = run("audit", dir.resolve("missing").toString(), db());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no such input").contains("missing");
    }

    @Test
    void exitsThreeWhileAnotherRunHoldsTheDatabaseAndTouchesNothing() throws IOException {
        Path pages = page("/alive");
        try (ConfigurableApplicationContext other =
                new SpringApplicationBuilder(HistoryContext.class).run(db().replace("--db=", "--citewatch.db="))) {
            RunLock.Outcome held = other.getBean(RunLock.class).tryAcquire();
            assertThat(held).isInstanceOf(RunLock.Acquired.class);

            int exit = run("audit", pages.toString(), db());

            assertThat(exit).isEqualTo(3);
            assertThat(err.toString()).contains("another citewatch audit");
            assertThat(site.getAllServeEvents()).as("no URL was checked").isEmpty();
            ((RunLock.Acquired) held).lease().close();
        }
    }

    @Test
    void listsEveryOptionWithItsDefaultInHelp() {
        int exit = run("audit", "--help");

        assertThat(exit).isZero();
        for (String option : List.of(
                "--db",
                "--recheck-all",
                "--concurrency",
                "--per-host",
                "--timeout",
                "--user-agent",
                "--proxy",
                "--allow-private-networks",
                "--archive-rate",
                "--report-dir",
                "--fail-on",
                "--max-dead",
                "--baseline",
                "--verbose")) {
            assertThat(out.toString()).contains(option);
        }
        assertThat(out.toString().split("Default:", -1))
                .as("a default for each option")
                .hasSizeGreaterThan(15);
    }
}
