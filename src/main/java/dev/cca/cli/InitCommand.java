package dev.cca.cli;

import dev.cca.diag.InputException;
import dev.cca.diag.Problems;
import dev.cca.run.ExitCode;
import dev.cca.run.InitRun;
import dev.cca.run.LoadedRules;
import dev.cca.run.UsageException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, addMethodSubcommands = false,
        resourceBundle = "dev.cca.cli.HelpText",
        description = {"Print a commented profile template to fill in.",
            "Every key with its unit, what it means, the indicator it feeds (in the report's words, with its share of",
            "each scenario score) and an example; written from the profile format and the rule set."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  cca init > center.yaml",
            "  cca init --scenario inference --lang zh -o 中心.yaml",
            "  cca init --scenario fine-tuning,inference --rules my-rules.yaml",
            "",
            "${bundle:exit.rules}"})
final class InitCommand implements Callable<Integer> {

    private final Env env;

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "SCENARIO", split = ",",
            description = "Keys for these scenarios only, claimed in the template: pretraining, fine-tuning, inference "
                    + "(or the scoring scenarios training, inference; or all). Repeatable. Default: all.")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "en|zh", description = CommonOptions.LANG_HELP)
    String lang;

    @Option(names = "--rules", paramLabel = "ID|FILE", description = "Rule set whose indicators the template names. Default: cca-default.")
    String rules;

    @picocli.CommandLine.Mixin
    RuleLimitOptions limits;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output (never over an existing file's input).")
    String output;

    InitCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        boolean colour = Terminal.colour(false, env.vars(), env.stderrTty());
        try {
            LoadedRules r = LoadedRules.resolve(rules, new Problems(), limits.limits());
            String text = InitRun.template(r.rules(), scenarios, CommonOptions.lang(spec, lang, env.vars()));
            TextOutput.write(env, output, rules, text);
            return ExitCode.OK.code();
        } catch (InputException | UsageException | IOException e) {
            return Failures.report(env, colour, CommonOptions.lang(spec, lang, env.vars()), "init", e);
        }
    }
}
