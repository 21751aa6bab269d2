package dev.cca.cli;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.run.UsageException;
import dev.cca.run.ValidateConfig;
import dev.cca.run.ValidateRun;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, addMethodSubcommands = false,
        description = "Check profiles, benchmark runs and rule sets; report every problem as file:line:column: error CODE: message, in the language of --lang or the locale.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cca validate samples/*.yaml",
            "  cca validate my-rules.yaml          # a rule set (cca: rules/v1)",
            "  cca validate gate.yaml              # a gate file (cca: gate/v1)",
            "  cca validate catalog/ -q            # only problems, exit 3 if any",
            "",
            "Warnings do not fail validation.",
            "${bundle:exit.validate}"})
final class ValidateCommand implements Callable<Integer> {

    private final Env env;

    @Mixin
    CommonOptions common;

    @Mixin
    ThreadsOption threads;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders to check; - for standard input.")
    List<String> files = new ArrayList<>();

    ValidateCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        boolean colour = Terminal.colour(common.noColor, env.vars(), env.stderrTty());
        int maxProblems = common.maxProblems();
        ValidateRun.Outcome outcome;
        try {
            // Only what can be printed is kept of valid centers' warnings: a catalog of a million records has millions.
            int kept = common.quiet ? 0 : maxProblems <= 0 ? Integer.MAX_VALUE : maxProblems;
            outcome = ValidateRun.run(new ValidateConfig(files, common.asOfDate() != null ? common.asOfDate() : env.today(),
                    common.charset(), common.limits(), common.rules, threads.count(), kept), env.in());
        } catch (InputException | UsageException e) {
            return Failures.report(env, colour, common.lang(env), "validate", e);
        }
        DiagnosticPrinter printer = new DiagnosticPrinter(env.err(), colour, outcome::sourceLine, maxProblems, common.lang(env));
        List<Diagnostic> all = outcome.problems();
        List<Diagnostic> shown = common.quiet ? all.stream().filter(Diagnostic::isError).toList() : all;
        printer.print(shown, common.quiet ? java.util.Map.of() : outcome.notKept());
        long errors = outcome.errors();
        long warnings = outcome.warnings();
        if (!common.quiet) {
            env.out().println("zh".equals(common.lang(env)) ? summaryZh(outcome, errors, warnings) : (errors == 0 ? "valid: "
                    : "invalid: ") + outcome.profiles() + " profile(s)"
                    + (outcome.benchmarks() > 0 ? ", " + outcome.benchmarks() + " benchmark file(s)" : "")
                    + (outcome.ruleSets() > 0 ? ", " + outcome.ruleSets() + " rule set(s)" : "")
                    + (outcome.gateFiles() > 0 ? ", " + outcome.gateFiles() + " gate file(s)" : "") + "; " + errors + " error(s), "
                    + warnings + " warning(s)");
        }
        env.out().flush();
        env.err().flush();
        return outcome.exit().code();
    }

    /** "有效：10 个档案；0 个错误，2 个警告". */
    private static String summaryZh(ValidateRun.Outcome o, long errors, long warnings) {
        return (errors == 0 ? "有效：" : "无效：") + o.profiles() + " 个档案"
                + (o.benchmarks() > 0 ? "，" + o.benchmarks() + " 个基准测试文件" : "")
                + (o.ruleSets() > 0 ? "，" + o.ruleSets() + " 个规则集" : "")
                + (o.gateFiles() > 0 ? "，" + o.gateFiles() + " 个门禁文件" : "") + "；" + errors + " 个错误，" + warnings + " 个警告";
    }
}
