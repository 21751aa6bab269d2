package dev.cca.engine.robust;

import dev.cca.engine.CatalogColumns;
import dev.cca.engine.Plan;
import dev.cca.engine.Rescorer;
import dev.cca.engine.Scores;
import dev.cca.engine.ScoringCore;
import dev.cca.result.Robustness;
import dev.cca.result.ScenarioStatus;
import dev.cca.rules.Label;
import dev.cca.rules.RuleSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The uncertainty and sensitivity analysis of a catalog (OECD/JRC Handbook on Constructing Composite Indicators,
 * step 7): N re-scorings of the kept catalog with the judgements varied together ({@link Sampler}), and from them,
 * per center and scenario, the share of variations that keep its grade and the percentile interval of its score
 * and rank; per scenario, the average shift in ranks and the first-order sensitivity index of every varied
 * judgement on it; and which centers' order the variations leave unsettled. See docs/robustness.md.
 *
 * <p><b>How it stays fast.</b> The catalog is never read again: its curves are scored once ({@link Rescorer}) and
 * each variation is a few passes over primitive arrays, chunk by chunk, with nothing allocated. Ranks come from
 * counting scores at the two decimals reports print (10,001 values) rather than from sorting: a variation's counts
 * give every center's rank as one look-up.
 *
 * <p><b>How it stays small.</b> Where every center's score and rank in every variation fit in
 * {@value #EXACT_BUDGET_BYTES} bytes (a thousand centers x a thousand variations take 12 MB), they are kept and the
 * percentiles are exact; the variations are then split among the threads. Otherwise N x centers ranks are never
 * kept, and the catalog's chunks are split among the threads (which meet once per variation to sum their counts):
 * a pilot pass over the first {@value #PILOT} variations finds each center's range of scores and ranks; the full
 * pass (every variation, the pilot's again among them: they are drawn identically from the seed) counts them in a
 * histogram per center over that range widened by half on each side, in bins of a power-of-two width chosen so that
 * all histograms fit in {@value #HISTOGRAM_BUDGET_BYTES} bytes (at least {@value #MIN_BINS} bins), values outside
 * going to the edge bins, and keeps the least and greatest values. A percentile is read off the bins, widened
 * outward to whole bins (to the least or greatest value for an edge bin): never narrower than the exact interval,
 * each end within one bin of it unless it falls in an edge bin. {@link Robustness.Settings} says which (its bins
 * are 0 for exact percentiles).
 */
public final class RobustnessAnalysis {

    /** Memory for keeping every variation's scores and ranks (exact percentiles). */
    static final long EXACT_BUDGET_BYTES = 96L << 20;
    /** Memory for the per-center histograms of the second pass, when the exact arrays do not fit. */
    static final long HISTOGRAM_BUDGET_BYTES = 64L << 20;
    static final int MIN_BINS = 16;
    /** Variations of the pilot pass that finds each center's range for the histograms. */
    static final int PILOT = 64;
    /** The most variations a run takes: a bin counts to 65,535. */
    public static final int MAX_VARIATIONS = 65_535;

    private static final int UNITS = 10_001;
    private static final char UNRATED = Character.MAX_VALUE;
    private static final int RATED = ScenarioStatus.RATED.code();

    /**
     * @param variations re-scorings, 1 to {@link #MAX_VARIATIONS}
     * @param seed       the same seed gives the same numbers, on any number of threads
     * @param threads    threads to re-score on (fewer for a small catalog)
     */
    public record Options(int variations, long seed, int threads) {
        public Options {
            if (variations < 1 || variations > MAX_VARIATIONS) {
                throw new IllegalArgumentException("variations: 1-" + MAX_VARIATIONS);
            }
        }
    }

    private final Rescorer rescorer;
    private final RuleSet.Robustness spec;
    private final Options options;
    private final Plan plan;
    private final int n;
    private final int ns;
    private final int nv;
    private final int chunks;
    private final int factors;
    private final boolean exact;
    private final int threads;
    private final int scoreBins;
    private final int rankBins;

    // Per scenario and center, under the rule set's own judgements.
    private final char[][] nominalUnit;
    private final byte[][] nominalGrade;
    private final int[][] nominalRank;
    private final int[] rated;
    // Per thread, scenario and center: variations that kept the center's grade.
    private final int[][][] held;
    // Per variation and scenario: the summed absolute rank shifts, and the drawn factors.
    private final long[] shiftSum;
    private final double[] drawn;

    // Exact: per scenario, variation and center ([s][v * n + row]), the score in hundredths and the rank.
    private char[][] exactUnit;
    private int[][] exactRank;

    // Histograms: per scenario and center, the current variation's score, the ranges of the first pass, the bin
    // widths (as shifts) and the bins of the second; per thread, the counts of the current and the previous step.
    private char[][] unit;
    private char[][] unitMin;
    private char[][] unitMax;
    private char[][] unitLo;
    private int[][] rankLo;
    private int[][] rankMin;
    private int[][] rankMax;
    private byte[][] unitShift;
    private byte[][] rankShift;
    private char[][] unitHist;
    private char[][] rankHist;
    private long[][] shiftPart;
    private int[][][][] counts;

    private RobustnessAnalysis(Rescorer rescorer, RuleSet.Robustness spec, Options options, long exactBudget, long histogramBudget) {
        this.rescorer = rescorer;
        this.spec = spec;
        this.options = options;
        this.plan = rescorer.plan();
        this.n = rescorer.catalog().size();
        this.ns = plan.scenarioCount();
        this.nv = options.variations();
        this.chunks = rescorer.catalog().chunkCount();
        this.factors = new Sampler(rescorer, spec, options.seed()).factorCount();
        this.exact = (long) n * nv * ns * (Character.BYTES + Integer.BYTES) <= exactBudget;
        this.threads = Math.max(1, exact ? Math.min(options.threads(), nv) : Math.min(options.threads(), chunks / 2));
        long perBin = Math.max(1L, (long) n * ns * 2 * Character.BYTES);
        int bins = (int) Math.max(MIN_BINS, Math.min(UNITS, histogramBudget / perBin));
        this.scoreBins = exact ? 0 : bins;
        this.rankBins = exact ? 0 : Math.min(bins, Math.max(1, n));
        this.nominalUnit = new char[ns][n];
        this.nominalGrade = new byte[ns][n];
        this.nominalRank = new int[ns][n];
        this.rated = new int[ns];
        this.held = new int[threads][ns][n];
        this.shiftSum = new long[nv * ns];
        this.drawn = new double[nv * factors];
        if (exact) {
            this.exactUnit = new char[ns][n * nv];
            this.exactRank = new int[ns][n * nv];
        } else {
            this.unit = new char[ns][n];
            this.unitMin = new char[ns][n];
            this.unitMax = new char[ns][n];
            this.rankMin = new int[ns][n];
            this.rankMax = new int[ns][n];
            this.unitLo = new char[ns][n];
            this.rankLo = new int[ns][n];
            this.unitShift = new byte[ns][n];
            this.rankShift = new byte[ns][n];
            this.unitHist = new char[ns][n * scoreBins];
            this.rankHist = new char[ns][n * rankBins];
            this.shiftPart = new long[threads][nv * ns];
            this.counts = new int[threads][2][ns][UNITS];
            for (int s = 0; s < ns; s++) {
                Arrays.fill(unitMin[s], Character.MAX_VALUE);
                Arrays.fill(rankMin[s], Integer.MAX_VALUE);
            }
        }
    }

    /** Runs the analysis of {@code rescorer}'s catalog as the rule set's {@code robustness:} section says. */
    public static Robustness run(Rescorer rescorer, Options options) {
        return run(rescorer, rescorer.plan().rules().robustness(), options);
    }

    /** Runs the analysis with other settings than the rule set's (tests, and what-if analyses). */
    public static Robustness run(Rescorer rescorer, RuleSet.Robustness spec, Options options) {
        return run(rescorer, spec, options, EXACT_BUDGET_BYTES, HISTOGRAM_BUDGET_BYTES);
    }

    /** With other memory budgets: the tests force the histograms with an exact budget of 0. */
    static Robustness run(Rescorer rescorer, RuleSet.Robustness spec, Options options, long exactBudget, long histogramBudget) {
        RobustnessAnalysis a = new RobustnessAnalysis(rescorer, spec, options, exactBudget, histogramBudget);
        a.nominal();
        a.parallel(a.exact ? a::exactWork : a::histogramWork);
        return a.result();
    }

    // ---- the rule set's own judgements --------------------------------------------------------------------

    /**
     * The rule set's own scores, grades and ratings, through the catalog's own scoring path (so they are the catalog
     * rows' to the bit): the re-scorings are compared with these.
     */
    private void nominal() {
        Scores out = rescorer.scratch();
        int[][] count = new int[ns][UNITS];
        for (int c = 0; c < chunks; c++) {
            ScoringCore.score(plan, rescorer.catalog().chunk(c), out);
            int base = c * CatalogColumns.CHUNK;
            for (int s = 0; s < ns; s++) {
                for (int i = 0; i < out.size(); i++) {
                    double x = out.scenario(s, i);
                    // Only a rated scenario's grade stands: a center that does not claim it, or reports too little for
                    // it, takes part in no rank and no interval.
                    if (x != x || out.status(s, i) != RATED) {
                        nominalUnit[s][base + i] = UNRATED;
                        continue;
                    }
                    char u = units(x);
                    nominalUnit[s][base + i] = u;
                    nominalGrade[s][base + i] = (byte) out.grade(s, i);
                    count[s][u]++;
                    rated[s]++;
                }
            }
        }
        int[] above = new int[UNITS];
        for (int s = 0; s < ns; s++) {
            suffix(count[s], above);
            for (int i = 0; i < n; i++) {
                char u = nominalUnit[s][i];
                nominalRank[s][i] = u == UNRATED ? 0 : above[u] + 1;
            }
        }
    }

    /** A score in hundredths of a point, as reports print and rank it (0-10,000). */
    private static char units(double score) {
        long u = Math.round((double) (float) score * 100.0);
        return (char) Math.max(0, Math.min(UNITS - 1, u));
    }

    /** {@code above[u]} = how many were counted above {@code u}. */
    private static void suffix(int[] count, int[] above) {
        int acc = 0;
        for (int u = UNITS - 1; u >= 0; u--) {
            above[u] = acc;
            acc += count[u];
        }
    }

    // ---- the variations -------------------------------------------------------------------------------------

    private interface Work {
        void run(int thread, SpinBarrier barrier);
    }

    /** Runs {@code work} on {@link #threads} threads (this one among them); rethrows the first failure. */
    private void parallel(Work work) {
        SpinBarrier barrier = new SpinBarrier(threads);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            int id = t;
            Thread w = new Thread(() -> {
                try {
                    work.run(id, barrier);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    barrier.breakAll();
                }
            }, "cca-robustness-" + t);
            w.setDaemon(true);
            w.start();
            workers.add(w);
        }
        try {
            work.run(0, barrier);
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            barrier.breakAll();
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                barrier.breakAll();
                throw new IllegalStateException("interrupted while re-scoring", e);
            }
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error err) {
            throw err;
        }
    }

    /**
     * Exact: one thread's share of the variations, each over the whole catalog, keeping every center's score and
     * rank. Variations are independent, so the threads never wait for each other.
     */
    private void exactWork(int id, SpinBarrier unused) {
        Sampler sampler = new Sampler(rescorer, spec, options.seed());
        Rescorer.Variation variation = rescorer.variation();
        Scores out = rescorer.scratch();
        int[][] count = new int[ns][UNITS];
        int[] above = new int[UNITS];
        char[][] current = new char[ns][n];
        int[][] kept = held[id];
        for (int v = nv * id / threads; v < nv * (id + 1) / threads; v++) {
            sampler.draw(v, variation, drawn, v * factors);
            for (int s = 0; s < ns; s++) {
                Arrays.fill(count[s], 0);
            }
            for (int c = 0; c < chunks; c++) {
                rescorer.score(variation, c, out);
                count(c, out, current, count, kept);
            }
            for (int s = 0; s < ns; s++) {
                suffix(count[s], above);
                char[] cu = current[s];
                char[] nu = nominalUnit[s];
                int[] nr = nominalRank[s];
                char[] eu = exactUnit[s];
                int[] er = exactRank[s];
                long shift = 0;
                for (int row = 0; row < n; row++) {
                    if (nu[row] == UNRATED) {
                        continue;
                    }
                    char k = cu[row];
                    int rank = above[k] + 1;
                    eu[v * n + row] = k;
                    er[v * n + row] = rank;
                    shift += Math.abs(rank - nr[row]);
                }
                shiftSum[v * ns + s] = shift;
            }
        }
    }

    /**
     * Histograms: one thread's share of the chunks, in two passes: a pilot of the first {@link #PILOT} variations
     * that finds each center's range, then every variation, counted into bins over that range widened by half on
     * each side. Per step (a variation of a pass): draw the variation, score the chunks, count their scores; meet the
     * others; rank from the counts summed over threads and update the chunks' centers. Counts alternate between two
     * buffers by step, so a thread may start the next step while another still reads this one's.
     */
    private void histogramWork(int id, SpinBarrier barrier) {
        int from = chunks * id / threads;
        int to = chunks * (id + 1) / threads;
        Sampler sampler = new Sampler(rescorer, spec, options.seed());
        Rescorer.Variation variation = rescorer.variation();
        Scores out = rescorer.scratch();
        int[][] total = new int[ns][UNITS];
        int[][] above = new int[ns][UNITS];
        long[] shift = new long[ns];
        int pilot = Math.min(nv, PILOT);
        int step = 0;
        for (int pass = 1; pass <= 2; pass++) {
            if (pass == 2) {
                prepareBins(from, to);
            }
            int last = pass == 1 ? pilot : nv;
            for (int v = 0; v < last; v++, step++) {
                int[][] mine = counts[id][step & 1];
                for (int s = 0; s < ns; s++) {
                    Arrays.fill(mine[s], 0);
                }
                sampler.draw(v, variation, pass == 2 && id == 0 ? drawn : null, v * factors);
                for (int c = from; c < to; c++) {
                    rescorer.score(variation, c, out);
                    count(c, out, unit, mine, pass == 2 ? held[id] : null);
                }
                if (threads > 1) {
                    barrier.await();
                }
                for (int s = 0; s < ns; s++) {
                    int[] sum = total[s];
                    System.arraycopy(counts[0][step & 1][s], 0, sum, 0, UNITS);
                    for (int t = 1; t < threads; t++) {
                        int[] other = counts[t][step & 1][s];
                        for (int u = 0; u < UNITS; u++) {
                            sum[u] += other[u];
                        }
                    }
                    suffix(sum, above[s]);
                }
                Arrays.fill(shift, 0);
                for (int c = from; c < to; c++) {
                    update(c, above, shift, pass == 1);
                }
                if (pass == 2) {
                    for (int s = 0; s < ns; s++) {
                        shiftPart[id][v * ns + s] = shift[s];
                    }
                }
            }
        }
        if (threads > 1) {
            barrier.await();
        }
        if (id == 0) {
            for (int k = 0; k < shiftSum.length; k++) {
                for (int t = 0; t < threads; t++) {
                    shiftSum[k] += shiftPart[t][k];
                }
            }
        }
    }

    /**
     * A chunk's variation scores: their hundredths into {@code into}, counted for the ranks, and, when
     * {@code kept} is not null, whether each kept its grade.
     */
    private void count(int c, Scores out, char[][] into, int[][] count, int[][] kept) {
        int base = c * CatalogColumns.CHUNK;
        int m = out.size();
        for (int s = 0; s < ns; s++) {
            char[] nu = nominalUnit[s];
            byte[] ng = nominalGrade[s];
            char[] u = into[s];
            int[] h = count[s];
            int[] k = kept == null ? null : kept[s];
            for (int i = 0; i < m; i++) {
                int row = base + i;
                if (nu[row] == UNRATED) {
                    continue;
                }
                double x = out.scenario(s, i);
                // Whether a center is rated is decided on the rule set's own weights, so a center rated there is rated
                // in every variation (scoring 0 in one that leaves every table out).
                char unit = x == x ? units(x) : 0;
                u[row] = unit;
                h[unit]++;
                if (k != null && out.grade(s, i) == ng[row]) {
                    k[row]++;
                }
            }
        }
    }

    /**
     * Ranks a chunk's centers from the summed counts. The pilot keeps each center's range; the full pass counts its
     * score and rank into bins from the pilot's widened range (values outside go to the edge bins) and keeps the
     * least and greatest values it sees, the outer bounds of the edge bins.
     */
    private void update(int c, int[][] above, long[] shift, boolean pilot) {
        int from = c * CatalogColumns.CHUNK;
        int to = from + rescorer.catalog().chunk(c).size();
        for (int s = 0; s < ns; s++) {
            char[] nu = nominalUnit[s];
            char[] u = unit[s];
            int[] a = above[s];
            char[] umin = unitMin[s];
            char[] umax = unitMax[s];
            int[] rmin = rankMin[s];
            int[] rmax = rankMax[s];
            if (pilot) {
                for (int row = from; row < to; row++) {
                    if (nu[row] == UNRATED) {
                        continue;
                    }
                    char k = u[row];
                    int rank = a[k] + 1;
                    umin[row] = k < umin[row] ? k : umin[row];
                    umax[row] = k > umax[row] ? k : umax[row];
                    rmin[row] = Math.min(rank, rmin[row]);
                    rmax[row] = Math.max(rank, rmax[row]);
                }
                continue;
            }
            int[] nr = nominalRank[s];
            char[] ulo = unitLo[s];
            int[] rlo = rankLo[s];
            byte[] ush = unitShift[s];
            byte[] rsh = rankShift[s];
            char[] uh = unitHist[s];
            char[] rh = rankHist[s];
            int lastU = scoreBins - 1;
            int lastR = rankBins - 1;
            long sum = 0;
            for (int row = from; row < to; row++) {
                if (nu[row] == UNRATED) {
                    continue;
                }
                char k = u[row];
                int rank = a[k] + 1;
                sum += Math.abs(rank - nr[row]);
                umin[row] = k < umin[row] ? k : umin[row];
                umax[row] = k > umax[row] ? k : umax[row];
                rmin[row] = Math.min(rank, rmin[row]);
                rmax[row] = Math.max(rank, rmax[row]);
                int bu = Math.min(lastU, Math.max(0, k - ulo[row]) >>> ush[row]);
                int br = Math.min(lastR, Math.max(0, rank - rlo[row]) >>> rsh[row]);
                uh[row * scoreBins + bu]++;
                rh[row * rankBins + br]++;
            }
            shift[s] += sum;
        }
    }

    /**
     * After the pilot: each center's bins, over its pilot range widened by half on each side (within the values a
     * score and a rank can take), in the least power-of-two width that fits; then its range is reset, to be the
     * range the full pass sees.
     */
    private void prepareBins(int fromChunk, int toChunk) {
        int from = fromChunk * CatalogColumns.CHUNK;
        int to = Math.min(n, toChunk * CatalogColumns.CHUNK);
        for (int s = 0; s < ns; s++) {
            for (int row = from; row < to; row++) {
                if (nominalUnit[s][row] == UNRATED) {
                    continue;
                }
                int a = unitMin[s][row];
                int b = unitMax[s][row];
                int lo = Math.max(0, a - (b - a) / 2 - 1);
                int hi = Math.min(UNITS - 1, b + (b - a) / 2 + 1);
                unitLo[s][row] = (char) lo;
                unitShift[s][row] = shiftFor(hi - lo + 1, scoreBins);
                a = rankMin[s][row];
                b = rankMax[s][row];
                lo = Math.max(1, a - (b - a) / 2 - 1);
                hi = Math.min(rated[s], b + (b - a) / 2 + 1);
                rankLo[s][row] = lo;
                rankShift[s][row] = shiftFor(hi - lo + 1, rankBins);
                unitMin[s][row] = Character.MAX_VALUE;
                unitMax[s][row] = 0;
                rankMin[s][row] = Integer.MAX_VALUE;
                rankMax[s][row] = 0;
            }
        }
    }

    private static byte shiftFor(int range, int bins) {
        byte k = 0;
        while (((long) bins << k) < range) {
            k++;
        }
        return k;
    }

    // ---- results ------------------------------------------------------------------------------------------

    private Robustness result() {
        RuleSet rules = plan.rules();
        Sampler sampler = new Sampler(rescorer, spec, options.seed());
        int lowK = orderStatistic(spec.lowPercentile());
        int highK = orderStatistic(spec.highPercentile());
        // Each factor's bins over the variations, once: they serve every scenario and both outputs.
        int bins = Math.max(2, (int) Math.round(Math.cbrt(nv)));
        int[][] binOf = new int[factors][];
        double[] x = new double[nv];
        for (int f = 0; f < factors; f++) {
            for (int v = 0; v < nv; v++) {
                x[v] = drawn[v * factors + f];
            }
            binOf[f] = Sensitivity.bins(x, sampler.isChoice(f) ? 0 : bins);
        }
        List<Robustness.ScenarioStats> scenarios = new ArrayList<>();
        // Exact: a block of centers' values, gathered from the variation-major arrays a block at a time (so that the
        // reads stay in cache), then arranged per center so that its percentiles are in place.
        int[][] unitBlock = exact ? new int[BLOCK][nv] : null;
        int[][] rankBlock = exact ? new int[BLOCK][nv] : null;
        for (int s = 0; s < ns; s++) {
            float[] gradeHeld = new float[n];
            float[] scoreLow = new float[n];
            float[] scoreHigh = new float[n];
            int[] rankLow = new int[n];
            int[] rankHigh = new int[n];
            for (int row = 0; row < n; row++) {
                if (exact && row % BLOCK == 0) {
                    gather(s, row, Math.min(n, row + BLOCK), unitBlock, rankBlock, lowK, highK);
                }
                char nu = nominalUnit[s][row];
                if (nu == UNRATED) {
                    gradeHeld[row] = Float.NaN;
                    scoreLow[row] = Float.NaN;
                    scoreHigh[row] = Float.NaN;
                    continue;
                }
                int kept = 0;
                for (int t = 0; t < threads; t++) {
                    kept += held[t][s][row];
                }
                gradeHeld[row] = (float) ((double) kept / nv);
                int ulo;
                int uhi;
                int rlo;
                int rhi;
                if (exact) {
                    int j = row % BLOCK;
                    ulo = unitBlock[j][lowK - 1];
                    uhi = unitBlock[j][highK - 1];
                    rlo = rankBlock[j][lowK - 1];
                    rhi = rankBlock[j][highK - 1];
                } else {
                    ulo = lowEdge(unitHist[s], row * scoreBins, scoreBins, unitLo[s][row], unitMin[s][row], unitShift[s][row], lowK);
                    uhi = highEdge(unitHist[s], row * scoreBins, scoreBins, unitLo[s][row], unitMax[s][row], unitShift[s][row], highK);
                    rlo = lowEdge(rankHist[s], row * rankBins, rankBins, rankLo[s][row], rankMin[s][row], rankShift[s][row], lowK);
                    rhi = highEdge(rankHist[s], row * rankBins, rankBins, rankLo[s][row], rankMax[s][row], rankShift[s][row], highK);
                }
                scoreLow[row] = Math.min(nu, ulo) / 100f;
                scoreHigh[row] = Math.max(nu, uhi) / 100f;
                int nr = nominalRank[s][row];
                rankLow[row] = Math.min(nr, rlo);
                rankHigh[row] = Math.max(nr, rhi);
            }
            double[] y = new double[nv];
            double mean = 0;
            for (int v = 0; v < nv; v++) {
                y[v] = rated[s] == 0 ? 0 : (double) shiftSum[v * ns + s] / rated[s];
                mean += y[v];
            }
            mean /= nv;
            List<Robustness.Factor> sensitivity = new ArrayList<>();
            double[] within = Sensitivity.residual(drawn, factors, y, f -> sampler.isChoice(f));
            for (int f = 0; f < factors; f++) {
                boolean choice = sampler.isChoice(f);
                double index = Sensitivity.firstOrder(binOf[f], y);
                double given = choice || within == null ? Double.NaN : Sensitivity.firstOrder(binOf[f], within);
                sensitivity.add(factor(rules, sampler, f, index, given));
            }
            // The choices by their index; then the weights, by their index given the choices (what is left to explain
            // once the choices are fixed), so that a dominant choice does not hide which weights matter.
            sensitivity.sort((a, b) -> {
                boolean ca = Double.isNaN(a.givenChoices());
                boolean cb = Double.isNaN(b.givenChoices());
                int c = ca != cb ? (ca ? -1 : 1)
                        : ca ? Double.compare(b.firstOrder(), a.firstOrder()) : Double.compare(b.givenChoices(), a.givenChoices());
                return c != 0 ? c : a.id().compareTo(b.id());
            });
            scenarios.add(new Robustness.ScenarioStats(plan.scenarioId(s), rated[s], round(mean, 4),
                    nv < 2 ? 1.0 : round((bins - 1.0) / (nv - 1.0), 4), List.copyOf(sensitivity), gradeHeld, scoreLow, scoreHigh,
                    nominalRank[s].clone(), rankLow, rankHigh, settled(s, rankLow, rankHigh)));
        }
        Robustness.Settings settings = new Robustness.Settings(nv, options.seed(),
                spec.distribution() == RuleSet.WeightDistribution.DIRICHLET ? "dirichlet" : "uniform-factor",
                spec.distribution() == RuleSet.WeightDistribution.DIRICHLET ? 0 : spec.spread(),
                spec.distribution() == RuleSet.WeightDistribution.DIRICHLET ? spec.concentration() : 0,
                spec.aggregation().stream().map(c -> c == RuleSet.Combine.WEIGHTED_GEOMETRIC_MEAN
                        ? "weighted-geometric-mean" : "weighted-mean").toList(),
                spec.metricMissing().stream().map(RobustnessAnalysis::missingId).toList(),
                spec.indicatorMissing().stream().map(RobustnessAnalysis::missingId).toList(),
                spec.lowPercentile(), spec.highPercentile(), scoreBins, rankBins);
        return new Robustness(settings, List.copyOf(scenarios));
    }

    private static final int BLOCK = 128;

    /**
     * Exact: rows {@code [from, to)}'s values of every variation into the blocks, each center's arranged so that the
     * low and the high order statistics are in place (a selection, linear in the variations, not a sort).
     */
    private void gather(int s, int from, int to, int[][] unitBlock, int[][] rankBlock, int lowK, int highK) {
        char[] eu = exactUnit[s];
        int[] er = exactRank[s];
        for (int v = 0; v < nv; v++) {
            int base = v * n;
            for (int row = from; row < to; row++) {
                unitBlock[row - from][v] = eu[base + row];
                rankBlock[row - from][v] = er[base + row];
            }
        }
        for (int row = from; row < to; row++) {
            select(unitBlock[row - from], lowK - 1, highK - 1);
            select(rankBlock[row - from], lowK - 1, highK - 1);
        }
    }

    /** Puts the {@code lo}-th and {@code hi}-th smallest values ({@code lo <= hi}) of {@code a} at those indices. */
    static void select(int[] a, int lo, int hi) {
        select(a, 0, a.length - 1, hi);
        select(a, 0, hi, lo);
    }

    /** Quickselect (Hoare) with a median-of-three pivot: afterwards a[k] is the k-th smallest of a[l..r]. */
    private static void select(int[] a, int l, int r, int k) {
        while (l < r) {
            int m = (l + r) >>> 1;
            int p = median(a[l], a[m], a[r]);
            int i = l;
            int j = r;
            while (i <= j) {
                while (a[i] < p) {
                    i++;
                }
                while (a[j] > p) {
                    j--;
                }
                if (i <= j) {
                    int t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                r = j;
            } else if (k >= i) {
                l = i;
            } else {
                return;
            }
        }
    }

    private static int median(int a, int b, int c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static String missingId(RuleSet.Missing m) {
        return m == RuleSet.Missing.EXCLUDE ? "exclude" : "zero";
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    /** The rank (1-based, ascending) of the value at percentile {@code p} of the variations: nearest-rank definition. */
    private int orderStatistic(int p) {
        return (int) Math.max(1, Math.min(nv, (long) Math.ceil(p * (double) nv / 100.0 - 1e-9)));
    }

    /**
     * The least value the bin holding the {@code k}-th smallest value can hold: its lower edge, or the least value
     * seen when that is greater, or when the bin is the first (which also holds the values below the bins' range).
     */
    private static int lowEdge(char[] hist, int offset, int bins, int origin, int least, int shift, int k) {
        int acc = 0;
        for (int b = 0; b < bins; b++) {
            acc += hist[offset + b];
            if (acc >= k) {
                return b == 0 ? least : Math.max(least, origin + (b << shift));
            }
        }
        return least;
    }

    /**
     * The greatest value the bin holding the {@code k}-th smallest value can hold: its upper edge, or the greatest
     * value seen when that is less, or when the bin is the last (which also holds the values above the range).
     */
    private static int highEdge(char[] hist, int offset, int bins, int origin, int greatest, int shift, int k) {
        int acc = 0;
        for (int b = 0; b < bins; b++) {
            acc += hist[offset + b];
            if (acc >= k) {
                return b == bins - 1 ? greatest : Math.min(greatest, origin + ((b + 1) << shift) - 1);
            }
        }
        return greatest;
    }

    /**
     * Whether each rated center's rank interval overlaps no other's. Intervals contain their nominal rank, so in the
     * nominal order a center is unsettled exactly when a later one's interval starts at or before its end, or an
     * earlier one's ends at or after its start; tied centers share a rank and so are never settled.
     */
    private boolean[] settled(int s, int[] low, int[] high) {
        int[] order = new int[rated[s]];
        int k = 0;
        for (int row = 0; row < n; row++) {
            if (nominalUnit[s][row] != UNRATED) {
                order[k++] = row;
            }
        }
        long[] packed = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            packed[i] = ((long) nominalRank[s][order[i]] << 32) | order[i];
        }
        Arrays.sort(packed);
        boolean[] settled = new boolean[n];
        int m = packed.length;
        int[] suffixMinLow = new int[m + 1];
        suffixMinLow[m] = Integer.MAX_VALUE;
        for (int i = m - 1; i >= 0; i--) {
            suffixMinLow[i] = Math.min(suffixMinLow[i + 1], low[(int) packed[i]]);
        }
        int prefixMaxHigh = Integer.MIN_VALUE;
        for (int i = 0; i < m; i++) {
            int row = (int) packed[i];
            settled[row] = suffixMinLow[i + 1] > high[row] && prefixMaxHigh < low[row];
            prefixMaxHigh = Math.max(prefixMaxHigh, high[row]);
        }
        return settled;
    }

    private Robustness.Factor factor(RuleSet rules, Sampler sampler, int f, double index, double givenChoices) {
        int j = sampler.factorWeight(f);
        double s = round(Math.max(0, index), 4);
        double g = Double.isNaN(givenChoices) ? Double.NaN : round(Math.max(0, givenChoices), 4);
        if (j < 0) {
            String id = sampler.factorChoice(f);
            Label label = switch (id) {
                case "aggregation" -> new Label("Aggregation of the tables: arithmetic or geometric mean", "表间聚合方式：算术或几何加权平均");
                case "missing:metric" -> new Label("A missing metric: scored 0 or left out of its indicator", "缺失的指标项：记0分或不计入");
                default -> new Label("An indicator without data: scored 0 or left out of its table", "无数据的指标：记0分或不计入");
            };
            return new Robustness.Factor(id, id.startsWith("missing") ? "missing" : "aggregation", label, s, Double.NaN);
        }
        Rescorer.WeightPlace w = rescorer.place(j);
        return switch (w.kind()) {
            case METRIC -> {
                RuleSet.MetricRule r = plan.termRule(w.term());
                RuleSet.Indicator ind = rules.indicators().get(plan.indicatorId(w.indicator()));
                Label m = r.label() != null ? r.label() : new Label(r.metric(), r.metric());
                yield new Robustness.Factor("weight:" + r.metric() + "@" + ind.id(), "metric-weight",
                        new Label("Weight of " + m.en() + " in " + ind.label().en(), ind.label().get("zh") + "中" + m.get("zh") + "的权重"), s, g);
            }
            case INDICATOR -> {
                RuleSet.Indicator ind = rules.indicators().get(plan.indicatorId(w.indicator()));
                RuleSet.Table t = rules.tables().get(w.table());
                RuleSet.Scenario sc = rules.scenarios().get(w.scenario());
                yield new Robustness.Factor("weight:" + ind.id() + "@" + t.id() + "/" + sc.id(), "indicator-weight",
                        new Label("Weight of " + ind.label().en() + " in " + t.label().en() + " (" + sc.label().en().toLowerCase(java.util.Locale.ROOT) + ")",
                                sc.label().get("zh") + t.label().get("zh") + "中" + ind.label().get("zh") + "的权重"), s, g);
            }
            case TABLE -> {
                RuleSet.Table t = rules.tables().get(w.table());
                RuleSet.Scenario sc = rules.scenarios().get(w.scenario());
                yield new Robustness.Factor("weight:" + t.id() + "/" + sc.id(), "table-weight",
                        new Label("Weight of " + t.label().en() + " in " + sc.label().en().toLowerCase(java.util.Locale.ROOT),
                                sc.label().get("zh") + "中" + t.label().get("zh") + "的权重"), s, g);
            }
        };
    }
}
