package dev.cca.report;

import dev.cca.model.MetricCatalog;
import dev.cca.model.Numbers;
import dev.cca.rules.Curve;
import dev.cca.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code cca rules plot}: an indicator's scoring curves as a plain SVG file, one panel per metric, with the
 * curve's own control points and the figures it was set by (its anchors: the report's and benchmarks' values)
 * marked, so that a committee sees what a threshold means. Hand-written SVG: no toolkit, no fonts embedded, no
 * scripts; the same rule set gives the same bytes.
 */
public final class CurveSvg {

    private static final int WIDTH = 760;
    private static final int PANEL = 300;
    private static final int HEADER = 44;
    private static final int LEFT = 64;
    private static final int RIGHT = 28;
    private static final int TOP = 58;
    private static final int BOTTOM = 46;
    private static final int SAMPLES = 480;

    private CurveSvg() {
    }

    public static String render(RuleSet.Indicator ind, String lang) {
        List<RuleSet.MetricRule> metrics = ind.metrics();
        int height = HEADER + PANEL * metrics.size();
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        sb.append("<title>").append(Text.xml(ind.label().get(lang) + " (" + ind.id() + ")")).append("</title>\n");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        sb.append("<text x=\"").append(LEFT).append("\" y=\"28\" font-size=\"17\" font-weight=\"bold\">")
                .append(Text.xml(ind.label().get(lang))).append(" · ").append(Text.xml(ind.id())).append("</text>\n");
        for (int i = 0; i < metrics.size(); i++) {
            panel(sb, metrics.get(i), HEADER + i * PANEL, lang);
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static void panel(StringBuilder sb, RuleSet.MetricRule m, int y0, String lang) {
        Curve c = m.curve();
        MetricCatalog.Entry e = MetricCatalog.get(m.metric());
        String unit = m.normalize().unit() != null ? m.normalize().unit() : e == null ? "" : e.unit();
        Axis ax = Axis.of(c, m.anchors());
        int px0 = LEFT;
        int px1 = WIDTH - RIGHT;
        int py0 = y0 + TOP;
        int py1 = y0 + PANEL - BOTTOM;
        sb.append("<g>\n");
        String name = m.label() == null ? m.metric() : m.label().get(lang);
        sb.append(text(LEFT, y0 + 20, "font-size=\"14\" font-weight=\"bold\"", name));
        sb.append(text(LEFT, y0 + 38, "fill=\"#555\"", m.metric() + " · " + c.describe()
                + ("zh".equals(lang) ? (m.higherIsBetter() ? "；越高越好" : "；越低越好") : (m.higherIsBetter() ? "; higher is better" : "; lower is better"))));
        // Frame and score grid.
        sb.append("<rect x=\"").append(px0).append("\" y=\"").append(py0).append("\" width=\"").append(px1 - px0)
                .append("\" height=\"").append(py1 - py0).append("\" fill=\"none\" stroke=\"#999\"/>\n");
        for (int s = 0; s <= 100; s += 25) {
            double y = py1 - (py1 - py0) * s / 100.0;
            sb.append(line(px0, y, px1, y, "stroke=\"#e4e4e4\""));
            sb.append(text(px0 - 8, y + 4, "text-anchor=\"end\" fill=\"#555\"", String.valueOf(s)));
        }
        for (double t : ax.ticks()) {
            double x = ax.x(t, px0, px1);
            sb.append(line(x, py0, x, py1, "stroke=\"#f0f0f0\""));
            sb.append(text(x, py1 + 16, "text-anchor=\"middle\" fill=\"#555\"", ax.label(t)));
        }
        sb.append(text((px0 + px1) / 2.0, py1 + 36, "text-anchor=\"middle\" fill=\"#333\"",
                ("zh".equals(lang) ? "取值" : "value") + (unit.isEmpty() ? "" : " (" + unit + ")") + (ax.log ? ("zh".equals(lang) ? "，对数刻度" : ", log scale") : "")));
        sb.append(text(px0 - 44, (py0 + py1) / 2.0, "text-anchor=\"middle\" fill=\"#333\" transform=\"rotate(-90 "
                + f(px0 - 44) + " " + f((py0 + py1) / 2.0) + ")\"", "zh".equals(lang) ? "曲线得分" : "curve score"));
        // The curve.
        StringBuilder pts = new StringBuilder();
        for (double v : ax.samples(c)) {
            double s = c.eval(v);
            if (s == s) {
                pts.append(f(ax.x(v, px0, px1))).append(',').append(f(py1 - (py1 - py0) * s / 100.0)).append(' ');
            }
        }
        sb.append("<polyline fill=\"none\" stroke=\"#1f5fbf\" stroke-width=\"2\" points=\"").append(pts.toString().strip())
                .append("\"/>\n");
        // Control points.
        for (double v : controlPoints(c)) {
            double s = c.eval(v);
            sb.append("<circle cx=\"").append(f(ax.x(v, px0, px1))).append("\" cy=\"").append(f(py1 - (py1 - py0) * s / 100.0))
                    .append("\" r=\"3.5\" fill=\"#1f5fbf\"/>\n");
        }
        // Anchors: the figures the curve was set by.
        int k = 0;
        for (RuleSet.Anchor a : m.anchors()) {
            double x = ax.x(a.value(), px0, px1);
            double s = c.eval(a.value());
            double y = py1 - (py1 - py0) * s / 100.0;
            sb.append(line(x, py0, x, py1, "stroke=\"#c0392b\" stroke-dasharray=\"5,4\""));
            sb.append(line(px0, y, x, y, "stroke=\"#c0392b\" stroke-dasharray=\"2,3\""));
            sb.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y)).append("\" r=\"4.5\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\"/>\n");
            String label = Numbers.format(a.value()) + " → " + Numbers.score(s) + ": " + a.label().get(lang);
            boolean right = x < (px0 + px1) / 2.0;
            sb.append(text(right ? x + 6 : x - 6, py0 + 14 + 15 * k, (right ? "" : "text-anchor=\"end\" ")
                    + "fill=\"#c0392b\" stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\"", label));
            k++;
        }
        sb.append("</g>\n");
    }

