package dev.cca.cli;

import dev.cca.diag.InputException;
import dev.cca.diag.Problems;
import dev.cca.report.JsonSchemas;
import dev.cca.run.ExitCode;
import dev.cca.run.LoadedRules;
import dev.cca.run.UsageException;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, addMethodSubcommands = false,
        resourceBundle = "dev.cca.cli.HelpText",
        description = {"Print the JSON Schema (draft 2020-12) of a document kind, for editors and other tools.",
            "Written from the definitions cca validate checks documents against, with the ids the rule set knows;",
            "what a schema cannot judge (cross-references, sums, units after conversion) is left to cca validate."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  cca schema profile -o center-profile.schema.json",
            "  cca schema profile --lang zh -o 档案.schema.json",
            "  cca schema benchmark | jq .properties.results",
            "  cca schema rules -o rules.schema.json; cca schema gate -o gate.schema.json",
            "",
            "In a profile, for editors with the YAML language server:",
            "  # yaml-language-server: $schema=center-profile.schema.json",
            "",
            "${bundle:exit.rules}"})
final class SchemaCommand implements Callable<Integer> {

    private final Env env;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", completionCandidates = Kinds.class,
            description = "profile, benchmark, rules or gate.")
    String kind;

    @Option(names = "--lang", paramLabel = "en|zh", description = "Language of the titles and descriptions, and of messages."
            + " Default: the locale (LC_ALL, LC_MESSAGES, LANG: zh_* is Chinese), else en.")
    String lang;

    @Option(names = "--rules", paramLabel = "ID|FILE", description = "Rule set whose ids the schema lists. Default: cca-default.")
    String rules;

    @picocli.CommandLine.Mixin
    RuleLimitOptions limits;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output (never over an input).")
    String output;

    SchemaCommand(Env env) {
        this.env = env;
    }

    static final class Kinds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return JsonSchemas.Kind.ids().iterator();
        }
    }

    @Override
    public Integer call() {
        boolean colour = Terminal.colour(false, env.vars(), env.stderrTty());
        try {
            JsonSchemas.Kind k = JsonSchemas.Kind.of(kind.strip().toLowerCase(java.util.Locale.ROOT));
            if (k == null) {
                throw new UsageException(dev.cca.diag.OptionCode.SCHEMA_KIND, kind, String.join(", ", JsonSchemas.Kind.ids()),
                        dev.cca.diag.Suggest.hint(kind, JsonSchemas.Kind.ids()));
            }
            String l = CommonOptions.lang(spec, lang, env.vars());
            LoadedRules r = LoadedRules.resolve(rules, new Problems(), limits.limits());
            String text = JsonSchemas.write(k, l, r.rules());
            TextOutput.write(env, output, rules, text);
            return ExitCode.OK.code();
        } catch (InputException | UsageException | IOException e) {
            return Failures.report(env, colour, CommonOptions.lang(spec, lang, env.vars()), "schema", e);
        }
    }
}
