package dev.cca.run;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Problems;
import dev.cca.engine.Assessor;
import dev.cca.gate.GatePolicy;
import dev.cca.input.catalog.CatalogOptions;
import dev.cca.model.CenterProfile;
import dev.cca.report.RenderOptions;
import dev.cca.report.Renderer;
import dev.cca.report.ReportFormat;
import dev.cca.report.StreamedRenderer;
import dev.cca.report.TerminalSummary;
import dev.cca.result.AssessmentResult;
import dev.cca.result.CenterResult;
import dev.cca.result.GateReport;
import dev.cca.result.PeerComparison;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code cca assess} as a library call: load the rule set and profiles, score every valid profile, apply
 * the gates. Writing reports is left to {@link #writeReports}, so callers decide where output goes.
 */
public final class AssessRun {

    /**
     * What an assessment produced and the exit code it earns. When it was streamed ({@link #streamed} not null), the
     * result holds no center: they are in the streamed pieces.
     */
    public record Outcome(AssessmentResult result, Intake.Summary inputs, ExitCode exit, List<Diagnostic> ruleWarnings,
                          InputPaths read, Streamed streamed) implements AutoCloseable {

        /** Centers assessed. */
        public long assessed() {
            return streamed != null ? streamed.count : result.centers().size();
        }

        /** Removes the temporary files of a streamed run. */
        @Override
        public void close() {
            if (streamed != null) {
                streamed.close();
            }
        }

        /** The excerpt of a line of any file read around a column, for showing a problem; null if not kept. */
        public dev.cca.input.SourceFile.Excerpt sourceLine(String file, int line, int column) {
            return inputs.lines().excerpt(file, line, column);
        }
    }

    private AssessRun() {
    }

    /**
     * How a run of many centers may keep them out of memory: each center's share of every report (and, when
     * {@code terminal}, its terminal summary) is rendered as it is assessed, on the parsing threads, and kept in a
     * temporary file; the reports are put together from those at the end. Streaming applies when nothing needs
     * every center's result at once: no gate, no peers or robustness, every report in a {@link StreamedRenderer}
     * format; and only from the second center on (one center is assessed as ever).
     *
     * @param reports  the options the reports will be written with
     * @param warnings whether to keep every center's warnings (to print them all)
     */
    public record Streaming(boolean terminal, RenderOptions terminalOptions, RenderOptions reports, boolean warnings) {
    }

    /** The centers of a streamed run: the first kept whole, every center's pieces of each report in files. */
    public static final class Streamed {
        private long count;
        private CenterResult first;
        private final List<Diagnostic> warnings = new ArrayList<>();
        private final List<List<Spill>> parts = new ArrayList<>();
        private final Spill terminal;

        private final boolean keepWarnings;

        Streamed(int outputs, boolean terminal, boolean keepWarnings) {
            this.keepWarnings = keepWarnings;
            for (int i = 0; i < outputs; i++) {
                parts.add(new ArrayList<>());
            }
            this.terminal = terminal ? new Spill() : null;
        }

        void add(Assessed a) {
            count++;
            if (first == null) {
                first = a.result();
            }
            if (keepWarnings) {
                warnings.addAll(a.result().warnings());
            }
            for (int i = 0; i < a.pieces().size(); i++) {
                List<String> ps = a.pieces().get(i);
                List<Spill> spills = parts.get(i);
                while (spills.size() < ps.size()) {
                    spills.add(new Spill());
                }
                for (int j = 0; j < ps.size(); j++) {
                    spills.get(j).add(ps.get(j));
                }
            }
            if (terminal != null) {
                terminal.add(a.terminal());
            }
        }

        public long count() {
            return count;
        }

        /** Every center's warnings, in input order, when they were kept. */
        public List<Diagnostic> warnings() {
            return warnings;
        }

        /** Every center's terminal summary, in input order (empty unless asked for). */
        public Iterable<String> terminal() {
            return terminal == null ? List.of() : terminal.items();
        }

        List<Iterable<String>> parts(int output) {
            return parts.get(output).stream().map(Spill::items).toList();
        }

        void close() {
            parts.forEach(l -> l.forEach(Spill::close));
            if (terminal != null) {
                terminal.close();
            }
        }
    }

    /** A center as the parsing threads hand it on: its result and, when streaming, its rendered pieces. */
    private record Assessed(CenterResult result, List<List<String>> pieces, String terminal) {
    }

    public static Outcome run(AssessConfig cfg, InputStream stdin) throws InputException, UsageException {
        return run(cfg, stdin, null);
    }

    /** Whether a run can be streamed: nothing in it needs every center's result at once. */
    private static boolean streams(AssessConfig cfg) {
        GateConfig g = cfg.gate();
        if (g.file() != null || g.failUnder() != null || g.minGrade() != null || g.baseline() != null
                || !cfg.analysis().peers().isEmpty() || cfg.analysis().robustness()) {
            return false;
        }
        for (AssessConfig.Output o : cfg.outputs()) {
            if (!(renderer(o) instanceof StreamedRenderer)) {
                return false;
            }
        }
        return true;
    }

    private static Renderer<AssessmentResult> renderer(AssessConfig.Output o) {
        try {
            return o.resolve(ReportFormat.Kind.ASSESSMENT).assessment();
        } catch (UsageException e) {
            return null;
        }
    }

    /** @param streaming how to stream a run of many centers, or null to keep every center's result */
    public static Outcome run(AssessConfig cfg, InputStream stdin, Streaming streaming) throws InputException, UsageException {
        Problems ruleWarnings = new Problems();
        LoadedRules rules = LoadedRules.resolve(cfg.rules(), ruleWarnings, cfg.limits());
        for (String s : cfg.scenarios()) {
            if (rules.rules().scenario(s) == null) {
                throw new UsageException(dev.cca.diag.OptionCode.SCENARIO_UNKNOWN, s,
                        String.join(", ", rules.rules().scenarios().stream().map(x -> x.id()).toList()));
            }
        }
        // Every input named, before anything is read: an output that would replace one is refused now.
        InputPaths read = new InputPaths().addAll(cfg.inputs()).addBench(cfg.benches()).addAll(cfg.analysis().peers())
                .add(cfg.rules()).add(cfg.gate().baseline()).add(cfg.gate().file());
        ReportFiles.check(cfg.outputs().stream().map(AssessConfig.Output::path).toList(), read);
        for (AssessConfig.Output o : cfg.outputs()) {
            o.resolve(ReportFormat.Kind.ASSESSMENT);
        }
        GatePolicy policy = cfg.gate().policy(rules.rules(), cfg.limits());
        Baseline baseline = Baseline.read(cfg.gate().baseline(), cfg.limits(), rules.rules().scenarios().stream().map(dev.cca.rules.RuleSet.Scenario::id).toList());
        Baseline rescored = rulesChange(baseline, cfg, rules);
        Map<String, String> conditions = BenchmarkInputs.parseConditions(cfg.benchConditions());
        Assessor assessor = new Assessor(rules.rules());
        List<CenterResult> centers = new ArrayList<>();
        List<CenterProfile> assessed = new ArrayList<>();
        boolean keepProfiles = !cfg.analysis().peers().isEmpty() || cfg.analysis().robustness();
        Streamed streamed = streaming != null && streams(cfg) ? new Streamed(cfg.outputs().size(), streaming.terminal(), streaming.warnings()) : null;
        // What a center is before any is read, for rendering its pieces: the rule set and the dates (no peers).
        AssessmentResult shell = new AssessmentResult(AssessmentResult.FORMAT, new AssessmentResult.ToolInfo("cca", Version.get()),
                AssessmentResult.RulesInfo.of(rules.rules(), rules.source()), cfg.asOf() == null ? null : cfg.asOf().toString(),
                cfg.referenceDate().toString(), List.of(), List.of(), List.of(), GateReport.NONE, null);
        List<StreamedRenderer> streamedRenderers = new ArrayList<>();
        if (streamed != null) {
            for (AssessConfig.Output o : cfg.outputs()) {
                streamedRenderers.add((StreamedRenderer) renderer(o));
            }
        }
        Intake.Config in = new Intake.Config(cfg.inputs(), cfg.benches(), conditions,
                new CatalogOptions(cfg.limits(), cfg.encoding(), null, null), cfg.referenceDate(), cfg.threads(), true, true);
        // Explaining a center costs more than reading it: it is done on the parsing threads too.
        Intake.Summary inputs;
        try {
            inputs = Intake.run(in, rules.rules(), stdin, null, Intake.Progress.NONE, batch -> {
                List<Assessed> out = new ArrayList<>(batch.size());
                for (Intake.Center c : batch) {
                    CenterResult r = assessor.assess(c.profile(), cfg.referenceDate(), cfg.scenarios(), c.warnings(), c.benchmarks(),
                            c.checks());
                    for (int i = c.warnings().size(); i < r.warnings().size(); i++) {
                        c.warn(r.warnings().get(i));
                    }
                    if (streamed == null) {
                        out.add(new Assessed(r, List.of(), null));
                        continue;
                    }
                    List<List<String>> pieces = new ArrayList<>(streamedRenderers.size());
                    for (StreamedRenderer sr : streamedRenderers) {
                        pieces.add(sr.pieces(r, shell, streaming.reports()));
                    }
                    out.add(new Assessed(r, pieces, streaming.terminal() ? TerminalSummary.center(r, streaming.terminalOptions()) : null));
                }
                return out;
            }, (c, a) -> {
                if (a == null) {
                    return;
                }
                if (streamed != null) {
                    streamed.add(a);
                } else {
                    centers.add(a.result());
                }
                if (keepProfiles) {
                    assessed.add(c.profile());
                }
            });
        } catch (RuntimeException e) {
            if (streamed != null) {
                streamed.close();
            }
            throw e;
        }
        Streamed kept = streamed;
        if (streamed != null && streamed.count <= 1) {
            // One center (or none) is assessed as ever: its result is at hand.
            if (streamed.first != null) {
                centers.add(streamed.first);
            }
            streamed.close();
            kept = null;
        }
        read.addAll(inputs.inputPaths());
        List<Diagnostic> problems = new ArrayList<>(inputs.problems());
        PeerComparison peers = null;
        if (!cfg.analysis().peers().isEmpty() || cfg.analysis().robustness()) {
            PeerRun.Outcome compared = PeerRun.compare(cfg, assessor.plan(), assessed, read);
            peers = compared.comparison();
            problems.addAll(compared.problems());
        }
        AssessmentResult result = new AssessmentResult(AssessmentResult.FORMAT,
                new AssessmentResult.ToolInfo("cca", Version.get()),
                AssessmentResult.RulesInfo.of(rules.rules(), rules.source()),
                cfg.asOf() == null ? null : cfg.asOf().toString(), cfg.referenceDate().toString(),
                InputDigests.of(inputs.stdin(), inputs.files(), inputs.digests()),
                centers, problems, GateReport.NONE, peers);
        result = result.withGate(Gates.check(policy, result, rules.rules(), baseline, rescored, cfg.referenceDate()));
        // Invalid input outranks a failed gate (exit 3), but the gate results of the valid centers are in the result.
        ExitCode exit = problems.stream().anyMatch(Diagnostic::isError) ? ExitCode.INVALID_INPUT : ExitCode.OK;
        if (!result.gate().passed()) {
            exit = exit.worst(ExitCode.GATE_FAILED);
        }
        return new Outcome(result, inputs, exit, ruleWarnings.all(), read, kept);
    }

    /**
     * A baseline scored by another rule set (id, version or content) is refused, since its scores do not compare
     * with this run's, unless {@code --allow-rules-change}. Then the baseline's own inputs, when every one of them
     * is at hand unchanged (same path, same SHA-256), are scored again under this run's rules, so that the gate
     * can tell the change from the rules from the change from the data; null when that is not possible.
     */
    static Baseline rulesChange(Baseline baseline, AssessConfig cfg, LoadedRules rules) throws UsageException {
        if (!baseline.scoredByOther(rules.rules())) {
            return null;
        }
        if (!cfg.gate().allowRulesChange()) {
            throw baseline.otherRules(rules.rules());
        }
        List<String> files = new ArrayList<>();
        for (dev.cca.result.InputDigest d : baseline.inputs()) {
            java.nio.file.Path p = java.nio.file.Path.of(d.file());
            try {
                if (!java.nio.file.Files.isRegularFile(p) || !InputDigests.file(p).equals(d.sha256())) {
                    return null;
                }
            } catch (java.io.UncheckedIOException e) {
                return null;
            }
            files.add(d.file());
        }
        if (files.isEmpty()) {
            return null;
        }
        AssessConfig again = new AssessConfig(files, List.of(), cfg.benchConditions(), cfg.rules(), cfg.scenarios(), cfg.asOf(),
                cfg.today(), cfg.encoding(), cfg.limits(), List.of(), cfg.lang(), GateConfig.NONE);
        try {
            Outcome o = run(again, InputStream.nullInputStream());
            return o.result().hasErrors() ? null : Baseline.of(baseline.file(), o.result());
        } catch (InputException e) {
            return null;
        }
    }

    /** Parsing threads: every core reads and explains. */
    static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Writes every requested report (see {@link ReportFiles}: never over an input, all or none replaced); returns
     * the outputs written.
     */
    public static List<String> writeReports(Outcome outcome, AssessConfig cfg, RenderOptions options,
                                            java.io.OutputStream stdout) throws UsageException, java.io.IOException {
        List<ReportFiles.Job> jobs = new ArrayList<>();
        for (int i = 0; i < cfg.outputs().size(); i++) {
            AssessConfig.Output o = cfg.outputs().get(i);
            ReportFormat f = o.resolve(ReportFormat.Kind.ASSESSMENT);
            if (!f.writtenWith(outcome.assessed() > 0)) {
                continue;
            }
            Renderer<AssessmentResult> r = f.assessment();
            Streamed s = outcome.streamed();
            if (s == null) {
                jobs.add(new ReportFiles.Job(ReportFiles.check(o.path(), outcome.read()), os -> r.render(outcome.result(), options, os)));
                continue;
            }
            List<Iterable<String>> parts = s.parts(i);
            StreamedRenderer sr = (StreamedRenderer) r;
            jobs.add(new ReportFiles.Job(ReportFiles.check(o.path(), outcome.read()), os -> {
                java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(os, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
                sr.render(outcome.result(), s.first, s.count, parts, options, w);
                w.flush();
            }));
        }
        return ReportFiles.write(jobs, outcome.read(), stdout, 1);
    }
}