    /** The values a curve is defined by: a linear or step curve's points; a log-normal's median and good value. */
    private static List<Double> controlPoints(Curve c) {
        List<Double> out = new ArrayList<>();
        for (double x : c.controlPoints()) {
            out.add(x);
        }
        return out;
    }

    /** The horizontal axis of one panel: linear or logarithmic, wide enough for the curve's points and anchors. */
    private record Axis(double lo, double hi, boolean log, boolean share) {

        static Axis of(Curve c, List<RuleSet.Anchor> anchors) {
            double lo;
            double hi;
            boolean log = false;
            boolean share = false;
            if (c instanceof Curve.Points p) {
                double[] xs = p.xs();
                lo = xs[0];
                hi = xs[xs.length - 1];
                // Points from 10 to 5,000 crowd into the left edge of a linear axis: draw them on a log one.
                log = lo > 0 && hi / lo >= 50;
            } else if (c instanceof Curve.LogNormal l) {
                lo = Math.min(l.median(), l.good()) / 4;
                hi = Math.max(l.median(), l.good()) * 4;
                log = true;
            } else if (c instanceof Curve.Count n) {
                lo = 0;
                hi = 5 * n.half();
            } else {
                // A coverage share or a yes/no: 0 to 1.
                lo = 0;
                hi = 1;
                share = c instanceof Curve.Coverage;
            }
            for (RuleSet.Anchor a : anchors) {
                if (!log || a.value() > 0) {
                    lo = Math.min(lo, a.value());
                    hi = Math.max(hi, a.value());
                }
            }
            if (log) {
                return new Axis(lo / (c instanceof Curve.LogNormal ? 1.5 : 1.3), hi * 1.3, true, false);
            }
            double span = hi - lo;
            if (!(span > 0)) {
                span = Math.max(1, Math.abs(hi));
            }
            double l = lo - span * 0.08;
            if (lo >= 0 && l < 0) {
                l = 0;
            }
            return new Axis(l, hi + span * 0.08, false, share);
        }

        double x(double v, double px0, double px1) {
            double t = log ? (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) : (v - lo) / (hi - lo);
            return px0 + (px1 - px0) * Math.max(0, Math.min(1, t));
        }

        List<Double> samples(Curve c) {
            List<Double> out = new ArrayList<>();
            for (int i = 0; i <= SAMPLES; i++) {
                double t = i / (double) SAMPLES;
                out.add(log ? Math.exp(Math.log(lo) + t * (Math.log(hi) - Math.log(lo))) : lo + t * (hi - lo));
            }
            double[] jumps = c.jumps();
            if (jumps.length > 0) {
                // Steps jump at their thresholds: a sample on each side draws the jump upright.
                for (double x : jumps) {
                    out.add(Math.nextDown(x));
                    out.add(x);
                }
                out.sort(Double::compare);
            }
            return out;
        }

        /** Round values for grid lines: 1, 2 and 5 times a power of ten. */
        List<Double> ticks() {
            List<Double> out = new ArrayList<>();
            if (log) {
                for (double d = Math.pow(10, Math.floor(Math.log10(lo))); d <= hi; d *= 10) {
                    for (double m : new double[] {1, 2, 5}) {
                        double v = d * m;
                        if (v >= lo && v <= hi) {
                            out.add(v);
                        }
                    }
                }
                return out;
            }
            double raw = (hi - lo) / 6;
            double mag = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
            for (double v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) {
                out.add(Math.abs(v) < step * 1e-9 ? 0 : v);
            }
            return out;
        }

        String label(double v) {
            if (share) {
                return Numbers.format(v * 100, 0) + "%";
            }
            if (Math.abs(v) >= 10_000) {
                return Numbers.format(v / 1000, 0) + "k";
            }
            return Numbers.format(v);
        }
    }

    private static String line(double x1, double y1, double x2, double y2, String attrs) {
        return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\" " + attrs + "/>\n";
    }

    private static String text(double x, double y, String attrs, String s) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\"" + (attrs.isEmpty() ? "" : " " + attrs) + ">" + Text.xml(s) + "</text>\n";
    }

    /** Coordinates with one decimal, formatted without the locale (a comma would break the file). */
    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
