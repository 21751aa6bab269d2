package dev.cca.cli;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.result.BatchResult;
import dev.cca.report.ReportFormat;
import dev.cca.report.Text;
import dev.cca.run.AssessConfig;
import dev.cca.run.BatchConfig;
import dev.cca.run.BatchRun;
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

@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, addMethodSubcommands = false,
        description = "Score a catalog of centers: folders, multi-document YAML, JSON Lines, CSV and XLSX; rank, aggregate, write.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cca batch catalog/ -o ranking.csv -o result.json -o summary.md",
            "  cca batch centers.jsonl --group-by region.city -o by-city.md",
            "  cca batch 2025Q3.xlsx --sheet 目录 -o ranking.csv",
            "  cca batch 2025Q4/ --baseline 2025Q3.json --max-drop 5 -o 2025Q4.json",
            "  cca generate --count 100000 -o big.jsonl",
            "  cca batch big.jsonl -o ranking.csv -v            # with phase timings",
            "  cca batch catalog/ --robustness 1000 -o robust.md  # how far grades and ranks hold",
            "",
            "Invalid records are reported with file and line (row for CSV and XLSX)",
            "and skipped; the others are scored and written (exit ${bundle:exit.invalid.code}).",
            "Ranks: 1224 ranking on the score rounded to two decimals; ties in id order.",
            "A failed write leaves any earlier report at that path intact.",
            "${bundle:exit.all}"})
final class BatchCommand implements Callable<Integer> {

    private final Env env;

    @Mixin
    CommonOptions common;

    @Mixin
    GateOptions gates;

