package dev.cca.engine;

import dev.cca.check.ClaimChecks;
import dev.cca.diag.Diagnostic;
import dev.cca.model.CenterProfile;
import dev.cca.result.BatchRows;
import java.time.LocalDate;
import java.util.List;

/**
 * Scores lists of profiles in columnar chunks: the profiles are extracted into the columns of a chunk, the
 * chunk is scored by {@link ScoringCore} in one pass, and each center leaves as a row of {@link BatchRows} (columns,
 * no object per center).
 * Nothing else of a profile is kept, so memory grows only with the rows. One scorer per thread: a catalog
 * run gives each parsing thread its own, so parsing, extraction and scoring all run in parallel.
 */
public final class ChunkScorer {

    /** Rows per chunk: large enough to amortise each pass, small enough that a chunk stays in cache. */
    public static final int DEFAULT_CHUNK = 1024;

    private final Plan plan;
    private final LocalDate referenceDate;
    private final List<String> groupFields;
    private final CenterProfile.Key[] groupKeys;
    /** The key of each plan column's metric. */
    private final CenterProfile.Key[] columnKeys;
    private final BatchRows.Pool pool;
    private final Batch batch;
    private final Scores scores;
    private final Extractor extractor;
    private final FitEvaluator fit;

    /**
     * @param referenceDate the date evidence ages against ({@code --as-of}, else today)
     * @param pool          shared among scorers, so that equal group values and file names are one string, and rows
     *                      move from a scorer's chunk to the catalog's rows by copying
     */
    public ChunkScorer(Plan plan, LocalDate referenceDate, List<String> groupFields, int chunkSize, BatchRows.Pool pool) {
        this.plan = plan;
        this.referenceDate = referenceDate;
        this.groupFields = List.copyOf(groupFields);
        this.groupKeys = this.groupFields.stream().map(CenterProfile::key).toArray(CenterProfile.Key[]::new);
        this.columnKeys = java.util.Arrays.stream(plan.columns).map(c -> CenterProfile.key(c.metric())).toArray(CenterProfile.Key[]::new);
        this.pool = pool;
        this.batch = new Batch(plan, chunkSize);
        this.scores = new Scores(plan, chunkSize, false);
        this.extractor = new Extractor(plan);
        this.fit = new FitEvaluator(plan);
    }

    /** Whether rows keep the weakest evidence of each indicator (for a gate's {@code required_evidence}). */
    private boolean keepEvidence;

    /**
     * Rows keep, per indicator, the weakest evidence among its metrics with a value and which metric it is of, as an
     * assessment's gate reads them from its explained result: a catalog's {@code required_evidence} gate then
     * judges as {@code cca assess} does. Costs two small arrays per row, so only when a gate asks.
     */
    public ChunkScorer keepingEvidence(boolean keep) {
        this.keepEvidence = keep;
        return this;
    }

    public ChunkScorer(Plan plan, LocalDate referenceDate, List<String> groupFields, int chunkSize) {
        this(plan, referenceDate, groupFields, chunkSize, new BatchRows.Pool());
    }

    public Plan plan() {
        return plan;
    }

    /** Scores {@code profiles} ({@code warnings[i]} counted for each) and returns their rows, in order. */
    public BatchRows score(List<CenterProfile> profiles, int[] warnings) {
        int[] none = new int[profiles.size()];
        return score(profiles, warnings, none, none, null);
    }

    /**
     * As {@link #score(List, int[])}, with what the checks stage found about each profile: {@code findings[i]}
     * findings, of which {@code adjusted[i]} changed how a claim is scored.
     */
    public BatchRows score(List<CenterProfile> profiles, int[] warnings, int[] findings, int[] adjusted) {
        return score(profiles, warnings, findings, adjusted, null);
    }

    /**
     * As {@link #score(List, int[], int[], int[])} and, when {@code keep} is not null (a chunk of at least
     * {@code profiles.size()} rows), also copies each center's extracted columns to row i of {@code keep}, for
     * re-scoring the catalog later.
     */
    public BatchRows score(List<CenterProfile> profiles, int[] warnings, int[] findings, int[] adjusted, Batch keep) {
        return score(profiles, warnings, findings, adjusted, null, null, keep);
    }

    /**
     * Scores {@code profiles} with what the checks stage found about each ({@code checks.get(i)}) and returns their
     * rows, in order. Each center's scenario-fit warnings are added to {@code warnings.get(i)}, and each row counts
     * the warnings of its list and the findings of its report. {@code keep} as in
     * {@link #score(List, int[], int[], int[], Batch)}.
     */
    public BatchRows score(List<CenterProfile> profiles, List<List<Diagnostic>> warnings, List<ClaimChecks.Report> checks,
                                Batch keep) {
        return score(profiles, null, null, null, warnings, checks, keep);
    }

