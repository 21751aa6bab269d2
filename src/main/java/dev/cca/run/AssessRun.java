package dev.cca.run;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Problems;
import dev.cca.engine.Assessor;
import dev.cca.input.Limits;
import dev.cca.input.NamedFiles;
import dev.cca.engine.Extractor;
import dev.cca.model.CenterProfile;
import java.time.LocalDate;
import dev.cca.report.RenderOptions;
import dev.cca.report.Renderer;
import dev.cca.report.ReportFormat;
import dev.cca.result.AssessmentResult;
import dev.cca.result.CenterResult;
import dev.cca.result.GateReport;
import dev.cca.gate.GatePolicy;
import dev.cca.result.PeerComparison;
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
    public record Outcome(AssessmentResult result, ProfileSet inputs, BenchmarkInputs benchmarks, ExitCode exit,
                          List<Diagnostic> ruleWarnings, InputPaths read) {

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
        // Every input named, before anything is read: an output that would replace one is refused now.
        InputPaths read = new InputPaths().addAll(cfg.inputs()).addAll(cfg.benches()).addAll(cfg.analysis().peers())
                .add(cfg.rules()).add(cfg.gate().baseline()).add(cfg.gate().file());
        ReportFiles.check(cfg.outputs().stream().map(AssessConfig.Output::path).toList(), read);
        for (AssessConfig.Output o : cfg.outputs()) {
            o.resolve(ReportFormat.Kind.ASSESSMENT);
        }
        GatePolicy policy = cfg.gate().policy(rules.rules(), cfg.limits());
        Baseline baseline = Baseline.read(cfg.gate().baseline(), cfg.limits());
        Baseline rescored = rulesChange(baseline, cfg, rules);
        // Files that profiles and benchmark documents name stay in the folders of what the command line names.
        List<String> named = new ArrayList<>(cfg.inputs());
        named.addAll(cfg.benches());
        Limits limits = cfg.limits().withInputRoots(NamedFiles.roots(named));
        ProfileSet inputs = ProfileSet.read(cfg.inputs(), limits, cfg.encoding(), cfg.referenceDate(), stdin);
        read.addAll(inputs.inputPaths());
        Problems problems = new Problems();
        problems.addAll(inputs.problems());
        BenchmarkInputs bench = new BenchmarkInputs(limits, cfg.referenceDate(), BenchmarkInputs.parseConditions(cfg.benchConditions()));
        bench.read(inputs, cfg.benches());
        read.addAll(bench.files());
        problems.addAll(bench.problems());
        Assessor assessor = new Assessor(rules.rules());
        dev.cca.check.ClaimChecks checks = new dev.cca.check.ClaimChecks(rules.rules());
        List<CenterResult> centers = new ArrayList<>();
        List<CenterProfile> assessed = new ArrayList<>();
        for (ProfileSet.Entry e : inputs.profiles()) {
            CenterProfile p = e.profile();
            assessed.add(p);
            List<Diagnostic> warnings = new ArrayList<>(e.warnings());
            LocalDate ref = cfg.referenceDate();
            CenterInputs.Prepared prepared = CenterInputs.prepare(p, bench.runs(p.id()), rules.rules(), checks, ref, warnings);
            centers.add(assessor.assess(p, ref, cfg.scenarios(), warnings, prepared.benchmarks(),
                    prepared.checks()));
        }
        PeerComparison peers = null;
        if (!cfg.analysis().peers().isEmpty() || cfg.analysis().robustness()) {
            PeerRun.Outcome compared = PeerRun.compare(cfg, assessor.plan(), assessed, read);
            peers = compared.comparison();
            problems.addAll(compared.problems());
        }
        AssessmentResult result = new AssessmentResult(AssessmentResult.FORMAT,
                new AssessmentResult.ToolInfo("cca", Version.get()),
                AssessmentResult.RulesInfo.of(rules.rules(), rules.source()),
                cfg.asOf() == null ? null : cfg.asOf().toString(), cfg.referenceDate().toString(), InputDigests.of(sources(inputs, bench), inputs.inputPaths()),
                centers, problems.all(), GateReport.NONE, peers);
        result = result.withGate(Gates.check(policy, result, rules.rules(), baseline, rescored, cfg.referenceDate()));
        // Invalid input outranks a failed gate (exit 3), but the gate results of the valid centers are in the result.
        ExitCode exit = problems.hasErrors() ? ExitCode.INVALID_INPUT : ExitCode.OK;
        if (!result.gate().passed()) {
            exit = exit.worst(ExitCode.GATE_FAILED);
        }
        return new Outcome(result, inputs, bench, exit, ruleWarnings.all(), read);
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

    private static List<dev.cca.input.SourceFile> sources(ProfileSet inputs, BenchmarkInputs bench) {
        List<dev.cca.input.SourceFile> all = new ArrayList<>(inputs.sources());
        all.addAll(bench.sources());
        return all;
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
