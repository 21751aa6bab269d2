package dev.cca.run;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Problems;
import dev.cca.engine.ChunkScorer;
import dev.cca.engine.Plan;
import dev.cca.input.InputFiles;
import dev.cca.input.SourceFile;
import dev.cca.input.TextDecoder;
import dev.cca.input.catalog.CatalogOptions;
import dev.cca.input.catalog.FileKind;
import dev.cca.rules.RuleSetLoader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code cca validate} as a library call: reads every input through the same path as {@code assess} and
 * {@code batch} ({@link Intake}), so it finds the same errors and warnings (the checks stage's findings and the
 * scenario fit included); rule sets among the inputs are checked as rule sets. Nothing is written. Printing is
 * left to the caller.
 */
public final class ValidateRun {

    /**
     * What validation found.
     *
     * @param problems   every error and warning
     * @param profiles   valid profiles read
     * @param benchmarks benchmark files found among the inputs
     * @param ruleSets   rule-set files checked
     * @param gateFiles  gate files checked (their shape, and their references against the rule set in use)
     * @param notKept    per file, in the order their first problem came, the warnings of valid centers counted but not
     *                   kept ({@link ValidateConfig#warningsPerFile}); they count in {@link #warnings()}
     */
    public record Outcome(List<Diagnostic> problems, long profiles, int benchmarks, int ruleSets, int gateFiles,
                          Intake.Summary inputs, Map<String, Long> notKept) {

        public long errors() {
            return problems.stream().filter(Diagnostic::isError).count();
        }

        public long warnings() {
            return problems.size() - errors() + notKept.values().stream().mapToLong(Long::longValue).sum();
        }

        public ExitCode exit() {
            return errors() > 0 ? ExitCode.INVALID_INPUT : ExitCode.OK;
        }

        /** The excerpt of a line of a file read around a column, for showing a problem; null if not kept. */
        public dev.cca.input.SourceFile.Excerpt sourceLine(String file, int line, int column) {
            return inputs.lines().excerpt(file, line, column);
        }
    }

    private ValidateRun() {
    }

    public static Outcome run(ValidateConfig cfg, InputStream stdin) throws InputException, UsageException {
        Problems ruleWarnings = new Problems();
        LoadedRules rules = LoadedRules.resolve(cfg.rules(), ruleWarnings, cfg.limits());
        Plan plan = Plan.compile(rules.rules());
        ThreadLocal<ChunkScorer> scorers = ThreadLocal.withInitial(() ->
                new ChunkScorer(plan, cfg.referenceDate(), List.of(), ChunkScorer.DEFAULT_CHUNK));
        Intake.Config in = new Intake.Config(cfg.inputs(), List.of(), Map.of(),
                new CatalogOptions(cfg.limits(), cfg.encoding(), null, null), cfg.referenceDate(), cfg.threads(), false, true);
        List<Diagnostic> warnings = new ArrayList<>();
        // Per file: the warnings of valid centers kept, and those counted only (past cfg.warningsPerFile()).
        Map<String, long[]> perFile = new java.util.LinkedHashMap<>();
        java.util.function.Consumer<Diagnostic> keep = d -> {
            long[] n = perFile.computeIfAbsent(d.location().file(), k -> new long[2]);
            if (n[0] < cfg.warningsPerFile()) {
                n[0]++;
                warnings.add(d);
            } else {
                n[1]++;
            }
        };
        Intake.Summary read = Intake.run(in, rules.rules(), stdin, (file, lines) -> {
            Problems problems = new Problems();
            try {
                SourceFile src = file.path() == null
                        ? new SourceFile(file.name(), null, TextDecoder.decode(file.content(), cfg.encoding(), file.name()).text(), "")
                        : InputFiles.read(file.path(), file.name(), cfg.limits(), cfg.encoding());
                try {
                    if (file.kind() == FileKind.GATE) {
                        // Its shape, and its references against the rule set in use (--rules or the default).
                        dev.cca.gate.GateFileReader.read(file.name(), rules.rules(), cfg.limits());
                    } else {
                        RuleSetLoader.load(src, problems, cfg.limits());
                    }
                } catch (InputException e) {
                    problems.addAll(e.diagnostics());
                }
                lines.putAll(src, problems.all());
            } catch (InputException e) {
                problems.addAll(e.diagnostics());
            }
            return problems.all();
        }, Intake.Progress.NONE, BatchRun.scoreOn(scorers, false), (c, row) -> {
            if (row != null) {
                c.warnings().forEach(keep);
                // Every finding of the checks stage is a located warning.
                c.checks().findings().forEach(f -> keep.accept(f.diagnostic()));
            }
        });
        List<Diagnostic> all = new ArrayList<>(read.problems());
        all.addAll(warnings);
        int benchmarks = 0;
        int ruleSets = 0;
        int gateFiles = 0;
        for (Intake.FileKindCount k : read.others()) {
            if (k.kind().isBenchmark()) {
                benchmarks += k.files();
            } else if (k.kind() == FileKind.RULE_SET) {
                ruleSets += k.files();
            } else if (k.kind() == FileKind.GATE) {
                gateFiles += k.files();
            }
        }
        Map<String, Long> notKept = new java.util.LinkedHashMap<>();
        perFile.forEach((file, n) -> {
            if (n[1] > 0) {
                notKept.put(file, n[1]);
            }
        });
        return new Outcome(all, read.valid(), benchmarks, ruleSets, gateFiles, read, notKept);
    }
}
