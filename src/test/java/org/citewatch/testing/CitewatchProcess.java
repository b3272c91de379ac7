package org.citewatch.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A citewatch command in a process of its own, as an operator starts it ({@code java ... Main ARGS},
 * no JVM flags), on the test's class path; its output goes to a log file for when a test fails.
 */
public final class CitewatchProcess {

    private CitewatchProcess() {}

    public static Process start(Path log, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.citewatch.cli.Main"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
