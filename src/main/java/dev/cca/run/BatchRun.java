package dev.cca.run;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.engine.Batch;
import dev.cca.engine.CatalogColumns;
import dev.cca.engine.ChunkScorer;
import dev.cca.engine.Plan;
import dev.cca.engine.Rescorer;
import dev.cca.engine.robust.RobustnessAnalysis;
import dev.cca.input.Limits;
import dev.cca.input.NamedFiles;
import dev.cca.input.ProfileReader;
import dev.cca.input.catalog.CatalogOptions;
import dev.cca.input.catalog.CatalogSource;
import dev.cca.input.catalog.ParsedRecord;
import dev.cca.input.catalog.RecordPipeline;
import dev.cca.engine.Extractor;
import dev.cca.evidence.MeasuredEvidence;
import dev.cca.model.CenterProfile;
import dev.cca.report.RenderOptions;
import dev.cca.report.Renderer;
import dev.cca.report.ReportFormat;
import dev.cca.result.AssessmentResult;
import dev.cca.result.BatchResult;
import dev.cca.result.BatchRow;
import dev.cca.result.BatchStatistics;
import dev.cca.result.GateReport;
import dev.cca.gate.GatePolicy;
import dev.cca.result.PeerStanding;
import dev.cca.result.Robustness;
import dev.cca.rules.Label;
import dev.cca.rules.RuleSet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code cca batch} as a library call: read a catalog lazily (any mix of folders, YAML, JSON Lines, CSV and
 * XLSX), parse and validate records on several threads, score them in columnar chunks on the calling thread,
 * keep one compact row per center, then rank, aggregate and write. A bad record costs only itself.
 */
public final class BatchRun {

    /** Default grouping fields of the aggregates: province, national hub and operator type. */
    public static final List<String> DEFAULT_GROUPS = List.of("region.province", "hub", "operator.type");

    /**
     * What a catalog run produced and the exit code it earns.
     *
     * @param readMillis       time spent reading, validating and scoring
     * @param summaryMillis    ranking, aggregating and standing among peers
     * @param robustnessMillis the uncertainty analysis ({@code --robustness}), 0 without one
     * @param read             every file read, which no report may replace
     */
    public record Outcome(BatchResult result, ExitCode exit, long readMillis, long summaryMillis, long robustnessMillis,
                          InputPaths read) {
    }

    /** Progress callbacks, from the calling thread, every few thousand records. */
    public interface Progress {
        /** Whether anyone is watching; when not, the input size is not measured beforehand. */
        boolean wanted();

        /** @param totalBytes the catalog's size, or 0 when unknown (standard input) */
        void update(long records, long invalid, long bytesRead, long totalBytes);

        void done(long records);

        Progress NONE = new Progress() {
            @Override
            public boolean wanted() {
                return false;
            }

            @Override
            public void update(long records, long invalid, long bytesRead, long totalBytes) {
            }

            @Override
            public void done(long records) {
            }
        };
    }

    private BatchRun() {
    }

