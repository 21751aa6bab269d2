package dev.cca.engine.robust;

import dev.cca.engine.Rescorer;
import dev.cca.rules.RuleSet;
import java.util.List;

/**
 * Draws the judgements of variation {@code v}: weights around the rule set's (by its {@code robustness.weights}
 * distribution, group by group), an aggregation and missing-data policies from the rule set's alternatives. Each
 * variation's draws come from its own stream, seeded by the run's seed and the variation's number, so variation
 * {@code v} is the same whichever thread draws it and however often; the arithmetic is {@link StrictMath}'s, so it
 * is the same on every JVM. Nothing is allocated per draw.
 *
 * <p>What each variation drew is also written as one value per {@linkplain #factorCount factor} (for the
 * sensitivity indices): for a weight, its share of its group relative to the rule set's share; for a choice, the
 * index of the alternative.
 */
final class Sampler {

    private final Rescorer rescorer;
    private final RuleSet.Robustness spec;
    private final long seed;
    private final double[] nominal;
    private final double[] drawn;
    /** Weights that vary: those in groups of two or more with a positive weight (a lone weight is always 100%). */
    private final int[] varying;
    private final List<RuleSet.Combine> aggregation;
    private final List<RuleSet.Missing> metricMissing;
    private final List<RuleSet.Missing> indicatorMissing;
    private long state;

    Sampler(Rescorer rescorer, RuleSet.Robustness spec, long seed) {
        this.rescorer = rescorer;
        this.spec = spec;
        this.seed = seed;
        int nw = rescorer.weightCount();
        this.nominal = new double[nw];
        this.drawn = new double[nw];
        for (int j = 0; j < nw; j++) {
            nominal[j] = rescorer.nominalWeight(j);
        }
        boolean weightsVary = spec.distribution() == RuleSet.WeightDistribution.DIRICHLET || spec.spread() > 0;
        int[] v = new int[nw];
        int count = 0;
        for (int g = 0; g < rescorer.groupCount() && weightsVary; g++) {
            int positive = 0;
            for (int j = rescorer.groupFrom(g); j < rescorer.groupTo(g); j++) {
                positive += nominal[j] > 0 ? 1 : 0;
            }
            for (int j = rescorer.groupFrom(g); j < rescorer.groupTo(g) && positive > 1; j++) {
                if (nominal[j] > 0) {
                    v[count++] = j;
                }
            }
        }
        this.varying = java.util.Arrays.copyOf(v, count);
        this.aggregation = spec.aggregation();
        this.metricMissing = spec.metricMissing();
        this.indicatorMissing = spec.indicatorMissing();
    }

    /** Factors: the varying weights, then the aggregation, the metric and the indicator policy when they have alternatives. */
    int factorCount() {
        return varying.length + (aggregation.size() > 1 ? 1 : 0) + (metricMissing.size() > 1 ? 1 : 0)
                + (indicatorMissing.size() > 1 ? 1 : 0);
    }

    /** The flat weight index of factor {@code f}, or -1 for a choice. */
    int factorWeight(int f) {
        return f < varying.length ? varying[f] : -1;
    }

    /** For a choice factor: {@code aggregation}, {@code missing:metric} or {@code missing:indicator}. */
    String factorChoice(int f) {
        int k = f - varying.length;
        if (aggregation.size() > 1 && k-- == 0) {
            return "aggregation";
        }
        if (metricMissing.size() > 1 && k-- == 0) {
            return "missing:metric";
        }
        return "missing:indicator";
    }

    /** Whether factor {@code f} takes a few discrete values (a choice) rather than a continuum (a weight). */
    boolean isChoice(int f) {
        return f >= varying.length;
    }

