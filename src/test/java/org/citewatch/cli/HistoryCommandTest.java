package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.citewatch.check.CheckResult;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.citewatch.history.HistoryContext;
import org.citewatch.history.LinkRepository;
import org.citewatch.history.RunRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class HistoryCommandTest {

    private static final String URL = "https://news.example.org/2009/story";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("citewatch").toAbsolutePath()
                + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE";
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void printsALinksChecksOldestFirstWithItsState() {
        // given: three nights, alive then dead twice
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(HistoryContext.class).run("--citewatch.db=" + db())) {
            RunRepository runs = context.getBean(RunRepository.class);
            LinkRepository links = context.getBean(LinkRepository.class);
            Instant night = Instant.parse("2026-11-01T02:00:00Z");
            for (int i = 0; i < 3; i++) {
                Instant at = night.plus(Duration.ofDays(i));
                long run = runs.start(List.of("pages/"), at);
                Verdict verdict = i == 0 ? Verdict.ALIVE : Verdict.DEAD;
                links.record(
                        run,
                        List.of(new CheckResult(
                                URL,
                                verdict,
                                i == 0 ? Reason.OK : Reason.HTTP_404,
                                i == 0 ? 200 : 404,
                                URL,
                                List.of(),
                                "text/html",
                                Duration.ofMillis(120),
                                100,
                                1,
                                null,
                                false,
                                at.plusSeconds(5))));
            }
        }

        int exit = run("history", URL, "--db=" + db());

        assertThat(exit).as(err.toString()).isZero();
        String printed = out.toString();
        assertThat(printed).startsWith(URL);
        assertThat(printed).contains("2 consecutive failures since 2026-11-02T02:00:05Z");
        assertThat(printed).contains("confirmed dead: no, flapping: no");
        assertThat(printed.lines().filter(line -> line.startsWith("  2026-11-")).map(line -> line.substring(2, 12)))
                .as("one line per check, oldest first")
                .containsExactly("2026-11-01", "2026-11-02", "2026-11-03");
        assertThat(printed).containsPattern("ALIVE +OK +200").containsPattern("DEAD +HTTP_404 +404");
    }

    @Test
    void saysSoWhenNoAuditHasSeenTheUrl() {
        int exit = run("history", "https://never.example/", "--db=" + db());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no audit has seen https://never.example/");
    }
}
