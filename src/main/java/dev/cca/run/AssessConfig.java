package dev.cca.run;

import dev.cca.input.Limits;
import dev.cca.report.ReportFormat;
import dev.cca.report.ReportFormats;
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
 * @param asOf      the date the assessment is made for ({@code --as-of}); null for today
 * @param today     today's date (a parameter so that tests and reruns are reproducible)
 * @param outputs   reports to write
 * @param gate      the CI gate: a gate file and the quick options ({@link GateConfig#NONE} for none)
 * @param analysis  the peers to compare with ({@code --peers}) and the uncertainty analysis ({@code --robustness})
 */
public record AssessConfig(List<String> inputs, List<String> benches, List<String> benchConditions, String rules, List<String> scenarios,
                           LocalDate asOf, LocalDate today, Charset encoding, Limits limits, List<Output> outputs,
                           String lang, GateConfig gate, AnalysisConfig analysis, int threads) {

    /** An assessment on every processor. */
    public AssessConfig(List<String> inputs, List<String> benches, List<String> benchConditions, String rules, List<String> scenarios,
                        LocalDate asOf, LocalDate today, Charset encoding, Limits limits, List<Output> outputs,
                        String lang, GateConfig gate, AnalysisConfig analysis) {
        this(inputs, benches, benchConditions, rules, scenarios, asOf, today, encoding, limits, outputs, lang, gate, analysis,
                AssessRun.threads());
    }

    /** An assessment without peers and without an uncertainty analysis. */
    public AssessConfig(List<String> inputs, List<String> benches, List<String> benchConditions, String rules, List<String> scenarios,
                        LocalDate asOf, LocalDate today, Charset encoding, Limits limits, List<Output> outputs,
                        String lang, GateConfig gate) {
        this(inputs, benches, benchConditions, rules, scenarios, asOf, today, encoding, limits, outputs, lang, gate, AnalysisConfig.NONE);
    }

    /** One report to write: a path ("-" for standard output) and a format name (null: from the extension). */
    public record Output(String path, String format) {

        /** The paths of {@code outputs} that a run with no center does not write ({@link ReportFormat#writtenWith}). */
        public static List<String> notWritten(List<Output> outputs, ReportFormat.Kind kind, boolean anyCenter) throws UsageException {
            List<String> out = new java.util.ArrayList<>();
            for (Output o : outputs) {
                if (!o.resolve(kind).writtenWith(anyCenter)) {
                    out.add(o.path().equals("-") ? "<stdout>" : o.path());
                }
            }
            return out;
        }

        /**
         * The format this output is written in, for a command writing {@code kind}: the one {@code --format}
         * names, else the one the extension selects.
         *
         * @throws UsageException when neither names a format that carries {@code kind}, saying which formats do
         */
        public ReportFormat resolve(ReportFormat.Kind kind) throws UsageException {
            dev.cca.diag.Localized available = dev.cca.diag.Localized.of("cca " + kind.command() + " writes " + ReportFormats.extensions(kind),
                    "cca " + kind.command() + " 可写出 " + ReportFormats.extensions(kind));
            ReportFormat f;
            if (format != null) {
                f = ReportFormats.byName(format);
                if (f == null) {
                    throw new UsageException(dev.cca.diag.OptionCode.FORMAT_UNKNOWN, format, ReportFormats.names(kind));
                }
            } else if (path.equals("-")) {
                throw new UsageException(dev.cca.diag.OptionCode.STDOUT_FORMAT, ReportFormats.names(kind));
            } else {
                f = ReportFormats.forFile(path);
                if (f == null) {
                    String ext = ReportFormats.extension(path);
                    throw new UsageException(dev.cca.diag.OptionCode.OUTPUT_NO_FORMAT, path, ext.isEmpty() ? dev.cca.diag.Localized.of("no extension", "没有扩展名")
                            : dev.cca.diag.Localized.of("." + ext + " is not a report format", "." + ext + " 不是报告格式"), available);
                }
            }
            if (!f.supports(kind)) {
                throw new UsageException(dev.cca.diag.OptionCode.FORMAT_WRONG_COMMAND, format != null ? "--format " + format : "-o " + path, f.title(),
                        kind.command(), available);
            }
            return f;
        }
    }

    /**
     * The date the assessment is made for: {@code --as-of}, else today. Evidence ages against it, no date of an input
     * may be after it, and every result names it. A profile's own {@code assessed_on} only describes its data.
     */
    public LocalDate referenceDate() {
        return asOf != null ? asOf : today;
    }
}
