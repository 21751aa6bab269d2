package dev.cca.cli;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.report.RenderOptions;
import dev.cca.report.ReportFormat;
import dev.cca.report.TerminalSummary;
import dev.cca.report.WorkflowCommands;
import dev.cca.result.CenterResult;
import dev.cca.run.AssessConfig;
import dev.cca.run.AssessRun;
import dev.cca.run.ExitCode;
import dev.cca.run.UsageException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "assess", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, addMethodSubcommands = false,
        description = "Score center profiles against the capability tables; print a summary and write reports.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cca assess samples/wuhan-aicc.yaml",
            "  cca assess center.yaml -o report.md -o result.json",
            "  cca assess center.yaml --bench vllm-result.json --bench-conditions accelerators=8,params_b=72",
            "  cca assess center.yaml --bench results/      # every benchmark file in the folder",
            "  cca assess center.yaml --scenario inference --lang zh -o 报告.md",
            "  cca assess center.yaml --fail-under 55 --min-grade 3      # a CI gate",
            "  cca assess submissions/ --gate gate.yaml -o results.xml -o results.sarif",
            "  cca assess center.yaml --min-grade training=4,inference=Proficient",
            "  cca assess center.yaml --baseline last.json --max-drop 2  # fail on regressions",
            "  cca assess center.yaml --peers catalog.jsonl --robustness 1000 -o report.md",
            "",
            "${bundle:exit.all}"})
final class AssessCommand implements Callable<Integer> {

    private final Env env;

    @Mixin
    CommonOptions common;

    @Mixin
    GateOptions gates;

    @Mixin
    ThreadsOption threads;

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--peers", paramLabel = "CATALOG",
            description = "Compare with a catalog of peers, read as cca batch reads one (repeatable): rank and standing in the "
                    + "center's scale class; with --robustness, how far grade and rank hold.")
    List<String> peers = new ArrayList<>();

    @Parameters(arity = "1..*", paramLabel = "PROFILE", description = "Profile files (YAML or JSON), folders of them, or - for standard input.")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--bench", paramLabel = "FILE", description = "Benchmark results for the profile (repeatable; a folder means every file in it): benchmark-run/v1 "
                    + "documents or the own output of ${bundle:bench.tools}.")
    List<String> benches = new ArrayList<>();

    @Option(names = "--bench-conditions", paramLabel = "KEY=VALUE,...",
            description = "Conditions of native benchmark files that do not state them, e.g. accelerators=8,params_b=72 (repeatable).")
    List<String> benchConditions = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write a report (repeatable); the format follows the extension: ${bundle:formats.assess.ext}. - is standard output.")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "Force the format of every -o report: ${bundle:formats.assess.names}.")
    String format;

    @Option(names = "--scenario", paramLabel = "training|inference|all", description = "Scenarios to report. Default: all.")
    String scenario = "all";

    AssessCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        List<AssessConfig.Output> outs = new ArrayList<>();
        for (String o : outputs) {
            outs.add(new AssessConfig.Output(o, format));
        }
        if (gates.config().problem() != null || analysis.problem() != null) {
            return Failures.usage(env, common.lang(env), "assess",
                    gates.config().problem() != null ? gates.config().problem() : analysis.problem());
        }
        int nThreads;
        try {
            nThreads = threads.count();
        } catch (UsageException e) {
            return Failures.usage(env, common.lang(env), "assess", e.message());
        }
        List<String> scenarios = scenario.equals("all") ? List.of() : List.of(scenario.split(","));
        AssessConfig cfg = new AssessConfig(profiles, benches, benchConditions, common.rules, scenarios, common.asOfDate(), env.today(),
                common.charset(), common.limits(), outs, common.lang(env), gates.config(), analysis.config(peers), nThreads);
        boolean errColour = Terminal.colour(common.noColor, env.vars(), env.stderrTty());
        int maxProblems = common.maxProblems();
        boolean toStdout = outputs.contains("-");
        RenderOptions ro = new RenderOptions(common.lang(env), Terminal.colour(common.noColor, env.vars(), env.stdoutTty()),
                Terminal.width(env.vars()));
        RenderOptions reports = new RenderOptions(common.lang(env), false, 80);
        AssessRun.Streaming streaming = new AssessRun.Streaming(!common.quiet && !toStdout, ro, reports, common.verbose);
        try (AssessRun.Outcome outcome = AssessRun.run(cfg, env.in(), streaming)) {
            DiagnosticPrinter printer = new DiagnosticPrinter(env.err(), errColour, outcome::sourceLine, maxProblems, common.lang(env));
            if (common.verbose) {
                printer.print(outcome.ruleWarnings());
            }
            printer.print(outcome.result().problems());
            if (common.verbose) {
                for (CenterResult c : outcome.result().centers()) {
                    printer.print(c.warnings());
                }
                if (outcome.streamed() != null) {
                    printer.print(outcome.streamed().warnings());
                }
            }
            if (!common.quiet && !toStdout && outcome.streamed() != null) {
                boolean first = true;
                for (String c : outcome.streamed().terminal()) {
                    if (!first) {
                        env.out().println();
                    }
                    first = false;
                    env.out().print(c);
                }
                env.out().flush();
            } else if (!common.quiet && !toStdout && !outcome.result().centers().isEmpty()) {
                TerminalSummary.print(outcome.result(), ro, env.out());
            }
            List<String> written = AssessRun.writeReports(outcome, cfg, reports, env.stdout());
            if (outcome.assessed() == 0) {
                ReportsNotWritten.say(env, common.lang(env), "assess",
                        AssessConfig.Output.notWritten(cfg.outputs(), ReportFormat.Kind.ASSESSMENT, false));
            }
            if (!common.quiet && !toStdout) {
                for (String w : written) {
                    env.out().println(("zh".equals(common.lang(env)) ? "已写入 " : "wrote ") + w);
                }
            }
            GateLines.print(outcome.result().gate(), env.err(), Integer.MAX_VALUE, common.quiet, common.lang(env));
            if (GateLines.githubActions(env.vars())) {
                WorkflowCommands.write(outcome.result().problems(), outcome.result().gate(), toStdout ? env.err() : env.out(), common.lang(env));
            }
            if (outcome.assessed() == 0 && outcome.exit() == ExitCode.OK) {
                env.err().println("zh".equals(common.lang(env)) ? "输入中没有找到中心档案" : "no center profile found in the inputs");
                env.err().flush();
                return ExitCode.INVALID_INPUT.code();
            }
            int errors = (int) outcome.result().problems().stream().filter(Diagnostic::isError).count();
            if (errors > 0) {
                env.err().println("zh".equals(common.lang(env))
                        ? "输入中有 " + errors + " 个错误；已评估 " + outcome.assessed() + " 个中心"
                        : errors + (errors == 1 ? " error" : " errors") + " in the inputs; " + outcome.assessed() + " center(s) assessed");
            }
            env.out().flush();
            env.err().flush();
            return outcome.exit().code();
        } catch (InputException | UsageException | IOException e) {
            return Failures.report(env, errColour, common.lang(env), "assess", e);
        }
    }
}
