package dev.cca.run;

import dev.cca.diag.CatalogCode;
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
import dev.cca.gate.GatePolicy;
import dev.cca.input.catalog.CatalogOptions;
import dev.cca.model.CenterProfile;
import dev.cca.report.RenderOptions;
import dev.cca.report.Renderer;
import dev.cca.report.ReportFormat;
import dev.cca.result.AssessmentResult;
import dev.cca.result.BatchResult;
import dev.cca.result.BatchRows;
import dev.cca.result.BatchStatistics;
import dev.cca.result.GateReport;
import dev.cca.result.PeerStanding;
import dev.cca.result.Robustness;
import dev.cca.rules.Label;
import dev.cca.rules.RuleSet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
     * @param inputs           what reading found (its problems, the excerpts of their lines)
     * @param read             every file read, which no report may replace
     */
    public record Outcome(BatchResult result, Intake.Summary inputs, ExitCode exit, long readMillis, long summaryMillis,
                          long robustnessMillis, InputPaths read) {

        /** The excerpt of a line of a file read around a column, for showing a problem; null if not kept. */
        public dev.cca.input.SourceFile.Excerpt sourceLine(String file, int line, int column) {
            return inputs.lines().excerpt(file, line, column);
        }
    }

    private BatchRun() {
    }

    public static Outcome run(BatchConfig cfg, Intake.Progress progress) throws InputException, UsageException {
        return run(cfg, null, progress);
    }

    /** @param stdin what {@code -} among the inputs reads */
    public static Outcome run(BatchConfig cfg, java.io.InputStream stdin, Intake.Progress progress)
            throws InputException, UsageException {
        Problems ruleWarnings = new Problems();
        LoadedRules rules = LoadedRules.resolve(cfg.rules(), ruleWarnings, cfg.limits());
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
        Baseline baseline = Baseline.read(cfg.gate().baseline(), cfg.limits(), rs.scenarios().stream().map(RuleSet.Scenario::id).toList());
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
        boolean evidence = policy.assertions().stream().anyMatch(a -> a.requiredEvidence() != null);
        Catalog catalog = read(cfg, stdin, plan, groups, cfg.analysis().robustness(), read, progress, true, evidence);
        long readAt = System.nanoTime();
        Robustness robustness = cfg.analysis().robustness()
                ? robustness(catalog.columns(), cfg.analysis(), cfg.threads()) : null;
        long robust = System.nanoTime();
        BatchResult result = result(cfg, rules, plan, groups, catalog.rows(), catalog.problems(), catalog.invalid(),
                catalog.warnings(), robustness, catalog.inputs().digests());
        long summary = System.nanoTime();
        result = result.withGate(Gates.check(policy, result, rs, baseline, cfg.referenceDate()));
        // Invalid records outrank a failed gate (exit 3), but the gate results of the valid centers are in the result.
        ExitCode exit = catalog.inputs().hasErrors() || catalog.rows().isEmpty() ? ExitCode.INVALID_INPUT : ExitCode.OK;
        if (!result.gate().passed()) {
            exit = exit.worst(ExitCode.GATE_FAILED);
        }
        return new Outcome(result, catalog.inputs(), exit, (readAt - started) / 1_000_000, (summary - robust) / 1_000_000,
                (robust - readAt) / 1_000_000, read);
    }

    /**
     * A catalog read and scored: its valid rows in catalog order (duplicates dropped), every problem, the count of
     * invalid records (duplicates included) and of warnings, and, when asked for, every row's extracted columns.
     */
    public record Catalog(BatchRows rows, List<Diagnostic> problems, int invalid, long warnings, CatalogColumns columns,
                          Intake.Summary inputs) {
    }

    /**
     * Reads, validates and scores a catalog on {@code cfg.threads()} threads; {@code cca batch} and the peers of
     * {@code cca assess --peers} both read through here. With {@code keepColumns} every valid row's extracted columns
     * are kept, in row order, for re-scoring.
     */
    public static Catalog read(BatchConfig cfg, java.io.InputStream stdin, Plan plan, List<String> groups, boolean keepColumns,
                               InputPaths read, Intake.Progress progress) {
        return read(cfg, stdin, plan, groups, keepColumns, read, progress, true, false);
    }

    /** As {@link #read(BatchConfig, java.io.InputStream, Plan, List, boolean, InputPaths, Intake.Progress)}; see {@link Intake}'s fast path. */
    static Catalog read(BatchConfig cfg, java.io.InputStream stdin, Plan plan, List<String> groups, boolean keepColumns,
                        InputPaths read, Intake.Progress progress, boolean fastPath) {
        return read(cfg, stdin, plan, groups, keepColumns, read, progress, fastPath, false);
    }

    /** With {@code evidence}, rows keep the weakest evidence of each indicator, for a {@code required_evidence} gate. */
    static Catalog read(BatchConfig cfg, java.io.InputStream stdin, Plan plan, List<String> groups, boolean keepColumns,
                        InputPaths read, Intake.Progress progress, boolean fastPath, boolean evidence) {
        List<Diagnostic> kept = new ArrayList<>();
        CatalogColumns columns = keepColumns ? new CatalogColumns(plan) : null;
        BatchRows.Pool pool = new BatchRows.Pool();
        ThreadLocal<ChunkScorer> scorers = ThreadLocal.withInitial(() ->
                new ChunkScorer(plan, cfg.referenceDate(), groups, ChunkScorer.DEFAULT_CHUNK, pool).keepingEvidence(evidence));
        BatchRows rows = new ChunkScorer(plan, cfg.referenceDate(), groups, ChunkScorer.DEFAULT_CHUNK, pool)
                .keepingEvidence(evidence).rows();
        Intake.Config in = new Intake.Config(cfg.inputs(), List.of(), Map.of(),
                new CatalogOptions(cfg.limits(), cfg.encoding(), cfg.delimiter(), cfg.sheet()), cfg.referenceDate(), cfg.threads());
        java.util.concurrent.atomic.AtomicLong warnings = new java.util.concurrent.atomic.AtomicLong();
        // Workers read, check, extract and score a whole batch; this thread only collects rows in order.
        Intake.Sink<Scored> sink = new Intake.Sink<>() {
            @Override
            public void accept(Intake.Center c, Scored s) {
                if (s != null) {
                    rows.append(s.rows(), s.row());
                    if (columns != null) {
                        columns.add(s.columns(), s.columnRow());
                    }
                    warnings.addAndGet(keep(c, kept, warnings.get()));
                }
            }

            @Override
            public boolean listsWarnings() {
                return warnings.get() < KEPT_WARNINGS;
            }
        };
        Intake.Summary intake = Intake.run(in, plan.rules(), stdin, null, progress, scoreOn(scorers, keepColumns), sink, fastPath);
        read.addAll(intake.inputPaths());
        List<Diagnostic> problems = new ArrayList<>(intake.problems());
        problems.addAll(kept);
        if (warnings.get() > KEPT_WARNINGS) {
            problems.add(Diagnostic.warning(Location.NONE, CatalogCode.MORE_WARNINGS_CENTERS_ARE, (warnings.get() - KEPT_WARNINGS)));
        }
        long allWarnings = intake.problems().stream().filter(d -> !d.isError()).count() + warnings.get();
        return new Catalog(rows, problems, (int) intake.invalid(), allWarnings, columns, intake);
    }

    /** A valid center after the batch work: its row (row {@code row} of its chunk's rows) and, when kept, where its extracted columns are. */
    record Scored(BatchRows rows, int row, Batch columns, int columnRow) {
    }

    /** Warnings of centers listed in full in a batch result; more are counted. */
    static final int KEPT_WARNINGS = 10_000;

    /**
     * A scored center's warnings, kept in the result while fewer than {@link #KEPT_WARNINGS} are; returns how many
     * it has. (The findings of its checks are counted in its row: a catalog run does not write their text.)
     */
    static int keep(Intake.Center c, List<Diagnostic> kept, long before) {
        int n = 0;
        for (Diagnostic w : c.warnings()) {
            if (before + n++ < KEPT_WARNINGS) {
                kept.add(w);
            }
        }
        return n;
    }

    /**
     * The batch work: a batch of valid centers scored as one chunk on the worker thread, their fit warnings added;
     * with {@code keepColumns} their extracted columns are copied out for re-scoring.
     */
    static Intake.Work<Scored> scoreOn(ThreadLocal<ChunkScorer> scorers, boolean keepColumns) {
        return centers -> {
            List<CenterProfile> profiles = new ArrayList<>(centers.size());
            List<List<Diagnostic>> warnings = new ArrayList<>(centers.size());
            List<dev.cca.check.ClaimChecks.Report> checks = new ArrayList<>(centers.size());
            for (Intake.Center c : centers) {
                profiles.add(c.profile());
                warnings.add(c.warnings());
                checks.add(c.checks());
            }
            ChunkScorer scorer = scorers.get();
            Batch keep = keepColumns ? new Batch(scorer.plan(), centers.size()) : null;
            BatchRows rows = scorer.score(profiles, warnings, checks, keep);
            List<Scored> out = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                out.add(new Scored(rows, i, keep, i));
            }
            return out;
        };
    }

    /** The uncertainty analysis of a kept catalog: its curves scored once, then {@code analysis.variations()} re-scorings. */
    static Robustness robustness(CatalogColumns columns, AnalysisConfig analysis, int threads) {
        return RobustnessAnalysis.run(new Rescorer(columns),
                new RobustnessAnalysis.Options(analysis.variations(), analysis.seed(), threads));
    }

    /** Standing among peers of every row, in the scale classes of the rule set. */
    static PeerStanding standing(RuleSet rs, BatchRows rows, List<BatchResult.ScenarioInfo> scenarios) {
        RuleSet.PeerClasses pc = rs.robustness().peers();
        List<PeerStanding.ScaleClass> classes = pc.metric() == null
                ? List.of(new PeerStanding.ScaleClass("all", new Label("All centers", "全部中心"), 0))
                : pc.classes().stream().map(c -> new PeerStanding.ScaleClass(c.id(), c.label(), c.atLeast())).toList();
        return BatchStatistics.standing(rows, pc.metric(), classes, scenarios, new Label("Scale not given", "规模未提供"));
    }

    private static BatchResult result(BatchConfig cfg, LoadedRules rules, Plan plan, List<String> groups, BatchRows rows,
                                      List<Diagnostic> problems, int invalid, long warnings, Robustness robustness,
                                      java.util.Map<Path, String> digests) {
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
        int[] idOrder = BatchStatistics.idOrder(rows);
        for (int s = 0; s < scenarios.size(); s++) {
            rankings.add(BatchStatistics.rank(rows, s, scenarios.get(s).id(), idOrder));
        }
        int maxGrade = grades.stream().mapToInt(BatchResult.GradeInfo::grade).max().orElse(5);
        List<BatchResult.Aggregate> aggregates = BatchStatistics.aggregate(rows, groups, scenarios, maxGrade);
        return new BatchResult(BatchResult.FORMAT, new AssessmentResult.ToolInfo("cca", Version.get()),
                AssessmentResult.RulesInfo.of(rs, rules.source()),
                cfg.asOf() == null ? null : cfg.asOf().toString(), cfg.referenceDate().toString(), InputDigests.of(List.of(),
                inputFiles(cfg), digests), scenarios, tables,
                indicators, grades, rs.caps().stream().map(RuleSet.Cap::id).toList(), groups, rows, rankings, aggregates, problems,
                invalid, warnings, GateReport.NONE, standing(rs, rows, scenarios), robustness);
    }

    /** Options that name things of the rule set or the profile format must name things that exist. */
    private static void checkOptions(BatchConfig cfg, RuleSet rs) throws UsageException {
        List<String> scenarios = rs.scenarios().stream().map(RuleSet.Scenario::id).toList();
        if (rs.scenario(cfg.rankBy()) == null) {
            throw new UsageException(dev.cca.diag.OptionCode.RANK_BY, cfg.rankBy(), dev.cca.diag.Suggest.hint(cfg.rankBy(), scenarios),
                    String.join(", ", scenarios));
        }
        for (String g : cfg.groupBy()) {
            dev.cca.model.Field f = dev.cca.model.ProfileSchema.root();
            StringBuilder at = new StringBuilder();
            for (String part : g.split("\\.", -1)) {
                dev.cca.model.Field c = f.type() == dev.cca.model.Field.Type.OBJECT ? f.child(part) : null;
                if (c == null) {
                    throw new UsageException(dev.cca.diag.OptionCode.GROUP_BY_NO_FIELD, g, at.length() == 0 ? dev.cca.diag.Localized.of("a profile", "档案")
                            : dev.cca.diag.Localized.of(at.toString(), at + " "), part, f.type() == dev.cca.model.Field.Type.OBJECT
                            ? dev.cca.diag.Suggest.hint(part, f.children().keySet()) : dev.cca.diag.Localized.EMPTY);
                }
                at.append(at.length() == 0 ? "" : ".").append(part);
                f = c;
            }
            if (f.type() == dev.cca.model.Field.Type.OBJECT) {
                throw new UsageException(dev.cca.diag.OptionCode.GROUP_BY_GROUP, g, String.join(", ", f.children().keySet()));
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
            ReportFormat f = o.resolve(ReportFormat.Kind.BATCH);
            if (!f.writtenWith(!outcome.result().rows().isEmpty())) {
                continue;
            }
            Renderer<BatchResult> r = f.batch();
            jobs.add(new ReportFiles.Job(ReportFiles.check(o.path(), outcome.read()), os -> r.render(outcome.result(), bo, os)));
        }
        return ReportFiles.write(jobs, outcome.read(), stdout, cfg.threads());
    }
}
