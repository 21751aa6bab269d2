package dev.cca.run;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Problems;
import dev.cca.input.InputFiles;
import dev.cca.input.SourceFile;
import dev.cca.rules.RuleSetLoader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cca validate} as a library call: read every input (rule sets, profiles, catalogs, benchmark files)
 * and collect every problem; nothing is scored. Printing is left to the caller.
 */
public final class ValidateRun {

    /**
     * What validation found.
     *
     * @param problems   every error and warning, rule sets first
     * @param profiles   valid profiles read
     * @param benchmarks benchmark files found among the inputs
     * @param ruleSets   rule-set files checked
     */
    public record Outcome(List<Diagnostic> problems, int profiles, int benchmarks, int ruleSets, int gateFiles,
                          Map<String, SourceFile> ruleSources, ProfileSet inputs, BenchmarkInputs bench) {

        public long errors() {
            return problems.stream().filter(Diagnostic::isError).count();
        }

        public long warnings() {
            return problems.size() - errors();
        }

        public ExitCode exit() {
            return errors() > 0 ? ExitCode.INVALID_INPUT : ExitCode.OK;
        }

        /** The text of any file read, for showing the offending line of a problem; null if unknown. */
        public SourceFile source(String name) {
            if (ruleSources.containsKey(name)) {
                return ruleSources.get(name);
            }
            if (inputs != null && inputs.source(name) != null) {
                return inputs.source(name);
            }
            return bench == null ? null : bench.source(name);
        }
    }

    private ValidateRun() {
    }

    public static Outcome run(ValidateConfig cfg, InputStream stdin) throws UsageException {
        // Files that profiles and benchmark documents name stay in the folders of what the command line names.
        dev.cca.input.Limits named = cfg.limits().withInputRoots(dev.cca.input.NamedFiles.roots(cfg.inputs()));
        List<String> profileInputs = new ArrayList<>();
        Problems ruleProblems = new Problems();
        Map<String, SourceFile> ruleSources = new HashMap<>();
        int ruleFiles = 0;
        int gateFiles = 0;
        for (String f : cfg.inputs()) {
            if (!f.equals("-") && isTagged(Path.of(f), "gate")) {
                // A gate file: its shape, and its references against the rule set in use (--rules or the default).
                gateFiles++;
                try {
                    SourceFile src = InputFiles.read(Path.of(f), f, cfg.limits(), cfg.encoding());
                    ruleSources.put(f, src);
                    dev.cca.gate.GateFileReader.read(f, LoadedRules.resolve(cfg.rules(), new Problems()).rules(), cfg.limits());
                } catch (InputException e) {
                    ruleProblems.addAll(e.diagnostics());
                }
            } else if (!f.equals("-") && isRuleSet(Path.of(f))) {
                ruleFiles++;
                try {
                    SourceFile src = InputFiles.read(Path.of(f), f, cfg.limits(), cfg.encoding());
                    ruleSources.put(f, src);
                    RuleSetLoader.load(src, ruleProblems);
                } catch (InputException e) {
                    ruleProblems.addAll(e.diagnostics());
                }
            } else {
                profileInputs.add(f);
            }
        }
        int benchmarks = 0;
        BenchmarkInputs bench = null;
        ProfileSet set = profileInputs.isEmpty() ? null
                : ProfileSet.read(profileInputs, named, cfg.encoding(), cfg.referenceDate(), stdin);
        List<Diagnostic> all = new ArrayList<>(ruleProblems.all());
        if (set != null) {
            all.addAll(set.problems().all());
            for (ProfileSet.Entry e : set.profiles()) {
                all.addAll(e.warnings());
            }
            bench = new BenchmarkInputs(named, cfg.referenceDate(), Map.of());
            bench.check(set);
            checkClaims(cfg, set, bench, all);
            // A benchmark file among the inputs that a profile also names is read twice: its problems count once.
            for (Diagnostic d : bench.problems().all()) {
                if (!all.contains(d)) {
                    all.add(d);
                }
            }
            benchmarks = set.benchmarkDocuments().size() + set.nativeBenchmarkFiles().size();
        }
        int profiles = set == null ? 0 : set.profiles().size();
        return new Outcome(all, profiles, benchmarks, ruleFiles, gateFiles, ruleSources, set, bench);
    }

    /**
     * Claims are checked as {@code assess} and {@code batch} check them: each profile's own benchmarks applied, then
     * the checks stage; every finding is a located warning.
     */
    private static void checkClaims(ValidateConfig cfg, ProfileSet set, BenchmarkInputs bench, List<Diagnostic> all)
            throws UsageException {
        LoadedRules rules;
        try {
            rules = LoadedRules.resolve(cfg.rules(), new Problems());
        } catch (InputException e) {
            all.addAll(e.diagnostics());
            return;
        }
        dev.cca.check.ClaimChecks checks = new dev.cca.check.ClaimChecks(rules.rules());
        for (ProfileSet.Entry e : set.profiles()) {
            var p = e.profile();
            var report = CenterInputs.prepare(p, bench.referenced(p), rules.rules(), checks,
                    cfg.referenceDate(), new ArrayList<>()).checks();
            report.findings().forEach(f -> all.add(f.diagnostic()));
        }
    }

    /** A rule-set file says so in its first lines ({@code cca: rules/v1}). */
    static boolean isRuleSet(Path p) {
        return isTagged(p, "rules");
    }

    /** A document whose first lines carry the format tag {@code cca: KIND/vN} (rules, gate). */
    static boolean isTagged(Path p, String kind) {
        if (!Files.isRegularFile(p)) {
            return false;
        }
        try (var lines = Files.lines(p)) {
            return lines.limit(40).map(String::strip).anyMatch(l -> l.matches("cca:\\s*[\"']?" + kind + "/v\\d+[\"']?\\s*(#.*)?"));
        } catch (Exception e) {
            return false;
        }
    }
}