    public static Outcome run(BatchConfig cfg, Progress progress) throws InputException, UsageException {
        Problems ruleWarnings = new Problems();
        LoadedRules rules = LoadedRules.resolve(cfg.rules(), ruleWarnings);
        RuleSet rs = rules.rules();
        // Every input named, before anything is read: an output that would replace one is refused now. The files
        // that profiles name are added as workers read them, and checked again before anything is written.
        InputPaths read = new InputPaths().addAll(cfg.inputs()).add(cfg.rules()).add(cfg.gate().baseline()).add(cfg.gate().file());
        ReportFiles.check(cfg.outputs().stream().map(AssessConfig.Output::path).toList(), read);
        for (AssessConfig.Output o : cfg.outputs()) {
            o.resolve(ReportFormat.Kind.BATCH);
        }
        // Read before the catalog, so that a bad --baseline fails at once, not after an hour of scoring.
        checkOptions(cfg, rs);
        GatePolicy policy = cfg.gate().policy(rs, cfg.limits());
        Baseline baseline = Baseline.read(cfg.gate().baseline(), cfg.limits());
        if (baseline.scoredByOther(rs) && !cfg.gate().allowRulesChange()) {
            throw baseline.otherRules(rs);
        }
        Plan plan = Plan.compile(rs);
        List<String> groups = new ArrayList<>(DEFAULT_GROUPS);
        for (String g : cfg.groupBy()) {
            if (!groups.contains(g)) {
                groups.add(g);
            }
        }
        long started = System.nanoTime();
        Catalog catalog = read(cfg, plan, groups, cfg.analysis().robustness(), read, progress);
        long readAt = System.nanoTime();
        Robustness robustness = cfg.analysis().robustness()
                ? robustness(catalog.columns(), cfg.analysis(), cfg.threads()) : null;
        long robust = System.nanoTime();
        BatchResult result = result(cfg, rules, plan, groups, catalog.rows(), catalog.problems(), catalog.invalid(),
                catalog.warnings(), robustness);
        long summary = System.nanoTime();
        result = result.withGate(Gates.check(policy, result, rs, baseline, cfg.referenceDate()));
        boolean errors = catalog.problems().stream().anyMatch(Diagnostic::isError);
        // Invalid records outrank a failed gate (exit 3), but the gate results of the valid centers are in the result.
        ExitCode exit = errors ? ExitCode.INVALID_INPUT : ExitCode.OK;
        if (!result.gate().passed()) {
            exit = exit.worst(ExitCode.GATE_FAILED);
        }
        return new Outcome(result, exit, (readAt - started) / 1_000_000, (summary - robust) / 1_000_000,
                (robust - readAt) / 1_000_000, read);
    }

    /**
     * A catalog read and scored: its valid rows in catalog order (duplicates dropped), every problem, the count of
     * invalid records (duplicates included) and of warnings, and, when asked for, every row's extracted columns.
     */
    public record Catalog(List<BatchRow> rows, List<Diagnostic> problems, int invalid, long warnings, CatalogColumns columns) {
    }

    /**
     * Reads, validates and scores a catalog on {@code cfg.threads()} threads; {@code cca batch} and the peers of
     * {@code cca assess --peers} both read through here. With {@code keepColumns} every valid row's extracted columns
     * are kept, in row order, for re-scoring.
     */
    public static Catalog read(BatchConfig cfg, Plan plan, List<String> groups, boolean keepColumns, InputPaths read,
                               Progress progress) throws InputException {
        List<Path> inputs = new ArrayList<>();
        for (String in : cfg.inputs()) {
            inputs.add(Path.of(in));
        }
        List<BatchRow> rows = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        CatalogColumns columns = keepColumns ? new CatalogColumns(plan) : null;
        long[] counts = new long[3]; // records, invalid, warnings
        Map<String, String> interned = new ConcurrentHashMap<>();
        ThreadLocal<ChunkScorer> scorers = ThreadLocal.withInitial(() ->
                new ChunkScorer(plan, cfg.referenceDate(), groups, ChunkScorer.DEFAULT_CHUNK, interned));
        ProfileReader reader = new ProfileReader(cfg.referenceDate());
        // Files that catalog records name stay in the folders of what the command line names.
        Limits named = cfg.limits().withInputRoots(NamedFiles.roots(cfg.inputs()));
        CatalogOptions options = new CatalogOptions(named, cfg.encoding(), cfg.delimiter(), cfg.sheet());
        dev.cca.check.ClaimChecks checks = new dev.cca.check.ClaimChecks(plan.rules());
        long totalBytes = progress.wanted() ? CatalogSource.totalBytes(inputs) : 0;
        try (CatalogSource source = CatalogSource.open(inputs, options).skipWalked(BatchRun::isNativeBenchmarkOutput)) {
            // Workers parse, validate, extract and score a whole batch; this thread only collects rows in order.
            RecordPipeline.runBatches(source.iterator(), cfg.threads(),
                    batch -> scoreBatch(batch, reader, scorers.get(), cfg, named, plan.rules(), checks, read, keepColumns), p -> {
                if (p.skipped()) {
                    return;
                }
                counts[0]++;
                if (p.row() == null) {
                    counts[1]++;
                    problems.addAll(p.errors());
                } else {
                    counts[2] += p.warnings();
                    rows.add(p.row());
                    if (columns != null) {
                        columns.add(p.columns(), p.columnRow());
                    }
                }
                problems.addAll(p.notes());
                if ((counts[0] & 1023) == 0) {
                    progress.update(counts[0], counts[1], source.bytesRead(), totalBytes);
                }
            });
            problems.addAll(source.fileProblems());
        }
        progress.done(counts[0]);
        int invalid = (int) counts[1] + duplicates(rows, problems, columns);
        return new Catalog(rows, problems, invalid, counts[2], columns);
    }

