package dev.cca.report.xlsx;

import dev.cca.report.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes the rows of one logical sheet from top to bottom, as SXSSF requires, and keeps what is only known at
 * the end: column widths (measured as cells are written, Chinese characters counting double), the header rows
 * to freeze, filter and repeat on every printed page, and the score ranges that get a colour scale.
 *
 * <p>Excel's limits are handled here, once: text is cut at 32,767 characters with a note saying so, and a sheet
 * that reaches 1,048,576 rows continues on a new sheet ("Ranking (2)") that repeats the table's header,
 * so no input can make a corrupt workbook. Text that a spreadsheet would run as a formula when a user edits the
 * cell (its first visible character {@code =}, {@code +}, {@code -} or {@code @}) is stored as text with the quote
 * prefix set.
 *
 * <p>A sheet with charts can be {@link #paginate paginated}: pages are then laid out here as rows are written
 * (A4 landscape at the scale that fits the columns on one page width, with a page a little shorter than Excel's
 * and LibreOffice's), each ended by a manual break, so that a chart or a short table is never cut in two.
 */
final class Grid {

    /** Points per line of text in the default font (Calibri 11). */
    private static final float LINE_POINTS = 15f;
    /** Widest measured column, in characters; longer text wraps there. */
    private static final int MAX_WIDTH = 48;
    /** A4 landscape minus the margins of {@link Print}, in points: 842 x 595 less 0.8 and 1.2 inches, less a header row. */
    private static final float PAGE_WIDTH = 784f;
    private static final float PAGE_HEIGHT = 460f;
    /** Points a character of column width takes in the default font (7 pixels), and a column's padding (5 pixels). */
    private static final float CHAR_POINTS = 5.25f;
    private static final float COLUMN_POINTS = 3.75f;
    /** Excel keeps at most 1,026 manual page breaks a sheet; past this many, pages break where the viewer puts them. */
    private static final int MAX_BREAKS = 1000;

    /** What a sheet needs at the end; {@link #finish} applies it. */
    private static final class SheetInfo {
        final SXSSFSheet sheet;
        int headerFirst = -1;
        int headerLast = -1;
        int filterLastColumn = -1;
        boolean freeze;
        int freezeColumns;
        int lastRow = -1;
        final List<CellRangeAddress> scoreRanges = new ArrayList<>();

        SheetInfo(SXSSFSheet sheet) {
            this.sheet = sheet;
        }
    }

    final Book book;
    private final String name;
    private final Print.Footer footer;
    private final List<SheetInfo> sheets = new ArrayList<>();
    private SheetInfo current;
    private SXSSFRow row;
    private int next;
    private float rowLines;
    /** The current row's least height in points (a title's larger font), 0 for the default. */
    private float rowPoints;
    private int[] widths = new int[16];
    private int[] fixed = new int[16];
    /** Widest number per column, in characters. */
    private int[] numbers = new int[16];
    /** Decimals numbers are stored with: four, as in the assessment JSON; catalogs use two, as their CSV and JSON. */
    private double scale = 10_000;
    /** Re-writes the current table's header at the top of a continuation sheet; null outside a table. */
    private Runnable continuation;
    /** Where the current table's data starts: the sheet (index in {@link #sheets}) and row. */
    private int tableSheet;
    private int tableData;
    /** Points used on the current printed page, and the height of the header rows each page repeats. */
    private float pageUsed;
    private float repeatHeight;
    private boolean paginate;
    private int breaks;

    Grid(Book book, String name, Print.Footer footer) {
        this.book = book;
        this.name = name;
        this.footer = footer;
        newSheet(name);
    }

    private void newSheet(String sheetName) {
        current = new SheetInfo(book.sheet(sheetName));
        sheets.add(current);
        next = 0;
        row = null;
        pageUsed = 0;
        breaks = 0;
    }

    /** Lays out printed pages with manual breaks (see the class comment); for sheets with charts and short tables. */
    void paginate() {
        paginate = true;
    }

    SXSSFSheet sheet() {
        return current.sheet;
    }

    /** The index of the row the next {@link #row()} starts. */
    int rowIndex() {
        return next;
    }

    void decimals(int d) {
        scale = Math.pow(10, d);
    }

    /** Gives column {@code c} a fixed width in characters; its text wraps there and rows grow to show it. */
    void fixedWidth(int c, int chars) {
        if (c >= fixed.length) {
            fixed = Arrays.copyOf(fixed, Math.max(c + 1, fixed.length * 2));
        }
        fixed[c] = chars;
    }

    private int fixed(int c) {
        return c < fixed.length ? fixed[c] : 0;
    }

    /** Starts the next row; on a full sheet, continues on a new one below the current table's header. */
    SXSSFRow row() {
        endRow();
        if (next >= book.maxRows) {
            current.lastRow = next - 1;
            // "Ranking (2)": no comma, which some readers take for a list separator in print titles.
            newSheet(name + " (" + (sheets.size() + 1) + ")");
            if (continuation != null) {
                continuation.run();
            }
        }
        row = current.sheet.createRow(next++);
        rowLines = 1;
        rowPoints = 0;
        return row;
    }

    /** Leaves {@code n} rows empty. Never crosses onto a new sheet: blank rows at the end of a full one are dropped. */
    void skip(int n) {
        endRow();
        int first = next;
        next = Math.min(book.maxRows, next + n);
        if (paginate && pageUsed + n * LINE_POINTS > pageHeight()) {
            pageBreak(first - 1); // the blank rows open the next page
            pageUsed += n * LINE_POINTS;
        } else {
            pageUsed += n * LINE_POINTS;
        }
    }

    private void endRow() {
        if (row == null) {
            return;
        }
        float h = Math.min(409f, Math.max(rowPoints, rowLines * LINE_POINTS));
        if (h != LINE_POINTS || paginate) {
            // On a paginated sheet every height is set, so that no viewer grows a row past the page laid out here.
            row.setHeightInPoints(h);
        }
        if (paginate && pageUsed + h > pageHeight()) {
            pageBreak(row.getRowNum() - 1);
        }
        pageUsed += h;
        row = null;
    }

    /** A manual page break after row {@code after}; the next page starts with the repeated header rows. */
    private void pageBreak(int after) {
        if (after >= 0 && pageUsed > repeatHeight && breaks < MAX_BREAKS) {
            current.sheet.setRowBreak(after);
            breaks++;
        }
        pageUsed = repeatHeight;
    }

    /** The printable height of a page in points at the scale that fits the sheet's columns on one page width. */
    private float pageHeight() {
        float width = 0;
        int n = Math.max(widths.length, fixed.length);
        for (int c = 0; c < n; c++) {
            int w = columnWidth(c);
            width += w == 0 ? 0 : w * CHAR_POINTS + COLUMN_POINTS;
        }
        float fit = width > PAGE_WIDTH ? PAGE_WIDTH / width : 1f;
        return PAGE_HEIGHT / fit;
    }

    /**
     * Starts a new printed page unless {@code rows} more rows (of the default height) fit on the current one: a
     * chart or a short table is then never cut in two.
     */
    void keepTogether(int rows) {
        endRow();
        if (paginate && pageUsed + rows * LINE_POINTS > pageHeight()) {
            pageBreak(next - 1);
        }
    }

    /** Ends the current page: what follows starts a new one (a center's block of a Summary). */
    void newPage() {
        endRow();
        if (next > 0) {
            pageUsed = Math.max(pageUsed, repeatHeight + LINE_POINTS);
            pageBreak(next - 1);
        }
    }

    // ---- cells ----------------------------------------------------------------------------------------

    /** Text (null leaves the cell empty), made safe: controls removed, cut at Excel's limit, never a formula. */
    void text(int c, String s) {
        text(c, s, book.styles.text);
    }

    /** Text in a style; in a column of fixed width it wraps. */
    void text(int c, String s, CellStyle style) {
        put(c, s, fixed(c) > 0 ? book.styles.wrapping(style) : style, true);
    }

    /** Text that wraps, in a column of fixed width or the widest measured one. */
    void wrap(int c, String s) {
        put(c, s, book.styles.wrap, true);
    }

    private void put(int c, String s, CellStyle style, boolean measure) {
        if (s == null) {
            return;
        }
        String t = safe(s);
        SXSSFCell cell = row.createCell(c);
        cell.setCellValue(t);
        cell.setCellStyle(inert(t) ? book.styles.inert(style) : style);
        if (measure) {
            measure(c, t, style.getWrapText());
        }
    }

    /**
     * A number in a style with its number format; NaN leaves the cell empty. It is stored rounded to the
     * precision of the JSON reports ({@link #decimals}), so that workbook and JSON show the same numbers and the
     * stored digits are the same on every JVM.
     */
    void num(int c, double v, CellStyle style) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return;
        }
        SXSSFCell cell = row.createCell(c);
        cell.setCellValue(Math.abs(v) < 1e9 ? Math.rint(v * scale) / scale : v);
        cell.setCellStyle(style);
        numberWidth(c, numberWidth(v, style));
    }

    /** A whole number. */
    void integer(int c, long v) {
        integer(c, v, book.styles.integer);
    }

    void integer(int c, long v, CellStyle style) {
        SXSSFCell cell = row.createCell(c);
        cell.setCellValue(v);
        cell.setCellStyle(style);
        numberWidth(c, digits(v) + 1);
    }

    /** A value as a person reads it: a whole number without decimals, others with up to four. */
    void value(int c, double v) {
        num(c, v, v == Math.rint(v) && Math.abs(v) < 1e15 ? book.styles.count : book.styles.decimal);
    }

    /** An ISO date (YYYY-MM-DD) as a date cell; anything else as text. */
    void date(int c, String iso) {
        if (iso == null) {
            return;
        }
        try {
            LocalDate d = LocalDate.parse(iso);
            SXSSFCell cell = row.createCell(c);
            cell.setCellValue(d);
            cell.setCellStyle(book.styles.date);
            numberWidth(c, 10);
        } catch (DateTimeParseException e) {
            text(c, iso);
        }
    }

    void bool(int c, boolean v) {
        text(c, book.word(v ? "yes" : "no"));
    }

    /** A row of header cells; in columns of fixed width they wrap. */
    void header(String... titles) {
        row();
        for (int c = 0; c < titles.length; c++) {
            text(c, titles[c], book.styles.header);
        }
    }

    /** A title row; the text runs over the empty cells to its right and does not widen its column. */
    void title(String s) {
        row();
        rowPoints = 24;
        put(0, s, book.styles.title, false);
    }

    /** A heading above a table, as {@link #title}. */
    void heading(String s) {
        row();
        rowPoints = 20;
        put(0, s, book.styles.heading, false);
    }

    /** A remark in grey italics, as {@link #title}. */
    void remark(String s) {
        row();
        put(0, s, book.styles.noteFlat, false);
    }

    /**
     * A label in column 0 and a value in column 1 (identity blocks); the value runs over the empty cells to its
     * right and does not widen its column, which the tables below share. A null value writes nothing.
     */
    void pair(String label, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        row();
        text(0, label, book.styles.label);
        put(1, value, book.styles.text, false);
    }

    /** {@link #pair} with a number. */
    void pair(String label, long value) {
        row();
        text(0, label, book.styles.label);
        integer(1, value, book.styles.countLeft);
    }

    /** {@link #pair} with an ISO date as a date cell. */
    void pairDate(String label, String iso) {
        if (iso == null) {
            return;
        }
        row();
        text(0, label, book.styles.label);
        date(1, iso);
    }

    /**
     * Text in the merged cells {@code c1..c2} of the current row, wrapped, the row made tall enough for it; the
     * columns should have {@link #fixedWidth fixed widths} (others count as 10 characters).
     */
    void across(int c1, int c2, String s) {
        across(c1, c2, s, book.styles.wrap);
    }

    void across(int c1, int c2, String s, CellStyle style) {
        if (s == null) {
            return;
        }
        put(c1, s, book.styles.wrapping(style), false);
        if (c2 > c1) {
            current.sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), c1, c2));
        }
        int room = 0;
        for (int c = c1; c <= c2; c++) {
            room += fixed(c) > 0 ? fixed(c) : 10;
        }
        lines(units(safe(s)), room);
    }

    /** Colours rows {@code first..last} of column {@code c} as scores. */
    void scoreRange(int first, int last, int c) {
        if (last >= first) {
            current.scoreRanges.add(new CellRangeAddress(first, last, c, c));
        }
    }

    // ---- tables -------------------------------------------------------------------------------------------

    /**
     * Starts a table at the current row: {@code header} writes its {@code rows} header rows. The first table of a
     * sheet has its header repeated on every printed page and a filter over columns {@code 0..lastColumn}, and
     * with {@code freeze} the header (and {@code freezeColumns} columns) frozen; each continuation sheet gets all
     * of these, its header written again by {@code header}.
     */
    void tableHeader(int rows, int lastColumn, int freezeColumns, boolean freeze, Runnable header) {
        endRow();
        keepTogether(rows + 3);
        int first = next;
        header.run();
        endRow();
        if (current.headerFirst < 0) {
            mark(first, rows, lastColumn, freeze, freezeColumns);
        }
        tableSheet = sheets.size() - 1;
        tableData = next;
        continuation = () -> {
            int top = next;
            header.run();
            endRow();
            mark(top, rows, lastColumn, true, freezeColumns);
        };
    }

    private void mark(int first, int rows, int lastColumn, boolean freeze, int freezeColumns) {
        current.headerFirst = first;
        current.headerLast = first + rows - 1;
        current.filterLastColumn = lastColumn;
        current.freeze = freeze;
        current.freezeColumns = freezeColumns;
        repeatHeight = rows * LINE_POINTS * 1.5f;
    }

    /**
     * Ends the current table, giving {@code scoreColumns} a colour scale over its data on every sheet it covers
     * (0 red, 50 yellow, 100 green); a later full sheet no longer repeats its header.
     */
    void endTable(int... scoreColumns) {
        endRow();
        for (int k = tableSheet; k < sheets.size(); k++) {
            SheetInfo s = sheets.get(k);
            int first = k == tableSheet ? tableData : s.headerLast + 1;
            int last = s == current ? next - 1 : book.maxRows - 1;
            if (last >= first) {
                for (int c : scoreColumns) {
                    s.scoreRanges.add(new CellRangeAddress(first, last, c, c));
                }
            }
        }
        if (sheets.get(tableSheet).headerFirst >= 0 && sheets.get(tableSheet).lastRow < 0) {
            sheets.get(tableSheet).lastRow = tableSheet == sheets.size() - 1 ? next - 1 : book.maxRows - 1;
        }
        current.lastRow = Math.max(current.lastRow, next - 1);
        continuation = null;
    }

    /** Applies widths, frozen headers, filters, colour scales and the print set-up to every sheet written. */
    void finish() {
        endRow();
        for (SheetInfo s : sheets) {
            SXSSFSheet sh = s.sheet;
            int n = Math.max(widths.length, fixed.length);
            for (int c = 0; c < n; c++) {
                int w = columnWidth(c);
                if (w > 0) {
                    sh.setColumnWidth(c, Math.min(255, w) * 256);
                }
            }
            if (s.headerFirst >= 0) {
                if (s.freeze) {
                    sh.createFreezePane(s.freezeColumns, s.headerLast + 1);
                }
                int lastRow = Math.max(s.lastRow, s == current ? next - 1 : -1);
                if (lastRow > s.headerLast) {
                    sh.setAutoFilter(new CellRangeAddress(s.headerLast, lastRow, 0, s.filterLastColumn));
                }
            }
            if (!s.scoreRanges.isEmpty()) {
                Print.colourScale(sh, s.scoreRanges);
            }
            // Grid lines help read long tables on paper; sheets with charts print without them.
            boolean charts = sh.getDrawingPatriarch() != null;
            Print.setUp(sh, s.headerFirst, s.headerLast, !paginate && !charts && s.headerFirst >= 0, footer, book);
        }
    }

    /** Column {@code c}'s width in characters: fixed, or measured (plus a margin), or 0 for the default. */
    private int columnWidth(int c) {
        int f = fixed(c);
        if (f > 0) {
            // A number does not wrap: a column too narrow for it would show ####.
            return Math.max(f, c < numbers.length && numbers[c] > 0 ? numbers[c] + 2 : 0);
        }
        return c < widths.length && widths[c] > 0 ? Math.min(MAX_WIDTH, widths[c]) + 2 : 0;
    }

    // ---- text safety and measuring --------------------------------------------------------------------

    /** Control and bidirectional-override characters removed; over Excel's cell limit, cut with a note. */
    String safe(String s) {
        String t = Text.stripControls(s);
        if (t.length() <= Book.MAX_CELL_CHARS) {
            return t;
        }
        String note = book.word("truncated");
        int end = Book.MAX_CELL_CHARS - note.length();
        if (Character.isHighSurrogate(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(0, end) + note;
    }

    /** Whether a spreadsheet would take this text for a formula if a user edited the cell. */
    static boolean inert(String t) {
        return Text.looksLikeFormula(t);
    }

    /**
     * Column-width units the text takes: a Chinese (wide) character two, others one (column widths are counted
     * in widths of the digit 0; most letters are a little narrower, so wrapped text never needs more lines than
     * this gives). Long texts are not measured to the end.
     */
    static int units(String t) {
        return t.length() > 2000 ? 4000 : Text.width(t);
    }

    /** Widens column {@code c} for the text and, when it wraps, makes its row tall enough for the lines. */
    private void measure(int c, String t, boolean wraps) {
        int f = fixed(c);
        if (f > 0 && (!wraps || 2 * t.length() <= f)) {
            return; // a fixed width, and text that cannot need a second line: nothing to measure (most cells of a ranking)
        }
        int w = units(t);
        if (wraps) {
            lines(w, f > 0 ? f : MAX_WIDTH);
        }
        if (f == 0) {
            width(c, w);
        }
    }

    private void lines(int units, int room) {
        rowLines = Math.max(rowLines, (float) Math.ceil(units / (double) Math.max(1, room)));
    }

    private void width(int c, int w) {
        if (c >= widths.length) {
            widths = Arrays.copyOf(widths, Math.max(c + 1, widths.length * 2));
        }
        if (w > widths[c]) {
            widths[c] = w;
        }
    }

    private void numberWidth(int c, int w) {
        if (c >= numbers.length) {
            numbers = Arrays.copyOf(numbers, Math.max(c + 1, numbers.length * 2));
        }
        if (w > numbers[c]) {
            numbers[c] = w;
        }
        width(c, w);
    }

    private int numberWidth(double v, CellStyle style) {
        Book.Styles st = book.styles;
        if (style == st.percent) {
            return 6;
        }
        if (style == st.factor) {
            return 5;
        }
        int whole = digits((long) Math.abs(v)) + (v < 0 ? 1 : 0);
        if (style == st.score || style == st.scoreBold) {
            return whole + 2;
        }
        if (style == st.count) {
            return whole + (whole - 1) / 3;
        }
        return whole + (whole - 1) / 3 + 5;
    }

    private static int digits(long v) {
        long a = Math.abs(v);
        int d = 1;
        while (a >= 10) {
            a /= 10;
            d++;
        }
        return d + (v < 0 ? 1 : 0);
    }
}
