package dev.cca.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.cca.input.catalog.PoiSetup;
import dev.cca.report.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Whatever text a profile carries, the workbook stores it as text a reader gets back: never a formula, never a
 * broken package. (The sheet writer is the reports' Utf8Writer, whose bytes Utf8WriterProperties checks.)
 */
class WorkbookTextProperties {

    static {
        PoiSetup.ensure();
    }

    @Property(tries = 40)
    void any_text_reads_back_as_the_same_text_and_never_as_a_formula(
            @ForAll @Size(max = 30) List<@StringLength(max = 80) String> texts) throws IOException {
        Book b = new Book("en");
        Grid g = new Grid(b, "t", new Print.Footer("x", "y"));
        for (String t : texts) {
            g.row();
            g.text(0, t);
        }
        g.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.write(out);
        b.close();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheetAt(0);
            for (int r = 0; r < texts.size(); r++) {
                Cell c = sheet.getRow(r).getCell(0);
                assertNotEquals(CellType.FORMULA, c.getCellType());
                String expected = readable(Text.stripControls(texts.get(r)));
                assertEquals(expected, c.getStringCellValue());
                assertEquals(Grid.inert(expected), c.getCellStyle().getQuotePrefixed(), expected);
            }
        }
    }

    /** Texts of any characters, surrogate halves without their pair among them. */
    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> anyText() {
        return net.jqwik.api.Arbitraries.oneOf(net.jqwik.api.Arbitraries.strings().ofMaxLength(40),
                net.jqwik.api.Arbitraries.strings().withChars("a\u4e2d\uD800\uDC00\uD83D\uDE00\u0007\uFFFE\u202E").ofMaxLength(12));
    }

    @Property(tries = 60)
    void a_title_and_sheet_name_of_any_text_give_a_package_that_opens(@ForAll("anyText") String title) throws IOException {
        Book b = new Book("zh");
        Grid g = new Grid(b, title, new Print.Footer("x", "y"));
        g.row();
        g.text(0, title);
        g.finish();
        b.properties(title, "cca-test/v1", "cca " + title, "rules " + title, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.write(out);
        b.close();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(Text.xmlChars(title), java.util.Objects.toString(wb.getProperties().getCoreProperties().getTitle(), ""));
            assertEquals(Book.sheetName(title), wb.getSheetName(0));
        }
    }

    @Property
    void xml_chars_keep_what_xml_holds_and_only_that(@ForAll("anyText") String s) {
        String t = Text.xmlChars(s);
        assertEquals(readable(Text.stripControls(s)).replace("\uFFFE", "").replace("\uFFFF", ""), t);
        assertEquals(t, Text.xmlChars(t), "a second pass changes nothing");
    }

    /** What XML 1.0 can carry of a text: non-characters and unpaired surrogates are dropped. */
    private static String readable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (!Character.isSurrogate(c) && c < '\uFFFE') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
