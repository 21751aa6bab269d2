package dev.cca.cli;

import dev.cca.input.bench.BenchmarkTool;
import dev.cca.report.ReportFormat;
import dev.cca.report.ReportFormats;
import dev.cca.run.ExitCode;
import java.util.ListResourceBundle;

/**
 * Help texts that are derived from the code rather than typed into annotations, so that help never lists a
 * report format, an exit code or a benchmark tool that is not there. Commands refer to them as {@code ${bundle:KEY}}.
 */
public class HelpText extends ListResourceBundle {

    @Override
    protected Object[][] getContents() {
        return derived("en");
    }

    /** The values derived from the code, in {@code lang}; a language's bundle adds its translations to them. */
    static Object[][] derived(String lang) {
        return new Object[][] {
            {"formats.assess.ext", ReportFormats.extensions(ReportFormat.Kind.ASSESSMENT)},
            {"formats.assess.names", ReportFormats.names(ReportFormat.Kind.ASSESSMENT)},
            {"formats.batch.ext", ReportFormats.extensions(ReportFormat.Kind.BATCH)},
            {"formats.batch.names", ReportFormats.names(ReportFormat.Kind.BATCH)},
            {"exit.all", ExitCode.summary(lang, ExitCode.values())},
            {"exit.invalid.code", String.valueOf(ExitCode.INVALID_INPUT.code())},
            {"bench.tools", String.join(", ", java.util.Arrays.stream(BenchmarkTool.values())
                    .filter(BenchmarkTool::hasNativeFormat).map(BenchmarkTool::id).toList())},
            {"exit.validate", ExitCode.summary(lang, ExitCode.OK, ExitCode.USAGE, ExitCode.INVALID_INPUT, ExitCode.INTERNAL,
                    ExitCode.READER_GONE)},
            {"exit.rules", ExitCode.summary(lang, ExitCode.OK, ExitCode.USAGE, ExitCode.INVALID_INPUT, ExitCode.INTERNAL,
                    ExitCode.READER_GONE)},
            {"exit.generate", ExitCode.summary(lang, ExitCode.OK, ExitCode.USAGE, ExitCode.INTERNAL, ExitCode.READER_GONE)},
        };
    }
}
