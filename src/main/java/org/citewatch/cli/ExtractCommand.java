package org.citewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.citewatch.extract.CitationExtractor;
import org.citewatch.extract.DocumentInputs;
import org.citewatch.extract.ExtractConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code citewatch extract INPUT... [--format jsonl|csv|table]}: prints every citation found in the
 * inputs, one record each, then a summary on stderr. Reads local files, and pages of a live wiki with
 * {@code --wiki}; never a database.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Prints every cited URL in the inputs, one record per citation, then a",
            "summary on stderr. Reads .wiki/.wikitext/.mediawiki wikitext, .txt URL lists",
            "(one a line, # comments), .html/.htm files, MediaWiki XML dumps (.xml,",
            ".xml.bz2, .xml.gz) and folders of them, or pages of a live wiki (--wiki).",
            "Uses no network unless --wiki is given.",
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
            arity = "0..*",
            paramLabel = "INPUT",
            description = "Files and folders to read; folders are walked recursively in name order.")
    List<Path> inputs = new ArrayList<>();

    @Mixin
    WikiOptions wikiOptions;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "jsonl",
            description = "Output: jsonl (one JSON object a line), csv (RFC 4180) or table (aligned columns)."
                    + " Default: ${DEFAULT-VALUE}.")
    ExtractFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> missing = inputs.stream()
                .filter(input -> !Files.exists(input, LinkOption.NOFOLLOW_LINKS))
                .toList();
        if (!missing.isEmpty()) {
            missing.forEach(input ->
                    err.println(ExtractTerminalText.printable("citewatch: " + input + ": no such file or directory")));
            return ExitCode.USAGE_OR_INPUT_ERROR.code();
        }
        Optional<String> wikiInput;
        try {
            wikiInput = wikiOptions.input();
        } catch (IllegalArgumentException e) {
            err.println("citewatch: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code();
        }
        if (inputs.isEmpty() && wikiInput.isEmpty()) {
            err.println("citewatch: missing INPUT: give files or folders to read, or --wiki URL with pages");
            return ExitCode.USAGE_OR_INPUT_ERROR.code();
        }
        List<String> all = new ArrayList<>(inputs.stream().map(Path::toString).toList());
        wikiInput.ifPresent(all::add);
        Map<String, Object> overrides = new HashMap<>();
        wikiOptions.addTo(overrides);
        // the wiki feature (and its HTTP client) only when pages of a wiki are read: otherwise no network
        Class<?> context = wikiInput.isPresent() ? WikiExtractContext.class : ExtractConfiguration.class;
        ExtractTally tally;
        try (ConfigurableApplicationContext started = parent.launcher().start(context, overrides)) {
            DocumentInputs documentInputs = started.getBean(DocumentInputs.class);
            Optional<String> refused =
                    wikiInput.flatMap(input -> documentInputs.sourceOf(input).flatMap(source -> source.refusal(input)));
            if (refused.isPresent()) {
                err.println("citewatch: " + refused.get());
                return ExitCode.USAGE_OR_INPUT_ERROR.code();
            }
            ExtractRun run = new ExtractRun(documentInputs, started.getBean(CitationExtractor.class), err);
            tally = run.run(all, format.printer(out), out);
        }
        if (tally.documents() == 0) {
            err.println("citewatch: no document could be read from the inputs");
        }
        err.println(tally.summary());
        return tally.documents() == 0 ? ExitCode.USAGE_OR_INPUT_ERROR.code() : ExitCode.OK.code();
    }
}
