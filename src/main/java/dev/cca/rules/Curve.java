package dev.cca.rules;

import dev.cca.model.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a metric's raw value to a score from 0 to 100. One class per kind of curve, each with its own named
 * parameters (the keys of its {@code curve:} entry in a rule file); what differs between kinds lives in that
 * kind's class and nowhere else. Curves are immutable and monotone (the loader rejects any that is not).
 *
 * <p>{@link #eval(double)} scores one value; {@link #evalInto} and {@link #accumulate} score a whole column,
 * which is what the columnar core calls: one call per column, dispatched once on the curve's class, then a
 * loop without data-dependent branches.
 */
public abstract sealed class Curve permits Curve.Points, Curve.LogNormal, Curve.Bool, Curve.Coverage, Curve.Count {

    /** erfc^-1(0.2): puts the {@code good} control point of a log-normal curve at a score of 90. */
    static final double INVERSE_ERFC_ONE_FIFTH = 0.9061938024368232;

    private static final double LN2 = Math.log(2);

    private Curve() {
    }

    /** {@code kind: linear}: piecewise linear through {@code points}; flat beyond the ends. */
    public static Linear linear(double[] xs, double[] ys) {
        return new Linear(xs.clone(), ys.clone());
    }

    /** {@code kind: steps}: a value at or above threshold i scores ys[i]; below the first, {@code below}. */
    public static Steps steps(double[] xs, double[] ys, double below) {
        return new Steps(xs.clone(), ys.clone(), below);
    }

    /** {@code kind: lognormal}: {@code median} scores 50, {@code good} scores 90. */
    public static LogNormal logNormal(double median, double good) {
        return new LogNormal(median, good);
    }

    /** {@code kind: boolean}: true (1) scores {@code yes}, false (0) scores {@code no}. */
    public static Bool bool(double yes, double no) {
        return new Bool(yes, no);
    }

    /** {@code kind: coverage}: share of a reference list covered; full marks at {@code full_at}. */
    public static Coverage coverage(double fullAt) {
        return new Coverage(fullAt);
    }

    /** {@code kind: count}: diminishing returns, {@code half} scores 50. */
    public static Count count(double half) {
        return new Count(half);
    }

    /** Scores one value (NaN stays NaN: a missing value is handled by the missing-data policy). */
    public final double eval(double x) {
        return x != x ? Double.NaN : score(x);
    }

    /** Scores one value that is not NaN. */
    abstract double score(double x);

    /**
     * Scores {@code in[0..n)} into {@code out}. The inputs are finite (the core stores a missing cell as 0 and
     * marks it by its evidence code).
     */
    public abstract void evalInto(double[] in, double[] out, int n);

    /**
     * Scores {@code in[0..n)} and adds each score, times its cell's evidence factor and {@code w}, to {@code num},
     * and the cell's evidence-coverage weight to {@code cov}. A cell's factor is {@code base[e] + premium[e] x
     * strength} and its coverage weight {@code covW[e] x strength}, for its evidence code {@code e} (all 0 for a
     * missing cell). The same arithmetic as {@link #evalInto} followed by the core's accumulation, fused into one
     * pass where that is faster (a catalog run scores tens of millions of cells, and a scratch array between two
     * passes is memory traffic); linear curves use {@code scratch}, because their vectorised passes beat one scalar
     * pass. Inputs are finite, as for {@link #evalInto}.
     */
    public abstract void accumulate(double[] in, byte[] ev, float[] strength, double[] base, double[] premium, double w,
                                    double[] covW, double[] num, double[] cov, double[] scratch, int n);

    /** True when scores rise with the value (or stay flat); false when they fall. */
    public abstract boolean rises();

    /** The best score this curve can give. */
    public abstract double maxScore();

    /** Whether every value gets the same score (such a curve cannot tell centers apart). */
    public abstract boolean isFlat();

    /** The values the curve is defined by: its points, a log-normal's median and good value, a count's half. */
    public abstract double[] controlPoints();

    /** The values where the score jumps (a step's thresholds), for drawing each jump upright; empty for a continuous curve. */
    public double[] jumps() {
        return new double[0];
    }

    /**
     * Values and their scores that show the curve's shape: a linear or step curve's own points; for the smooth
     * kinds, values that score along the range.
     */
    public abstract List<double[]> samplePoints();

    /** A short description for reports: "linear (10 → 0, 50 → 95)", "log-normal (median 30 → 50, 150 → 90)". */
    public abstract String describe();

    /** {@link #describe()} in {@code lang}: the kind in words, the numbers as they are. */
    public String describe(String lang) {
        return "zh".equals(lang) ? describeZh() : describe();
    }

    /** The Chinese description; a kind without one is described as in English. */
    String describeZh() {
        return describe();
    }

    /**
     * The least improved value that scores at least {@code target}, or NaN when no value does. Found by
     * bisection on the monotone curve between the bounds of {@link #bracket}, unless the kind can say directly.
     */
    public final double valueFor(double target) {
        if (target > maxScore() + 1e-9) {
            return Double.NaN;
        }
        return solve(target, rises());
    }

    /** {@link #valueFor} once the target is known to be reachable by the best score. */
    double solve(double target, boolean up) {
        double[] b = bracket();
        double lo = b[0];
        double hi = b[1];
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

    /** The values between which {@link #solve} bisects: the best score is reached inside them. */
    double[] bracket() {
        throw new IllegalStateException(getClass().getSimpleName() + " solves directly");
    }

    /** The curve at each value, in the order given. */
    final List<double[]> at(double... xs) {
        List<double[]> out = new ArrayList<>(xs.length);
        for (double x : xs) {
            out.add(new double[] {x, eval(x)});
        }
        return out;
    }

    private static String n(double v) {
        return Numbers.format(v);
    }

    // ---- curves defined by points ---------------------------------------------------------------------------

    /** The curves given as a list of [value, score] points: {@link Linear} and {@link Steps}. */
    public abstract static sealed class Points extends Curve permits Linear, Steps {
        final double[] xs;
        final double[] ys;

        private Points(double[] xs, double[] ys) {
            this.xs = xs;
            this.ys = ys;
        }

        /** The points' values, in increasing order. */
        public final double[] xs() {
            return xs.clone();
        }

        /** The points' scores. */
        public final double[] ys() {
            return ys.clone();
        }

        @Override
        public final double[] controlPoints() {
            return xs.clone();
        }

        @Override
        public final List<double[]> samplePoints() {
            return at(xs);
        }

        final String describe(String name, String arrow) {
            StringBuilder sb = new StringBuilder(name).append(" (");
            for (int i = 0; i < xs.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(n(xs[i])).append(arrow).append(n(ys[i]));
            }
            return sb.append(')').toString();
        }
    }

    /** {@code kind: linear, points: [[value, score], ...]}: piecewise linear through the points, flat beyond the ends. */
    public static final class Linear extends Points {
        /**
         * The curve as a sum of ramps: the first point's score, plus per segment its rise times the share of the
         * segment passed, {@code clamp((x - start) / width, 0, 1)}; the sum is clamped to the range of the points'
         * scores. Each ramp is monotone, so the sum is, to the last bit; at a point the share is exactly 0 or 1 (a
         * width divided by itself); and as plain arithmetic without table look-ups, the column form is a loop the
         * JIT compiles to vector instructions.
         */
        private final double[] rampStart;
        private final double[] rampWidth;
        private final double[] rampRise;
        private final double lo;
        private final double hi;

        private Linear(double[] xs, double[] ys) {
            super(xs, ys);
            int segments = Math.max(0, xs.length - 1);
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
        }

        @Override
        double score(double x) {
            double s = ys[0];
            for (int j = 0; j < rampStart.length; j++) {
                s += rampRise[j] * Math.min(Math.max((x - rampStart[j]) / rampWidth[j], 0.0), 1.0);
            }
            return Math.min(Math.max(s, lo), hi);
        }

        /** {@link #score} over a column, one pass per segment (the same operations in the same order). */
        @Override
        public void evalInto(double[] in, double[] out, int n) {
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

        @Override
        public void accumulate(double[] in, byte[] ev, float[] strength, double[] base, double[] premium, double w,
                               double[] covW, double[] num, double[] cov, double[] scratch, int n) {
            // Vector passes into scratch beat one scalar pass here.
            evalInto(in, scratch, n);
            for (int i = 0; i < n; i++) {
                int e = ev[i];
                double s = strength[i];
                num[i] += w * (scratch[i] * (base[e] + premium[e] * s));
                cov[i] += covW[e] * s;
            }
        }

        @Override
        public boolean rises() {
            return ys[ys.length - 1] >= ys[0];
        }

        @Override
        public double maxScore() {
            return hi;
        }

        @Override
        public boolean isFlat() {
            return lo == hi;
        }

        @Override
        double[] bracket() {
            return new double[] {xs[0], xs[xs.length - 1]};
        }

        @Override
        public String describe() {
            return describe("linear", " → ");
        }

        @Override
        String describeZh() {
            return describe("线性", " → ").replace(" (", "（").replaceAll("\\)$", "）");
        }
    }

    /**
     * {@code kind: steps, points: [[threshold, score], ...], below: score}: a value at or above threshold i scores
     * the i-th score; below the first threshold, {@code below}.
     */
    public static final class Steps extends Points {
        private final double below;
        /** The score of "below", then of each step: indexed by the count of thresholds passed. */
        private final double[] stepScore;

        private Steps(double[] xs, double[] ys, double below) {
            super(xs, ys);
            this.below = below;
            stepScore = new double[xs.length + 1];
            stepScore[0] = below;
            System.arraycopy(ys, 0, stepScore, 1, xs.length);
        }

        /** The score of a value below the first threshold. */
        public double below() {
            return below;
        }

        private int stepIndex(double x) {
            int k = 0;
            for (double t : xs) {
                k += x >= t ? 1 : 0;
            }
            return k;
        }

        @Override
        double score(double x) {
            return stepScore[stepIndex(x)];
        }

        @Override
        public void evalInto(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                out[i] = stepScore[stepIndex(in[i])];
            }
        }

        @Override
        public void accumulate(double[] in, byte[] ev, float[] strength, double[] base, double[] premium, double w,
                               double[] covW, double[] num, double[] cov, double[] scratch, int n) {
            for (int i = 0; i < n; i++) {
                int e = ev[i];
                double s = strength[i];
                num[i] += w * (stepScore[stepIndex(in[i])] * (base[e] + premium[e] * s));
                cov[i] += covW[e] * s;
            }
        }

        @Override
        public boolean rises() {
            return ys[ys.length - 1] >= below;
        }

        @Override
        public double maxScore() {
            return Math.max(below, Arrays.stream(ys).max().orElse(0));
        }

        @Override
        public boolean isFlat() {
            double min = Arrays.stream(ys).min().orElse(0);
            double max = Arrays.stream(ys).max().orElse(0);
            return min == max && below == ys[0];
        }

        @Override
        public double[] jumps() {
            return xs.clone();
        }

        /** The first threshold whose step reaches the target, or (falling) the last value before a step below it. */
        @Override
        double solve(double target, boolean up) {
            if (up) {
                for (int i = 0; i < xs.length; i++) {
                    if (ys[i] >= target - 1e-9) {
                        return xs[i];
                    }
                }
                return Double.NaN;
            }
            if (below < target - 1e-9) {
                return Double.NaN;
            }
            for (int i = 0; i < xs.length; i++) {
                if (ys[i] < target - 1e-9) {
                    return Math.nextDown(xs[i]);
                }
            }
            return xs[xs.length - 1];
        }

        @Override
        public String describe() {
            return describe("steps", "+ → ");
        }

        @Override
        String describeZh() {
            return describe("阶梯", "+ → ").replace(" (", "（").replaceAll("\\)$", "）");
        }
    }

    // ---- smooth curves --------------------------------------------------------------------------------------

    /**
     * {@code kind: lognormal, median: m, good: g}: as Lighthouse scores metrics, {@code median} scores 50 and
     * {@code good} scores 90 (good above the median for higher-is-better, below for lower-is-better).
     */
    public static final class LogNormal extends Curve {
        private final double median;
        private final double good;
        /** z = log2(x) * c1 + c0 indexes {@link #TABLE}. */
        private final double c1;
        private final double c0;

        private LogNormal(double median, double good) {
            this.median = median;
            this.good = good;
            // z = ln(x / median) * erfc^-1(0.2) / ln(median / good), written on log2(x) (which is cheap) as
            // z = log2(x) * c1 + c0.
            double k = INVERSE_ERFC_ONE_FIFTH / Math.log(median / good);
            c1 = k * Math.log(2);
            c0 = -Math.log(median) * k;
        }

        /** The value that scores 50. */
        public double median() {
            return median;
        }

        /** The value that scores 90. */
        public double good() {
            return good;
        }

        @Override
        double score(double x) {
            double z = FastMath.log2(x) * c1 + c0;
            double d = (z - Z_MIN) * Z_STEPS;
            d = d > 0 ? Math.min((double) Z_LAST, d) : 0.0;
            int j = (int) d;
            double f = d - j;
            double lo = TABLE[j];
            return lo + f * (TABLE[j + 1] - lo);
        }

        @Override
        public void evalInto(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                out[i] = score(in[i]);
            }
        }

        @Override
        public void accumulate(double[] in, byte[] ev, float[] strength, double[] base, double[] premium, double w,
                               double[] covW, double[] num, double[] cov, double[] scratch, int n) {
            for (int i = 0; i < n; i++) {
                int e = ev[i];
                double s = strength[i];
                num[i] += w * (score(in[i]) * (base[e] + premium[e] * s));
                cov[i] += covW[e] * s;
            }
        }

        @Override
        public boolean rises() {
            return good > median;
        }

        @Override
        public double maxScore() {
            return 100.0;
        }

        @Override
        public boolean isFlat() {
            return false;
        }

        @Override
        public double[] controlPoints() {
            return new double[] {median, good};
        }

        @Override
        double[] bracket() {
            return new double[] {Math.min(median, good) / 1e6, Math.max(median, good) * 1e6};
        }

        /** The values that score 10, 25, 50, 75, 90 and 95, rounded to three significant digits. */
        @Override
        public List<double[]> samplePoints() {
            Map<Double, Double> pts = new LinkedHashMap<>();
            for (double target : new double[] {10, 25, 50, 75, 90, 95}) {
                double x = valueFor(target);
                if (x == x) {
                    double r = round3(x);
                    pts.put(r, eval(r));
                }
            }
            List<double[]> out = new ArrayList<>();
            pts.forEach((x, y) -> out.add(new double[] {x, y}));
            out.sort((p, q) -> Double.compare(p[0], q[0]));
            return out;
        }

        @Override
        public String describe() {
            return "log-normal (median " + n(median) + " → 50, " + n(good) + " → 90)";
        }

        @Override
        String describeZh() {
            return "对数正态（中位数 " + n(median) + " → 50，" + n(good) + " → 90）";
        }

        /**
         * 50 x erfc(z) tabulated over [-6, 6] in steps of 1/512 (interpolation error below 3e-5 points), with a
         * sentinel at the end. A table instead of computing erfc saves an exp per value; it is exactly 50 at the
         * median (z = 0 is a grid point) and monotone, as interpolating a monotone table is.
         */
        private static final double Z_MIN = -6.0;
        private static final int Z_STEPS = 512;
        private static final int Z_LAST = 12 * Z_STEPS;
        private static final double[] TABLE = table();

        private static double[] table() {
            double[] t = new double[Z_LAST + 2];
            for (int j = 0; j <= Z_LAST; j++) {
                double z = Z_MIN + (double) j / Z_STEPS;
                t[j] = Math.max(0.0, Math.min(100.0, 50.0 * erfc(z)));
            }
            t[Z_LAST + 1] = t[Z_LAST];
            return t;
        }
    }

    /** Three significant digits, for sample values a reader can take in. */
    static double round3(double x) {
        if (x == 0) {
            return 0;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(Math.abs(x))) - 2);
        return Math.round(x / mag) * mag;
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

    /** {@code kind: boolean, yes: score, no: score}: true (1) scores {@code yes}, false (0) scores {@code no}. */
    public static final class Bool extends Curve {
        private final double yes;
        private final double no;

        private Bool(double yes, double no) {
            this.yes = yes;
            this.no = no;
        }

        /** The score of true. */
        public double yes() {
            return yes;
        }

        /** The score of false. */
        public double no() {
            return no;
        }

        @Override
        double score(double x) {
            return x >= 0.5 ? yes : no;
        }

        @Override
        public void evalInto(double[] in, double[] out, int n) {
            double y = yes;
            double o = no;
            for (int i = 0; i < n; i++) {
                out[i] = in[i] >= 0.5 ? y : o;
            }
        }

        @Override
        public void accumulate(double[] in, byte[] ev, float[] strength, double[] base, double[] premium, double w,
                               double[] covW, double[] num, double[] cov, double[] scratch, int n) {
            double y = yes;
            double o = no;
            for (int i = 0; i < n; i++) {
                int e = ev[i];
                double s = strength[i];
                num[i] += w * ((in[i] >= 0.5 ? y : o) * (base[e] + premium[e] * s));
                cov[i] += covW[e] * s;
            }
        }

        @Override
        public boolean rises() {
            return yes >= no;
        }

        @Override
        public double maxScore() {
            return Math.max(yes, no);
        }

        @Override
        public boolean isFlat() {
            return yes == no;
        }

        @Override
        public double[] controlPoints() {
            return new double[] {0, 1};
        }

        @Override
        public double[] jumps() {
            return new double[] {0.5};
        }

        @Override
        double solve(double target, boolean up) {
            return up ? (yes >= target ? 1 : Double.NaN) : (no >= target ? 0 : Double.NaN);
        }

        @Override
        public List<double[]> samplePoints() {
            return at(1, 0);
        }

        @Override
        public String describe() {
            return "yes → " + n(yes) + ", no → " + n(no);
        }

        @Override
        String describeZh() {
            return "是 → " + n(yes) + "，否 → " + n(no);
        }
    }

    /**
     * {@code kind: coverage, full_at: share}: the share of a reference list covered (0-1, computed on
     * extraction), scored in proportion up to full marks at {@code full_at}.
     */
    public static final class Coverage extends Curve {
        private final double fullAt;
        /** 100 / full_at. */
        private final double k;

        private Coverage(double fullAt) {
            this.fullAt = fullAt;
            this.k = 100.0 / fullAt;
        }

        /** The covered share that earns full marks. */
        public double fullAt() {
            return fullAt;
        }

        @Override
        double score(double x) {
            return Math.min(100.0, k * x);
        }

        @Override
        public void evalInto(double[] in, double[] out, int n) {
            double k = this.k;
            for (int i = 0; i < n; i++) {
                out[i] = Math.min(100.0, k * in[i]);
            }
        }

        @Override
        public void accumulate(double[] in, byte[] ev, float[] strength, double[] base, double[] premium, double w,
                               double[] covW, double[] num, double[] cov, double[] scratch, int n) {
            double k = this.k;
            for (int i = 0; i < n; i++) {
                int e = ev[i];
                double s = strength[i];
                num[i] += w * (Math.min(100.0, k * in[i]) * (base[e] + premium[e] * s));
                cov[i] += covW[e] * s;
            }
        }

        @Override
        public boolean rises() {
            return true;
        }

        @Override
        public double maxScore() {
            return 100.0;
        }

        @Override
        public boolean isFlat() {
            return false;
        }

        @Override
        public double[] controlPoints() {
            return new double[] {fullAt};
        }

        @Override
        double[] bracket() {
            return new double[] {0, fullAt};
        }

        /** No share, a quarter, half, three quarters and all of full_at. */
        @Override
        public List<double[]> samplePoints() {
            return at(0, 0.25 * fullAt, 0.5 * fullAt, 0.75 * fullAt, fullAt);
        }

        @Override
        public String describe() {
            return "coverage (full marks at " + n(fullAt * 100) + "%)";
        }

        @Override
        String describeZh() {
            return "覆盖率（达到 " + n(fullAt * 100) + "% 得满分）";
        }
    }

    /** {@code kind: count, half: n}: diminishing returns for counts, 100 x (1 - 2^(-x / half)); {@code half} scores 50. */
    public static final class Count extends Curve {
        private final double half;
        /** 1 / half. */
        private final double invHalf;

        private Count(double half) {
            this.half = half;
            this.invHalf = 1.0 / half;
        }

        /** The count that scores 50. */
        public double half() {
            return half;
        }

        /** 100 x (1 - 2^(-x / half)), with the power of two from {@link FastMath#exp2Neg}. */
        @Override
        double score(double x) {
            return 100.0 * (1.0 - FastMath.exp2Neg(x * invHalf));
        }

        @Override
        public void evalInto(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                out[i] = score(in[i]);
            }
        }

        @Override
        public void accumulate(double[] in, byte[] ev, float[] strength, double[] base, double[] premium, double w,
                               double[] covW, double[] num, double[] cov, double[] scratch, int n) {
            for (int i = 0; i < n; i++) {
                int e = ev[i];
                double s = strength[i];
                num[i] += w * (score(in[i]) * (base[e] + premium[e] * s));
                cov[i] += covW[e] * s;
            }
        }

        @Override
        public boolean rises() {
            return true;
        }

        @Override
        public double maxScore() {
            return 100.0;
        }

        @Override
        public boolean isFlat() {
            return false;
        }

        @Override
        public double[] controlPoints() {
            return new double[] {half};
        }

        /** The least whole count that scores the target: ceil(half x log2(1 / (1 - target / 100))); 100 is never reached. */
        @Override
        double solve(double target, boolean up) {
            if (target >= 100) {
                return Double.NaN;
            }
            double n = Math.ceil(-half * Math.log(1 - target / 100.0) / LN2 - 1e-9);
            // The closed form and the scoring pass's fast power of two round differently: settle on the least whole
            // count the scoring pass itself gives the target (one step either way at most).
            if (eval(n) < target) {
                n += 1;
            } else if (n >= 1 && eval(n - 1) >= target) {
                n -= 1;
            }
            return n;
        }

        /** None, and one to four halves. */
        @Override
        public List<double[]> samplePoints() {
            return at(0, half, 2 * half, 3 * half, 4 * half);
        }

        @Override
        public String describe() {
            return "diminishing count (" + n(half) + " → 50)";
        }

        @Override
        String describeZh() {
            return "递减计数（" + n(half) + " → 50）";
        }
    }
}
