package dev.cca.cli;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Problems;
import dev.cca.input.InputFiles;
import dev.cca.input.Limits;
import dev.cca.input.SourceFile;
import dev.cca.rules.RuleSetLoader;
import dev.cca.run.ExitCode;
import dev.cca.run.BenchmarkInputs;
import dev.cca.run.ProfileSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check profiles, benchmark runs and rule sets; report every problem as file:line:column: message.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cca validate samples/*.yaml",
            "  cca validate my-rules.yaml          # a rule set (cca: rules/v1)",
            "  cca validate catalog/ -q            # only problems, exit 3 if any",
            "",
            "Warnings do not fail validation.",
            "${bundle:exit.validate}"})
final class ValidateCommand implements Callable<Integer> {

    private final Env env;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders to check; - for standard input.")
    List<String> files = new ArrayList<>();

    ValidateCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Limits limits = common.limits();
        List<String> profileInputs = new ArrayList<>();
        Problems ruleProblems = new Problems();
        Map<String, SourceFile> ruleSources = new HashMap<>();
        int ruleFiles = 0;
        for (String f : files) {
            if (!f.equals("-") && isRuleSet(Path.of(f))) {
                ruleFiles++;
                try {
                    SourceFile src = InputFiles.read(Path.of(f), f, limits, common.charset());
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
        BenchmarkInputs benchSources = null;
        ProfileSet set = profileInputs.isEmpty() ? null
                : ProfileSet.read(profileInputs, limits, common.charset(), env.today(), env.in());
        List<Diagnostic> all = new ArrayList<>(ruleProblems.all());
        if (set != null) {
            all.addAll(set.problems().all());
            for (ProfileSet.Entry e : set.profiles()) {
                all.addAll(e.warnings());
            }
            BenchmarkInputs bench = new BenchmarkInputs(limits, env.today(), java.util.Map.of());
            bench.check(set);
            all.addAll(bench.problems().all());
            benchmarks = set.benchmarkDocuments().size() + set.nativeBenchmarkFiles().size();
            benchSources = bench;
        }
        boolean colour = Terminal.colour(common.noColor, env.vars(), env.stderrTty());
        BenchmarkInputs benchFiles = benchSources;
        DiagnosticPrinter printer = new DiagnosticPrinter(env.err(), colour, name -> ruleSources.containsKey(name) ? ruleSources.get(name)
                : set != null && set.source(name) != null ? set.source(name) : benchFiles == null ? null : benchFiles.source(name));
        List<Diagnostic> shown = common.quiet ? all.stream().filter(Diagnostic::isError).toList() : all;
        printer.print(shown);
        long errors = all.stream().filter(Diagnostic::isError).count();
        long warnings = all.size() - errors;
        if (!common.quiet) {
            int profiles = set == null ? 0 : set.profiles().size();
            env.out().println((errors == 0 ? "valid: " : "invalid: ") + profiles + " profile(s)"
                    + (benchmarks > 0 ? ", " + benchmarks + " benchmark file(s)" : "")
                    + (ruleFiles > 0 ? ", " + ruleFiles + " rule set(s)" : "") + "; " + errors + " error(s), " + warnings + " warning(s)");
        }
        env.out().flush();
        env.err().flush();
        return errors > 0 ? ExitCode.INVALID_INPUT.code() : ExitCode.OK.code();
    }

    /** A rule-set file says so in its first lines ({@code cca: rules/v1}). */
    static boolean isRuleSet(Path p) {
        if (!Files.isRegularFile(p)) {
            return false;
        }
        try (var lines = Files.lines(p)) {
            return lines.limit(40).map(String::strip).anyMatch(l -> l.matches("cca:\\s*[\"']?rules/v\\d+[\"']?\\s*(#.*)?"));
        } catch (Exception e) {
            return false;
        }
    }
}
