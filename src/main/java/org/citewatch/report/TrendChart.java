package org.citewatch.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citewatch.check.Verdict;

/**
 * The geometry of the trend of past runs, drawn as inline SVG by {@code trend.jte} (no script, no
 * external resource): one line per verdict that matters to editors (dead and unknown), over the runs
 * oldest first, with each point's counts in a tooltip.
 *
 * @param grid the horizontal grid lines, top to bottom, with their count labels
 * @param series one line per verdict
 * @param labels the dates under the first and the last run
 */
record TrendChart(List<GridLine> grid, List<Series> series, List<AxisLabel> labels) {

    static final int WIDTH = 360;
    static final int HEIGHT = 140;
    static final int LEFT = 34;
    static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 22;
    private static final List<Verdict> SERIES = List.of(Verdict.DEAD, Verdict.UNKNOWN);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    TrendChart {
        grid = List.copyOf(grid);
        series = List.copyOf(series);
        labels = List.copyOf(labels);
    }

    record GridLine(int y, int count) {}

    record Point(int x, int y, String title) {}

    /** @param points the polyline's points attribute */
    record Series(String color, String points, List<Point> dots) {}

    record AxisLabel(int x, String anchor, String text) {}

    /** The chart of the runs, oldest first; empty when there are none. */
    static java.util.Optional<TrendChart> of(List<TrendPoint> points) {
        if (points.isEmpty()) {
            return java.util.Optional.empty();
        }
        int max = 1;
        for (TrendPoint point : points) {
            for (Verdict verdict : SERIES) {
                max = Math.max(max, count(point, verdict));
            }
        }
        int plotHeight = HEIGHT - TOP - BOTTOM;
        List<GridLine> grid = new ArrayList<>();
        for (int i = 0; i <= 2; i++) {
            grid.add(new GridLine(TOP + plotHeight * i / 2, max - max * i / 2));
        }
        List<Series> series = new ArrayList<>();
        for (Verdict verdict : SERIES) {
            StringBuilder line = new StringBuilder();
            List<Point> dots = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                TrendPoint point = points.get(i);
                int x = x(i, points.size());
                int y = TOP + plotHeight - plotHeight * count(point, verdict) / max;
                line.append(line.length() == 0 ? "" : " ").append(x).append(',').append(y);
                dots.add(new Point(
                        x,
                        y,
                        "Run " + point.runId() + ", " + DAY.format(point.startedAt()) + ": " + count(point, verdict)
                                + " " + verdict.name().toLowerCase(Locale.ROOT)));
            }
            series.add(new Series(color(verdict), line.toString(), dots));
        }
        List<AxisLabel> labels = new ArrayList<>();
        labels.add(new AxisLabel(LEFT, "start", DAY.format(points.get(0).startedAt())));
        if (points.size() > 1) {
            labels.add(new AxisLabel(
                    WIDTH - RIGHT,
                    "end",
                    DAY.format(points.get(points.size() - 1).startedAt())));
        }
        return java.util.Optional.of(new TrendChart(grid, series, labels));
    }

    int runs() {
        return series.get(0).dots().size();
    }

    private static int x(int index, int size) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        return size == 1 ? LEFT + plotWidth / 2 : LEFT + plotWidth * index / (size - 1);
    }

    private static int count(TrendPoint point, Verdict verdict) {
        return point.countsByVerdict().getOrDefault(verdict, 0);
    }

    private static String color(Verdict verdict) {
        return verdict == Verdict.DEAD ? "#cf222e" : "#9a6700";
    }
}
