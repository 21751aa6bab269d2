package dev.cca.report.xlsx;

import dev.cca.input.catalog.PoiSetup;
import dev.cca.report.RenderOptions;
import dev.cca.report.Text;
import dev.cca.report.Words;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One workbook being written: POI's streaming workbook (SXSSF: a window of rows in memory, the rest in a
 * temporary file that {@link #close} deletes), the language, the cell styles every sheet shares, Excel's limits,
 * and the document properties.
 *
 * <p>Deterministic by construction: SXSSF writes every zip entry with the same fixed time, the creation date is
 * the result's reference date (or absent), and nothing else in the package depends on the clock, the time zone
 * or the machine; so the same result gives the same bytes.
 *
 * <p>The workbook says what it is in a custom document property, {@value #FORMAT_PROPERTY} (the result's format
 * tag, {@code cca-batch/v1} or {@code cca-result/v1}), which the XLSX catalog reader looks for so that a ranking
 * read back as a catalog is named for what it is.
 */
final class Book implements Closeable {

    /** The custom document property naming the result a workbook holds; the catalog reader knows this name. */
    static final String FORMAT_PROPERTY = "cca.format";
    /** Rows of a sheet, including its header: Excel's limit. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    /** Characters of a cell: Excel's limit. */
    static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Characters of a sheet name: Excel's limit. */
    static final int MAX_SHEET_NAME = 31;
    /** Rows SXSSF keeps in memory per sheet before flushing to its temporary file. */
    private static final int WINDOW = 256;

    final SXSSFWorkbook wb;
    final String lang;
    /** The language as the shared report texts take it. */
    final RenderOptions options;
    final Styles styles;
    /** Rows a sheet takes before it continues on the next: {@link #MAX_ROWS}, or fewer in tests. */
    final int maxRows;
    private final Set<String> sheetNames = new HashSet<>();

    Book(String lang) {
        this(lang, MAX_ROWS);
    }

    Book(String lang, int maxRows) {
        PoiSetup.ensure();
        this.maxRows = Math.min(MAX_ROWS, maxRows);
        // Inline strings (no shared-string table held in memory); temporary files uncompressed (faster).
        this.wb = new StreamingWorkbook(WINDOW);
        this.lang = lang;
        this.options = RenderOptions.file(lang, null, RenderOptions.DEFAULT_TOP);
        this.styles = new Styles(wb);
    }

    String word(String key) {
        return Words.get(key, lang);
    }

    String word(String key, Object n) {
        return Words.get(key, lang, n);
    }

    /** A catalog group's value in the workbook's language ({@link Words#groupValue}). */
    String groupValue(String field, String value) {
        return Words.groupValue(field, value, lang);
    }

    /** A grouping field's name in the workbook's language ({@link Words#fieldName}). */
    String fieldName(String field) {
        return Words.fieldName(field, lang);
    }

    /** The name of an enumeration value in the workbook's language. */
    String value(String kind, String value) {
        return Words.value(kind, value, lang);
    }

    /**
     * A new sheet named {@code name}, cut to Excel's 31 characters and made unique ("Ranking (2)") so that a
     * name can never make a corrupt workbook.
     */
    SXSSFSheet sheet(String name) {
        String base = sheetName(name);
        String n = base;
        for (int k = 2; !sheetNames.add(n.toLowerCase(java.util.Locale.ROOT)); k++) {
            String suffix = " (" + k + ")";
            n = cut(base, MAX_SHEET_NAME - suffix.length()) + suffix;
        }
        SXSSFSheet s = wb.createSheet(n);
        s.setDisplayGridlines(true);
        return s;
    }

    /** A sheet name Excel accepts: no : \ / ? * [ ], no leading or trailing apostrophe, 1-31 characters. */
    static String sheetName(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : Text.xmlChars(name).toCharArray()) {
            sb.append(":\\/?*[]".indexOf(c) >= 0 ? '_' : c);
        }
        String n = sb.toString().strip();
        while (n.startsWith("'")) {
            n = n.substring(1);
        }
        while (n.endsWith("'")) {
            n = n.substring(0, n.length() - 1);
        }
        n = cut(n, MAX_SHEET_NAME);
        return n.isEmpty() ? "Sheet" : n;
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * Sets the document properties: title, creator (the tool), the format marker, the rule set, and as creation
     * date the result's reference date (so that it follows the input, not the clock), or none.
     */
    void properties(String title, String format, String tool, String rules, LocalDate created) {
        POIXMLProperties p = wb.getXSSFWorkbook().getProperties();
        POIXMLProperties.CoreProperties core = p.getCoreProperties();
        core.setTitle(Text.xmlChars(title));
        core.setCreator(Text.xmlChars(tool));
        core.setCreated(created == null ? Optional.empty()
                : Optional.of(Date.from(created.atStartOfDay().toInstant(ZoneOffset.UTC))));
        core.setModified(Optional.empty());
        p.getExtendedProperties().getUnderlyingProperties().setApplication(tool);
        POIXMLProperties.CustomProperties custom = p.getCustomProperties();
        custom.addProperty(FORMAT_PROPERTY, Text.xmlChars(format));
        custom.addProperty("cca.rules", Text.xmlChars(rules));
    }

    void write(OutputStream out) throws IOException {
        wb.write(out);
    }

    /** Deletes the temporary files of the streamed sheets. */
    @Override
    public void close() throws IOException {
        wb.close();
    }

    /** The shared cell styles; a workbook holds few, whatever its size (Excel allows 64,000). */
    static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle header;
        final CellStyle headerWrap;
        final CellStyle headerCentered;
        final CellStyle label;
        final CellStyle labelWrap;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle note;
        final CellStyle noteFlat;
        final CellStyle integer;
        final CellStyle count;
        final CellStyle countLeft;
        final CellStyle integerCentered;
        final CellStyle decimal;
        final CellStyle score;
        final CellStyle scoreBold;
        final CellStyle percent;
        final CellStyle factor;
        final CellStyle factorBold;
        final CellStyle date;
        final CellStyle grade;
        final CellStyle gradeCapped;

        private final SXSSFWorkbook wb;
        private final Map<CellStyle, CellStyle> inert = new IdentityHashMap<>();
        private final Map<CellStyle, CellStyle> wrapping = new IdentityHashMap<>();

        Styles(SXSSFWorkbook wb) {
            this.wb = wb;
            DataFormat f = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font medium = wb.createFont();
            medium.setBold(true);
            medium.setFontHeightInPoints((short) 12);
            Font grey = wb.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            Font capped = wb.createFont();
            capped.setBold(true);
            capped.setColor(IndexedColors.DARK_RED.getIndex());

            title = style(wb, null, big, false);
            heading = style(wb, null, medium, false);
            header = style(wb, null, bold, true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            headerWrap = style(wb, null, bold, true);
            headerWrap.cloneStyleFrom(header);
            headerWrap.setWrapText(true);
            headerCentered = style(wb, null, bold, false);
            headerCentered.cloneStyleFrom(header);
            headerCentered.setAlignment(HorizontalAlignment.CENTER);
            label = style(wb, null, bold, false);
            labelWrap = style(wb, null, bold, true);
            text = style(wb, null, null, false);
            wrap = style(wb, null, null, true);
            note = style(wb, null, grey, true);
            noteFlat = style(wb, null, grey, false);
            integer = style(wb, f.getFormat("0"), null, false);
            count = style(wb, f.getFormat("#,##0"), null, false);
            countLeft = style(wb, f.getFormat("#,##0"), null, false);
            countLeft.setAlignment(HorizontalAlignment.LEFT);
            integerCentered = style(wb, f.getFormat("0"), null, false);
            integerCentered.setAlignment(HorizontalAlignment.CENTER);
            decimal = style(wb, f.getFormat("#,##0.0###"), null, false);
            score = style(wb, f.getFormat("0.0"), null, false);
            scoreBold = style(wb, f.getFormat("0.0"), bold, false);
            percent = style(wb, f.getFormat("0.0%"), null, false);
            factor = style(wb, f.getFormat("0.00"), null, false);
            factorBold = style(wb, f.getFormat("0.00"), bold, false);
            date = style(wb, f.getFormat("yyyy-mm-dd"), null, false);
            date.setAlignment(HorizontalAlignment.LEFT);
            grade = style(wb, f.getFormat("0"), bold, false);
            grade.setAlignment(HorizontalAlignment.CENTER);
            gradeCapped = style(wb, f.getFormat("0\"▼\""), capped, false);
            gradeCapped.setAlignment(HorizontalAlignment.CENTER);
        }

        /**
         * {@code s} with the quote prefix set: text that begins like a formula stays text even when a user edits
         * the cell (a string cell is never a formula, but Excel re-parses what is typed into it).
         */
        CellStyle inert(CellStyle s) {
            return s.getQuotePrefixed() ? s : variant(inert, s, c -> c.setQuotePrefixed(true));
        }

        /**
         * Creates every variant {@link #inert} and {@link #wrapping} can return, in a fixed order, so that sheets can
         * then be filled on several threads: nothing more is created, and the styles' numbers do not depend on which
         * sheet asked first.
         */
        void prepare() {
            CellStyle[] base = {title, heading, header, headerWrap, headerCentered, label, labelWrap, text, wrap, note, noteFlat,
                    integer, count, countLeft, integerCentered, decimal, score, scoreBold, percent, factor, factorBold, date, grade,
                    gradeCapped};
            for (CellStyle s : base) {
                inert(wrapping(s));
                inert(s);
            }
        }

        /** {@code s} with text wrapping on. */
        CellStyle wrapping(CellStyle s) {
            return s.getWrapText() ? s : variant(wrapping, s, c -> c.setWrapText(true));
        }

        /** A copy of {@code s} changed by {@code change}, made once and kept in {@code made}. */
        private CellStyle variant(Map<CellStyle, CellStyle> made, CellStyle s, java.util.function.Consumer<CellStyle> change) {
            return made.computeIfAbsent(s, k -> {
                CellStyle c = wb.createCellStyle();
                c.cloneStyleFrom(k);
                change.accept(c);
                return c;
            });
        }

        private static CellStyle style(SXSSFWorkbook wb, Short format, Font font, boolean wrap) {
            CellStyle s = wb.createCellStyle();
            if (format != null) {
                s.setDataFormat(format);
            }
            if (font != null) {
                s.setFont(font);
            }
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(wrap);
            return s;
        }
    }
}
