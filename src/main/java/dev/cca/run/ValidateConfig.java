package dev.cca.run;

import dev.cca.input.Limits;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything {@code cca validate} was asked to check, as an immutable value built by the command line.
 *
 * @param inputs   files and folders to check (profiles, catalogs, benchmark files, rule sets), or "-" for standard input
 * @param today    today's date (a parameter so that tests and reruns are reproducible)
 * @param encoding the encoding of the inputs when not UTF-8; null to detect
 * @param limits   the input limits
 * @param rules    the rule set whose catalogs the profiles' claims are checked against ({@code --rules}); null for
 *                 the default
 */
public record ValidateConfig(List<String> inputs, LocalDate today, Charset encoding, Limits limits, String rules) {

    public ValidateConfig(List<String> inputs, LocalDate today, Charset encoding, Limits limits) {
        this(inputs, today, encoding, limits, null);
    }
}