    /**
     * One record after a worker is done with it: its row, or the errors that made it invalid; the count of its
     * warnings; and notes about benchmark files it named. Nothing else of the record is kept.
     */
    private record Scored(BatchRow row, List<Diagnostic> errors, int warnings, List<Diagnostic> notes, boolean skipped,
                          Batch columns, int columnRow) {
    }

    /**
     * A benchmark tool's own output found while walking a folder (a vLLM result next to the profiles that name
     * it): recognised by its content, it is not a record of the catalog. Only small JSON files are looked at.
     */
    static boolean isNativeBenchmarkOutput(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!(n.endsWith(".json") || n.endsWith(".jsonl"))) {
            return false;
        }
        try {
            if (java.nio.file.Files.size(p) > (4 << 20)) {
                return false;
            }
            String text = java.nio.file.Files.readString(p);
            String head = text.length() > 4096 ? text.substring(0, 4096) : text;
            return !head.contains("\"cca\"") && !NATIVE.candidates(text).isEmpty();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static final dev.cca.input.bench.NativeFormats NATIVE = dev.cca.input.bench.NativeFormats.standard();

    /** Runs on a worker thread: validates a batch of records, applies named benchmarks, scores the valid ones as one chunk. */
    private static List<Scored> scoreBatch(List<ParsedRecord> batch, ProfileReader reader, ChunkScorer scorer, BatchConfig cfg,
                                           Limits named, RuleSet rules, dev.cca.check.ClaimChecks checks, InputPaths read,
                                           boolean keepColumns) {
        List<CenterProfile> valid = new ArrayList<>(batch.size());
        int[] warnings = new int[batch.size()];
        int[] findings = new int[batch.size()];
        int[] adjusted = new int[batch.size()];
        List<List<Diagnostic>> errors = new ArrayList<>(batch.size());
        List<List<Diagnostic>> notes = new ArrayList<>(batch.size());
        boolean[] skip = new boolean[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            ParsedRecord rec = batch.get(i);
            // benchmark-run documents in a catalog folder are applied through the profiles that name them.
            if (rec.hasTree() && "benchmark-run/v1".equals(ProfileReader.formatOf(rec.document().root()))) {
                skip[i] = true;
                errors.add(List.of());
                notes.add(List.of());
                continue;
            }
            CenterProfile p = rec.profile(reader);
            List<Diagnostic> errs = new ArrayList<>();
            for (Diagnostic d : rec.problems().all()) {
                if (d.isError()) {
                    errs.add(d);
                } else {
                    warnings[i]++;
                }
            }
            if (p == null && errs.isEmpty()) {
                errs.add(Diagnostic.error(rec.location(), "the record is not a valid profile"));
            }
            List<Diagnostic> note = List.of();
            if (p != null) {
                note = new ArrayList<>();
                List<MeasuredEvidence.Run> runs = p.benchmarks().isEmpty() ? List.of() : benchmarks(p, cfg, named, note, read);
                dev.cca.check.ClaimChecks.Report report = CenterInputs.prepare(p, runs, rules, checks,
                        cfg.referenceDate(), new ArrayList<>(), false).checks();
                findings[i] = report.findings().size();
                adjusted[i] = (int) report.findings().stream().filter(f -> f.outcome().adjusts()).count();
            }
            errors.add(errs);
            notes.add(note);
            if (p != null) {
                valid.add(p);
            }
        }
        int[] validWarnings = new int[valid.size()];
        int[] validFindings = new int[valid.size()];
        int[] validAdjusted = new int[valid.size()];
        for (int i = 0, k = 0; i < batch.size(); i++) {
            if (!skip[i] && errors.get(i).isEmpty()) {
                validFindings[k] = findings[i];
                validAdjusted[k] = adjusted[i];
                validWarnings[k++] = warnings[i];
            }
        }
        Batch keep = keepColumns && !valid.isEmpty() ? new Batch(scorer.plan(), valid.size()) : null;
        List<BatchRow> rows = scorer.score(valid, validWarnings, validFindings, validAdjusted, keep);
        List<Scored> out = new ArrayList<>(batch.size());
        for (int i = 0, k = 0; i < batch.size(); i++) {
            boolean ok = !skip[i] && errors.get(i).isEmpty();
            out.add(new Scored(ok ? rows.get(k) : null, errors.get(i), warnings[i], notes.get(i), skip[i], ok ? keep : null,
                    ok ? k : -1));
            k += ok ? 1 : 0;
        }
        return out;
    }

    /**
     * The runs of the benchmark files a catalog profile names, read as {@code cca assess} reads them, so that a center
     * scores the same in a catalog as alone. Problems with those files go to {@code notes}.
     */
    private static List<MeasuredEvidence.Run> benchmarks(CenterProfile p, BatchConfig cfg, Limits named, List<Diagnostic> notes,
                                                         InputPaths read) {
        BenchmarkInputs bench = new BenchmarkInputs(named, cfg.referenceDate(), Map.of());
        List<MeasuredEvidence.Run> runs = bench.referenced(p);
        read.addAll(bench.files());
        notes.addAll(bench.problems().all());
        return runs;
    }

    /**
     * Duplicate center ids: the first occurrence (in catalog order) is kept, every later one is dropped and
     * reported naming both places.
     */
    static int duplicates(List<BatchRow> rows, List<Diagnostic> problems, CatalogColumns columns) {
        Map<String, Integer> first = new HashMap<>(rows.size() * 2);
        List<BatchRow> kept = new ArrayList<>(rows.size());
        boolean[] keep = new boolean[rows.size()];
        int dropped = 0;
        for (int i = 0; i < rows.size(); i++) {
            BatchRow r = rows.get(i);
            Integer at = first.putIfAbsent(r.id(), kept.size());
            if (at == null) {
                kept.add(r);
                keep[i] = true;
                continue;
            }
            BatchRow f = kept.get(at);
            problems.add(Diagnostic.error(Location.of(r.sourceFile(), r.sourceLine(), 1).withPath("id"), "duplicate center id '"
                    + r.id() + "': also at " + Location.of(f.sourceFile(), f.sourceLine(), 0).prefix() + "; this record is not scored"));
            dropped++;
        }
        if (dropped > 0) {
            rows.clear();
            rows.addAll(kept);
            if (columns != null) {
                columns.retain(keep);
            }
        }
        return dropped;
    }

    /** The uncertainty analysis of a kept catalog: its curves scored once, then {@code analysis.variations()} re-scorings. */
    static Robustness robustness(CatalogColumns columns, AnalysisConfig analysis, int threads) {
        return RobustnessAnalysis.run(new Rescorer(columns),
                new RobustnessAnalysis.Options(analysis.variations(), analysis.seed(), threads));
    }

    /** Standing among peers of every row, in the scale classes of the rule set. */
    static PeerStanding standing(RuleSet rs, List<BatchRow> rows, List<BatchResult.ScenarioInfo> scenarios) {
        RuleSet.PeerClasses pc = rs.robustness().peers();
        List<PeerStanding.ScaleClass> classes = pc.metric() == null
                ? List.of(new PeerStanding.ScaleClass("all", new Label("All centers", "全部中心"), 0))
                : pc.classes().stream().map(c -> new PeerStanding.ScaleClass(c.id(), c.label(), c.atLeast())).toList();
        return BatchStatistics.standing(rows, pc.metric(), classes, scenarios, new Label("Scale not given", "规模未提供"));
    }

    private static BatchResult result(BatchConfig cfg, LoadedRules rules, Plan plan, List<String> groups, List<BatchRow> rows,
                                      List<Diagnostic> problems, int invalid, long warnings, Robustness robustness) {
        RuleSet rs = rules.rules();
        List<BatchResult.ScenarioInfo> scenarios = rs.scenarios().stream()
                .map(s -> new BatchResult.ScenarioInfo(s.id(), s.label())).toList();
        List<BatchResult.TableInfo> tables = rs.tables().stream().map(t -> new BatchResult.TableInfo(t.id(), t.label())).toList();
        List<BatchResult.IndicatorInfo> indicators = new ArrayList<>();
        for (int k = 0; k < plan.indicatorCount(); k++) {
            RuleSet.Indicator ind = rs.indicators().get(plan.indicatorId(k));
            indicators.add(new BatchResult.IndicatorInfo(ind.id(), ind.label()));
        }
        List<BatchResult.GradeInfo> grades = rs.gradesDescending().stream()
                .map(g -> new BatchResult.GradeInfo(g.grade(), g.min(), g.label())).toList();
        List<BatchResult.Ranking> rankings = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            rankings.add(BatchStatistics.rank(rows, s, scenarios.get(s).id()));
        }
        int maxGrade = grades.stream().mapToInt(BatchResult.GradeInfo::grade).max().orElse(5);
        List<BatchResult.Aggregate> aggregates = BatchStatistics.aggregate(rows, groups, scenarios, maxGrade);
        return new BatchResult(BatchResult.FORMAT, new AssessmentResult.ToolInfo("cca", Version.get()),
                AssessmentResult.RulesInfo.of(rs, rules.source()),
                cfg.asOf() == null ? null : cfg.asOf().toString(), cfg.referenceDate().toString(), InputDigests.of(List.of(), inputFiles(cfg)), scenarios, tables,
                indicators, grades, rs.caps().stream().map(RuleSet.Cap::id).toList(), groups, rows, rankings, aggregates, problems,
                invalid, warnings, GateReport.NONE, standing(rs, rows, scenarios), robustness);
    }

