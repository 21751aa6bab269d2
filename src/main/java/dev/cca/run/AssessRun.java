package dev.cca.run;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Problems;
import dev.cca.engine.Assessor;
import dev.cca.engine.Extractor;
import dev.cca.evidence.MeasuredEvidence;
import dev.cca.model.CenterProfile;
import dev.cca.result.BenchmarkSummary;
import java.time.LocalDate;
import dev.cca.report.RenderOptions;
import dev.cca.report.Renderer;
import dev.cca.report.ReportFormat;
import dev.cca.result.AssessmentResult;
import dev.cca.result.CenterResult;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code cca assess} as a library call: load the rule set and profiles, score every valid profile, apply
 * the gates. Writing reports is left to {@link #writeReports}, so callers decide where output goes.
 */
public final class AssessRun {

    /** What an assessment produced and the exit code it earns. */
    public record Outcome(AssessmentResult result, ProfileSet inputs, BenchmarkInputs benchmarks, GateResult gates,
                          ExitCode exit, List<Diagnostic> ruleWarnings) {

        /** The text of any file read, profile or benchmark, for showing the offending line of a problem. */
        public dev.cca.input.SourceFile source(String name) {
            dev.cca.input.SourceFile s = inputs.source(name);
            return s != null ? s : benchmarks.source(name);
        }
    }

    private AssessRun() {
    }

    public static Outcome run(AssessConfig cfg, InputStream stdin) throws InputException, UsageException {
        Problems ruleWarnings = new Problems();
        LoadedRules rules = LoadedRules.resolve(cfg.rules(), ruleWarnings);
        for (String s : cfg.scenarios()) {
            if (rules.rules().scenario(s) == null) {
                throw new UsageException("--scenario " + s + ": the rule set scores "
                        + String.join(", ", rules.rules().scenarios().stream().map(x -> x.id()).toList()) + " (or all)");
            }
        }
        for (AssessConfig.Output o : cfg.outputs()) {
            ReportFiles.check(o.path(), List.of());
            o.resolve(ReportFormat.Kind.ASSESSMENT);
        }
        ProfileSet inputs = ProfileSet.read(cfg.inputs(), cfg.limits(), cfg.encoding(), cfg.today(), stdin);
        for (AssessConfig.Output o : cfg.outputs()) {
            ReportFiles.check(o.path(), inputs.inputPaths());
        }
        Problems problems = new Problems();
        problems.addAll(inputs.problems());
        BenchmarkInputs bench = new BenchmarkInputs(cfg.limits(), cfg.today(), BenchmarkInputs.parseConditions(cfg.benchConditions()));
        bench.read(inputs, cfg.benches());
        problems.addAll(bench.problems());
        Assessor assessor = new Assessor(rules.rules());
        List<CenterResult> centers = new ArrayList<>();
        for (ProfileSet.Entry e : inputs.profiles()) {
            CenterProfile p = e.profile();
            List<Diagnostic> warnings = new ArrayList<>(e.warnings());
            List<BenchmarkSummary> applied = new ArrayList<>();
            List<MeasuredEvidence.Run> runs = bench.runs(p.id());
            if (!runs.isEmpty()) {
                LocalDate ref = Extractor.referenceDate(p, cfg.asOf(), cfg.today());
                for (MeasuredEvidence.Use u : MeasuredEvidence.apply(p, runs, ref, rules.rules().evidence().maxAgeDays(), warnings)) {
                    MeasuredEvidence.Run r = u.run();
                    applied.add(new BenchmarkSummary(r.file(), r.tool(), r.kind(), r.date() == null ? null : r.date().toString(),
                            r.conditions(), u.metrics(), u.unused(), u.notes()));
                }
            }
            centers.add(assessor.assess(p, cfg.asOf(), cfg.today(), cfg.scenarios(), warnings, applied));
        }
        AssessmentResult result = new AssessmentResult(AssessmentResult.FORMAT,
                new AssessmentResult.ToolInfo("cca", Version.get()),
                AssessmentResult.RulesInfo.of(rules.rules(), rules.source()),
                cfg.asOf() == null ? null : cfg.asOf().toString(), centers, problems.all());
        Baseline baseline = Baseline.read(cfg.baseline(), cfg.limits());
        GateResult gates = Gates.check(result, cfg.failUnder(), cfg.minGrade(), baseline, cfg.maxDrop());
        ExitCode exit = problems.hasErrors() ? ExitCode.INVALID_INPUT : ExitCode.OK;
        if (!gates.passed()) {
            exit = exit.worst(ExitCode.GATE_FAILED);
        }
        return new Outcome(result, inputs, bench, gates, exit, ruleWarnings.all());
    }

    /** Writes every requested report atomically; returns the paths written. */
    public static List<String> writeReports(Outcome outcome, AssessConfig cfg, RenderOptions options,
                                            java.io.OutputStream stdout) throws UsageException, java.io.IOException {
        List<String> written = new ArrayList<>();
        for (AssessConfig.Output o : cfg.outputs()) {
            Renderer<AssessmentResult> r = o.resolve(ReportFormat.Kind.ASSESSMENT).assessment();
            ReportFiles.write(o.path(), os -> r.render(outcome.result(), options, os), stdout);
            written.add(o.path());
        }
        return written;
    }
}
