package dev.cca.engine;

/**
 * The input columns of one chunk of centers: for every plan column, a primitive array of values
 * (NaN = no value) and one of evidence codes (see {@link dev.cca.model.Evidence#code()}). Reused from
 * chunk to chunk, so scoring a catalog allocates these once per thread.
 */
public final class Batch {

    final int capacity;
    int size;
    final double[][] value;
    final byte[][] evidence;

    public Batch(Plan plan, int capacity) {
        this.capacity = capacity;
        this.value = new double[plan.columnCount()][capacity];
        this.evidence = new byte[plan.columnCount()][capacity];
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

    /** Sets one cell; used by the extractor and by tests that build columns directly. */
    public void set(int column, int row, double v, byte evidenceCode) {
        value[column][row] = v;
        evidence[column][row] = evidenceCode;
    }

    public double value(int column, int row) {
        return value[column][row];
    }

    public byte evidence(int column, int row) {
        return evidence[column][row];
    }

    /** Makes rows {@code 0..n-1} the chunk's content. */
    public void setSize(int n) {
        if (n < 0 || n > capacity) {
            throw new IllegalArgumentException("size " + n + " outside 0.." + capacity);
        }
        this.size = n;
    }
}
