package dev.cca.cli;

import dev.cca.input.Limits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The input limits of the commands that read rule sets and no profiles ({@code cca rules}, {@code init}, {@code schema}):
 * a limit error in a rule file names the option that raises it, and these commands take it. A rule set is the authority's
 * own file, so a limit set lower than the default leaves the rule file at the default.
 */
final class RuleLimitOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--max-file-size", descriptionKey = "rules-max-file-size", paramLabel = "SIZE", description = "Largest rule file (or catalog file) read whole."
            + " Default: 128MiB. " + RULE_LIMIT)
    String maxFileSize;

    @Option(names = "--max-depth", descriptionKey = "rules-max-depth", paramLabel = "N", description = "Deepest nesting of maps and lists. Default: 64; at most 1000. "
            + RULE_LIMIT)
    Integer maxDepth;

    @Option(names = "--max-string-length", descriptionKey = "rules-max-string-length", paramLabel = "N", description = "Longest value, in characters. Default: 65536. "
            + RULE_LIMIT)
    Integer maxStringLength;

    @Option(names = "--max-elements", descriptionKey = "rules-max-elements", paramLabel = "N", description = "Most elements in one list, or keys in one map."
            + " Default: 100000. " + RULE_LIMIT)
    Integer maxElements;

    /** A rule set is the authority's own file (as with --rules elsewhere): a limit raises what it may hold, never lowers it. */
    static final String RULE_LIMIT = "Rule files are read with it where it is above the default; the catalog of rules diff as given.";

    /** The limits these options set: those of a catalog; rule files are read with them {@link Limits#atLeast} the defaults. */
    Limits limits() {
        return CommonOptions.treeLimits(spec, Limits.DEFAULT, maxFileSize, maxDepth, maxStringLength, maxElements);
    }
}
