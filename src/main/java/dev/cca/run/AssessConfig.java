package dev.cca.run;

import dev.cca.input.Limits;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything {@code cca assess} was asked to do, as an immutable value built by the command line (or by
 * any other caller of the library).
 *
 * @param inputs    profile files, folders, or "-" for standard input
 * @param benches   benchmark files or folders ({@code --bench})
 * @param benchConditions conditions for native benchmark files that lack them ({@code --bench-conditions k=v,...})
 * @param rules     rule-set id or file; null for the embedded default
 * @param scenarios scoring scenarios to report; empty for all
 * @param asOf      the date staleness is judged against; null to use each profile's assessed_on
 * @param today     today's date (a parameter so that tests and reruns are reproducible)
 * @param outputs   reports to write
 * @param failUnder gate: fail when any reported scenario score is below this; null for no gate
 * @param minGrade  gate: fail when any reported grade is below this; null for no gate
 * @param baseline  gate: an earlier JSON result to compare with; null for none
 * @param maxDrop   with a baseline: the score drop allowed before failing
 */
public record AssessConfig(List<String> inputs, List<String> benches, List<String> benchConditions, String rules, List<String> scenarios,
                           LocalDate asOf, LocalDate today, Charset encoding, Limits limits, List<Output> outputs,
                           String lang, Double failUnder, Integer minGrade, String baseline, double maxDrop) {

    /** One report to write: a path ("-" for standard output) and a format (null: from the extension). */
    public record Output(String path, String format) {
    }
}
