package org.citewatch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Where a command's time went ({@code audit --timeline}, issue 16): wall seconds since the JVM
 * started and CPU seconds of the whole process at each mark the command sets, with Spring's own
 * start-up steps (environment, context refresh, the slowest beans, such as Flyway's migration)
 * recorded by a {@link BufferingApplicationStartup}. Read from {@link ProcessHandle}, so that
 * nothing needs a JVM flag. Off by default, when it records nothing.
 */
final class StartupTimeline {

    /** Spring's steps: the application's phases, and every bean instantiation (nested). */
    private static final int SPRING_STEPS = 10_000;
    /** Bean instantiations shown: the slowest ones, whose time includes the beans they need. */
    private static final int SLOWEST_BEANS = 8;
    /** Shorter steps of Spring's are left out: a dozen post-processors take no time at all. */
    private static final Duration NEGLIGIBLE = Duration.ofMillis(5);

    private final Instant jvmStart;
    private final BufferingApplicationStartup spring;
    private final List<Mark> marks = new ArrayList<>();

    private record Mark(String what, Instant at, Duration cpu) {}

    private record Line(Instant at, String text) {}

    private StartupTimeline(Instant jvmStart, BufferingApplicationStartup spring) {
        this.jvmStart = jvmStart;
        this.spring = spring;
    }

    /** A timeline that records, or one that does nothing when {@code recording} is false. */
    static StartupTimeline of(boolean recording) {
        ProcessHandle.Info process = ProcessHandle.current().info();
        return recording
                ? new StartupTimeline(
                        process.startInstant().orElse(Instant.now()), new BufferingApplicationStartup(SPRING_STEPS))
                : new StartupTimeline(Instant.EPOCH, null);
    }

    boolean recording() {
        return spring != null;
    }

    /** What the Spring context records its steps into. */
    ApplicationStartup applicationStartup() {
        return recording() ? spring : ApplicationStartup.DEFAULT;
    }

    void mark(String what) {
        if (recording()) {
            marks.add(new Mark(
                    what,
                    Instant.now(),
                    ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO)));
        }
    }

    /** Prints the marks and Spring's steps in time order, one a line. */
    void print(PrintWriter err) {
        if (!recording()) {
            return;
        }
        List<Line> lines = new ArrayList<>();
        for (Mark mark : marks) {
            lines.add(new Line(
                    mark.at(), String.format(Locale.ROOT, "%-44s cpu %.2f s", mark.what(), seconds(mark.cpu()))));
        }
        List<TimelineEvent> events = spring.getBufferedTimeline().getEvents();
        for (TimelineEvent event : events) {
            if (!event.getStartupStep().getName().equals("spring.beans.instantiate")
                    && event.getDuration().compareTo(NEGLIGIBLE) >= 0) {
                lines.add(step(event, event.getStartupStep().getName()));
            }
        }
        events.stream()
                .filter(event -> event.getStartupStep().getName().equals("spring.beans.instantiate"))
                .sorted(Comparator.comparing(TimelineEvent::getDuration).reversed())
                .limit(SLOWEST_BEANS)
                .forEach(event -> lines.add(step(event, "bean " + tag(event.getStartupStep(), "beanName"))));
        lines.sort(Comparator.comparing(Line::at));
        err.println("citewatch: timeline (seconds since the JVM started; cpu: the whole process so far)");
        for (Line line : lines) {
            err.printf(Locale.ROOT, "  %8.3f  %s%n", seconds(Duration.between(jvmStart, line.at())), line.text());
        }
    }

    private static Line step(TimelineEvent event, String what) {
        return new Line(
                event.getStartTime(), String.format(Locale.ROOT, "%-44s %.3f s", what, seconds(event.getDuration())));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static String tag(StartupStep step, String key) {
        for (StartupStep.Tag tag : step.getTags()) {
            if (tag.getKey().equals(key)) {
                return tag.getValue();
            }
        }
        return "?";
    }
}
