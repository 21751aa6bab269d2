package dev.cca.run;

import dev.cca.diag.InputException;
import dev.cca.diag.Problems;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/** A rule set and where it came from ("embedded" for the default, else the file given). */
public record LoadedRules(RuleSet rules, String source) {

    /**
     * Resolves {@code --rules}: null, "default" or the default's id select the embedded rule set; anything
     * else is a file path.
     */
    public static LoadedRules resolve(String spec, Problems warnings) throws InputException, UsageException {
        if (spec == null || spec.equals("default") || spec.equals("cca-default")) {
            return new LoadedRules(RuleSetLoader.loadDefault(), "embedded");
        }
        Path p = Path.of(spec);
        if (!Files.exists(p)) {
            throw new UsageException("--rules " + spec + ": no such file, and not a known rule-set id (known: cca-default)");
        }
        return new LoadedRules(RuleSetLoader.load(p, spec, warnings), spec);
    }
}
