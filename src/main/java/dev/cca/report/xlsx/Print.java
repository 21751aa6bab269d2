package dev.cca.report.xlsx;

import dev.cca.report.Text;
import java.util.List;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * How every sheet prints and how scores are coloured: A4 landscape, one page wide (as many pages tall as it
 * takes), header rows repeated on every page, and a footer with the center (or the catalog), the rule set and
 * the page number, so a printed page is never anonymous.
 */
final class Print {

    /** Footer texts; Excel allows 255 characters for the whole footer, so each part is kept short. */
    record Footer(String left, String center) {
    }

    /** Score colours: red at 0, amber at 50, green at 100 (fixed points, so colours compare across workbooks). */
    private static final byte[][] SCALE = {{(byte) 0xF8, 0x69, 0x6B}, {(byte) 0xFF, (byte) 0xEB, (byte) 0x84},
            {0x63, (byte) 0xBE, 0x7B}};

    private Print() {
    }

    static void setUp(SXSSFSheet sheet, int headerFirst, int headerLast, boolean gridlines, Footer footer, Book book) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        if (headerFirst >= 0) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf((headerFirst + 1) + ":" + (headerLast + 1)));
        }
        sheet.setPrintGridlines(gridlines);
        sheet.getHeader().setCenter("&A");
        sheet.getFooter().setLeft(code(footer.left(), 90));
        sheet.getFooter().setCenter(code(footer.center(), 70));
        sheet.getFooter().setRight(book.word("page"));
    }

    /** Text for a header or footer: '&' starts a code there, so it is doubled; cut to {@code max} characters. */
    static String code(String s, int max) {
        String t = Text.stripControls(s).replace("&", "&&");
        if (t.length() <= max) {
            return t;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(t.charAt(end - 1))) {
            end--;
        }
        int amps = 0;
        for (int i = end - 1; i >= 0 && t.charAt(i) == '&'; i--) {
            amps++;
        }
        if (amps % 2 == 1) {
            end--; // never half of an escaped "&&"
        }
        return t.substring(0, end) + "…";
    }

    /** A three-colour scale on score ranges (0-100). */
    static void colourScale(SXSSFSheet sheet, List<CellRangeAddress> ranges) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        ConditionalFormattingThreshold[] t = scale.getThresholds();
        double[] at = {0, 50, 100};
        for (int i = 0; i < t.length && i < at.length; i++) {
            t[i].setRangeType(ConditionalFormattingThreshold.RangeType.NUMBER);
            t[i].setValue(at[i]);
        }
        XSSFColor[] colours = new XSSFColor[SCALE.length];
        for (int i = 0; i < SCALE.length; i++) {
            colours[i] = new XSSFColor(SCALE[i], null);
        }
        scale.setColors(colours);
        cf.addConditionalFormatting(ranges.toArray(CellRangeAddress[]::new), rule);
    }
}
