package dev.cca.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second spreadsheet program opens the workbooks and prints them: LibreOffice converts a sample assessment and
 * a sample ranking to PDF, headless, and each PDF has the pages the layout asks for (a page for each sheet at
 * least, and the Summary's manual page breaks). Skipped when LibreOffice is not installed (Debian:
 * {@code apt-get install libreoffice-calc-nogui}); with poppler's {@code pdftotext} the text is checked too.
 */
class LibreOfficeRenderingTest {

    @TempDir
    Path tmp;

    @Test
    void libreoffice_prints_an_assessment_and_a_ranking_to_the_pages_laid_out() throws Exception {
        Path soffice = onPath("soffice");
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path assessment;
        Path ranking;
        int summaryBreaks;
        int assessmentSheets;
        try (var a = Workbooks.write(tmp, "assessment", "assess", "samples/unicom-lingang.yaml", "--as-of", "2025-11-30");
             var b = Workbooks.write(tmp, "ranking", "batch", "samples", "--as-of", "2025-11-30", "--lang", "zh")) {
            assessment = a.file();
            ranking = b.file();
            summaryBreaks = a.sheet("Summary").getRowBreaks().length;
            assessmentSheets = a.workbook().getNumberOfSheets();
        }
        // A profile of its own, so that a LibreOffice already running for someone else is not disturbed.
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", tmp.toString(), assessment.toString(), ranking.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "LibreOffice did not finish within 5 minutes");
        Path pdfA = tmp.resolve("assessment.pdf");
        Path pdfB = tmp.resolve("ranking.pdf");
        assertTrue(Files.exists(pdfA) && Files.exists(pdfB), Files.readString(tmp.resolve("soffice.log")));

        int pagesA = pages(pdfA);
        assertTrue(summaryBreaks >= 2, "the Summary is laid out in pages");
        assertTrue(pagesA >= summaryBreaks + 1 + (assessmentSheets - 1), "pages: " + pagesA);
        assertTrue(pagesA <= 40, "pages: " + pagesA);
        int pagesB = pages(pdfB);
        assertTrue(pagesB >= 4 && pagesB <= 20, "pages: " + pagesB);

        Path pdftotext = onPath("pdftotext");
        if (pdftotext != null) {
            String textA = text(pdftotext, pdfA);
            assertTrue(textA.contains("Table scores by scenario"), "the chart title is printed");
            assertTrue(textA.contains("unicom-lingang"));
            assertTrue(textA.contains("Page 1 of " + pagesA), "the footer counts pages");
            String textB = text(pdftotext, pdfB);
            assertTrue(textB.contains("各省份等级分布"), "the Chinese chart title is printed");
            assertTrue(textB.contains("harbin-mobile"));
        }
    }

    /** Pages of a PDF: its page objects (LibreOffice writes them uncompressed). */
    private static int pages(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.ISO_8859_1));
        Matcher m = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private String text(Path pdftotext, Path pdf) throws Exception {
        Path out = tmp.resolve(pdf.getFileName() + ".txt");
        Process p = new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), out.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return Files.readString(out);
    }

    static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        List<String> dirs = new ArrayList<>(List.of(path.split(File.pathSeparator)));
        for (String d : dirs) {
            Path p = Path.of(d).resolve(program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
