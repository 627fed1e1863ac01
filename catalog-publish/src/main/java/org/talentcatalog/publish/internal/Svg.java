package org.talentcatalog.publish.internal;

import java.util.List;
import java.util.Locale;

/**
 * Draws the handbook's three kinds of chart as SVG text: horizontal stacked bars, a range plot and a
 * histogram with marked thresholds. Each SVG names itself by its title and text alternative
 * ({@code role="img"}, {@code <title>}, {@code <desc>}), labels its axes, and fills its series with
 * greys of clearly different lightness, each also with its own pattern, so that they are told apart
 * without colour and in print.
 */
final class Svg {

    /** The fills of up to four series, darkest first; the pattern ids are prefixed by the chart id. */
    static final String[] FILLS = {"#1f1f1f", "url(#%s-hatch)", "#b0b0b0", "url(#%s-dots)"};

    static final int WIDTH = 720;
    private static final int LEFT = 200;
    private static final int RIGHT = 30;
    private static final int TOP = 40;
    private static final int BAND = 26;
    private static final int BOTTOM = 56;

    private final StringBuilder out = new StringBuilder(4096);
    private final String id;

    private Svg(String id, String title, String description, int height) {
        this.id = id;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">")
                .append("<title id=\"").append(id).append("-t\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-d\">").append(escape(description)).append("</desc>")
                .append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#6e6e6e\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" stroke-width=\"2\"/></pattern>")
                .append("<pattern id=\"").append(id).append("-dots\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><circle cx=\"3\" cy=\"3\" r=\"1.2\" fill=\"#1f1f1f\"/></pattern></defs>");
    }

    /** The fill of series {@code i} of the chart {@code id}. */
    static String fill(String id, int i) {
        return String.format(Locale.ROOT, FILLS[i % FILLS.length], id);
    }

    /**
     * Horizontal bars, one per category, each stacked from its series' values, with a legend when
     * there is more than one series.
     */
    static String stackedBars(String id, String title, String description, List<String> categories, List<String> series,
            int[][] values, String xLabel, String yLabel) {
        int max = 1;
        for (int[] row : values) {
            int sum = 0;
            for (int v : row) {
                sum += v;
            }
            max = Math.max(max, sum);
        }
        int legend = series.size() > 1 ? 28 : 0;
        int height = TOP + legend + categories.size() * BAND + BOTTOM;
        Svg s = new Svg(id, title, description, height);
        int top = TOP + legend;
        double scale = (WIDTH - LEFT - RIGHT) / (double) niceMax(max);
        if (legend > 0) {
            int x = LEFT;
            for (int i = 0; i < series.size(); i++) {
                s.rect(x, TOP - 6, 14, 14, fill(id, i));
                s.text(x + 18, TOP + 6, "start", series.get(i));
                x += 26 + 13 * series.get(i).length();
            }
        }
        for (int c = 0; c < categories.size(); c++) {
            int y = top + c * BAND;
            s.text(LEFT - 8, y + BAND / 2 + 4, "end", shorten(categories.get(c), 16));
            double x = LEFT;
            for (int i = 0; i < values[c].length; i++) {
                double w = values[c][i] * scale;
                if (w > 0) {
                    s.rect(x, y + 4, w, BAND - 8, fill(id, i));
                }
                x += w;
            }
        }
        s.xAxis(top, categories.size() * BAND, niceMax(max), xLabel, yLabel);
        return s.end();
    }

    /**
     * A range plot: one horizontal line from low to high per row, rows in the order given, with a
     * mark at each end.
     */
    static String ranges(String id, String title, String description, List<String> labels, double[] low, double[] high,
            String xLabel, String yLabel) {
        double max = 1;
        for (double h : high) {
            max = Math.max(max, h);
        }
        int band = 16;
        int height = TOP + labels.size() * band + BOTTOM;
        Svg s = new Svg(id, title, description, height);
        double nice = niceMax(max);
        double scale = (WIDTH - LEFT - RIGHT) / nice;
        for (int r = 0; r < labels.size(); r++) {
            int y = TOP + r * band + band / 2;
            s.text(LEFT - 8, y + 4, "end", shorten(labels.get(r), 16));
            double x1 = LEFT + low[r] * scale;
            double x2 = LEFT + high[r] * scale;
            s.out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1f1f1f\" stroke-width=\"3\"/>", x1, y, x2, y));
            s.out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"3.5\" fill=\"#ffffff\" stroke=\"#1f1f1f\"/>", x1, y));
            s.out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"3.5\" fill=\"#1f1f1f\"/>", x2, y));
        }
        s.xAxis(TOP, labels.size() * band, nice, xLabel, yLabel);
        return s.end();
    }

    /**
     * A histogram: vertical bars of counts over equal bins from {@code from} to {@code to}, with a
     * dashed line and a label at each threshold.
     */
    static String histogram(String id, String title, String description, int[] counts, double from, double to,
            double[] thresholds, List<String> thresholdLabels, String xLabel, String yLabel) {
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        int plot = 220;
        int height = TOP + 20 + plot + BOTTOM;
        int left = 70;
        Svg s = new Svg(id, title, description, height);
        int top = TOP + 20;
        double bw = (WIDTH - left - RIGHT) / (double) counts.length;
        int yMax = (int) Math.max(1, niceMax(max));
        for (int i = 0; i < counts.length; i++) {
            double h = counts[i] * plot / (double) yMax;
            s.rect(left + i * bw + 1, top + plot - h, bw - 2, h, "#7a7a7a");
        }
        double scale = (WIDTH - left - RIGHT) / (to - from);
        for (int i = 0; i < thresholds.length; i++) {
            double x = left + (thresholds[i] - from) * scale;
            s.out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000000\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>", x, top - 14 + 12 * (i % 2), x, top + plot));
            s.text((int) x + 4, top - 4 + 12 * (i % 2), "start", thresholdLabels.get(i));
        }
        // axes: x from..to in five steps, y 0..yMax
        s.line(left, top + plot, WIDTH - RIGHT, top + plot);
        s.line(left, top, left, top + plot);
        for (int i = 0; i <= 5; i++) {
            double v = from + (to - from) * i / 5;
            int x = (int) Math.round(left + (v - from) * scale);
            s.line(x, top + plot, x, top + plot + 5);
            s.text(x, top + plot + 18, "middle", format(v));
        }
        s.text(left - 6, top + 4, "end", Integer.toString(yMax));
        s.text(left - 6, top + plot + 4, "end", "0");
        s.text((left + WIDTH - RIGHT) / 2, top + plot + 40, "middle", xLabel);
        s.out.append("<text x=\"16\" y=\"").append(top + plot / 2).append("\" text-anchor=\"middle\" transform=\"rotate(-90 16 ")
                .append(top + plot / 2).append(")\">").append(escape(yLabel)).append("</text>");
        return s.end();
    }

    /** The axes of a bar or range plot: a value axis from 0 to {@code to} in four steps under the rows. */
    private void xAxis(int top, int span, double to, String xLabel, String yLabel) {
        int bottom = top + span;
        line(LEFT, top, LEFT, bottom);
        line(LEFT, bottom, WIDTH - RIGHT, bottom);
        double scale = (WIDTH - LEFT - RIGHT) / to;
        for (int i = 0; i <= 4; i++) {
            double v = to * i / 4;
            int x = (int) Math.round(LEFT + v * scale);
            line(x, bottom, x, bottom + 5);
            text(x, bottom + 18, "middle", format(v));
        }
        text((LEFT + WIDTH - RIGHT) / 2, bottom + 40, "middle", xLabel);
        text(LEFT - 8, top - 10, "end", yLabel);
    }

    private void rect(double x, double y, double w, double h, String fill) {
        out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"#000000\" stroke-width=\"0.6\"/>", x, y, w, h, fill));
    }

    private void line(int x1, int y1, int x2, int y2) {
        out.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                .append("\" y2=\"").append(y2).append("\" stroke=\"#000000\"/>");
    }

    private void text(int x, int y, String anchor, String text) {
        out.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                .append("\">").append(escape(text)).append("</text>");
    }

    private String end() {
        return out.append("</svg>").toString();
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten at least {@code v}: the axis' end. */
    static double niceMax(double v) {
        if (v <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * p >= v - 1e-9) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** A number as an axis shows it: whole numbers without decimals, others to two places. */
    static String format(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return Long.toString(Math.round(v));
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }

    private static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** Text escaped for SVG content and attributes. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
