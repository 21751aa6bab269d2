package dev.cca.cli;

import dev.cca.diag.Diagnostic;
import dev.cca.rules.RuleSetLint;
import dev.cca.input.SourceFile;
import dev.cca.run.ExitCode;
import dev.cca.run.InputPaths;
import dev.cca.run.ReportFiles;
import dev.cca.run.RulesRun;
import dev.cca.run.UsageException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cca rules list | show | explain | lint | diff | plot}: inspect, check, compare and draw rule sets. */
@Command(resourceBundle = "dev.cca.cli.HelpText", name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, addMethodSubcommands = false,
        description = "Inspect, check, compare and draw rule sets.",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cca rules list",
            "  cca rules show                          # the default rule set, every weight and where it is written",
            "  cca rules explain throughput --lang zh",
            "  cca rules lint my-rules.yaml",
            "  cca rules diff cca-default my-rules.yaml --catalog catalog/",
            "  cca rules plot cluster-effectiveness -o curve.svg",
            "",
            "${bundle:exit.rules} Lint exits 3 when it finds an error."})
final class RulesCommand implements Runnable {

    private final Env env;

    RulesCommand(Env env) {
        this.env = env;
    }

    /** This command as picocli built it: with its subcommands, its qualified name and the run's language. */
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(env.out());
        env.out().flush();
    }

    static CommandLine commandLine(Env env) {
        CommandLine cl = new CommandLine(new RulesCommand(env));
        cl.addSubcommand("list", new ListCommand(env));
        cl.addSubcommand("show", new ShowCommand(env));
        cl.addSubcommand("explain", new ExplainCommand(env));
        cl.addSubcommand("lint", new LintCommand(env));
        cl.addSubcommand("diff", new DiffCommand(env));
        cl.addSubcommand("plot", new PlotCommand(env));
        return cl;
    }

    /** The options every rules command has. */
    static final class Options {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        @Option(names = "--lang", paramLabel = "en|zh", description = CommonOptions.LANG_HELP)
        String lang;

        @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR is honoured too).")
        boolean noColor;

        @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of rule files when not UTF-8.")
        String encoding;

        String lang(Env env) {
            return CommonOptions.lang(spec, lang, env.vars());
        }

        Charset charset() {
            return CommonOptions.charset(spec, encoding);
        }
    }

    /** Shared steps: open a rule set and print its problems; write text to -o or standard output. */
    abstract static class Base implements Callable<Integer> {
        final Env env;

        @Mixin
        Options options;

        @Mixin
        RuleLimitOptions limits;

        Base(Env env) {
            this.env = env;
        }

        @Override
        public final Integer call() {
            try {
                return run();
            } catch (UsageException | IOException e) {
                return Failures.report(env, colour(), options.lang(env), "rules " + name(), e);
            }
        }

        abstract int run() throws UsageException, IOException;

        abstract String name();

        boolean colour() {
            return Terminal.colour(options.noColor, env.vars(), env.stderrTty());
        }

        /** The rule set, or null after printing why it cannot be used. */
        RulesRun.Opened open(String spec) throws UsageException {
            RulesRun.Opened o = RulesRun.open(spec, options.charset(), limits.limits());
            print(o.problems(), o);
            return o.rules() == null ? null : o;
        }

        void print(List<Diagnostic> problems, RulesRun.Opened o) {
            new DiagnosticPrinter(env.err(), colour(), DiagnosticPrinter.Lines.of(name -> o == null ? null : o.sourceFile(name)),
                    options.lang(env)).print(problems);
        }

        void emit(String text, String output, InputPaths inputs) throws UsageException, IOException {
            if (output == null || output.equals("-")) {
                env.out().print(text);
                env.out().flush();
                return;
            }
            ReportFiles.check(output, inputs);
            ReportFiles.write(output, os -> os.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), env.stdout(),
                    ReportFiles.Written.FILE);
        }
    }

    @Command(resourceBundle = "dev.cca.cli.HelpText", name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, addMethodSubcommands = false,
            description = "List the embedded rule sets, and the rule-set files given.",
            footerHeading = "%nExamples:%n", footer = {"  cca rules list", "  cca rules list my-rules.yaml other.yaml"})
    static final class ListCommand extends Base {
        @Parameters(arity = "0..*", paramLabel = "FILE", description = "Rule-set files to list as well.")
        List<String> files = new ArrayList<>();

        ListCommand(Env env) {
            super(env);
        }

        @Override
        String name() {
            return "list";
        }

        @Override
        int run() throws UsageException {
            List<RulesRun.Opened> opened = new ArrayList<>();
            boolean invalid = false;
            for (String f : files) {
                RulesRun.Opened o = open(f);
                if (o == null) {
                    invalid = true;
                } else {
                    opened.add(o);
                }
            }
            env.out().print(RulesRun.list(opened, options.lang(env)));
            env.out().flush();
            return invalid ? ExitCode.INVALID_INPUT.code() : ExitCode.OK.code();
        }
    }

    @Command(resourceBundle = "dev.cca.cli.HelpText", name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, addMethodSubcommands = false,
            description = {"Print a rule set, each value with the file and line that wrote it.",
                "Scenarios, tables and their weights, indicators and their metrics and curves, the share of each",
                "scenario score each metric carries, grades, caps, evidence policy, scenario fit, catalogs; for a rule",
                "set that extends another, whether the base or the override wrote each value."},
            footerHeading = "%nExamples:%n",
            footer = {"  cca rules show", "  cca rules show my-rules.yaml --lang zh -o rules.md"})
    static final class ShowCommand extends Base {
        @Parameters(arity = "0..1", paramLabel = "ID|FILE", description = "A rule set: cca-default (the default) or a rules file.")
        String rules;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (Markdown) instead of standard output.")
        String output;

        ShowCommand(Env env) {
            super(env);
        }

        @Override
        String name() {
            return "show";
        }

        @Override
        int run() throws UsageException, IOException {
            RulesRun.Opened o = open(rules);
            if (o == null) {
                return ExitCode.INVALID_INPUT.code();
            }
            emit(RulesRun.show(o, options.lang(env)), output, o.inputs());
            return ExitCode.OK.code();
        }
    }

    @Command(resourceBundle = "dev.cca.cli.HelpText", name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, addMethodSubcommands = false,
            description = {"Explain an indicator: what it measures, its curves, citations and how to improve it.",
                "In the report's words, why it matters, where it counts and how much, each metric with its profile",
                "key, curve (with sample values and the figures it was set by), the caps that name it."},
            footerHeading = "%nExamples:%n",
            footer = {"  cca rules explain throughput", "  cca rules explain 吞吐率 --lang zh",
                "  cca rules explain security-compliance --rules my-rules.yaml"})
    static final class ExplainCommand extends Base {
        @Parameters(paramLabel = "INDICATOR", description = "An indicator id (throughput) or name (吞吐率, Throughput).")
        String indicator;

        @Option(names = "--rules", paramLabel = "ID|FILE", description = "Rule set. Default: cca-default.")
        String rules;

        ExplainCommand(Env env) {
            super(env);
        }

        @Override
        String name() {
            return "explain";
        }

        @Override
        int run() throws UsageException {
            RulesRun.Opened o = open(rules);
            if (o == null) {
                return ExitCode.INVALID_INPUT.code();
            }
            env.out().print(RulesRun.explain(o, indicator, options.lang(env)));
            env.out().flush();
            return ExitCode.OK.code();
        }
    }

    @Command(resourceBundle = "dev.cca.cli.HelpText", name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, addMethodSubcommands = false,
            description = {"Check rule sets against the report's tables and the project's standard.",
                "Every indicator of the report's three tables in both scenario columns, weights that never count,",
                "flat curves and curves whose best score no value can reach, grades that cannot be reached, caps that",
                "can never hold or never lower a grade, and every number cited. Each problem as file:line:column."},
            footerHeading = "%nExamples:%n",
            footer = {"  cca rules lint my-rules.yaml", "  cca rules lint --strict rules/*.yaml     # warnings fail too",
                "", "${bundle:exit.rules} 3: an error found (or a warning, with --strict)."})
    static final class LintCommand extends Base {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Rule-set files.")
        List<String> files = new ArrayList<>();

        @Option(names = "--strict", description = "Warnings fail as errors do.")
        boolean strict;

        @Option(names = {"-q", "--quiet"}, description = "Print only the problems.")
        boolean quiet;

        LintCommand(Env env) {
            super(env);
        }

        @Override
        String name() {
            return "lint";
        }

        @Override
        int run() throws UsageException {
            int errors = 0;
            int warnings = 0;
            for (RuleSetLint.Report r : RulesRun.lint(files, options.charset(), limits.limits())) {
                new DiagnosticPrinter(env.err(), colour(), DiagnosticPrinter.Lines.of(n -> r.source() == null ? null : r.source().source(n)),
                        options.lang(env)).print(r.problems());
                for (Diagnostic d : r.problems()) {
                    if (d.isError()) {
                        errors++;
                    } else {
                        warnings++;
                    }
                }
            }
            if (!quiet) {
                boolean clean = errors == 0 && (!strict || warnings == 0);
                env.out().println("zh".equals(options.lang(env))
                        ? (clean ? "无问题：" : "检查结果：") + files.size() + " 个规则集；" + errors + " 个错误，" + warnings + " 个警告"
                        : (clean ? "clean: " : "lint: ") + files.size() + " rule set(s); " + errors + " error(s), " + warnings + " warning(s)");
                env.out().flush();
            }
            return errors > 0 || (strict && warnings > 0) ? ExitCode.INVALID_INPUT.code() : ExitCode.OK.code();
        }
    }

    @Command(resourceBundle = "dev.cca.cli.HelpText", name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, addMethodSubcommands = false,
            description = {"Compare two rule sets, and their effect on a catalog.",
                "Every entry that differs, how the share of each scenario score each metric carries moved, and with",
                "--catalog which centers change grade or rank and by how much (the catalog is scored with both rule",
                "sets through the same path as cca batch)."},
            footerHeading = "%nExamples:%n",
            footer = {"  cca rules diff cca-default my-rules.yaml",
                "  cca rules diff cca-default my-rules.yaml --catalog catalog/ --as-of 2025-11-30 -o review.md",
                "", "${bundle:exit.rules}"})
    static final class DiffCommand extends Base {
        @Parameters(index = "0", paramLabel = "OLD", description = "The rule set before: cca-default or a rules file.")
        String before;

        @Parameters(index = "1", paramLabel = "NEW", description = "The rule set after.")
        String after;

        @Option(names = "--catalog", paramLabel = "INPUT", description = "A catalog to score with both (repeatable; as cca batch reads).")
        List<String> catalog = new ArrayList<>();

        @Option(names = "--as-of", paramLabel = "DATE", description = "Judge evidence age against this date (YYYY-MM-DD).")
        String asOf;

        @Option(names = "--top", paramLabel = "N", description = "Centers listed that moved. Default: 50.")
        int top = 50;

        @Mixin
        ThreadsOption threads;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (Markdown) instead of standard output.")
        String output;

        DiffCommand(Env env) {
            super(env);
        }

        @Override
        String name() {
            return "diff";
        }

        @Override
        int run() throws UsageException, IOException {
            RulesRun.Opened a = open(before);
            RulesRun.Opened b = open(after);
            if (a == null || b == null) {
                return ExitCode.INVALID_INPUT.code();
            }
            LocalDate date = null;
            if (asOf != null) {
                dev.cca.input.Values.Why why = new dev.cca.input.Values.Why();
                date = dev.cca.input.Values.date(asOf, false, why);
                if (date == null) {
                    throw new UsageException(dev.cca.diag.OptionCode.AS_OF, asOf, why.message());
                }
            }
            if (top < 0) {
                throw new UsageException(dev.cca.diag.OptionCode.NOT_NEGATIVE, "--top", top);
            }
            int t = threads.count();
            InputPaths inputs = a.inputs().addAll(catalog);
            for (SourceFile f : b.source().sources()) {
                if (f.path() != null) {
                    inputs.add(f.path());
                }
            }
            if (output != null) {
                ReportFiles.check(output, inputs);
            }
            RulesRun.Diff d;
            try {
                d = RulesRun.diff(a, b, catalog, date, env.today(), options.charset(), limits.limits(), t, top, options.lang(env));
            } catch (dev.cca.diag.InputException e) {
                print(e.diagnostics(), null);
                return ExitCode.INVALID_INPUT.code();
            }
            print(d.catalogProblems(), null);
            emit(d.text(), output, inputs);
            return d.exit().code();
        }
    }

    @Command(resourceBundle = "dev.cca.cli.HelpText", name = "plot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, addMethodSubcommands = false,
            description = {"Draw an indicator's scoring curves as SVG, with the report's figures marked.",
                "One panel per metric, with the curve's points and the figures of the report and benchmarks it was",
                "set by."},
            footerHeading = "%nExamples:%n",
            footer = {"  cca rules plot cluster-effectiveness -o curve.svg",
                "  cca rules plot 端到端时延 --lang zh -o 时延.svg --rules my-rules.yaml"})
    static final class PlotCommand extends Base {
        @Parameters(paramLabel = "INDICATOR", description = "An indicator id or name.")
        String indicator;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The SVG file to write; - for standard output.")
        String output;

        @Option(names = "--rules", paramLabel = "ID|FILE", description = "Rule set. Default: cca-default.")
        String rules;

        PlotCommand(Env env) {
            super(env);
        }

        @Override
        String name() {
            return "plot";
        }

        @Override
        int run() throws UsageException, IOException {
            RulesRun.Opened o = open(rules);
            if (o == null) {
                return ExitCode.INVALID_INPUT.code();
            }
            RulesRun.plot(o, indicator, output, options.lang(env), env.stdout());
            return ExitCode.OK.code();
        }
    }
}
