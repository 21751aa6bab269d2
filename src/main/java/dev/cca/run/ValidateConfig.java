package dev.cca.run;

import dev.cca.input.Limits;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything {@code cca validate} was asked to check, as an immutable value built by the command line.
 *
 * @param inputs   files and folders to check (profiles, catalogs, benchmark files, rule sets), or "-" for standard input
 * @param referenceDate the date the assessment is made for ({@code --as-of}, else today): no input date may be after it
 * @param encoding the encoding of the inputs when not UTF-8; null to detect
 * @param limits   the input limits
 * @param rules    the rule set whose catalogs the profiles' claims are checked against ({@code --rules}); null for
 *                 the default
 * @param warningsPerFile the warnings of valid centers kept, per file, in the order they come (the rest are counted):
 *                 what can be printed ({@code --max-problems}; {@link Integer#MAX_VALUE} for all, 0 for none), so that
 *                 memory does not grow with the records
 */
public record ValidateConfig(List<String> inputs, LocalDate referenceDate, Charset encoding, Limits limits, String rules, int threads,
                             int warningsPerFile) {

    public ValidateConfig(List<String> inputs, LocalDate referenceDate, Charset encoding, Limits limits, String rules, int threads) {
        this(inputs, referenceDate, encoding, limits, rules, threads, Integer.MAX_VALUE);
    }

    public ValidateConfig(List<String> inputs, LocalDate referenceDate, Charset encoding, Limits limits, String rules) {
        this(inputs, referenceDate, encoding, limits, rules, AssessRun.threads());
    }

    public ValidateConfig(List<String> inputs, LocalDate referenceDate, Charset encoding, Limits limits) {
        this(inputs, referenceDate, encoding, limits, null);
    }
}
