package dev.cca.engine;

import dev.cca.model.CenterProfile;
import dev.cca.result.BatchRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Scores a stream of profiles in columnar chunks: profiles are extracted into the columns of a chunk of a
 * few thousand rows, the chunk is scored by {@link ScoringCore} in one pass, and each center leaves as a
 * compact {@link BatchRow}. Nothing else of a profile is kept, so memory grows only with the rows.
 * Not thread-safe: one scorer per consumer thread (parsing happens elsewhere, in parallel).
 */
public final class ChunkScorer {

    /** Rows per chunk: large enough to amortise each pass, small enough that a chunk stays in cache. */
    public static final int DEFAULT_CHUNK = 4096;

    private final Plan plan;
    private final LocalDate asOf;
    private final LocalDate today;
    private final List<String> groupFields;
    private final Consumer<BatchRow> out;
    private final Batch batch;
    private final Scores scores;
    private final Extractor extractor;
    private final CenterProfile[] pending;
    private final int[] pendingWarnings;
    private final Map<String, String> interned = new ConcurrentHashMap<>();
    private int size;
    private int next;

    public ChunkScorer(Plan plan, LocalDate asOf, LocalDate today, List<String> groupFields, int chunkSize,
                       Consumer<BatchRow> out) {
        this.plan = plan;
        this.asOf = asOf;
        this.today = today;
        this.groupFields = List.copyOf(groupFields);
        this.out = out;
        this.batch = new Batch(plan, chunkSize);
        this.scores = new Scores(plan, chunkSize);
        this.extractor = new Extractor(plan);
        this.pending = new CenterProfile[chunkSize];
        this.pendingWarnings = new int[chunkSize];
    }

    /** Adds a valid profile; scores the chunk when it is full. */
    public void add(CenterProfile p, int warnings) {
        extractor.fill(p, size, batch, Extractor.referenceDate(p, asOf, today));
        pending[size] = p;
        pendingWarnings[size] = warnings;
        size++;
        if (size == pending.length) {
            flush();
        }
    }

    /** Scores what is left. */
    public void finish() {
        flush();
    }

    private void flush() {
        if (size == 0) {
            return;
        }
        batch.setSize(size);
        ScoringCore.score(plan, batch, scores);
        int ns = plan.scenarioCount();
        int nt = plan.tableCount();
        int ni = plan.indicatorCount();
        for (int i = 0; i < size; i++) {
            CenterProfile p = pending[i];
            float[] sc = new float[ns];
            byte[] grade = new byte[ns];
            byte[] uncapped = new byte[ns];
            long[] caps = new long[ns];
            float[] cov = new float[ns];
            float[] tables = new float[ns * nt];
            for (int s = 0; s < ns; s++) {
                sc[s] = (float) scores.scenario(s, i);
                grade[s] = (byte) scores.grade(s, i);
                uncapped[s] = (byte) scores.uncappedGrade(s, i);
                caps[s] = loweringCaps(s, i);
                cov[s] = (float) scores.scenarioCoverage(s, i);
                for (int t = 0; t < nt; t++) {
                    tables[s * nt + t] = (float) scores.table(s, t, i);
                }
            }
            float[] ind = new float[ni];
            for (int k = 0; k < ni; k++) {
                ind[k] = (float) scores.indicator(k, i);
            }
            String[] groups = new String[groupFields.size()];
            for (int g = 0; g < groups.length; g++) {
                String v = p.text(groupFields.get(g));
                groups[g] = v == null ? null : interned.computeIfAbsent(v, x -> x);
            }
            out.accept(new BatchRow(next++, p.id(), p.name(), interned.computeIfAbsent(p.origin().file(), x -> x),
                    p.origin().line(), groups, sc, grade, uncapped, caps, cov, tables, ind, pendingWarnings[i]));
            pending[i] = null;
        }
        size = 0;
    }

    /** Caps whose condition held and whose maximum is below the grade the score earned. */
    private long loweringCaps(int s, int row) {
        long held = scores.capsHeld(s, row);
        long lowered = 0;
        int uncapped = scores.uncappedGrade(s, row);
        for (int c = 0; c < plan.caps.length; c++) {
            if ((held & (1L << c)) != 0 && plan.caps[c].maxGrade() < uncapped) {
                lowered |= 1L << c;
            }
        }
        return lowered;
    }
}
