package dev.cca.run;

import dev.cca.check.ClaimChecks;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Problems;
import dev.cca.diag.Suggest;
import dev.cca.input.InputFiles;
import dev.cca.input.Limits;
import dev.cca.input.SourceFile;
import dev.cca.report.CurveSvg;
import dev.cca.report.RuleDiffText;
import dev.cca.report.RuleSetText;
import dev.cca.result.RuleImpact;
import dev.cca.rules.ReportTables;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetDiff;
import dev.cca.rules.RuleSetLint;
import dev.cca.rules.RuleSetLoader;
import dev.cca.rules.RuleSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cca rules}: the use cases of whoever keeps a rule set. {@code list}, {@code show} and {@code explain}
 * describe one; {@code lint} holds one to the project's standard; {@code diff} shows what a change does, to a
 * catalog too; {@code plot} draws an indicator's curves. Texts are rendered by {@link RuleSetText},
 * {@link RuleDiffText} and {@link CurveSvg}.
 */
public final class RulesRun {

    /** A rule set as read, with its located text; {@code rules} is null when it has errors (in {@code problems}). */
    public record Opened(RuleSet rules, RuleSource source, List<Diagnostic> problems, String spec) {
        public SourceFile sourceFile(String name) {
            return source == null ? null : source.source(name);
        }

        /** The files this rule set was read from (itself and what it extends), which no output may replace. */
        public InputPaths inputs() {
            InputPaths p = new InputPaths();
            if (source != null) {
                for (SourceFile f : source.sources()) {
                    if (f.path() != null) {
                        p.add(f.path());
                    }
                }
            }
            return p;
        }
    }

    private RulesRun() {
    }

    /** {@code --rules} and the rule-set arguments: an embedded id (cca-default), or a rules file. */
    public static Opened open(String spec, Charset encoding) throws UsageException {
        return open(spec, encoding, Limits.DEFAULT);
    }

    /**
     * {@link #open(String, Charset)} with the command's {@code limits} where they are above the defaults (a rule set is
     * the authority's own file: see {@link LoadedRules#resolve(String, dev.cca.diag.Problems, Limits)}).
     */
    public static Opened open(String spec, Charset encoding, Limits limits) throws UsageException {
        Limits rules = limits.atLeast(Limits.DEFAULT);
        SourceFile src;
        if (spec == null || spec.equals("default") || spec.equals(RuleSetLoader.loadDefault().id())) {
            src = RuleSetLoader.defaultSource();
        } else {
            Path p = LoadedRules.path("rules", spec);
            if (!Files.exists(p)) {
                throw new UsageException(dev.cca.diag.OptionCode.RULES_ARG_NOT_FOUND, spec, RuleSetLoader.loadDefault().id());
            }
            try {
                src = InputFiles.read(p, spec, rules, encoding);
            } catch (InputException e) {
                return new Opened(null, null, e.diagnostics(), spec);
            }
        }
        Problems p = new Problems();
        RuleSetLoader.Loaded l = RuleSetLoader.read(src, p, rules);
        return new Opened(l.rules(), l.source(), p.all(), spec);
    }

    /** The embedded rule sets, and those of the files given. */
    public static String list(List<Opened> files, String lang) {
        List<RuleSetText.Listed> rows = new ArrayList<>();
        RuleSet d = RuleSetLoader.loadDefault();
        rows.add(new RuleSetText.Listed(d.id(), d.version(), d.title(), lang.equals("zh") ? "内置" : "embedded", d.sha256(),
                d.indicators().size(), List.of("embedded")));
        for (Opened o : files) {
            RuleSet r = o.rules();
            rows.add(new RuleSetText.Listed(r.id(), r.version(), r.title(), o.spec(), r.sha256(), r.indicators().size(),
                    o.source().chain()));
        }
        return RuleSetText.list(rows, lang);
    }

    public static String show(Opened o, String lang) {
        return RuleSetText.show(o.rules(), o.source(), lang);
    }

    public static String explain(Opened o, String indicator, String lang) throws UsageException {
        return RuleSetText.explain(o.rules(), o.source(), indicator(o.rules(), indicator), lang);
    }

