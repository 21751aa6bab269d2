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

    // Precomputed forms used by every evaluation (the single-value one and the column one alike, so both
    // give bit-identical scores).
    /**
     * LINEAR, as a sum of ramps: the first point's score, plus per segment its rise times the share of the
     * segment passed, {@code clamp((x - start) / width, 0, 1)}; the sum is clamped to the range of the
     * points' scores. Each ramp is monotone, so the sum is, to the last bit; at a point the share is exactly
     * 0 or 1 (a width divided by itself); and as plain arithmetic without table look-ups, the column form
     * is a loop the JIT compiles to vector instructions.
     */
    private final double[] rampStart;
    private final double[] rampWidth;
    private final double[] rampRise;
    private final double lo;
    private final double hi;
    /** STEPS: the score of "below", then of each step. */
    private final double[] stepScore;
    /** LOGNORMAL: z = ln(x) * c1 + c0 indexes {@link #LOGNORMAL_TABLE}. */
    private final double c1;
    private final double c0;
    /** COUNT: 1 / half. */
    private final double invHalf;

    private Curve(Kind kind, double[] xs, double[] ys, double a, double b) {
        this.kind = kind;
        this.xs = xs;
        this.ys = ys;
        this.a = a;
        this.b = b;
        int n = xs.length;
        if (kind == Kind.LINEAR) {
            int segments = Math.max(0, n - 1);
            rampStart = new double[segments];
            rampWidth = new double[segments];
            rampRise = new double[segments];
            for (int i = 0; i < segments; i++) {
                rampStart[i] = xs[i];
                rampWidth[i] = xs[i + 1] - xs[i];
                rampRise[i] = ys[i + 1] - ys[i];
            }
            lo = Arrays.stream(ys).min().orElse(0);
            hi = Arrays.stream(ys).max().orElse(0);
        } else {
            rampStart = rampWidth = rampRise = null;
            lo = hi = 0;
        }
        if (kind == Kind.STEPS) {
            stepScore = new double[n + 1];
            stepScore[0] = a;
            System.arraycopy(ys, 0, stepScore, 1, n);
        } else {
            stepScore = null;
        }
        if (kind == Kind.LOGNORMAL) {
            // z = ln(x / median) * erfc^-1(0.2) / ln(median / good), written on log2(x) (which is cheap) as
            // z = log2(x) * c1 + c0.
            double k = INVERSE_ERFC_ONE_FIFTH / Math.log(a / b);
            c1 = k * Math.log(2);
            c0 = -Math.log(a) * k;
        } else {
            c1 = 0;
            c0 = 0;
        }
        invHalf = kind == Kind.COUNT ? 1.0 / a : 0;
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

    private static final double LN2 = Math.log(2);

    /** Scores one value (NaN stays NaN: a missing value is handled by the missing-data policy). */
    public double eval(double x) {
        if (x != x) {
            return Double.NaN;
        }
        return switch (kind) {
            case LINEAR -> linear(x);
            case STEPS -> stepScore[stepIndex(x)];
            case LOGNORMAL -> logNormal(x);
            case BOOLEAN -> x >= 0.5 ? a : b;
            case COVERAGE -> Math.min(100.0, (100.0 / a) * x);
            case COUNT -> countScore(x);
        };
    }

    /**
     * Scores {@code in[0..n)} into {@code out}. The inputs are finite (the core stores a missing cell as 0 and
     * marks it by its evidence code). One switch on the kind per column, then a loop without data-dependent
     * branches: segment and step indices are counts of thresholds passed, clamps are min/max.
     */
    public void evalInto(double[] in, double[] out, int n) {
        switch (kind) {
            case LINEAR -> linearInto(in, out, n);
            case STEPS -> {
                for (int i = 0; i < n; i++) {
                    out[i] = stepScore[stepIndex(in[i])];
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
                    out[i] = in[i] >= 0.5 ? yes : no;
                }
            }
            case COVERAGE -> {
                double k = 100.0 / a;
                for (int i = 0; i < n; i++) {
                    out[i] = Math.min(100.0, k * in[i]);
                }
            }
            case COUNT -> {
                for (int i = 0; i < n; i++) {
                    out[i] = countScore(in[i]);
                }
            }
        }
    }

    /**
     * Scores {@code in[0..n)} and adds each score, times its cell's evidence factor and {@code w}, to {@code num},
     * and the cell's evidence-coverage weight to {@code cov}. A cell's factor is {@code base[e] + premium[e] x
     * strength} and its coverage weight {@code covW[e] x strength}, for its evidence code {@code e} (all 0 for a
     * missing cell). The same arithmetic as {@link #evalInto} followed by the core's accumulation, fused into one
     * pass where that is faster (a catalog run scores tens of millions of cells, and a scratch array between two
     * passes is memory traffic); linear curves use {@code scratch}, because their vectorised passes beat one scalar
     * pass. Inputs are finite, as for {@link #evalInto}.
     */
    public void accumulate(double[] in, byte[] ev, float[] strength, double[] base, double[] premium, double w, double[] covW,
                           double[] num, double[] cov, double[] scratch, int n) {
        switch (kind) {
            case LINEAR -> {
                // Vector passes into scratch beat one scalar pass here.
                linearInto(in, scratch, n);
                for (int i = 0; i < n; i++) {
                    int e = ev[i];
                    double s = strength[i];
                    num[i] += w * (scratch[i] * (base[e] + premium[e] * s));
                    cov[i] += covW[e] * s;
                }
            }
            case STEPS -> {
                for (int i = 0; i < n; i++) {
                    int e = ev[i];
                    double s = strength[i];
                    num[i] += w * (stepScore[stepIndex(in[i])] * (base[e] + premium[e] * s));
                    cov[i] += covW[e] * s;
                }
            }
            case LOGNORMAL -> {
                for (int i = 0; i < n; i++) {
                    int e = ev[i];
                    double s = strength[i];
                    num[i] += w * (logNormal(in[i]) * (base[e] + premium[e] * s));
                    cov[i] += covW[e] * s;
                }
            }
            case BOOLEAN -> {
                for (int i = 0; i < n; i++) {
                    int e = ev[i];
                    double s = strength[i];
                    num[i] += w * ((in[i] >= 0.5 ? a : b) * (base[e] + premium[e] * s));
                    cov[i] += covW[e] * s;
                }
            }
            case COVERAGE -> {
                double k = 100.0 / a;
                for (int i = 0; i < n; i++) {
                    int e = ev[i];
                    double s = strength[i];
                    num[i] += w * (Math.min(100.0, k * in[i]) * (base[e] + premium[e] * s));
                    cov[i] += covW[e] * s;
                }
            }
            case COUNT -> {
                for (int i = 0; i < n; i++) {
                    int e = ev[i];
                    double s = strength[i];
                    num[i] += w * (countScore(in[i]) * (base[e] + premium[e] * s));
                    cov[i] += covW[e] * s;
                }
            }
        }
    }

    /** Piecewise linear, flat outside the points: the sum of ramps described at {@link #rampStart}. */
    private double linear(double x) {
        double s = ys[0];
        for (int j = 0; j < rampStart.length; j++) {
            s += rampRise[j] * Math.min(Math.max((x - rampStart[j]) / rampWidth[j], 0.0), 1.0);
        }
        return Math.min(Math.max(s, lo), hi);
    }

    /** {@link #linear} over a column, one pass per segment (the same operations in the same order). */
    private void linearInto(double[] in, double[] out, int n) {
        Arrays.fill(out, 0, n, ys[0]);
        for (int j = 0; j < rampStart.length; j++) {
            double start = rampStart[j];
            double width = rampWidth[j];
            double rise = rampRise[j];
            for (int i = 0; i < n; i++) {
                out[i] += rise * Math.min(Math.max((in[i] - start) / width, 0.0), 1.0);
            }
        }
        double l = lo;
        double h = hi;
        for (int i = 0; i < n; i++) {
            out[i] = Math.min(Math.max(out[i], l), h);
        }
    }

    private int stepIndex(double x) {
        int k = 0;
        for (double t : xs) {
            k += x >= t ? 1 : 0;
        }
        return k;
    }

    /** 100 x (1 - 2^(-x / half)), with the power of two from {@link FastMath#exp2Neg}. */
    private double countScore(double x) {
        return 100.0 * (1.0 - FastMath.exp2Neg(x * invHalf));
    }

    private double logNormal(double x) {
        double z = FastMath.log2(x) * c1 + c0;
        double d = (z - Z_MIN) * Z_STEPS;
        d = d > 0 ? Math.min((double) Z_LAST, d) : 0.0;
        int j = (int) d;
        double f = d - j;
        double lo = LOGNORMAL_TABLE[j];
        return lo + f * (LOGNORMAL_TABLE[j + 1] - lo);
    }

    /**
     * 50 x erfc(z) tabulated over [-6, 6] in steps of 1/512 (interpolation error below 3e-5 points), with a
     * sentinel at the end. A table instead of computing erfc saves an exp per value; it is exactly 50 at the
     * median (z = 0 is a grid point) and monotone, as interpolating a monotone table is.
     */
    private static final double Z_MIN = -6.0;
    private static final int Z_STEPS = 512;
    private static final int Z_LAST = 12 * Z_STEPS;
    private static final double[] LOGNORMAL_TABLE = table();

    private static double[] table() {
        double[] t = new double[Z_LAST + 2];
        for (int j = 0; j <= Z_LAST; j++) {
            double z = Z_MIN + (double) j / Z_STEPS;
            t[j] = Math.max(0.0, Math.min(100.0, 50.0 * erfc(z)));
        }
        t[Z_LAST + 1] = t[Z_LAST];
        return t;
    }

    /**
     * Complementary error function, Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7, the same
     * approximation Lighthouse uses); monotone decreasing.
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
            case LINEAR -> hi;
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
