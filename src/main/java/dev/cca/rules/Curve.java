package dev.cca.rules;

import java.util.Arrays;

/**
 * Maps a metric's raw value to a score from 0 to 100. Curves are immutable and monotone (the loader
 * rejects any that is not). {@link #eval(double)} scores one value; {@link #evalInto} scores a whole
 * column with the kind switch hoisted out of the loop, which is what the columnar core calls.
 */
public final class Curve {

    public enum Kind {
        /** Piecewise linear through points; flat beyond the ends. */
        LINEAR,
        /** Step function: a value at or above threshold i scores ys[i]; below the first, {@code below}. */
        STEPS,
        /** Log-normal, as Lighthouse scores metrics: {@code median} scores 50, {@code good} scores 90. */
        LOGNORMAL,
        /** True (1) scores {@code yes}, false (0) scores {@code no}. */
        BOOLEAN,
        /** Share of a reference list covered (0-1, computed on extraction); full marks at {@code full}. */
        COVERAGE,
        /** Diminishing returns for counts: 100 * (1 - 2^(-x / half)); {@code half} scores 50. */
        COUNT
    }

    /** erfc^-1(0.2): puts the {@code good} control point of a log-normal curve at a score of 90. */
    static final double INVERSE_ERFC_ONE_FIFTH = 0.9061938024368232;

    private final Kind kind;
    private final double[] xs;
    private final double[] ys;
    private final double a;
    private final double b;

    private Curve(Kind kind, double[] xs, double[] ys, double a, double b) {
        this.kind = kind;
        this.xs = xs;
        this.ys = ys;
        this.a = a;
        this.b = b;
    }

    public static Curve linear(double[] xs, double[] ys) {
        return new Curve(Kind.LINEAR, xs.clone(), ys.clone(), 0, 0);
    }

    public static Curve steps(double[] xs, double[] ys, double below) {
        return new Curve(Kind.STEPS, xs.clone(), ys.clone(), below, 0);
    }

    public static Curve logNormal(double median, double good) {
        return new Curve(Kind.LOGNORMAL, new double[0], new double[0], median, good);
    }

    public static Curve bool(double yes, double no) {
        return new Curve(Kind.BOOLEAN, new double[0], new double[0], yes, no);
    }

    public static Curve coverage(double full) {
        return new Curve(Kind.COVERAGE, new double[0], new double[0], full, 0);
    }

    public static Curve count(double half) {
        return new Curve(Kind.COUNT, new double[0], new double[0], half, 0);
    }

    public Kind kind() {
        return kind;
    }

    public double[] xs() {
        return xs.clone();
    }

    public double[] ys() {
        return ys.clone();
    }

    /** LOGNORMAL: median; STEPS: score below the first step; BOOLEAN: score of true; COVERAGE: full share; COUNT: half. */
    public double a() {
        return a;
    }

    /** LOGNORMAL: the value scoring 90; BOOLEAN: score of false. */
    public double b() {
        return b;
    }

    /** Scores one value (NaN stays NaN: a missing value is handled by the missing-data policy). */
    public double eval(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return switch (kind) {
            case LINEAR -> linear(x);
            case STEPS -> steps(x);
            case LOGNORMAL -> logNormal(x);
            case BOOLEAN -> x >= 0.5 ? a : b;
            case COVERAGE -> Math.min(100.0, (100.0 / a) * x);
            case COUNT -> 100.0 * (1.0 - Math.exp(x * (-LN2 / a)));
        };
    }

    private static final double LN2 = Math.log(2);

    /**
     * Scores {@code in[0..n)} into {@code out}. NaN (missing) stays NaN. One branch on the kind per column,
     * then a branch-light loop the JIT can keep in registers.
     */
    public void evalInto(double[] in, double[] out, int n) {
        switch (kind) {
            case LINEAR -> {
                for (int i = 0; i < n; i++) {
                    out[i] = linear(in[i]);
                }
            }
            case STEPS -> {
                for (int i = 0; i < n; i++) {
                    double x = in[i];
                    out[i] = x != x ? Double.NaN : steps(x);
                }
            }
            case LOGNORMAL -> {
                for (int i = 0; i < n; i++) {
                    out[i] = logNormal(in[i]);
                }
            }
            case BOOLEAN -> {
                double yes = a;
                double no = b;
                for (int i = 0; i < n; i++) {
                    double x = in[i];
                    out[i] = x != x ? Double.NaN : x >= 0.5 ? yes : no;
                }
            }
            case COVERAGE -> {
                double k = 100.0 / a;
                for (int i = 0; i < n; i++) {
                    out[i] = Math.min(100.0, k * in[i]);
                }
            }
            case COUNT -> {
                double k = -LN2 / a;
                for (int i = 0; i < n; i++) {
                    out[i] = 100.0 * (1.0 - Math.exp(in[i] * k));
                }
            }
        }
    }

