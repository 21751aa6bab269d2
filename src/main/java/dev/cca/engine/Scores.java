package dev.cca.engine;

/**
 * The output arrays of the columnar core for one chunk: term, indicator, table and scenario scores,
 * evidence coverage, grades and the caps that held. Indexed [..][row]; NaN means not assessed.
 */
public final class Scores {

    final int capacity;
    final boolean keepTerms;
    int size;
    final double[][] term;
    final double[] termScratch;
    final double[] curve;
    final double[][] indicatorCoverage;
    final double[][] indicator;
    final double[][][] table;
    final double[][][] coverage;
    final double[][] scenario;
    final double[][] scenarioCoverage;
    final int[][] grade;
    final int[][] uncappedGrade;
    final long[][] capsHeld;
    /** Share (0-1) of each indicator's, table's and scenario's nominal weight that has a reported value. */
    final double[][] indicatorReported;
    final double[][][] tableReported;
    final double[][] reported;
    /** {@link dev.cca.result.ScenarioStatus} codes per scenario and row. */
    final byte[][] status;
    // Scratch accumulators, one slot per row.
    final double[] num;
    final double[] den;
    final double[] present;

    public Scores(Plan plan, int capacity) {
        this(plan, capacity, true);
    }

    /**
     * @param keepTerms keep every term's score (reports explain them); a catalog run needs only indicators
     *                  and above, and saves writing one array per term per chunk
     */
    public Scores(Plan plan, int capacity, boolean keepTerms) {
        int ns = plan.scenarioCount();
        int nt = plan.tableCount();
        this.capacity = capacity;
        this.keepTerms = keepTerms;
        this.term = keepTerms ? new double[plan.termCount()][capacity] : new double[0][];
        this.termScratch = new double[capacity];
        this.curve = new double[capacity];
        this.indicatorCoverage = new double[plan.indicatorCount()][capacity];
        this.indicator = new double[plan.indicatorCount()][capacity];
        this.table = new double[ns][nt][capacity];
        this.coverage = new double[ns][nt][capacity];
        this.scenario = new double[ns][capacity];
        this.scenarioCoverage = new double[ns][capacity];
        this.grade = new int[ns][capacity];
        this.uncappedGrade = new int[ns][capacity];
        this.capsHeld = new long[ns][capacity];
        this.indicatorReported = new double[plan.indicatorCount()][capacity];
        this.tableReported = new double[ns][nt][capacity];
        this.reported = new double[ns][capacity];
        this.status = new byte[ns][capacity];
        this.num = new double[capacity];
        this.den = new double[capacity];
        this.present = new double[capacity];
    }

    public int size() {
        return size;
    }

    /** A term's score after the evidence factor; NaN when the metric had no value. Needs keepTerms. */
    public double term(int t, int row) {
        return term[t][row];
    }

    public double indicator(int i, int row) {
        return indicator[i][row];
    }

    public double table(int s, int t, int row) {
        return table[s][t][row];
    }

    /** Share (0-1) of the table's nominal weight backed by measured or audited values. */
    public double coverage(int s, int t, int row) {
        return coverage[s][t][row];
    }

    public double scenario(int s, int row) {
        return scenario[s][row];
    }

    public double scenarioCoverage(int s, int row) {
        return scenarioCoverage[s][row];
    }

    public int grade(int s, int row) {
        return grade[s][row];
    }

    public int uncappedGrade(int s, int row) {
        return uncappedGrade[s][row];
    }

    /** Share (0-1) of the scenario's nominal weight whose metrics have a value. */
    public double reported(int s, int row) {
        return reported[s][row];
    }

    public double tableReported(int s, int t, int row) {
        return tableReported[s][t][row];
    }

    public double indicatorReported(int k, int row) {
        return indicatorReported[k][row];
    }

    /** The scenario's {@link dev.cca.result.ScenarioStatus} code. */
    public int status(int s, int row) {
        return status[s][row];
    }

    /** Bit c is set when cap c's condition held for the scenario (whether or not it lowered the grade). */
    public long capsHeld(int s, int row) {
        return capsHeld[s][row];
    }
}
