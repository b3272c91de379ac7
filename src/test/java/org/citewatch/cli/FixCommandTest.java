package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code citewatch fix} on the command line; the rescue itself is tested in org.citewatch.fix and the job tests. */
class FixCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String db() {
        return "--db=jdbc:h2:file:" + dir.resolve("citewatch").toAbsolutePath()
                + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE";
    }

    @Test
    void saysThereIsNoRunToFixYet() {
        int code = run("fix", db(), "--out", dir.resolve("fixes").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("citewatch fix: no finished run yet");
    }

    @Test
    void refusesAnUnknownKindOfFix() {
        int code = run("fix", db(), "--only", "dead,links");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--only takes dead, archives, tags or usurped, not links");
    }

    @Test
    void listsEveryOptionInItsHelp() {
        int code = run("fix", "--help");

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains(
                        "--run",
                        "--apply",
                        "--out",
                        "--only",
                        "--tag-unrescued",
                        "--untag-alive",
                        "--include-unconfirmed",
                        "--db");
    }
}
