package dev.cca.report;

import dev.cca.report.xlsx.AssessmentWorkbook;
import dev.cca.report.xlsx.BatchWorkbook;
import dev.cca.result.AssessmentResult;
import dev.cca.result.BatchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one registry of report formats, for {@code cca assess} and {@code cca batch} alike: a format is found by
 * its name ({@code --format}) or by a file's extension, and help texts and error messages list what is here,
 * so adding a format is one line below.
 */
public final class ReportFormats {

    private static final List<ReportFormat> ALL = List.of(
            new ReportFormat("md", "Markdown", List.of("md", "markdown"), new MarkdownRenderer(), new BatchMarkdownRenderer()),
            new ReportFormat("json", "JSON", List.of("json"), new JsonRenderer(), new BatchJsonRenderer()),
            new ReportFormat("csv", "CSV", List.of("csv"), null, new BatchCsvRenderer()),
            new ReportFormat("junit", "JUnit XML", List.of("xml"), new JUnitRenderer<AssessmentResult>(GateView::of),
                    new JUnitRenderer<BatchResult>(GateView::of), true),
            new ReportFormat("sarif", "SARIF 2.1.0", List.of("sarif"), new SarifRenderer<AssessmentResult>(GateView::of),
                    new SarifRenderer<BatchResult>(GateView::of), true),
            new ReportFormat("xlsx", "Excel workbook", List.of("xlsx"), new AssessmentWorkbook(), new BatchWorkbook()));

    private ReportFormats() {
    }

    public static List<ReportFormat> all() {
        return ALL;
    }

    /** The format named {@code name} (case-insensitive), or null. */
    public static ReportFormat byName(String name) {
        for (ReportFormat f : ALL) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        return null;
    }

    /** The format a file name's extension selects, or null. */
    public static ReportFormat forFile(String fileName) {
        String ext = extension(fileName);
        for (ReportFormat f : ALL) {
            if (f.extensions().contains(ext)) {
                return f;
            }
        }
        return null;
    }

    /** The extension of a file name, lower case and without the dot; empty when it has none. */
    public static String extension(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return dot <= 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The formats that carry {@code kind}. */
    public static List<ReportFormat> of(ReportFormat.Kind kind) {
        List<ReportFormat> out = new ArrayList<>();
        for (ReportFormat f : ALL) {
            if (f.supports(kind)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Their names, for {@code --format}: "md, json". */
    public static String names(ReportFormat.Kind kind) {
        return String.join(", ", of(kind).stream().map(ReportFormat::name).toList());
    }

    /** Their extensions as a user types them: ".md, .json". */
    public static String extensions(ReportFormat.Kind kind) {
        return String.join(", ", of(kind).stream().map(f -> "." + f.extensions().get(0)).toList());
    }
}
