package dev.cca.run;

import dev.cca.diag.InputException;
import dev.cca.diag.Problems;
import dev.cca.input.Limits;
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
        return resolve(spec, warnings, Limits.DEFAULT);
    }

    /**
     * As {@link #resolve(String, Problems)}, a file read with the command's {@code limits} where they are above the
     * defaults: the rule set is the authority's own file, so the {@code --max-*} options that let a large input in let a
     * large rule set in too, but a limit lowered against submitted files never turns away the rule set they are judged by.
     */
    public static LoadedRules resolve(String spec, Problems warnings, Limits limits) throws InputException, UsageException {
        if (spec == null || spec.equals("default") || spec.equals("cca-default")) {
            return new LoadedRules(RuleSetLoader.loadDefault(), "embedded");
        }
        Path p = path("--rules", spec);
        if (!Files.exists(p)) {
            throw new UsageException(dev.cca.diag.OptionCode.RULES_NOT_FOUND, "--rules", spec, "cca-default");
        }
        return new LoadedRules(RuleSetLoader.load(p, spec, warnings, limits.atLeast(Limits.DEFAULT)), spec);
    }

    /** A path given on the command line; a usage error naming the option when it cannot be one (a NUL in it). */
    public static Path path(String option, String given) throws UsageException {
        try {
            return Path.of(given);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException(dev.cca.diag.OptionCode.NOT_A_PATH, option, given, e.getReason());
        }
    }
}
