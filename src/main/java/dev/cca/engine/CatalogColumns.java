package dev.cca.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole catalog's extracted columns, kept so that it can be re-scored under other judgements without being read
 * again: chunks of {@link #CHUNK} rows in catalog order, each holding every plan column's values and evidence codes
 * as {@link ChunkScorer} extracted them. Row {@code r} of the catalog is row {@code r % CHUNK} of chunk
 * {@code r / CHUNK}, and the same index as the catalog's result rows.
 *
 * <p>This is the one hand-over between reading a catalog and re-scoring it: whatever fills chunk columns (profiles
 * through {@link Extractor}, or a reader that writes columns directly) appends them here with {@link #add} or
 * {@link #addAll}. Memory: 13 bytes per column per center (value, evidence code, evidence strength; about 0.7 KB per center with the default rule set), kept
 * only when a run asks for re-scoring.
 */
public final class CatalogColumns {

    /** Rows per chunk: the re-scoring passes keep one chunk's scratch arrays in the core's caches. */
    public static final int CHUNK = 1024;

    private final Plan plan;
    private final List<Batch> chunks = new ArrayList<>();
    private int size;

    public CatalogColumns(Plan plan) {
        this.plan = plan;
    }

    public Plan plan() {
        return plan;
    }

    /** Centers held. */
    public int size() {
        return size;
    }

    public int chunkCount() {
        return chunks.size();
    }

    /** Chunk {@code c}; its size is the number of catalog rows it holds. */
    public Batch chunk(int c) {
        return chunks.get(c);
    }

    /** Appends row {@code row} of {@code src} (a chunk of the same plan). */
    public void add(Batch src, int row) {
        Batch last = room();
        last.copyRows(src, row, last.size, 1);
        last.size++;
        size++;
    }

    /** Appends every row of {@code src}. */
    public void addAll(Batch src) {
        for (int from = 0; from < src.size; ) {
            Batch last = room();
            int n = Math.min(src.size - from, CHUNK - last.size);
            last.copyRows(src, from, last.size, n);
            last.size += n;
            size += n;
            from += n;
        }
    }

    /** Appends every row of {@code other}, in order. */
    public void addAll(CatalogColumns other) {
        for (Batch b : other.chunks) {
            addAll(b);
        }
    }

    /** Keeps only the rows {@code r} with {@code keep[r]}, in order (for duplicate centers dropped after reading). */
    public void retain(boolean[] keep) {
        if (keep.length != size) {
            throw new IllegalArgumentException(keep.length + " flags for " + size + " rows");
        }
        List<Batch> old = new ArrayList<>(chunks);
        chunks.clear();
        size = 0;
        int r = 0;
        for (Batch b : old) {
            for (int i = 0; i < b.size; i++, r++) {
                if (keep[r]) {
                    add(b, i);
                }
            }
        }
    }

    private Batch room() {
        if (chunks.isEmpty() || chunks.get(chunks.size() - 1).size == CHUNK) {
            chunks.add(new Batch(plan, CHUNK));
        }
        return chunks.get(chunks.size() - 1);
    }
}