    @Mixin
    AnalysisOptions analysis;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Catalog folders and files (.yaml .yml .json .jsonl .ndjson .csv .tsv .xlsx).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "Write a report (repeatable); the format follows the extension: ${bundle:formats.batch.ext}.")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "Force the format of every -o report: ${bundle:formats.batch.names}.")
    String format;

    @Option(names = "--group-by", paramLabel = "FIELD",
            description = "Also aggregate by this profile field, e.g. region.city or compute.network.fabric (repeatable). "
                    + "region.province, hub and operator.type always are.")
    List<String> groupBy = new ArrayList<>();

    @Option(names = "--rank-by", paramLabel = "SCENARIO", description = "The scenario whose ranking orders CSV rows. Default: training.")
    String rankBy = "training";

    @Option(names = "--top", paramLabel = "N", description = "Centers in each top list of the Markdown report. Default: 20.")
    int top = 20;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV delimiter (default: detected among , ; tab |).")
    String delimiter;

    @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX sheet to read (default: the first the workbook shows; hidden sheets are skipped).")
    String sheet;

    @Option(names = "--progress", negatable = true, description = "Show progress on standard error (default: only on a terminal).")
    Boolean progress;

    BatchCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        List<AssessConfig.Output> outs = new ArrayList<>();
        for (String o : outputs) {
            outs.add(new AssessConfig.Output(o, format));
        }
        Character delim = null;
        if (delimiter != null) {
            String d = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
            if (d.length() != 1) {
                return Failures.usage(env, common.lang(env), "batch", new dev.cca.diag.Message(dev.cca.diag.OptionCode.DELIMITER_LENGTH));
            }
            char c = d.charAt(0);
            if (c == '"' || c == '\n' || c == '\r' || c == 0) {
                return Failures.usage(env, common.lang(env), "batch", new dev.cca.diag.Message(dev.cca.diag.OptionCode.DELIMITER_CHARACTER,
                        Text.stripControls(delimiter)));
            }
            delim = c;
        }
        int nThreads;
        try {
            nThreads = threads.count();
        } catch (UsageException e) {
            return Failures.usage(env, common.lang(env), "batch", e.message());
        }
        if (top < 0) {
            return Failures.usage(env, common.lang(env), "batch", new dev.cca.diag.Message(dev.cca.diag.OptionCode.NOT_NEGATIVE,
                    "--top", top));
        }
        if (gates.config().problem() != null || analysis.problem() != null) {
            return Failures.usage(env, common.lang(env), "batch",
                    gates.config().problem() != null ? gates.config().problem() : analysis.problem());
        }
        BatchConfig cfg = new BatchConfig(inputs, common.rules, common.asOfDate(), env.today(), common.charset(), common.limits(),
                outs, common.lang(env), groupBy, rankBy, top, nThreads, delim, sheet, gates.config(), analysis.config(List.of()));
        boolean colour = Terminal.colour(common.noColor, env.vars(), env.stderrTty());
        int maxProblems = common.maxProblems();
        boolean showProgress = progress != null ? progress : env.stderrTty() && !common.quiet;
        ProgressBar bar = new ProgressBar(env.err(), showProgress, colour);
        try {
            BatchRun.Outcome outcome = BatchRun.run(cfg, env.in(), bar);
            BatchResult r = outcome.result();
            DiagnosticPrinter printer = new DiagnosticPrinter(env.err(), colour, outcome::sourceLine, maxProblems, common.lang(env));
            // Errors and the problems of files always; the warnings of scored centers (all in the JSON report) with -v.
            printer.print(common.verbose ? r.problems() : outcome.inputs().problems());
            long writing = System.nanoTime();
            List<String> written = BatchRun.writeReports(outcome, cfg, env.stdout());
            if (r.rows().isEmpty()) {
                ReportsNotWritten.say(env, common.lang(env), "batch", AssessConfig.Output.notWritten(cfg.outputs(), ReportFormat.Kind.BATCH, false));
            }
            if (common.verbose) {
                boolean zh = "zh".equals(common.lang(env));
                env.err().printf(java.util.Locale.ROOT, zh ? "读取并评分 %,d 条记录用时 %.1f 秒；排名与汇总 %.1f 秒；写出报告 %.1f 秒%n"
                                : "read and scored %,d records in %.1f s; ranked and aggregated in %.1f s; wrote the reports in %.1f s%n",
                        r.rows().size() + r.invalidRecords(), outcome.readMillis() / 1000.0,
                        outcome.summaryMillis() / 1000.0, (System.nanoTime() - writing) / 1e9);
                if (r.robustness() != null) {
                    env.err().printf(java.util.Locale.ROOT, zh ? "已将 %,d 个中心重新评分 %,d 次，用时 %.2f 秒%n"
                                    : "re-scored %,d centers %,d times in %.2f s%n", r.rows().size(),
                            r.robustness().settings().variations(), outcome.robustnessMillis() / 1000.0);
                }
            }
            boolean toStdout = outputs.contains("-");
            if (!common.quiet) {
                // With -o -, standard output carries the report alone: the closing lines go to standard error.
                java.io.PrintWriter say = toStdout ? env.err() : env.out();
                // The warnings validate and assess count: the input's and the rule set's, and the findings of the claim
                // checks, which batch counts per center (check_findings) rather than listing.
                long findings = r.rows().findings();
                long all = r.warnings() + findings;
                boolean zh = "zh".equals(common.lang(env));
                String why = findings == 0 ? (r.warnings() > 0 && !common.verbose ? (zh ? "（-v 列出全部）" : " (-v lists them)") : "")
                        : zh ? "（其中 " + findings + " 条来自声明核查，报告中按中心计数" + (r.warnings() > 0 && !common.verbose ? "；-v 列出其余" : "") + "）"
                        : " (" + findings + " from the checks of claims, counted per center in the reports"
                        + (r.warnings() > 0 && !common.verbose ? "; -v lists the others" : "") + ")";
                say.println(zh
                        ? "已评分 " + r.rows().size() + " 个中心；" + r.invalidRecords() + " 条无效记录；" + all + " 条警告" + why
                        : "scored " + r.rows().size() + " center(s); " + r.invalidRecords() + " invalid record(s); "
                        + all + " warning(s)" + why);
                for (String w : written) {
                    if (!w.equals("-")) {
                        say.println(("zh".equals(common.lang(env)) ? "已写入 " : "wrote ") + w);
                    }
                }
            }
            GateLines.print(r.gate(), env.err(), 20, common.quiet, common.lang(env));
            if (GateLines.githubActions(env.vars())) {
                dev.cca.report.WorkflowCommands.write(r.problems(), r.gate(), toStdout ? env.err() : env.out(), common.lang(env));
            }
            env.out().flush();
            env.err().flush();
            return outcome.exit().code();
        } catch (InputException | UsageException | IOException e) {
            return Failures.report(env, colour, common.lang(env), "batch", e);
        }
    }
}
