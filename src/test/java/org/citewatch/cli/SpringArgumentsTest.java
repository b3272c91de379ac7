package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpringArgumentsTest {

    @Test
    void sendsDottedPropertiesToSpringAndTheRestToTheCommand() {
        SpringArguments split = SpringArguments.split(new String[] {
            "audit",
            "--citewatch.check.concurrency=8",
            "--per-host=3",
            "--spring.datasource.url=jdbc:h2:mem:x",
            "a.wiki"
        });

        assertThat(split.springArgs())
                .containsExactly("--citewatch.check.concurrency=8", "--spring.datasource.url=jdbc:h2:mem:x");
        assertThat(split.commandArgs()).containsExactly("audit", "--per-host=3", "a.wiki");
    }

    @Test
    void keepsEverythingAfterDoubleDashForTheCommand() {
        SpringArguments split = SpringArguments.split(new String[] {"extract", "--", "--odd.name=file"});

        assertThat(split.springArgs()).isEmpty();
        assertThat(split.commandArgs()).containsExactly("extract", "--", "--odd.name=file");
    }
}
