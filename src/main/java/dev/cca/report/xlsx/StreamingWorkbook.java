package dev.cca.report.xlsx;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import dev.cca.model.Numbers;
import dev.cca.report.Text;
import dev.cca.report.Utf8Writer;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook with the costs of large sheets taken out; the XML it writes means the same cells.
 *
 * <ul>
 * <li>SXSSF writes each row's XML to a temporary file through a {@code BufferedWriter}, one character at a time,
 * each call taking the writer's lock; here the file gets the reports' unsynchronised {@link Utf8Writer}.</li>
 * <li>Number and text cells, all that the workbooks hold, are written by {@link #cell}: the column letters are
 * computed once per column instead of once per cell, the default type {@code t="n"} is left out, and numbers
 * are printed by {@link Numbers} (their stored values are rounded to at most four decimals), which prints the
 * same digits on every JVM, where {@code Double.toString} changed in Java 19. Other cells go to POI.</li>
 * <li>The package is deflated at {@link #LEVEL}, not at the default 6: the sheets of a large catalog are a few
 * hundred megabytes of repetitive XML, which level 1 compresses to about a third more in a third of the time.</li>
 * </ul>
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    /** Deflate level of the package's entries. */
    static final int LEVEL = 1;

    StreamingWorkbook(int window) {
        super(null, window, false, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriter() {
            @Override
            public Writer createWriter(File fd) throws IOException {
                return new Utf8Writer(new FileOutputStream(fd), 1 << 16);
            }

            /** Scratch for printing numbers; one thread writes a sheet. */
            private final StringBuilder sb = new StringBuilder(32);

            @Override
            public void writeCell(int column, Cell cell) throws IOException {
                if (cell != null && !cell(column, cell, (Utf8Writer) _out, sb)) {
                    super.writeCell(column, cell);
                }
            }
        };
    }

    /** Column letters by index, filled as columns are met. */
    private static final String[] COLUMNS = new String[SpreadsheetVersion.EXCEL2007.getMaxColumns()];

    private static String column(int c) {
        String s = COLUMNS[c];
        if (s == null) {
            s = CellReference.convertNumToColString(c);
            COLUMNS[c] = s;
        }
        return s;
    }

    /**
     * Writes a number or text cell as SpreadsheetML, {@code <c r="B7" s="3"><v>72.45</v></c>} or an inline string;
     * false for any other kind of cell, which POI then writes.
     */
    static boolean cell(int column, Cell cell, Utf8Writer w, StringBuilder sb) throws IOException {
        CellType type = cell.getCellType();
        if (type != CellType.NUMERIC && type != CellType.STRING) {
            return false;
        }
        w.ascii("<c r=\"");
        w.ascii(column(column));
        number(w, sb, cell.getRowIndex() + 1);
        w.write('"');
        int style = cell.getCellStyle().getIndex() & 0xFFFF;
        if (style != 0) {
            w.ascii(" s=\"");
            number(w, sb, style);
            w.write('"');
        }
        if (type == CellType.NUMERIC) {
            w.ascii("><v>");
            double v = cell.getNumericCellValue();
            if (Math.abs(v) < 1e9) {
                sb.setLength(0);
                Numbers.append(sb, v, 6);
                w.ascii(sb);
            } else {
                w.ascii(Double.toString(v));
            }
            w.ascii("</v></c>");
        } else {
            String s = cell.getStringCellValue();
            w.ascii(" t=\"inlineStr\"><is><t");
            if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
                w.ascii(" xml:space=\"preserve\"");
            }
            w.write('>');
            w.write(Text.xml(s));
            w.ascii("</t></is></c>");
        }
        return true;
    }

    private static void number(Utf8Writer w, StringBuilder sb, int v) throws IOException {
        sb.setLength(0);
        sb.append(v);
        w.ascii(sb);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(LEVEL);
        return zip;
    }
}
