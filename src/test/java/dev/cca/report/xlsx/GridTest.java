package dev.cca.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.input.catalog.PoiSetup;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Excel's limits, met once in {@link Grid} and {@link Book}: rows, sheet names, cell text, header and footer text. */
class GridTest {

    static {
        PoiSetup.ensure();
    }

    private static final Print.Footer FOOTER = new Print.Footer("a center & co", "rules 1");

    private static XSSFWorkbook written(Book b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.write(out);
        b.close();
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void a_full_sheet_continues_on_a_new_one_that_repeats_the_header_filter_and_colours() throws IOException {
        Book b = new Book("en", 8);
        Grid g = new Grid(b, "Ranking", FOOTER);
        g.tableHeader(2, 1, 0, true, () -> {
            g.header("Ranking", "");
            g.header("id", "score");
        });
        for (int i = 0; i < 20; i++) {
            g.row();
            g.text(0, "c" + i);
            g.num(1, i, b.styles.score);
        }
        g.endTable(1);
        g.finish();
        try (XSSFWorkbook wb = written(b)) {
            assertEquals(List.of("Ranking", "Ranking (2)", "Ranking (3)", "Ranking (4)"),
                    Workbooks.sheetNames(wb));
            int seen = 0;
            for (Sheet s : wb) {
                assertEquals("id", s.getRow(1).getCell(0).getStringCellValue(), s.getSheetName() + " repeats the header");
                assertTrue(s.getLastRowNum() < 8, "within the row limit");
                for (int r = 2; r <= s.getLastRowNum(); r++) {
                    assertEquals("c" + seen, s.getRow(r).getCell(0).getStringCellValue());
                    assertEquals(seen, s.getRow(r).getCell(1).getNumericCellValue());
                    seen++;
                }
                assertNotNull(s.getRepeatingRows(), s.getSheetName());
                assertEquals(2, s.getPaneInformation().getHorizontalSplitPosition());
                assertEquals("A2:B" + (s.getLastRowNum() + 1), ((XSSFSheet) s).getCTWorksheet().getAutoFilter().getRef());
                var range = s.getSheetConditionalFormatting().getConditionalFormattingAt(0).getFormattingRanges()[0];
                assertEquals(2, range.getFirstRow(), "the colour scale starts below the header");
                assertEquals(s.getLastRowNum(), range.getLastRow());
            }
            assertEquals(20, seen, "every row, once, in order");
        }
    }

    @Test
    void sheet_names_are_cut_to_31_characters_freed_of_forbidden_characters_and_made_unique() throws IOException {
        Book b = new Book("en");
        String long1 = "A very long sheet name that Excel would refuse";
        assertEquals(31, b.sheet(long1).getSheetName().length());
        assertEquals("A very long sheet name that (2)", b.sheet(long1).getSheetName());
        assertEquals("a_b_c_d_e_f_g_", b.sheet("a:b\\c/d?e*f[g]").getSheetName());
        assertEquals("quoted", b.sheet("'quoted'").getSheetName());
        assertEquals("中心 (2)", sheetAfter(b, "中心"));
        assertEquals("Sheet", Book.sheetName("\u0007"));
        b.close();
    }

    private static String sheetAfter(Book b, String name) {
        b.sheet(name);
        return b.sheet(name.toUpperCase(java.util.Locale.ROOT)).getSheetName();
    }

    @Test
    void text_past_the_cell_limit_is_cut_there_with_a_note_and_controls_are_removed() throws IOException {
        Book b = new Book("zh");
        Grid g = new Grid(b, "t", FOOTER);
        String cut = g.safe("x".repeat(40_000));
        assertEquals(SpreadsheetVersion.EXCEL2007.getMaxTextLength(), cut.length());
        assertTrue(cut.endsWith("…［已按 Excel 单元格 32,767 字符上限截断］"));
        String emoji = "😀".repeat(20_000);
        String cutEmoji = g.safe(emoji);
        assertTrue(cutEmoji.length() <= SpreadsheetVersion.EXCEL2007.getMaxTextLength());
        assertFalse(Character.isHighSurrogate(cutEmoji.charAt(cutEmoji.indexOf('…') - 1)), "never half a character");
        assertEquals("ab c", g.safe("a\u001b[31mb\u202e\nc").replace("[31m", ""));
        assertEquals("a b", g.safe("a\tb"), "a tab is a space, as in every output");
        b.close();
    }

    @Test
    void text_that_begins_like_a_formula_is_inert() {
        for (String s : List.of("=1+1", "+1+1", "-cmd", "@SUM(A1)", " =1")) {
            assertTrue(Grid.inert(s), s);
        }
        for (String s : List.of("", "1", "-3.5", "a=b", "中心")) {
            assertFalse(Grid.inert(s), s);
        }
    }

    @Test
    void header_and_footer_text_doubles_ampersands_and_stays_within_excels_255_characters() {
        assertEquals("A && B", Print.code("A & B", 90));
        String cut = Print.code("&".repeat(200), 90);
        assertTrue(cut.length() <= 90);
        assertEquals(0, (cut.length() - 1) % 2, "never half of an escaped '&&'");
        assertTrue(cut.endsWith("…"));
        assertEquals(90, Print.code("中".repeat(200), 90).length());
    }

    @Test
    void chinese_text_counts_double_when_columns_are_measured() {
        assertEquals(8, Grid.units("智算中心"));
        assertEquals(5, Grid.units("hello"));
        assertEquals(4000, Grid.units("x".repeat(5000)), "long texts are not measured to the end");
    }
}
