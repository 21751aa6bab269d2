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

    /** What an assessment produced and the exit code it earns. */
    public record Outcome(AssessmentResult result, Intake.Summary inputs, ExitCode exit, List<Diagnostic> ruleWarnings,
                          InputPaths read) {

        /** The excerpt of a line of any file read around a column, for showing a problem; null if not kept. */
        public dev.cca.input.SourceFile.Excerpt sourceLine(String file, int line, int column) {
            return inputs.lines().excerpt(file, line, column);
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
        // Every input named, before anything is read: an output that would replace one is refused now.
        InputPaths read = new InputPaths().addAll(cfg.inputs()).addBench(cfg.benches()).addAll(cfg.analysis().peers())
                .add(cfg.rules()).add(cfg.gate().baseline()).add(cfg.gate().file());
        ReportFiles.check(cfg.outputs().stream().map(AssessConfig.Output::path).toList(), read);
        for (AssessConfig.Output o : cfg.outputs()) {
            o.resolve(ReportFormat.Kind.ASSESSMENT);
        }
        GatePolicy policy = cfg.gate().policy(rules.rules(), cfg.limits());
        Baseline baseline = Baseline.read(cfg.gate().baseline(), cfg.limits());
        Baseline rescored = rulesChange(baseline, cfg, rules);
        Map<String, String> conditions = BenchmarkInputs.parseConditions(cfg.benchConditions());
        Assessor assessor = new Assessor(rules.rules());
        List<CenterResult> centers = new ArrayList<>();
        List<CenterProfile> assessed = new ArrayList<>();
        Intake.Config in = new Intake.Config(cfg.inputs(), cfg.benches(), conditions,
                new CatalogOptions(cfg.limits(), cfg.encoding(), null, null), cfg.referenceDate(), threads(), true, true);
        // Explaining a center costs more than reading it: it is done on the parsing threads too.
        Intake.Summary inputs = Intake.run(in, rules.rules(), stdin, null, Intake.Progress.NONE, batch -> {
            List<CenterResult> out = new ArrayList<>(batch.size());
            for (Intake.Center c : batch) {
                CenterResult r = assessor.assess(c.profile(), cfg.referenceDate(), cfg.scenarios(), c.warnings(), c.benchmarks(),
                        c.checks());
                for (int i = c.warnings().size(); i < r.warnings().size(); i++) {
                    c.warn(r.warnings().get(i));
                }
                out.add(r);
            }
            return out;
        }, (c, r) -> {
            if (r != null) {
                centers.add(r);
                assessed.add(c.profile());
            }
        });
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
                InputDigests.of(inputs.stdin(), inputs.files()),
                centers, problems, GateReport.NONE, peers);
        result = result.withGate(Gates.check(policy, result, rules.rules(), baseline, rescored, cfg.referenceDate()));
        // Invalid input outranks a failed gate (exit 3), but the gate results of the valid centers are in the result.
        ExitCode exit = problems.stream().anyMatch(Diagnostic::isError) ? ExitCode.INVALID_INPUT : ExitCode.OK;
        if (!result.gate().passed()) {
            exit = exit.worst(ExitCode.GATE_FAILED);
        }
        return new Outcome(result, inputs, exit, ruleWarnings.all(), read);
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
        for (AssessConfig.Output o : cfg.outputs()) {
            Renderer<AssessmentResult> r = o.resolve(ReportFormat.Kind.ASSESSMENT).assessment();
            jobs.add(new ReportFiles.Job(ReportFiles.check(o.path(), outcome.read()), os -> r.render(outcome.result(), options, os)));
        }
        return ReportFiles.write(jobs, outcome.read(), stdout, 1);
    }
}
