package org.citewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.citewatch.extract.CitationExtractor;
import org.citewatch.extract.DocumentReader;
import org.citewatch.extract.ExtractConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code citewatch extract INPUT... [--format jsonl|csv|table]}: prints every citation found in the
 * inputs, one record each, then a summary on stderr. Reads local files only; no network, no database.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Prints every cited URL in the inputs, one record per citation, then a",
            "summary on stderr. Reads .wiki/.wikitext/.mediawiki wikitext, .txt URL lists",
            "(one a line, # comments), .html/.htm files, MediaWiki XML dumps (.xml,",
            ".xml.bz2, .xml.gz) and folders of them. Uses no network.",
            ""
        },
        footer = {
            "",
            "Settings (citewatch.input.*) can be given as --name=value.",
            "Exit codes: 0 when at least one document was read; 2 when none could be",
            "read, an input does not exist, or an option is wrong."
        })
final class ExtractCommand implements Callable<Integer> {

    @ParentCommand
    CitewatchCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "INPUT",
            description = "Files and folders to read; folders are walked recursively in name order.")
    List<Path> inputs;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "jsonl",
            description = "Output: jsonl (one JSON object a line), csv (RFC 4180) or table (aligned columns)."
                    + " Default: ${DEFAULT-VALUE}.")
    ExtractFormat format;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "0",
            description = "Documents extracted at once; 0: one per processor. Output order stays the input order."
                    + " Default: ${DEFAULT-VALUE}.")
    int threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 0) {
            err.println("citewatch: --threads must be 0 (one per processor) or more");
            return ExitCode.USAGE_OR_INPUT_ERROR.code();
        }
        List<Path> missing = inputs.stream()
                .filter(input -> !Files.exists(input, LinkOption.NOFOLLOW_LINKS))
                .toList();
        if (!missing.isEmpty()) {
            missing.forEach(input ->
                    err.println(ExtractTerminalText.printable("citewatch: " + input + ": no such file or directory")));
            return ExitCode.USAGE_OR_INPUT_ERROR.code();
        }
        ExtractTally tally;
        try (ConfigurableApplicationContext context = parent.launcher().start(ExtractConfiguration.class, Map.of())) {
            ExtractRun run = new ExtractRun(
                    context.getBean(DocumentReader.class),
                    context.getBean(CitationExtractor.class),
                    err,
                    threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
            tally = run.run(inputs, format.printer(out), out);
        }
        if (tally.documents() == 0) {
            err.println("citewatch: no document could be read from the inputs");
        }
        err.println(tally.summary());
        return tally.documents() == 0 ? ExitCode.USAGE_OR_INPUT_ERROR.code() : ExitCode.OK.code();
    }
}
