package dev.cca.report.xlsx;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import dev.cca.model.Numbers;
import dev.cca.report.Text;
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
 * each call taking the writer's lock; here the file gets a plain, unsynchronised UTF-8 writer.</li>
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
                return new Utf8Writer(new FileOutputStream(fd));
            }

            @Override
            public void writeCell(int column, Cell cell) throws IOException {
                if (cell != null && !cell(column, cell, (Utf8Writer) _out)) {
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
    static boolean cell(int column, Cell cell, Utf8Writer w) throws IOException {
        CellType type = cell.getCellType();
        if (type != CellType.NUMERIC && type != CellType.STRING) {
            return false;
        }
        w.ascii("<c r=\"");
        w.ascii(column(column));
        w.number(cell.getRowIndex() + 1);
        w.put('"');
        int style = cell.getCellStyle().getIndex() & 0xFFFF;
        if (style != 0) {
            w.ascii(" s=\"");
            w.number(style);
            w.put('"');
        }
        if (type == CellType.NUMERIC) {
            w.ascii("><v>");
            double v = cell.getNumericCellValue();
            if (Math.abs(v) < 1e9) {
                w.sb.setLength(0);
                Numbers.append(w.sb, v, 6);
                w.ascii(w.sb);
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
            w.put('>');
            w.escaped(s);
            w.ascii("</t></is></c>");
        }
        return true;
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(LEVEL);
        return zip;
    }

    /** UTF-8 into a stream through one buffer, without locks (one thread writes a sheet). */
    static final class Utf8Writer extends Writer {

        private final OutputStream out;
        private final byte[] buf = new byte[1 << 16];
        private int n;
        private char high;
        /** Scratch for printing numbers. */
        final StringBuilder sb = new StringBuilder(32);

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            put((char) c);
        }

        @Override
        public void write(char[] cs, int off, int len) throws IOException {
            for (int i = off, end = off + len; i < end; i++) {
                put(cs[i]);
            }
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            for (int i = off, end = off + len; i < end; i++) {
                put(s.charAt(i));
            }
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        /** Text known to be ASCII (markup, digits, column letters). */
        void ascii(CharSequence s) throws IOException {
            int len = s.length();
            if (n > buf.length - len - 4) {
                drain();
            }
            if (len > buf.length - 4) {
                for (int i = 0; i < len; i++) {
                    put(s.charAt(i));
                }
                return;
            }
            for (int i = 0; i < len; i++) {
                buf[n++] = (byte) s.charAt(i);
            }
        }

        void number(int v) throws IOException {
            sb.setLength(0);
            sb.append(v);
            ascii(sb);
        }

        /** Text content of an element, escaped by the one XML escape of the sanitiser ({@link Text#xml}). */
        void escaped(String s) throws IOException {
            String x = Text.xml(s);
            for (int i = 0, len = x.length(); i < len; i++) {
                put(x.charAt(i));
            }
        }

        void put(char c) throws IOException {
            if (n > buf.length - 4) {
                drain();
            }
            if (c < 0x80 && high == 0) {
                buf[n++] = (byte) c;
            } else if (Character.isHighSurrogate(c)) {
                if (high != 0) {
                    bad();
                }
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                if (high == 0) {
                    bad();
                    return;
                }
                int cp = Character.toCodePoint(high, c);
                high = 0;
                buf[n++] = (byte) (0xF0 | (cp >> 18));
                buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                if (high != 0) {
                    bad();
                }
                if (c < 0x80) {
                    buf[n++] = (byte) c;
                } else if (c < 0x800) {
                    buf[n++] = (byte) (0xC0 | (c >> 6));
                    buf[n++] = (byte) (0x80 | (c & 0x3F));
                } else {
                    buf[n++] = (byte) (0xE0 | (c >> 12));
                    buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    buf[n++] = (byte) (0x80 | (c & 0x3F));
                }
            }
        }

        /** An unpaired surrogate becomes '?', as Java's own UTF-8 encoder writes it. */
        private void bad() {
            high = 0;
            buf[n++] = '?';
        }

        private void drain() throws IOException {
            out.write(buf, 0, n);
            n = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (high != 0) {
                bad();
            }
            try {
                drain();
            } finally {
                out.close();
            }
        }
    }
}
