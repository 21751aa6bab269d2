package dev.cca.engine.robust;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * First-order sensitivity indices from a Monte Carlo sample (a "given-data" estimator, Plischke, Borgonovo and
 * Smith 2013, Eur. J. Oper. Res. 226(3)): the share of the output's variance that one input explains on its own,
 * S = V(E[Y | X]) / V(Y), with E[Y | X] estimated as the mean of Y within bins of X. No extra model runs are
 * needed beyond the uncertainty analysis' own, which is what lets a catalog-wide analysis afford it.
 *
 * <p>With B bins and N runs an input that does nothing still scores about (B - 1) / (N - 1) (the estimator's bias
 * under independence): reports show that as the noise floor.
 */
final class Sensitivity {

    private Sensitivity() {
    }

    /**
     * Each run's bin: {@code bins} bins of equal size over the runs sorted by input (ties by run number, so that the
     * result does not depend on the sort), or, with {@code bins} 0, one bin per distinct value (for a choice among a
     * few alternatives). The bins of one input serve every output.
     */
    static int[] bins(double[] x, int bins) {
        int n = x.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> {
            int c = Double.compare(x[a], x[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] bin = new int[n];
        int b = 0;
        for (int k = 0; k < n; k++) {
            if (bins == 0) {
                b += k > 0 && x[idx[k]] != x[idx[k - 1]] ? 1 : 0;
            } else {
                b = (int) ((long) k * bins / n);
            }
            bin[idx[k]] = b;
        }
        return bin;
    }

    /**
     * S in [0, 1] of the input binned as {@code bin} (from {@link #bins}) on output {@code y}; 0 when the output
     * does not vary.
     */
    static double firstOrder(int[] bin, double[] y) {
        int n = y.length;
        if (n < 2) {
            return 0;
        }
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double total = 0;
        for (double v : y) {
            total += (v - mean) * (v - mean);
        }
        if (!(total > 0)) {
            return 0;
        }
        int nb = 0;
        for (int b : bin) {
            nb = Math.max(nb, b + 1);
        }
        double[] sum = new double[nb];
        int[] count = new int[nb];
        for (int i = 0; i < n; i++) {
            sum[bin[i]] += y[i];
            count[bin[i]]++;
        }
        double between = 0;
        for (int b = 0; b < nb; b++) {
            if (count[b] > 0) {
                double m = sum[b] / count[b];
                between += count[b] * (m - mean) * (m - mean);
            }
        }
        return Math.min(1.0, between / total);
    }

    /** {@link #firstOrder(int[], double[])} of input {@code x} in {@code bins} bins (0: by value). */
    static double firstOrder(double[] x, double[] y, int bins) {
        return firstOrder(bins(x, bins), y);
    }

    /**
     * The output with the mean effect of the discrete choices removed: each run's output minus the mean output of the
     * runs that made the same choices. Null when no choice varies. Indices of the weights on this residual say which
     * weights matter once the choices are settled, which a dominant choice would otherwise hide.
     *
     * @param drawn  per run, {@code factors} values
     * @param choice which factors are choices
     */
    static double[] residual(double[] drawn, int factors, double[] y, IntPredicate choice) {
        int n = y.length;
        boolean any = false;
        for (int f = 0; f < factors; f++) {
            any |= choice.test(f);
        }
        if (!any) {
            return null;
        }
        Map<String, double[]> groups = new HashMap<>();
        String[] key = new String[n];
        for (int v = 0; v < n; v++) {
            StringBuilder k = new StringBuilder();
            for (int f = 0; f < factors; f++) {
                if (choice.test(f)) {
                    k.append((int) drawn[v * factors + f]).append(',');
                }
            }
            key[v] = k.toString();
            double[] g = groups.computeIfAbsent(key[v], x -> new double[2]);
            g[0] += y[v];
            g[1]++;
        }
        double[] r = new double[n];
        for (int v = 0; v < n; v++) {
            double[] g = groups.get(key[v]);
            r[v] = y[v] - g[0] / g[1];
        }
        return r;
    }
}
