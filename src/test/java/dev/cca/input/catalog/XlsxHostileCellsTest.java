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
import org.apache.poi.ss.util.CellRangeAddress;
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
            XSSFRow r = centerRow(s, "assessed_on", "A");
            r.createCell(2).setCellValue(serial);
            r.getCell(2).setCellStyle(date);
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        return p;
    }

    /** A copy of workbook {@code from} at {@code to}, its first sheet's XML changed by {@code edit}. */
    private static Path rewriteSheet(Path from, Path to, java.util.function.UnaryOperator<String> edit) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().endsWith("sheet1.xml")) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return to;
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
        Path twice = rewriteSheet(p, tmp.resolve("twice.xlsx"), xml -> {
            int b = xml.indexOf("<c r=\"B2\"");
            int end = xml.indexOf("</c>", b) + 4;
            String cell = xml.substring(b, end);
            return xml.substring(0, end) + cell.replaceFirst("<v>[^<]*</v>", "<v>0</v>") + xml.substring(end);
        });
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
                centerRow(s, "compute.total_pflops_fp16", "甲中心").createCell(2).setCellValue(Double.parseDouble(sheet[1]));
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

    /** A header of id, name and {@code third}, and the row of center {@code a} named {@code name}, its third cell left to fill. */
    private static XSSFRow centerRow(XSSFSheet s, String third, String name) {
        XSSFRow h = s.createRow(0);
        h.createCell(0).setCellValue("id");
        h.createCell(1).setCellValue("name");
        h.createCell(2).setCellValue(third);
        XSSFRow r = s.createRow(1);
        r.createCell(0).setCellValue("a");
        r.createCell(1).setCellValue(name);
        return r;
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

    /**
     * Centers a, b and c (rows 2 to 4) with their province in column C and their compute in D, only a's province written;
     * {@code merges} (such as {@code "C2:C4"}) are merged, and {@code extra} (cell reference, value) written afterwards.
     */
    private Path merged(String[] merges, String... extra) throws IOException {
        Path p = tmp.resolve("merged.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("名录");
            String[][] rows = {{"id", "name", "region.province", "compute.total_pflops_fp16", "compute.pue"},
                    {"a", "甲中心", "湖北", "100", ""}, {"b", "乙中心", "", "50", "1.2"}, {"c", "丙中心", "", "70", "1.3"}};
            for (int i = 0; i < rows.length; i++) {
                XSSFRow r = s.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    if (rows[i][j].isEmpty()) {
                        continue;
                    }
                    if (i > 0 && j >= 3) {
                        r.createCell(j).setCellValue(Double.parseDouble(rows[i][j]));
                    } else {
                        r.createCell(j).setCellValue(rows[i][j]);
                    }
                }
            }
            for (String m : merges) {
                s.addMergedRegionUnsafe(CellRangeAddress.valueOf(m));
            }
            for (int i = 0; i < extra.length; i += 2) {
                org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(extra[i]);
                XSSFRow r = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
                r.createCell(ref.getCol()).setCellValue(extra[i + 1]);
            }
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        return p;
    }

    private static List<String> provinces(Catalogs.Result r) {
        return r.profiles().stream().map(c -> c.id() + "=" + c.text("region.province")).toList();
    }

    @Test
    void a_range_merged_down_one_column_gives_its_value_to_every_row_it_spans() throws IOException {
        Catalogs.Result r = Catalogs.read(merged(new String[] {"C2:C4"}));
        assertEquals(List.of("a=湖北", "b=湖北", "c=湖北"), provinces(r), r.describe());
        assertTrue(r.fileProblems().isEmpty() && r.recordErrors().isEmpty(), r.describe());
        Catalogs.Result part = Catalogs.read(merged(new String[] {"C2:C3"}));
        assertEquals(List.of("a=湖北", "b=湖北", "c=null"), provinces(part), "a row below the range keeps its own cell: " + part.describe());
        Catalogs.Result none = Catalogs.read(merged(new String[0]));
        assertEquals(List.of("a=湖北", "b=null", "c=null"), provinces(none), none.describe());
    }

    @Test
    void a_value_the_workbook_does_not_show_under_a_merged_range_is_an_error_at_its_cell() throws IOException {
        Catalogs.Result r = Catalogs.read(merged(new String[] {"C2:C4"}, "C3", "湖南"));
        Diagnostic d = onlyError(r);
        assertEquals("CCA-P219", d.code().id());
        assertTrue(d.message().startsWith("cell C3 is under the merged range C2:C4: it holds a value of its own, which the workbook"
                + " does not show (it shows C2's in its place)"), d.message());
        assertEquals(3, d.location().line());
        assertEquals(3, d.location().column());
        assertEquals(List.of("a=湖北", "c=湖北"), provinces(r), "the other rows are read: " + r.describe());
    }

    @Test
    void a_value_merged_across_columns_belongs_to_none_of_them_and_is_an_error_in_each_row() throws IOException {
        Catalogs.Result r = Catalogs.read(merged(new String[] {"D2:E3"}, "D3", "", "E3", ""));
        List<Diagnostic> errors = r.recordErrors();
        assertEquals(2, errors.size(), r.describe());
        assertTrue(errors.stream().allMatch(d -> d.code().id().equals("CCA-P219") && d.location().column() == 4), r.describe());
        assertTrue(errors.get(0).message().startsWith("cell D2 is under the merged range D2:E3: a range merged across columns"), r.describe());
        assertEquals(List.of(2, 3), errors.stream().map(d -> d.location().line()).toList());
        Catalogs.Result hiding = Catalogs.read(merged(new String[] {"D2:E3"}));
        assertEquals(List.of("D3", "E3"), hiding.recordErrors().stream().filter(d -> d.location().line() == 3)
                .map(d -> CellRef.of(d.location().line(), d.location().column())).toList(),
                "the cells of row 3 under the range hold values the workbook does not show: " + hiding.describe());
        assertTrue(Catalogs.read(merged(new String[] {"E2:F2"})).recordErrors().isEmpty(), "a range across columns that holds no value is no problem");
    }

    @Test
    void merged_cells_in_the_header_overlapping_or_past_the_limit_are_errors() throws IOException {
        Catalogs.Result header = Catalogs.read(merged(new String[] {"A1:B1"}));
        assertTrue(header.records().isEmpty(), header.describe());
        assertEquals("CCA-P217", header.fileErrors().get(0).code().id(), header.describe());
        Catalogs.Result overlap = Catalogs.read(merged(new String[] {"C2:C4", "C3:D3"}));
        Diagnostic d = onlyError(overlap);
        assertEquals("CCA-P218", d.code().id());
        assertTrue(d.message().contains("the merged range C3:D3 overlaps the merged range C2:C4"), d.message());
        String[] many = new String[MergedRanges.LIMIT + 1];
        for (int i = 0; i < many.length; i++) {
            many[i] = "G" + (i + 2) + ":H" + (i + 2);
        }
        Catalogs.Result tooMany = Catalogs.read(merged(many));
        assertTrue(tooMany.records().isEmpty(), tooMany.describe());
        assertEquals("CCA-P216", tooMany.fileErrors().get(0).code().id(), tooMany.describe());
        assertTrue(tooMany.fileErrors().get(0).message().startsWith("the sheet has 10001 merged ranges, more than the 10000"));
    }

    @Test
    void merged_cell_markup_in_a_comment_of_the_sheet_is_found_out_after_the_rows() throws IOException {
        Path p = merged(new String[0]);
        Path hidden = rewriteSheet(p, tmp.resolve("markup.xlsx"),
                xml -> xml.replace("</sheetData>", "<!-- <mergeCell ref=\"C2:C4\"/> --></sheetData>"));
        Catalogs.Result r = Catalogs.read(hidden);
        assertEquals(1, r.fileErrors().size(), r.describe());
        assertEquals("CCA-P218", r.fileErrors().get(0).code().id());
        assertTrue(r.fileErrors().get(0).message().contains("holds merged-cell markup that is not among its merged cells"), r.describe());
    }
}