    private BatchRows score(List<CenterProfile> profiles, int[] warnings, int[] findings, int[] adjusted,
                                 List<List<Diagnostic>> warningLists, List<ClaimChecks.Report> checks, Batch keep) {
        BatchRows out = rows(profiles.size());
        int cap = batch.capacity();
        for (int from = 0; from < profiles.size(); from += cap) {
            int n = Math.min(cap, profiles.size() - from);
            for (int i = 0; i < n; i++) {
                CenterProfile p = profiles.get(from + i);
                extractor.fill(p, i, batch, referenceDate);
            }
            batch.setSize(n);
            ScoringCore.score(plan, batch, scores);
            if (keep != null) {
                keep.copyRows(batch, 0, from, n);
            }
            for (int i = 0; i < n; i++) {
                CenterProfile p = profiles.get(from + i);
                if (warningLists == null) {
                    row(out, p, i, warnings[from + i], findings[from + i], adjusted[from + i]);
                    continue;
                }
                ClaimChecks.Report report = checks.get(from + i);
                List<Diagnostic> w = warningLists.get(from + i);
                fit.warn(p, batch, scores, i, report.contradicted(), w);
                List<dev.cca.result.Finding> found = report.findings();
                int changed = 0;
                for (int f = 0; f < found.size(); f++) {
                    changed += found.get(f).outcome().adjusts() ? 1 : 0;
                }
                row(out, p, i, w.size(), found.size(), changed);
            }
        }
        return out;
    }

    /** An empty store of the rows this scorer makes (its shape, its pool). */
    public BatchRows rows() {
        return rows(64);
    }

    /** As {@link #rows()}, with room for {@code expected} rows. */
    private BatchRows rows(int expected) {
        return new BatchRows(plan.scenarioCount(), plan.tableCount(), plan.indicatorCount(), groupFields.size(), keepEvidence, pool,
                expected);
    }

    /** Appends row {@code i} of the scored chunk to {@code out}. */
    private void row(BatchRows out, CenterProfile p, int i, int warnings, int findings, int adjusted) {
        int ns = plan.scenarioCount();
        int nt = plan.tableCount();
        int ni = plan.indicatorCount();
        int r = out.addRow(p.id(), p.name(), p.origin().file(), p.origin().line(), warnings, findings, adjusted,
                (byte) plan.scaleClass(batch, i));
        for (int s = 0; s < ns; s++) {
            out.setScenario(r, s, (float) scores.scenario(s, i), (byte) scores.status(s, i), (float) scores.reported(s, i),
                    (byte) scores.grade(s, i), (byte) scores.uncappedGrade(s, i), loweringCaps(s, i), (float) scores.scenarioCoverage(s, i));
            for (int t = 0; t < nt; t++) {
                out.setTable(r, s, t, (float) scores.table(s, t, i));
            }
        }
        for (int k = 0; k < ni; k++) {
            out.setIndicator(r, k, (float) scores.indicator(k, i));
        }
        if (keepEvidence) {
            byte[] evidence = new byte[ni];
            String[] weakest = new String[ni];
            long[] at = new long[ni];
            String[] files = null;
            for (int k = 0; k < ni; k++) {
                // As the assessment's gate takes it: the first metric, in the indicator's order, weaker than those before.
                dev.cca.model.Evidence found = null;
                int weakestColumn = -1;
                for (int t = plan.indTermFrom[k]; t < plan.indTermTo[k]; t++) {
                    int col = plan.termColumn[t];
                    dev.cca.model.Evidence e = dev.cca.model.Evidence.fromCode(batch.evidence(col, i));
                    if (e != null && (found == null || !e.atLeast(found))) {
                        found = e;
                        weakest[k] = plan.column(col).metric();
                        weakestColumn = col;
                    }
                }
                evidence[k] = found == null ? 0 : found.code();
                // Where that metric's value is written, as the assessment's gate locates an outcome about it.
                dev.cca.model.Datum d = weakest[k] == null ? null : p.get(columnKeys[weakestColumn]);
                dev.cca.diag.Location o = d == null ? null : d.origin();
                if (o != null && o.line() > 0) {
                    at[k] = dev.cca.result.BatchRow.at(o.line(), o.column());
                    if (!o.file().equals(p.origin().file())) {
                        if (files == null) {
                            files = new String[ni];
                        }
                        files[k] = o.file();
                    }
                }
            }
            out.setEvidence(r, evidence, weakest, at, files);
        }
        for (int g = 0; g < groupKeys.length; g++) {
            out.setGroup(r, g, p.text(groupKeys[g]));
        }
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
