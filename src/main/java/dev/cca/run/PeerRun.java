package dev.cca.run;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.engine.Batch;
import dev.cca.engine.CatalogColumns;
import dev.cca.engine.ChunkScorer;
import dev.cca.engine.Plan;
import dev.cca.model.CenterProfile;
import dev.cca.result.BatchResult;
import dev.cca.result.BatchRows;
import dev.cca.result.PeerComparison;
import dev.cca.result.PeerStanding;
import dev.cca.result.Robustness;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The comparison of {@code cca assess --peers CATALOG [--robustness N]}: the catalog is read as {@code cca batch}
 * reads it, the assessed centers are scored through the same catalog path and take the place of any catalog record
 * with their id, and the whole set is ranked, placed in scale classes and, when asked, re-scored.
 */
final class PeerRun {

    private PeerRun() {
    }

    /** What the comparison produced, and the problems of the catalog's records (for the result's problem list). */
    record Outcome(PeerComparison comparison, List<Diagnostic> problems) {
    }

    static Outcome compare(AssessConfig cfg, Plan plan, List<CenterProfile> assessed, InputPaths read) throws InputException {
        AnalysisConfig analysis = cfg.analysis();
        boolean robust = analysis.robustness();
        int threads = Runtime.getRuntime().availableProcessors();
        ChunkScorer scorer = new ChunkScorer(plan, cfg.referenceDate(), List.of(), ChunkScorer.DEFAULT_CHUNK);
        BatchRows rows = scorer.rows();
        CatalogColumns columns = robust ? new CatalogColumns(plan) : null;
        List<Diagnostic> problems = new ArrayList<>();
        int invalid = 0;
        Set<String> ids = new HashSet<>();
        for (CenterProfile p : assessed) {
            ids.add(p.id());
        }
        if (!analysis.peers().isEmpty()) {
            BatchConfig peers = new BatchConfig(analysis.peers(), cfg.rules(), cfg.asOf(), cfg.today(), cfg.encoding(), cfg.limits(),
                    List.of(), cfg.lang(), List.of(), null, 0, threads, null, null, GateConfig.NONE);
            BatchRun.Catalog catalog = BatchRun.read(peers, null, plan, List.of(), robust, read, Intake.Progress.NONE);
            // The peers' errors and the problems of their files; not the warnings of every valid peer.
            problems.addAll(catalog.inputs().problems());
            invalid = catalog.invalid();
            boolean[] keep = new boolean[catalog.rows().size()];
            BatchRows peerRows = catalog.rows();
            for (int i = 0; i < keep.length; i++) {
                keep[i] = !ids.contains(peerRows.id(i));
                if (keep[i]) {
                    rows.add(peerRows.get(i));
                }
            }
            if (robust) {
                catalog.columns().retain(keep);
                columns.addAll(catalog.columns());
            }
        }
        // The assessed centers, scored as a catalog scores them, go last.
        int first = rows.size();
        Batch keep = robust && !assessed.isEmpty() ? new Batch(plan, assessed.size()) : null;
        int[] none = new int[assessed.size()];
        BatchRows mineScored = scorer.score(assessed, none, none, none, keep);
        for (int i = 0; i < mineScored.size(); i++) {
            rows.append(mineScored, i);
        }
        if (keep != null) {
            keep.setSize(assessed.size());
            columns.addAll(keep);
        }
        int[] mine = new int[assessed.size()];
        for (int k = 0; k < mine.length; k++) {
            mine[k] = first + k;
        }
        List<BatchResult.ScenarioInfo> scenarios = plan.rules().scenarios().stream()
                .map(s -> new BatchResult.ScenarioInfo(s.id(), s.label())).toList();
        PeerStanding standing = BatchRun.standing(plan.rules(), rows, scenarios).select(mine);
        Robustness robustness = robust ? BatchRun.robustness(columns, analysis, threads).select(mine) : null;
        return new Outcome(new PeerComparison(analysis.peers(), rows.size(), invalid, standing, robustness), problems);
    }
}
