package dev.cca.engine;

/**
 * The input columns of one chunk of centers: for every plan column, a primitive array of values and one of
 * evidence codes (see {@link dev.cca.model.Evidence#code()}). A cell is missing exactly when its evidence
 * code is 0; its stored value is then 0, so that the scoring loops never meet a NaN and need no branch for
 * missing data (the code indexes small lookup tables instead). Reused from chunk to chunk.
 *
 * <p>Each cell also carries the strength of its evidence (1 when fresh, falling with age by the rule set's
 * half-life), as a float: 4 bytes, so that a kept catalog stays at 13 bytes per cell. The core turns code and
 * strength into the two numbers it multiplies by with the plan's tables: the evidence factor {@code
 * base[code] + premium[code] x strength} (0 when missing) and the coverage weight {@code earned[code] x strength}
 * (measured or audited evidence only).
 */
public final class Batch {

    final int capacity;
    int size;
    final double[][] value;
    final byte[][] evidence;
    final float[][] strength;
    /** Per row: bit s set when the center claims scoring scenario s (every bit when it claims nothing explicitly). */
    final int[] claims;
    private final Plan plan;

    public Batch(Plan plan, int capacity) {
        this.capacity = capacity;
        int nc = plan.columnCount();
        this.value = new double[nc][capacity];
        this.evidence = new byte[nc][capacity];
        this.strength = new float[nc][capacity];
        this.claims = new int[capacity];
        java.util.Arrays.fill(claims, -1);
        this.plan = plan;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return capacity;
    }

    public void clear() {
        size = 0;
    }

    /** Sets one cell with fresh evidence; NaN or evidence code 0 makes it missing. */
    public void set(int column, int row, double v, byte evidenceCode) {
        set(column, row, v, evidenceCode, 1.0);
    }

    /**
     * Sets one cell; NaN or evidence code 0 makes it missing. {@code strength} (clamped to 0-1) is how much of its
     * level's premium over declared evidence the value keeps: 1 fresh, less as it ages; declared values have no
     * premium, so their strength does not matter.
     */
    public void set(int column, int row, double v, byte evidenceCode, double strength) {
        boolean missing = v != v || evidenceCode <= 0;
        int e = missing ? 0 : evidenceCode;
        double s = strength >= 1 ? 1.0 : strength > 0 ? strength : 0.0;
        value[column][row] = missing ? 0.0 : v;
        evidence[column][row] = (byte) e;
        this.strength[column][row] = missing ? 0f : (float) s;
    }

    /**
     * The raw value array of a column (missing cells hold 0; their evidence code says they are missing). For
     * benchmarks that need the same memory the core reads; not for general use.
     */
    public double[] rawValues(int column) {
        return value[column];
    }

    /** The cell's value, NaN when missing. */
    public double value(int column, int row) {
        return evidence[column][row] == 0 ? Double.NaN : value[column][row];
    }

    public byte evidence(int column, int row) {
        return evidence[column][row];
    }

    /** The strength of the cell's evidence, 0-1 (0 when missing). */
    public double strength(int column, int row) {
        return strength[column][row];
    }

    /** The evidence factor the cell's curve score is multiplied by (0 when missing). */
    public double factor(int column, int row) {
        int e = evidence[column][row];
        return plan.evidenceBase[e] + plan.evidencePremium[e] * strength[column][row];
    }

    /** Sets which scoring scenarios row {@code row} claims: bit s for scenario s ({@link Plan#claimMask}). */
    public void setClaims(int row, int mask) {
        claims[row] = mask;
    }

    public int claims(int row) {
        return claims[row];
    }

    /**
     * Copies rows {@code [from, from + n)} of {@code src}, a chunk of the same plan, to rows {@code [at, at + n)} of
     * this one (every column's values and evidence codes, and the claimed scenarios); the size is left to the caller.
     */
    public void copyRows(Batch src, int from, int at, int n) {
        if (src.value.length != value.length) {
            throw new IllegalArgumentException("chunks of different plans");
        }
        for (int c = 0; c < value.length; c++) {
            System.arraycopy(src.value[c], from, value[c], at, n);
            System.arraycopy(src.evidence[c], from, evidence[c], at, n);
            System.arraycopy(src.strength[c], from, strength[c], at, n);
        }
        System.arraycopy(src.claims, from, claims, at, n);
    }

    /** Makes rows {@code 0..n-1} the chunk's content. */
    public void setSize(int n) {
        if (n < 0 || n > capacity) {
            throw new IllegalArgumentException("size " + n + " outside 0.." + capacity);
        }
        this.size = n;
    }
}
