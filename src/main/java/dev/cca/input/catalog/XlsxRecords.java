package dev.cca.input.catalog;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Location;
import dev.cca.diag.Suggest;
import dev.cca.input.Limits;
import dev.cca.input.Node;
import dev.cca.input.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The rows of one sheet of an XLSX workbook (the first, or the one named in the options), streamed:
 * POI opens the package and reads the shared strings and styles, and the sheet's XML is pulled row by
 * row, so a sheet of 1,048,576 rows never sits in memory as a workbook.
 *
 * <p>Cells become values as a person sees them: numbers without binary noise (15 significant digits, as
 * Excel shows them: 0.1 stays 0.1, 1024.0 is 1024), numbers in a date format as ISO dates
 * (YYYY-MM-DD), numbers in a percent format as percentages (0.8 shown as 80% is "80%"), booleans as
 * true/false, formulas by their cached result. A formula with no cached result
 * and an error value (#N/A) are reported at their cell.
 *
 * <p>Hostile workbooks: the file must be within {@link Limits#maxFileBytes()}; POI's zip protections are
 * set explicitly ({@link #protect()}); an encrypted (password-protected) workbook, an old .xls and a
 * corrupt zip are each named as such; the sheet XML is read with DTDs and external entities off.
 */
final class XlsxRecords implements FileRecords {

    /**
     * Smallest ratio of compressed to uncompressed size accepted for a zip entry: 1 to 100. Sheet XML
     * compresses about 1 to 10-20; a zip bomb compresses 1 to 1000 and more.
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Largest uncompressed zip entry: 4 GiB, about what a full 1,048,576-row sheet of 60 columns takes. */
    static final long MAX_ENTRY_BYTES = 0xFFFF_FFFFL;
    /** Most entries in the package; a workbook has a few dozen. */
    static final long MAX_ZIP_ENTRIES = 1000;
    /** Largest text POI's extractors may pull out of one part, in characters. */
    static final long MAX_TEXT_CHARS = 10L << 20;

    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final byte PLAIN = 1;
    private static final byte DATE = 2;
    private static final byte PERCENT = 3;
    private static final XMLInputFactory XML = secureFactory();

    private final Context ctx;
    private OPCPackage pkg;
    private InputStream sheetStream;
    /** The wanted sheet's part, read once for its merged cells before its rows are. */
    private org.apache.poi.openxml4j.opc.PackagePart sheetPart;
    private MergedRanges merged = MergedRanges.NONE;
    /** The merged ranges whose rows are being read, and the index of the first range not yet reached. */
    private final List<Active> active = new ArrayList<>();
    private int nextRange;
    /** Per column (1-based), the index plus one of its cell in the row being read; 0 for none. */
    private int[] cellAt = new int[0];
    private XMLStreamReader xml;
    private ReadOnlySharedStringsTable strings;
    private StylesTable styles;
    /** Per cell style: 0 not yet known, else PLAIN, DATE or PERCENT. */
    private byte[] styleKinds = new byte[0];
    private boolean date1904;
    /** The first serial number past 9999-12-31, the last day of Excel's calendar. */
    private static final double MAX_EXCEL_DATE = 2_958_466;
    private SourceFile source;
    private TableLayout layout;
    private int index;
    private int lastRow;
    private boolean done;

    XlsxRecords(Context ctx) {
        this.ctx = ctx;
        PoiSetup.ensure();
        try {
            open();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            fail(e);
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.xml.sax.SAXException e) {
            fail(e);
        }
        if (done) {
            close();
        }
    }

    /** Sets POI's zip-bomb protections. They are global to POI; setting them again is harmless. */
    static void protect() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    private void open() throws IOException, XMLStreamException,
            org.apache.poi.openxml4j.exceptions.OpenXML4JException, org.xml.sax.SAXException {
        Path path = ctx.path();
        if (path == null) {
            ctx.error(Messages.xlsxFromStream());
            done = true;
            return;
        }
        long size = Files.size(path);
        Limits limits = ctx.options().limits();
        if (size > limits.maxFileBytes()) {
            ctx.error(Messages.fileTooLarge(size, limits.maxFileBytes()));
            done = true;
            return;
        }
        byte[] magic = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(magic, 0, magic.length);
        }
        if (n >= 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF && (magic[2] & 0xFF) == 0x11
                && (magic[3] & 0xFF) == 0xE0) {
            ctx.error(isEncrypted(path) ? Messages.xlsxEncrypted() : Messages.xlsxIsOle2());
            done = true;
            return;
        }
        if (n < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
            ctx.error(Messages.xlsxCorrupt(n == 0 ? Messages.xlsxEmptyFile() : Messages.xlsxNotZip()));
            done = true;
            return;
        }
        protect();
        pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        String own = producedBy(pkg);
        if (own != null) {
            ctx.error(Messages.xlsxOwnWorkbook(own));
            done = true;
            return;
        }
        XSSFReader reader = new XSSFReader(pkg);
        java.util.Set<String> hidden = new java.util.HashSet<>();
        try (InputStream wb = reader.getWorkbookData()) {
            date1904 = readWorkbook(wb, hidden);
        }
        String sheetName = openSheet(reader, hidden);
        if (sheetName == null) {
            done = true;
            return;
        }
        strings = new ReadOnlySharedStringsTable(pkg, false);
        styles = reader.getStylesTable();
        source = new SourceFile(ctx.name() + "[" + sheetName + "]", path, "", "");
        if (sheetPart != null) {
            merged = MergedRanges.scan(sheetPart.getInputStream());
            if (merged.tooMany() > 0) {
                ctx.error(Messages.tooManyMergedRanges(merged.tooMany(), MergedRanges.LIMIT));
                done = true;
                return;
            }
        }
        xml = XML.createXMLStreamReader(sheetStream);
        readHeader();
    }

    /** The custom document property in which cca's own workbooks name the result they hold (see the Excel renderer). */
    static final String FORMAT_PROPERTY = "cca.format";

    /**
     * The result format a workbook written by cca says it holds ({@code cca-batch/v1}, {@code cca-result/v1}), from
     * its custom document properties; null for any other workbook. A ranking read back as a catalog would
     * otherwise be scored as a table of oddly named centers.
     */
    static String producedBy(OPCPackage pkg) throws IOException, XMLStreamException,
            org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        for (org.apache.poi.openxml4j.opc.PackagePart part : pkg.getPartsByRelationshipType(
                org.apache.poi.openxml4j.opc.PackageRelationshipTypes.CUSTOM_PROPERTIES)) {
            try (InputStream in = part.getInputStream()) {
                XMLStreamReader r = XML.createXMLStreamReader(in);
                try {
                    boolean ours = false;
                    while (r.hasNext()) {
                        int ev = r.next();
                        if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("property")) {
                            ours = FORMAT_PROPERTY.equals(r.getAttributeValue(null, "name"));
                        } else if (ev == XMLStreamConstants.START_ELEMENT && ours) {
                            String v = r.getElementText().strip();
                            return v.startsWith("cca-") && v.length() <= 64 ? v : null;
                        } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("property")) {
                            ours = false;
                        }
                    }
                } finally {
                    r.close();
                }
            }
        }
        return null;
    }

    private static boolean isEncrypted(Path path) {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Opens the wanted sheet's stream; null (with the problem reported) when there is none. Without {@code --sheet} it is
     * the first sheet the workbook shows: a hidden sheet before it (one that Excel does not show, {@code state="hidden"}
     * or {@code "veryHidden"}) is skipped with a warning, since a catalog whose visible sheet says one thing and whose
     * hidden first sheet another would be scored on what its readers never see. {@code --sheet} reads the sheet it
     * names, hidden or not.
     */
    private String openSheet(XSSFReader reader, java.util.Set<String> hidden) throws IOException,
            org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        String wanted = ctx.options().sheet();
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        List<String> names = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        while (it.hasNext()) {
            InputStream s = it.next();
            String name = it.getSheetName();
            if (wanted == null ? !hidden.contains(name) : wanted.equals(name)) {
                for (String h : skipped) {
                    ctx.report().accept(Diagnostic.warning(Location.file(ctx.name()), Messages.xlsxHiddenSheetSkipped(h, name)));
                }
                sheetStream = s;
                sheetPart = it.getSheetPart();
                return name;
            }
            s.close();
            names.add(name);
            if (wanted == null) {
                skipped.add(name);
            }
        }
        if (wanted == null) {
            ctx.error(names.isEmpty() ? Messages.xlsxEmptyWorkbook() : Messages.xlsxEverySheetHidden(String.join(", ", names)));
            return null;
        }
        dev.cca.diag.Localized hint = Suggest.hint(wanted, names);
        ctx.error(Messages.xlsxNoSheet(wanted, String.join(", ", names), hint));
        return null;
    }

    /**
     * Reads the workbook part: whether its dates count from 1904, the result; and the names of the sheets Excel does not
     * show ({@code state="hidden"} or {@code "veryHidden"}), added to {@code hidden}. The part is read up to the end of
     * its sheet list, which follows the workbook's properties.
     */
    private static boolean readWorkbook(InputStream workbook, java.util.Set<String> hidden) throws XMLStreamException {
        XMLStreamReader r = XML.createXMLStreamReader(workbook);
        boolean date1904 = false;
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    if (n.equals("workbookPr")) {
                        String v = r.getAttributeValue(null, "date1904");
                        date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                    } else if (n.equals("sheet")) {
                        String state = r.getAttributeValue(null, "state");
                        String name = r.getAttributeValue(null, "name");
                        if (name != null && ("hidden".equals(state) || "veryHidden".equals(state))) {
                            hidden.add(name);
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("sheets")) {
                    break;
                }
            }
            return date1904;
        } finally {
            r.close();
        }
    }

    // ---- rows ---------------------------------------------------------------------------------------

    /** The non-empty cells of one sheet row, in the order of the XML. */
    private static final class SheetRow {
        int row;
        int count;
        int[] columns = new int[32];
        String[] text = new String[32];
        Node.ScalarKind[] kind = new Node.ScalarKind[32];
        List<Diagnostic> problems;

        void add(int column, String value, Node.ScalarKind k) {
            if (count == columns.length) {
                columns = Arrays.copyOf(columns, count * 2);
                text = Arrays.copyOf(text, count * 2);
                kind = Arrays.copyOf(kind, count * 2);
            }
            columns[count] = column;
            text[count] = value;
            kind[count] = k;
            count++;
        }

        void problem(Diagnostic d) {
            if (problems == null) {
                problems = new ArrayList<>(2);
            }
            problems.add(d);
        }
    }

    private void readHeader() throws XMLStreamException {
        SheetRow header;
        do {
            header = readRow();
            if (header == null) {
                ctx.error(Messages.noHeader());
                done = true;
                return;
            }
        } while (header.count == 0 && header.problems == null);
        int width = header.columns[header.count - 1];
        for (MergedRanges.Range m : merged.ranges()) {
            if (m.top() > header.row) {
                break;
            }
            if (m.bottom() >= header.row && m.left() <= width) {
                header.problem(Diagnostic.error(new Location(source.name(), header.row, m.left(), ""),
                        Messages.mergedHeader(m.ref(), header.row)));
            }
        }
        if (header.problems != null) {
            header.problems.forEach(ctx.report());
            done = true;
            return;
        }
        String[] names = new String[width];
        int[] lines = new int[width];
        int[] cols = new int[width];
        for (int i = 0; i < width; i++) {
            lines[i] = header.row;
            cols[i] = i + 1;
        }
        for (int i = 0; i < header.count; i++) {
            names[header.columns[i] - 1] = header.text[i];
        }
        layout = TableLayout.of(source.name(), names, lines, cols, width, i -> CellRef.columnName(i + 1), ctx.report());
        done = layout == null;
    }

    @Override
    public RawRecord next() {
        try {
            while (!done) {
                SheetRow r = readRow();
                if (r == null) {
                    done = true;
                    break;
                }
                if (r.count == 0 && r.problems == null) {
                    continue;
                }
                if (!merged.isEmpty()) {
                    applyMerges(r);
                }
                return toRecord(r);
            }
        } catch (XMLStreamException | RuntimeException e) {
            fail(e);
        }
        close();
        return null;
    }

    /**
     * Reads the sheet's real {@code <mergeCell>} elements, after its rows, and compares them with the ranges found by
     * their bytes before the rows were read: markup inside a cell's text or a comment would have been taken for a range.
     */
    private void checkMerges() throws XMLStreamException {
        List<MergedRanges.Range> read = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("mergeCell")) {
                MergedRanges.Range r = MergedRanges.parse(xml.getAttributeValue(null, "ref"));
                if (r != null && read.size() <= MergedRanges.LIMIT) {
                    read.add(r);
                }
            }
        }
        if (!merged.sameAs(read)) {
            ctx.error(Messages.mergedMarkupInText());
        }
    }

    /** A merged range whose top row has been reached, with the value of its top-left cell (null for none). */
    private static final class Active {
        final MergedRanges.Range range;
        final String text;
        final Node.ScalarKind kind;

        Active(MergedRanges.Range range, String text, Node.ScalarKind kind) {
            this.range = range;
            this.text = text;
            this.kind = kind;
        }
    }

    /**
     * Reads a data row as a person sees it through the sheet's merged ranges: a range of one column gives the value of
     * its top cell to the rows under it that leave that cell empty; a cell under a range that holds a value of its own
     * (which the workbook does not show) and a range across columns that holds a value (which belongs to none of them)
     * are errors of the row (CCA-P219); ranges that overlap, which Excel never writes, are an error at the second
     * (CCA-P218). Rows without a cell of their own are never reached here, so a range does not make a record of them.
     */
    private void applyMerges(SheetRow r) {
        int width = layout.width();
        MergedRanges.Range[] ranges = merged.ranges();
        if (cellAt.length < width + 1) {
            cellAt = new int[width + 1];
        }
        int count = r.count;
        for (int i = 0; i < count; i++) {
            if (r.columns[i] <= width) {
                cellAt[r.columns[i]] = i + 1;
            }
        }
        active.removeIf(a -> a.range.bottom() < r.row);
        while (nextRange < ranges.length && ranges[nextRange].top() <= r.row) {
            MergedRanges.Range m = ranges[nextRange++];
            if (m.bottom() < r.row || m.left() > width) {
                continue;
            }
            Active overlapping = null;
            for (Active a : active) {
                if (a.range.left() <= m.right() && m.left() <= a.range.right()) {
                    overlapping = a;
                    break;
                }
            }
            if (overlapping != null) {
                r.problem(Diagnostic.error(new Location(source.name(), r.row, m.left(), ""),
                        Messages.mergedOverlap(m.ref(), overlapping.range.ref())));
                continue;
            }
            int at = m.top() == r.row ? cellAt[m.left()] : 0;
            active.add(at == 0 ? new Active(m, null, null) : new Active(m, r.text[at - 1], r.kind[at - 1]));
        }
        for (Active a : active) {
            MergedRanges.Range m = a.range;
            int right = Math.min(m.right(), width);
            boolean own = false;
            for (int c = m.left(); c <= right; c++) {
                int at = cellAt[c];
                boolean topLeft = c == m.left() && r.row == m.top();
                if (at != 0 && !topLeft && !r.text[at - 1].isBlank()) {
                    own = true;
                    r.problem(Diagnostic.error(new Location(source.name(), r.row, c, ""),
                            Messages.mergedCellOwnValue(CellRef.of(r.row, c), m.ref(), CellRef.of(m.top(), m.left()))));
                }
            }
            boolean value = a.text != null && !a.text.isBlank();
            if (!m.oneColumn() && value && !own) {
                r.problem(Diagnostic.error(new Location(source.name(), r.row, m.left(), ""),
                        Messages.mergedAcrossColumns(CellRef.of(r.row, m.left()), m.ref())));
            } else if (m.oneColumn() && value && r.row > m.top() && cellAt[m.left()] == 0) {
                r.add(m.left(), a.text, a.kind);
            }
        }
        for (int i = 0; i < count; i++) {
            if (r.columns[i] <= width) {
                cellAt[r.columns[i]] = 0;
            }
        }
    }

    private RawRecord toRecord(SheetRow r) {
        int width = layout.width();
        String[] text = new String[width];
        Node.ScalarKind[] kind = new Node.ScalarKind[width];
        int[] lines = new int[width];
        int[] cols = new int[width];
        for (int i = 0; i < width; i++) {
            lines[i] = r.row;
            cols[i] = i + 1;
        }
        for (int i = 0; i < r.count; i++) {
            int c = r.columns[i] - 1;
            if (c < width && !layout.name(c).isEmpty()) {
                text[c] = r.text[i];
                kind[c] = r.kind[i];
            } else if (!r.text[i].isBlank()) {
                String ref = CellRef.of(r.row, c + 1);
                r.problem(Diagnostic.error(new Location(source.name(), r.row, c + 1, ""), Messages.valueWithoutHeader(ref)));
            }
        }
        return new TableRow(layout, source, index++, r.row, text, kind, lines, cols, width, r.problems, null);
    }

    /** The next {@code <row>} of the sheet, or null after the last. */
    private SheetRow readRow() throws XMLStreamException {
        while (xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                return row();
            }
            if (ev == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                checkMerges();
                return null;
            }
        }
        return null;
    }

    private SheetRow row() throws XMLStreamException {
        SheetRow row = new SheetRow();
        String r = xml.getAttributeValue(null, "r");
        int number = r == null ? 0 : CellRef.row(r);
        row.row = number > 0 ? number : lastRow + 1;
        lastRow = row.row;
        int nextColumn = 1;
        java.util.BitSet seen = new java.util.BitSet();
        while (xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                int col = ref == null ? nextColumn : CellRef.column(ref);
                if (col <= 0) {
                    row.problem(Diagnostic.error(Location.of(source.name(), row.row, 0), Messages.columnPastLimit(ref)));
                    skipElement();
                    continue;
                }
                if (seen.get(col)) {
                    // Excel never writes a cell twice; a second one silently replacing the first could change a score.
                    row.problem(Diagnostic.error(new Location(source.name(), row.row, col, ""),
                            Messages.cellTwice(CellRef.of(row.row, col))));
                    skipElement();
                    continue;
                }
                seen.set(col);
                cell(row, col, xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                nextColumn = col + 1;
            } else if (ev == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
        }
        return row;
    }

    /** Reads one {@code <c>} element (the reader is on its start) and adds its value to the row. */
    private void cell(SheetRow row, int col, String type, String style) throws XMLStreamException {
        boolean formula = false;
        String value = null;
        String inline = null;
        int max = ctx.options().limits().maxStringLength();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "f" -> {
                        formula = true;
                        skipElement();
                    }
                    case "v" -> value = text(max);
                    case "is" -> inline = inlineString(max);
                    default -> skipElement();
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        String ref = CellRef.of(row.row, col);
        Location at = new Location(source.name(), row.row, col, "");
        String t = type == null ? "n" : type;
        String text = t.equals("inlineStr") ? inline : value;
        if (text == null && formula) {
            // No <v> at all: the workbook was written without calculating (an empty <v> is an empty result).
            row.problem(Diagnostic.error(at, Messages.formulaWithoutValue(ref)));
            return;
        }
        if (text == null || text.isEmpty()) {
            return;
        }
        if (text.length() > max) {
            row.problem(Diagnostic.error(at, Messages.cellTooLong(text.length(), max)));
            return;
        }
        switch (t) {
            case "s" -> {
                String s = sharedString(text);
                if (s == null) {
                    row.problem(Diagnostic.error(at, Messages.badSharedString(ref)));
                } else {
                    row.add(col, s, Node.ScalarKind.STRING);
                }
            }
            case "inlineStr", "str" -> row.add(col, text, Node.ScalarKind.STRING);
            case "b" -> row.add(col, text.strip().equals("1") || text.strip().equalsIgnoreCase("true") ? "true" : "false",
                    Node.ScalarKind.BOOLEAN);
            case "e" -> row.problem(Diagnostic.error(at, Messages.errorCell(ref, text.strip())));
            case "d" -> row.add(col, isoDateText(text.strip()), Node.ScalarKind.STRING);
            default -> number(row, col, text.strip(), style);
        }
    }

    private void number(SheetRow row, int col, String text, String style) {
        double d;
        try {
            d = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            row.add(col, text, Node.ScalarKind.STRING);
            return;
        }
        byte kind = styleKind(style);
        if (kind == PERCENT && Double.isFinite(d)) {
            // A person sees 80% where the cell holds 0.8; "80%" reads right for _pct keys and ratios alike.
            row.add(col, canonicalNumber(d * 100) + "%", Node.ScalarKind.STRING);
            return;
        }
        if (kind == DATE && !(d >= 0 && d < MAX_EXCEL_DATE)) {
            row.problem(Diagnostic.error(new Location(source.name(), row.row, col, ""),
                    Messages.dateCellOutOfRange(CellRef.of(row.row, col), text)));
            return;
        }
        if (kind == DATE && Double.isFinite(d) && DateUtil.isValidExcelDate(d)) {
            LocalDateTime t = DateUtil.getLocalDateTime(d, date1904);
            row.add(col, t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString(),
                    Node.ScalarKind.STRING);
            return;
        }
        String canonical = canonicalNumber(d);
        row.add(col, canonical, canonical.indexOf('.') < 0 && canonical.indexOf('E') < 0
                ? Node.ScalarKind.INTEGER : Node.ScalarKind.FLOAT);
    }

    /**
     * A number as Excel shows it: 15 significant digits, no trailing zeros, plain notation between 1e-9
     * and 1e15 (0.1 stays "0.1", 1024.0 is "1024", 0.30000000000000004 is "0.3").
     */
    static String canonicalNumber(double d) {
        if (!Double.isFinite(d)) {
            return Double.toString(d);
        }
        if (d == 0) {
            return "0";
        }
        BigDecimal bd = new BigDecimal(d).round(EXCEL_DIGITS).stripTrailingZeros();
        double abs = Math.abs(d);
        if (abs >= 1e15 || abs < 1e-9) {
            return bd.toString();
        }
        return bd.scale() < 0 ? bd.setScale(0).toPlainString() : bd.toPlainString();
    }

    /** An ISO date-time of a {@code t="d"} cell, shortened to the date when it is midnight. */
    static String isoDateText(String s) {
        return s.matches("\\d{4}-\\d{2}-\\d{2}T00:00(:00(\\.0+)?)?Z?") ? s.substring(0, 10) : s;
    }

    /** Whether a style shows numbers as dates, as percentages, or plainly; cached per style. */
    private byte styleKind(String style) {
        if (style == null || styles == null) {
            return PLAIN;
        }
        int idx;
        try {
            idx = Integer.parseInt(style);
        } catch (NumberFormatException e) {
            return PLAIN;
        }
        if (idx < 0 || idx > 65_535) {
            return PLAIN;
        }
        if (idx >= styleKinds.length) {
            styleKinds = Arrays.copyOf(styleKinds, Math.max(idx + 1, styleKinds.length * 2));
        }
        if (styleKinds[idx] == 0) {
            byte k = PLAIN;
            if (idx < styles.getNumCellStyles()) {
                XSSFCellStyle st = styles.getStyleAt(idx);
                String format = st == null ? null : st.getDataFormatString();
                if (st != null && DateUtil.isADateFormat(st.getDataFormat(), format)) {
                    k = DATE;
                } else if (format != null && isPercentFormat(format)) {
                    k = PERCENT;
                }
            }
            styleKinds[idx] = k;
        }
        return styleKinds[idx];
    }

    /** A number format with a % outside quotes and escapes ({@code 0%}, {@code 0.0%}), which multiplies by 100. */
    static boolean isPercentFormat(String format) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\\') {
                i++;
            } else if (!quoted && c == '%') {
                return true;
            }
        }
        return false;
    }

    private String sharedString(String indexText) {
        try {
            int i = Integer.parseInt(indexText.strip());
            if (strings == null || i < 0 || i >= strings.getUniqueCount()) {
                return null;
            }
            return strings.getItemAt(i).getString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The text of the current element, at most {@code max + 1} characters kept (enough to see it is too long). */
    private String text(int max) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                if (sb.length() <= max) {
                    sb.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(xml.getTextLength(), max + 1 - sb.length()));
                }
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return sb.toString();
    }

    /** The text of an inline string {@code <is>}: its {@code <t>} runs, without phonetic runs. */
    private String inlineString(int max) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        while (xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = xml.getLocalName();
                if (n.equals("t")) {
                    String t = text(max);
                    if (sb.length() <= max) {
                        sb.append(t, 0, Math.min(t.length(), max + 1 - sb.length()));
                    }
                } else if (n.equals("rPh") || n.equals("phoneticPr")) {
                    skipElement();
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("is")) {
                break;
            }
        }
        return sb.toString();
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    // ---- failures -----------------------------------------------------------------------------------

    private void fail(Throwable e) {
        done = true;
        if (isZipBomb(e)) {
            ctx.error(Messages.xlsxZipBomb());
        } else if (e instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                || e instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException) {
            ctx.error(Messages.xlsxCorrupt(Messages.xlsxNotOoxml()));
        } else if (e instanceof XMLStreamException) {
            ctx.error(lastRow + 1, 0, Messages.xlsxCorrupt(Messages.xlsxBrokenXml(firstLine(e.getMessage()))));
        } else {
            ctx.error(Messages.xlsxCorrupt(firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
    }

    /** POI reports a zip bomb as an IOException that other layers may wrap; look through the causes. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("MinInflateRatio")
                    || m.contains("setMaxEntrySize"))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof XMLStreamException x && x.getNestedException() != null && x.getNestedException() != t) {
            return x.getNestedException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    @Override
    public void close() {
        try {
            if (xml != null) {
                xml.close();
            }
            if (sheetStream != null) {
                sheetStream.close();
            }
        } catch (XMLStreamException | IOException e) {
            // Reading is over; a failed close of an input loses nothing.
        }
        if (pkg != null) {
            // revert, not close: a package opened for reading must never be written back.
            pkg.revert();
            pkg = null;
        }
        xml = null;
        sheetStream = null;
    }
}