    /** Options that name things of the rule set or the profile format must name things that exist. */
    private static void checkOptions(BatchConfig cfg, RuleSet rs) throws UsageException {
        List<String> scenarios = rs.scenarios().stream().map(RuleSet.Scenario::id).toList();
        if (rs.scenario(cfg.rankBy()) == null) {
            throw new UsageException("--rank-by " + cfg.rankBy() + ": unknown scenario" + dev.cca.diag.Suggest.didYouMean(cfg.rankBy(), scenarios)
                    + "; the rule set scores " + String.join(", ", scenarios));
        }
        for (String g : cfg.groupBy()) {
            dev.cca.model.Field f = dev.cca.model.ProfileSchema.root();
            StringBuilder at = new StringBuilder();
            for (String part : g.split("\\.", -1)) {
                dev.cca.model.Field c = f.type() == dev.cca.model.Field.Type.OBJECT ? f.child(part) : null;
                if (c == null) {
                    throw new UsageException("--group-by " + g + ": " + (at.length() == 0 ? "a profile has no field '" + part + "'"
                            : at + " has no field '" + part + "'") + (f.type() == dev.cca.model.Field.Type.OBJECT
                            ? dev.cca.diag.Suggest.didYouMean(part, f.children().keySet()) : "") + " (see docs/profile-format.md)");
                }
                at.append(at.length() == 0 ? "" : ".").append(part);
                f = c;
            }
            if (f.type() == dev.cca.model.Field.Type.OBJECT) {
                throw new UsageException("--group-by " + g + ": is a group of fields (" + String.join(", ", f.children().keySet())
                        + "); name one of them");
            }
        }
    }

