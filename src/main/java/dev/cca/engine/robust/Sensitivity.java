package dev.cca.engine.robust;

import java.util.Arrays;

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
     * The output with the mean effect of the discrete choices removed: each run's output minus the mean output of the
     * runs that made the same choices. Null when no choice varies. Indices of the weights on this residual say which
     * weights matter once the choices are settled, which a dominant choice would otherwise hide.
     *
     * @param drawn   per run, {@code factors} values
     * @param choice  which factors are choices
     */
    static double[] residual(double[] drawn, int factors, double[] y, java.util.function.IntPredicate choice) {
        int n = y.length;
        java.util.Map<String, double[]> groups = new java.util.HashMap<>();
        String[] key = new String[n];
        boolean any = false;
        for (int f = 0; f < factors; f++) {
            any |= choice.test(f);
        }
        if (!any) {
            return null;
        }
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

    /**
     * @param x    the input's value in each run
     * @param y    the output in each run
     * @param bins equal-count bins over the sorted inputs; 0 for an input with a few discrete values, binned by value
     * @return S in [0, 1]; 0 when the output does not vary
     */
    static double firstOrder(double[] x, double[] y, int bins) {
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
        // Sort runs by input (ties by run number, so the result does not depend on the sort).
        int[] order = new int[n];
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> {
            int c = Double.compare(x[a], x[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int i = 0; i < n; i++) {
            order[i] = idx[i];
        }
        double between = 0;
        int from = 0;
        for (int b = 0; from < n; b++) {
            int to;
            if (bins == 0) {
                to = from + 1;
                while (to < n && x[order[to]] == x[order[from]]) {
                    to++;
                }
            } else {
                to = (int) ((long) n * (b + 1) / bins);
            }
            double m = 0;
            for (int i = from; i < to; i++) {
                m += y[order[i]];
            }
            int count = to - from;
            if (count == 0) {
                continue;
            }
            m /= count;
            between += count * (m - mean) * (m - mean);
            from = to;
        }
        return Math.min(1.0, between / total);
    }
}
