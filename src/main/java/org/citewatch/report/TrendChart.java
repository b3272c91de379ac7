package org.citewatch.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.citewatch.check.Verdict;

/**
 * The trend of past runs as inline SVG (no script, no external resource): one line per verdict
 * that matters to editors (dead and unknown), over the runs oldest first, with each point's counts
 * in a tooltip.
 */
final class TrendChart {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 140;
    private static final int LEFT = 34;
    private static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 22;
    private static final List<Verdict> SERIES = List.of(Verdict.DEAD, Verdict.UNKNOWN);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private TrendChart() {}

    static String svg(List<TrendPoint> points) {
        if (points.isEmpty()) {
            return "<p class=\"empty\">No runs recorded yet.</p>";
        }
        int max = 1;
        for (TrendPoint point : points) {
            for (Verdict verdict : SERIES) {
                max = Math.max(max, count(point, verdict));
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"Dead and unknown links over the last ")
                .append(points.size())
                .append(" runs\" xmlns=\"http://www.w3.org/2000/svg\">");
        int plotHeight = HEIGHT - TOP - BOTTOM;
        for (int i = 0; i <= 2; i++) {
            int y = TOP + plotHeight * i / 2;
            svg.append("<line x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(WIDTH - RIGHT)
                    .append("\" y1=\"")
                    .append(y)
                    .append("\" y2=\"")
                    .append(y)
                    .append("\" stroke=\"#eef1f4\"/>");
            svg.append("<text x=\"")
                    .append(LEFT - 6)
                    .append("\" y=\"")
                    .append(y + 4)
                    .append("\" text-anchor=\"end\" font-size=\"10\" fill=\"#59636e\">")
                    .append(max - max * i / 2)
                    .append("</text>");
        }
        for (Verdict verdict : SERIES) {
            StringBuilder line = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                TrendPoint point = points.get(i);
                int x = x(i, points.size());
                int y = TOP + plotHeight - plotHeight * count(point, verdict) / max;
                line.append(line.length() == 0 ? "" : " ").append(x).append(',').append(y);
                dots.append("<circle cx=\"")
                        .append(x)
                        .append("\" cy=\"")
                        .append(y)
                        .append("\" r=\"3\" fill=\"")
                        .append(color(verdict))
                        .append("\"><title>")
                        .append(Html.text("Run " + point.runId() + ", " + DAY.format(point.startedAt()) + ": "
                                + count(point, verdict) + " " + verdict.name().toLowerCase(Locale.ROOT)))
                        .append("</title></circle>");
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
                    .append(color(verdict))
                    .append("\" points=\"")
                    .append(line)
                    .append("\"/>")
                    .append(dots);
        }
        svg.append(axisLabel(LEFT, "start", points.get(0)));
        if (points.size() > 1) {
            svg.append(axisLabel(WIDTH - RIGHT, "end", points.get(points.size() - 1)));
        }
        return svg.append("</svg>").toString();
    }

    private static String axisLabel(int x, String anchor, TrendPoint point) {
        return "<text x=\"" + x + "\" y=\"" + (HEIGHT - 6) + "\" text-anchor=\"" + anchor
                + "\" font-size=\"10\" fill=\"#59636e\">" + Html.text(DAY.format(point.startedAt())) + "</text>";
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