    /** Checks rule-set files; the report of each, in order. */
    public static List<RuleSetLint.Report> lint(List<String> files, Charset encoding, Limits limits) throws UsageException {
        Limits rules = limits.atLeast(Limits.DEFAULT);
        List<RuleSetLint.Report> out = new ArrayList<>();
        for (String f : files) {
            Path p = LoadedRules.path("lint", f);
            if (!Files.isRegularFile(p)) {
                throw new UsageException(dev.cca.diag.OptionCode.FILE_NOT_FOUND, f);
            }
            try {
                out.add(RuleSetLint.lint(InputFiles.read(p, f, rules, encoding), ClaimChecks.CITATIONS, rules));
            } catch (InputException e) {
                out.add(new RuleSetLint.Report(null, null, e.diagnostics()));
            }
        }
        return out;
    }

    /** What {@code cca rules diff} found; {@code impact} is null without a catalog. */
    public record Diff(String text, List<Diagnostic> catalogProblems, ExitCode exit) {
    }

    /**
     * @param catalog inputs of a catalog to score with both rule sets (empty for none): through the batch path,
     *                exactly as {@code cca batch} scores it
     */
    public static Diff diff(Opened before, Opened after, List<String> catalog, LocalDate asOf, LocalDate today,
                            Charset encoding, Limits limits, int threads, int top, String lang) throws InputException, UsageException {
        List<RuleSetDiff.Change> changes = RuleSetDiff.changes(before.rules(), before.source(), after.rules(), after.source());
        List<RuleSetDiff.ShareChange> shares = RuleSetDiff.shares(before.rules(), after.rules(), 0.00005);
        RuleImpact impact = null;
        List<Diagnostic> problems = List.of();
        ExitCode exit = ExitCode.OK;
        if (!catalog.isEmpty()) {
            BatchRun.Outcome a = BatchRun.run(batch(before.spec(), catalog, asOf, today, encoding, limits, threads, lang), Intake.Progress.NONE);
            BatchRun.Outcome b = BatchRun.run(batch(after.spec(), catalog, asOf, today, encoding, limits, threads, lang), Intake.Progress.NONE);
            impact = RuleImpact.of(a.result(), b.result());
            // The catalog's errors and the problems of its files (not the warnings of every valid center).
            problems = a.inputs().problems();
            exit = a.exit() == ExitCode.INVALID_INPUT || b.exit() == ExitCode.INVALID_INPUT ? ExitCode.INVALID_INPUT : ExitCode.OK;
        }
        return new Diff(RuleDiffText.render(before.rules(), after.rules(), changes, shares, impact, top, lang), problems, exit);
    }

    private static BatchConfig batch(String rules, List<String> catalog, LocalDate asOf, LocalDate today, Charset encoding,
                                     Limits limits, int threads, String lang) {
        return new BatchConfig(catalog, rules, asOf, today, encoding, limits, List.of(), lang, List.of(),
                "training", 20, threads, null, null, GateConfig.NONE);
    }

    /** Writes an indicator's curves as SVG to {@code output} ({@code -} for standard output). */
    public static void plot(Opened o, String indicator, String output, String lang, OutputStream stdout)
            throws UsageException, IOException {
        RuleSet.Indicator ind = indicator(o.rules(), indicator);
        ReportFiles.check(output, o.inputs());
        String svg = CurveSvg.render(ind, lang);
        ReportFiles.write(output, os -> os.write(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)), stdout);
    }

    /** An indicator by its id, or by its name in either language; a usage error with a suggestion otherwise. */
    static RuleSet.Indicator indicator(RuleSet rs, String name) throws UsageException {
        RuleSet.Indicator byId = rs.indicators().get(name);
        if (byId != null) {
            return byId;
        }
        for (RuleSet.Indicator i : rs.indicators().values()) {
            if (name.equals(i.label().zh()) || name.equalsIgnoreCase(i.label().en())) {
                return i;
            }
        }
        List<RuleSet.Indicator> byPlainZh = rs.indicators().values().stream()
                .filter(i -> ReportTables.plain(i.label().zh()).equals(ReportTables.plain(name))).toList();
        if (byPlainZh.size() == 1) {
            return byPlainZh.get(0);
        }
        String hint = byPlainZh.size() > 1 ? " (one of: " + String.join(", ", byPlainZh.stream().map(RuleSet.Indicator::id).toList()) + ")"
                : Suggest.didYouMean(name, rs.indicators().keySet());
        throw new UsageException(dev.cca.diag.OptionCode.UNKNOWN_INDICATOR, name, hint, String.join(", ", rs.indicators().keySet()));
    }
}
