package org.citewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/** Issue 16: where start-up time goes, without JVM flags. */
class StartupTimelineTest {

    private final StringWriter printed = new StringWriter();

    @Test
    void printsMarksAndSpringStepsInTheOrderTheyStarted() {
        StartupTimeline timeline = StartupTimeline.of(true);
        timeline.mark("command line read");
        StartupStep refresh = timeline.applicationStartup().start("spring.context.refresh");
        StartupStep bean = timeline.applicationStartup().start("spring.beans.instantiate");
        bean.tag("beanName", "flywayInitializer");
        bean.end();
        sleep(); // Spring's steps shorter than 5 ms are left out
        refresh.end();
        timeline.mark("context closed");

        timeline.print(new PrintWriter(printed, true));

        assertThat(printed.toString())
                .containsSubsequence(
                        "command line read", "spring.context.refresh", "bean flywayInitializer", "context closed")
                .contains("cpu ");
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void recordsAndPrintsNothingWhenOff() {
        StartupTimeline timeline = StartupTimeline.of(false);
        timeline.mark("command line read");

        timeline.print(new PrintWriter(printed, true));

        assertThat(timeline.applicationStartup()).isSameAs(ApplicationStartup.DEFAULT);
        assertThat(printed.toString()).isEmpty();
    }
}