    /**
     * The catalog files named on the command line; a folder's files are not hashed one by one (a tree of a
     * hundred thousand profiles would be read twice), so a folder is recorded by the files it was given as.
     */
    private static List<Path> inputFiles(BatchConfig cfg) {
        List<Path> out = new ArrayList<>();
        for (String in : cfg.inputs()) {
            if (!in.equals("-")) {
                out.add(Path.of(in));
            }
        }
        return out;
    }

    /**
     * Writes every report (see {@link ReportFiles}: never over an input, all or none replaced); several files are
     * rendered at the same time (each renderer only reads the result), so a CSV and a JSON of a million centers
     * take the time of the slower one.
     */
    public static List<String> writeReports(Outcome outcome, BatchConfig cfg, OutputStream stdout) throws UsageException, IOException {
        RenderOptions bo = RenderOptions.file(cfg.lang(), cfg.rankBy(), cfg.top());
        List<ReportFiles.Job> jobs = new ArrayList<>();
        for (AssessConfig.Output o : cfg.outputs()) {
            Renderer<BatchResult> r = o.resolve(ReportFormat.Kind.BATCH).batch();
            jobs.add(new ReportFiles.Job(ReportFiles.check(o.path(), outcome.read()), os -> r.render(outcome.result(), bo, os)));
        }
        return ReportFiles.write(jobs, outcome.read(), stdout, cfg.threads());
    }
}
