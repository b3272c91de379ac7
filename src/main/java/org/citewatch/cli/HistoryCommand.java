package org.citewatch.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.citewatch.history.HistoryContext;
import org.citewatch.history.LinkRepository;
import org.citewatch.history.LinkStatus;
import org.citewatch.history.StoredCheck;
import org.citewatch.url.UrlNormalizer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code citewatch history URL}: a link's checks, oldest first, and its state. No network. */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = {"Prints every stored check of a link, oldest first, and its confirmed state."})
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    CitewatchCommand parent;

    @Parameters(paramLabel = "URL", description = "The link, as cited (it is normalized as the audit does)")
    String url;

    @Mixin
    HistoryDbOption database;

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        Map<String, Object> overrides = new LinkedHashMap<>();
        database.addTo(overrides);
        try (ConfigurableApplicationContext context = parent.launcher().start(HistoryContext.class, overrides)) {
            LinkRepository links = context.getBean(LinkRepository.class);
            String normalized = UrlNormalizer.normalize(url).value();
            Optional<LinkStatus> status = links.status(normalized);
            if (status.isEmpty()) {
                parent.spec.commandLine().getErr().println("citewatch history: no audit has seen " + normalized);
                return ExitCode.USAGE_OR_INPUT_ERROR.code();
            }
            HistoryPrinter.print(status.get(), links.checks(normalized), out);
            return ExitCode.OK.code();
        }
    }

    /** The text layout of {@code history}: a state line, then one line per check. */
    static final class HistoryPrinter {

        private HistoryPrinter() {}

        static void print(LinkStatus status, List<StoredCheck> checks, PrintWriter out) {
            out.println(status.url());
            out.printf(
                    "  first seen %s, last checked %s, %d consecutive failures%s%n",
                    status.firstSeen(),
                    status.lastChecked() == null ? "never" : status.lastChecked(),
                    status.consecutiveFailures(),
                    status.firstFailureAt() == null ? "" : " since " + status.firstFailureAt());
            out.printf(
                    "  confirmed dead: %s, flapping: %s%n",
                    status.confirmedDead() ? "yes" : "no", status.flapping() ? "yes" : "no");
            for (StoredCheck check : checks) {
                out.printf(
                        "  %-24s run %-4d %-7s %-18s %4s %6d ms%s%n",
                        check.checkedAt(),
                        check.runId(),
                        check.verdict(),
                        check.reason(),
                        check.httpStatus() == null ? "-" : check.httpStatus(),
                        check.elapsed().toMillis(),
                        check.finalUrl() == null || check.finalUrl().equals(status.url())
                                ? ""
                                : "  -> " + check.finalUrl());
            }
        }
    }
}
