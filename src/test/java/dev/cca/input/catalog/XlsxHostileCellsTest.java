package dev.cca.input.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbook cells that a spreadsheet program never writes are errors at their cell, not silently read. */
class XlsxHostileCellsTest {

    static {
        PoiSetup.ensure();
    }

    @TempDir
    Path tmp;

    /** One center row: id, name, assessed_on (a date cell holding {@code serial}). */
    private Path workbook(double serial) throws IOException {
        Path p = tmp.resolve("c.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("centers");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            XSSFRow h = s.createRow(0);
            h.createCell(0).setCellValue("id");
            h.createCell(1).setCellValue("name");
            h.createCell(2).setCellValue("assessed_on");
            XSSFRow r = s.createRow(1);
            r.createCell(0).setCellValue("a");
            r.createCell(1).setCellValue("A");
            r.createCell(2).setCellValue(serial);
            r.getCell(2).setCellStyle(date);
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        return p;
    }

    private static Diagnostic onlyError(Catalogs.Result r) {
        List<Diagnostic> errors = r.recordErrors();
        assertEquals(1, errors.size(), r.describe());
        return errors.get(0);
    }

    @Test
    void a_date_cell_of_1e308_is_an_error_not_1899_12_31() throws IOException {
        Diagnostic d = onlyError(Catalogs.read(workbook(1e308)));
        assertTrue(d.message().startsWith("cell C2 is formatted as a date but holds 1.0E308"), d.message());
        assertEquals(2, d.location().line());
        assertEquals(3, d.location().column());
        assertTrue(Catalogs.read(workbook(45930)).recordErrors().isEmpty(), "2025-10-01 is a date");
    }

    @Test
    void a_cell_written_twice_in_one_row_is_an_error_at_the_second() throws IOException {
        Path p = workbook(45930);
        Path twice = tmp.resolve("twice.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(p));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(twice))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().endsWith("sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int b = xml.indexOf("<c r=\"B2\"");
                    int end = xml.indexOf("</c>", b) + 4;
                    String cell = xml.substring(b, end);
                    xml = xml.substring(0, end) + cell.replaceFirst("<v>[^<]*</v>", "<v>0</v>") + xml.substring(end);
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Diagnostic d = onlyError(Catalogs.read(twice));
        assertTrue(d.message().startsWith("cell B2 is written twice in this row"), d.message());
        assertEquals(2, d.location().column());
    }

    /** A workbook of two sheets of the same centers: {@code 宣传} (hidden as {@code state}, or visible when null) first, then {@code 名录}. */
    private Path twoSheets(SheetVisibility first, SheetVisibility second) throws IOException {
        Path p = tmp.resolve("two.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (String[] sheet : new String[][] {{"宣传", "5000"}, {"名录", "100"}}) {
                XSSFSheet s = wb.createSheet(sheet[0]);
                XSSFRow h = s.createRow(0);
                h.createCell(0).setCellValue("id");
                h.createCell(1).setCellValue("name");
                h.createCell(2).setCellValue("compute.total_pflops_fp16");
                XSSFRow r = s.createRow(1);
                r.createCell(0).setCellValue("a");
                r.createCell(1).setCellValue("甲中心");
                r.createCell(2).setCellValue(Double.parseDouble(sheet[1]));
            }
            wb.setSheetVisibility(0, first);
            wb.setSheetVisibility(1, second);
            if (second != SheetVisibility.VISIBLE) {
                wb.setActiveSheet(0);
            }
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        return p;
    }

    private static double totalPflops(Catalogs.Result r) {
        assertEquals(1, r.profiles().size(), r.describe());
        return r.profiles().get(0).number("compute.total_pflops_fp16");
    }

    @Test
    void a_hidden_first_sheet_is_skipped_for_the_first_sheet_a_reader_sees_with_a_warning() throws IOException {
        for (SheetVisibility hiding : new SheetVisibility[] {SheetVisibility.HIDDEN, SheetVisibility.VERY_HIDDEN}) {
            Catalogs.Result r = Catalogs.read(twoSheets(hiding, SheetVisibility.VISIBLE));
            assertEquals(100, totalPflops(r), "the visible sheet's figure, not the hidden one's 5000: " + hiding);
            assertEquals(1, r.fileProblems().size(), r.describe());
            Diagnostic w = r.fileProblems().get(0);
            assertEquals("CCA-P214", w.code().id());
            assertTrue(!w.isError() && w.message().startsWith("sheet '宣传' is hidden in the workbook, so it is not read"), w.message());
            assertTrue(w.message().contains("'名录'"), w.message());
        }
        Catalogs.Result visible = Catalogs.read(twoSheets(SheetVisibility.VISIBLE, SheetVisibility.VISIBLE));
        assertEquals(5000, totalPflops(visible), "with both visible, the first is read, as before");
        assertTrue(visible.fileProblems().isEmpty(), visible.describe());
        Catalogs.Result named = Catalogs.read(CatalogOptions.DEFAULT.withSheet("宣传"), twoSheets(SheetVisibility.HIDDEN, SheetVisibility.VISIBLE));
        assertEquals(5000, totalPflops(named), "--sheet reads the sheet it names, hidden or not");
        assertTrue(named.fileProblems().isEmpty(), named.describe());
    }

    @Test
    void a_workbook_whose_every_sheet_is_hidden_is_an_error_that_asks_for_sheet() throws IOException {
        Catalogs.Result r = Catalogs.read(twoSheets(SheetVisibility.VERY_HIDDEN, SheetVisibility.HIDDEN));
        assertTrue(r.records().isEmpty(), r.describe());
        assertEquals(1, r.fileErrors().size(), r.describe());
        assertEquals("CCA-P215", r.fileErrors().get(0).code().id());
        assertTrue(r.fileErrors().get(0).message().contains("(宣传, 名录)"), r.fileErrors().get(0).message());
    }
}