    private double linear(double x) {
        double[] px = xs;
        double[] py = ys;
        int last = px.length - 1;
        if (x <= px[0]) {
            return x != x ? Double.NaN : py[0];
        }
        if (x >= px[last]) {
            return py[last];
        }
        int i = 1;
        while (x > px[i]) {
            i++;
        }
        double t = (x - px[i - 1]) / (px[i] - px[i - 1]);
        return py[i - 1] + t * (py[i] - py[i - 1]);
    }

    private double steps(double x) {
        double s = a;
        for (int i = 0; i < xs.length && x >= xs[i]; i++) {
            s = ys[i];
        }
        return s;
    }

    private double logNormal(double x) {
        if (x != x) {
            return Double.NaN;
        }
        boolean higherBetter = b > a;
        if (x <= 0) {
            return higherBetter ? 0.0 : 100.0;
        }
        double z = Math.log(x / a) * INVERSE_ERFC_ONE_FIFTH / Math.log(a / b);
        double s = 100.0 * erfc(z) / 2.0;
        return Math.max(0.0, Math.min(100.0, s));
    }

    /**
     * Complementary error function, Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7, the same
     * approximation Lighthouse uses). Monotone decreasing, which the scoring properties rely on.
     */
    static double erfc(double x) {
        double ax = Math.abs(x);
        double t = 1.0 / (1.0 + 0.3275911 * ax);
        double y = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        double erf = 1.0 - y * Math.exp(-ax * ax);
        return x >= 0 ? 1.0 - erf : 1.0 + erf;
    }

    /** True when scores rise with the value (or stay flat); false when they fall. */
    public boolean rises() {
        return switch (kind) {
            case LINEAR, STEPS -> ys[ys.length - 1] >= (kind == Kind.STEPS ? a : ys[0]);
            case LOGNORMAL -> b > a;
            case BOOLEAN -> a >= b;
            case COVERAGE, COUNT -> true;
        };
    }

    /** The best score this curve can give. */
    public double maxScore() {
        return switch (kind) {
            case LINEAR -> Arrays.stream(ys).max().orElse(0);
            case STEPS -> Math.max(a, Arrays.stream(ys).max().orElse(0));
            case LOGNORMAL, COVERAGE -> 100.0;
            case COUNT -> 100.0;
            case BOOLEAN -> Math.max(a, b);
        };
    }

    /**
     * The least improved value that scores at least {@code target}, or NaN when no value does. Found by
     * bisection on the monotone curve, which works for every kind alike.
     */
    public double valueFor(double target) {
        if (target > maxScore() + 1e-9) {
            return Double.NaN;
        }
        boolean up = rises();
        double lo;
        double hi;
        switch (kind) {
            case STEPS -> {
                if (up) {
                    for (int i = 0; i < xs.length; i++) {
                        if (ys[i] >= target - 1e-9) {
                            return xs[i];
                        }
                    }
                    return Double.NaN;
                }
                if (a < target - 1e-9) {
                    return Double.NaN;
                }
                for (int i = 0; i < xs.length; i++) {
                    if (ys[i] < target - 1e-9) {
                        return Math.nextDown(xs[i]);
                    }
                }
                return xs[xs.length - 1];
            }
            case LINEAR -> {
                lo = xs[0];
                hi = xs[xs.length - 1];
            }
            case LOGNORMAL -> {
                lo = Math.min(a, b) / 1e6;
                hi = Math.max(a, b) * 1e6;
            }
            case BOOLEAN -> {
                return up ? (a >= target ? 1 : Double.NaN) : (b >= target ? 0 : Double.NaN);
            }
            case COVERAGE -> {
                lo = 0;
                hi = a;
            }
            case COUNT -> {
                if (target >= 100) {
                    return Double.NaN;
                }
                return Math.ceil(-a * Math.log(1 - target / 100.0) / LN2 - 1e-9);
            }
            default -> throw new IllegalStateException();
        }
        if (eval(up ? hi : lo) < target - 1e-9) {
            return Double.NaN;
        }
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            boolean enough = eval(mid) >= target - 1e-9;
            if (up == enough) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return up ? hi : lo;
    }

    /** A short description for reports: "linear (10 -> 0, 50 -> 95)", "log-normal (median 30, good 150)". */
    public String describe() {
        return switch (kind) {
            case LINEAR, STEPS -> {
                StringBuilder sb = new StringBuilder(kind == Kind.LINEAR ? "linear (" : "steps (");
                for (int i = 0; i < xs.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(dev.cca.model.Numbers.format(xs[i])).append(kind == Kind.LINEAR ? " → " : "+ → ")
                            .append(dev.cca.model.Numbers.format(ys[i]));
                }
                yield sb.append(')').toString();
            }
            case LOGNORMAL -> "log-normal (median " + dev.cca.model.Numbers.format(a) + " → 50, "
                    + dev.cca.model.Numbers.format(b) + " → 90)";
            case BOOLEAN -> "yes → " + dev.cca.model.Numbers.format(a) + ", no → " + dev.cca.model.Numbers.format(b);
            case COVERAGE -> "coverage (full marks at " + dev.cca.model.Numbers.format(a * 100) + "%)";
            case COUNT -> "diminishing count (" + dev.cca.model.Numbers.format(a) + " → 50)";
        };
    }
}
