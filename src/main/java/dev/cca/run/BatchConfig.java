package dev.cca.run;

import dev.cca.input.Limits;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything {@code cca batch} was asked to do.
 *
 * @param inputs    folders and files of the catalog
 * @param groupBy   extra profile fields to aggregate by (province, hub and operator type always are)
 * @param rankBy    the scenario whose ranking orders CSV rows
 * @param top       rows of each top list in Markdown
 * @param threads   parsing threads
 * @param delimiter CSV delimiter, or null to detect it
 * @param sheet     XLSX sheet name, or null for the first sheet
 * @param gate      the CI gate: a gate file and the quick options ({@link GateConfig#NONE} for none)
 * @param analysis  the uncertainty analysis to run ({@code --robustness N --seed S}); its peers are unused
 */
public record BatchConfig(List<String> inputs, String rules, LocalDate asOf, LocalDate today, Charset encoding, Limits limits,
                          List<AssessConfig.Output> outputs, String lang, List<String> groupBy, String rankBy, int top,
                          int threads, Character delimiter, String sheet, GateConfig gate, AnalysisConfig analysis) {

    /** A run without an uncertainty analysis. */
    public BatchConfig(List<String> inputs, String rules, LocalDate asOf, LocalDate today, Charset encoding, Limits limits,
                       List<AssessConfig.Output> outputs, String lang, List<String> groupBy, String rankBy, int top,
                       int threads, Character delimiter, String sheet, GateConfig gate) {
        this(inputs, rules, asOf, today, encoding, limits, outputs, lang, groupBy, rankBy, top, threads, delimiter, sheet, gate,
                AnalysisConfig.NONE);
    }

    /**
     * The date the assessment is made for: {@code --as-of}, else today. Evidence ages against it, no date of an input
     * may be after it, and every result names it. A profile's own {@code assessed_on} only describes its data.
     */
    public LocalDate referenceDate() {
        return asOf != null ? asOf : today;
    }
}