    /**
     * Sets {@code out} to variation {@code v}'s judgements and commits them; when {@code factors} is not null, writes
     * the drawn factor values to {@code factors[offset ..]}.
     */
    void draw(int v, Rescorer.Variation out, double[] factors, int offset) {
        state = seed * 0x9E3779B97F4A7C15L + (v + 1L) * 0xD1B54A32D192ED03L;
        System.arraycopy(nominal, 0, drawn, 0, nominal.length);
        int f = 0;
        for (int g = 0; g < rescorer.groupCount(); g++) {
            int from = rescorer.groupFrom(g);
            int to = rescorer.groupTo(g);
            if (f >= varying.length || varying[f] >= to || varying[f] < from) {
                continue;
            }
            double nominalSum = 0;
            double drawnSum = 0;
            for (int j = from; j < to; j++) {
                nominalSum += nominal[j];
            }
            if (spec.distribution() == RuleSet.WeightDistribution.DIRICHLET) {
                // Shares ~ Dirichlet(concentration x nominal share): independent gammas, normalised.
                for (int j = from; j < to; j++) {
                    if (nominal[j] > 0) {
                        drawn[j] = gamma(spec.concentration() * nominal[j] / nominalSum);
                        drawnSum += drawn[j];
                    }
                }
                double scale = nominalSum / drawnSum;
                drawnSum = 0;
                for (int j = from; j < to; j++) {
                    drawn[j] *= scale;
                    drawnSum += drawn[j];
                }
            } else {
                // Each weight times a factor in [1 - spread, 1 + spread]; a factor of exactly 1 leaves it unchanged to
                // the bit. The mean of a group does not depend on its total, so the weights need no rescaling.
                double spread = spec.spread();
                for (int j = from; j < to; j++) {
                    if (nominal[j] > 0) {
                        drawn[j] = nominal[j] * (1 - spread + 2 * spread * uniform());
                    }
                    drawnSum += drawn[j];
                }
            }
            for (int j = from; j < to; j++) {
                if (nominal[j] > 0) {
                    if (factors != null) {
                        factors[offset + f] = (drawn[j] / drawnSum) / (nominal[j] / nominalSum);
                    }
                    f++;
                }
            }
        }
        for (int j = 0; j < drawn.length; j++) {
            out.weight(j, drawn[j]);
        }
        int choice = varying.length;
        if (!aggregation.isEmpty()) {
            int k = pick(aggregation.size());
            out.combine(aggregation.get(k));
            if (aggregation.size() > 1 && factors != null) {
                factors[offset + choice] = k;
            }
            choice += aggregation.size() > 1 ? 1 : 0;
        }
        if (!metricMissing.isEmpty()) {
            int k = pick(metricMissing.size());
            out.metricMissing(metricMissing.get(k));
            if (metricMissing.size() > 1 && factors != null) {
                factors[offset + choice] = k;
            }
            choice += metricMissing.size() > 1 ? 1 : 0;
        }
        if (!indicatorMissing.isEmpty()) {
            int k = pick(indicatorMissing.size());
            out.indicatorMissing(indicatorMissing.get(k));
            if (indicatorMissing.size() > 1 && factors != null) {
                factors[offset + choice] = k;
            }
        }
        out.commit();
    }

    /** SplitMix64 (Steele, Lea and Flood 2014): a well-mixed 64-bit stream from a counter. */
    private long next() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    private double uniform() {
        return (next() >>> 11) * 0x1.0p-53;
    }

    private int pick(int n) {
        return n == 1 ? 0 : (int) (uniform() * n);
    }

    private double normal() {
        // Box-Muller; 1 - u keeps the logarithm's argument in (0, 1].
        double u = 1.0 - uniform();
        double w = uniform();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * w);
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang (2000); shapes below 1 by the boost Gamma(a + 1) x U^(1/a). */
    private double gamma(double shape) {
        if (shape < 1) {
            double g = gamma(shape + 1);
            return g * StrictMath.pow(1.0 - uniform(), 1.0 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / StrictMath.sqrt(9.0 * d);
        while (true) {
            double x = normal();
            double t = 1.0 + c * x;
            if (t <= 0) {
                continue;
            }
            double v = t * t * t;
            double u = 1.0 - uniform();
            if (StrictMath.log(u) < 0.5 * x * x + d - d * v + d * StrictMath.log(v)) {
                return d * v;
            }
        }
    }
}
