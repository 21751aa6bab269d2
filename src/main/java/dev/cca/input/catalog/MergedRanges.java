package dev.cca.input.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The merged cells of one sheet ({@code <mergeCells>}, which a sheet's XML holds after its rows), read before the rows
 * so that each row can be read as a person sees it: a range of one column merged over several rows (a province
 * written once beside the centers of that province) shows its value in every row it spans, and a cell under a merged
 * range shows only the range's value, whatever the cell itself holds.
 *
 * <p>At most {@link #LIMIT} ranges are read: a real sheet has one per group of rows, and a sheet of more is refused
 * rather than costing time in proportion to ranges times rows.
 */
final class MergedRanges {

    /** The most merged ranges one sheet may have. */
    static final int LIMIT = 10_000;

    /** One merged range, 1-based and inclusive. */
    record Range(int top, int left, int bottom, int right) {
        String ref() {
            return CellRef.of(top, left) + ":" + CellRef.of(bottom, right);
        }

        boolean oneColumn() {
            return left == right;
        }
    }

    static final MergedRanges NONE = new MergedRanges(new Range[0], 0);

    /** The ranges, in the order of their top rows. */
    private final Range[] ranges;
    /** The number of ranges the sheet has, when over {@link #LIMIT}; else 0. */
    private final int tooMany;

    private MergedRanges(Range[] ranges, int tooMany) {
        this.ranges = ranges;
        this.tooMany = tooMany;
    }

    /** Whether the sheet merges no cells. */
    boolean isEmpty() {
        return ranges.length == 0;
    }

    /** The number of merged ranges when there are more than {@link #LIMIT}, else 0. */
    int tooMany() {
        return tooMany;
    }

    /** The ranges, in the order of their top rows (ties by left column). */
    Range[] ranges() {
        return ranges;
    }

    /**
     * Finds the merged ranges of a sheet's XML by its bytes, without parsing it as XML (which would cost a fifth of
     * reading the sheet): each {@code <mergeCell ref="...">} element, with or without a namespace prefix. A single cell
     * "merged" with itself is no range, and a reference that is not one ({@code A1:}, past the last column) is left out:
     * Excel writes neither. The same markup inside a cell's text or a comment would be found too; the rows' reader, which
     * parses the sheet, reads the real elements after the rows and compares ({@link #sameAs}).
     */
    static MergedRanges scan(InputStream sheet) throws IOException {
        List<Range> out = new ArrayList<>();
        int count = 0;
        byte[] buf = new byte[1 << 16];
        // Bytes kept from the end of one block for the next, so that an element split between blocks is seen whole.
        int keep = 0;
        try (InputStream in = sheet) {
            while (true) {
                int n = in.readNBytes(buf, keep, buf.length - keep);
                int end = keep + n;
                boolean last = n < buf.length - keep;
                int i = 0;
                int next;
                while (true) {
                    int at = indexOf(buf, i, end, NAME);
                    if (at < 0) {
                        next = Math.max(i, end - NAME.length - PREFIX);
                        break;
                    }
                    int close = indexOfByte(buf, at + NAME.length, end, (byte) '>');
                    if (close < 0) {
                        next = Math.max(i, at - PREFIX);
                        break;
                    }
                    if (at + NAME.length < end && isElementStart(buf, at) && isNameEnd(buf[at + NAME.length])) {
                        Range r = parse(attribute(buf, at + NAME.length, close, "ref"));
                        if (r != null && ++count <= LIMIT) {
                            out.add(r);
                        }
                    }
                    i = close + 1;
                }
                if (last) {
                    break;
                }
                keep = end - next;
                if (keep > TAIL) {
                    // An element whose '>' is this far from its name is no mergeCell: it is not looked at again.
                    keep = 0;
                } else {
                    System.arraycopy(buf, next, buf, 0, keep);
                }
            }
        }
        if (count > LIMIT) {
            return new MergedRanges(new Range[0], count);
        }
        return of(out);
    }

    /** The ranges given, in the order of their top rows. */
    static MergedRanges of(List<Range> ranges) {
        Range[] a = ranges.toArray(new Range[0]);
        Arrays.sort(a, ORDER);
        return new MergedRanges(a, 0);
    }

    /** Whether two readings name the same ranges (in any order). */
    boolean sameAs(List<Range> read) {
        if (read.size() != ranges.length || tooMany != 0) {
            return false;
        }
        Range[] a = read.toArray(new Range[0]);
        Arrays.sort(a, ORDER);
        return Arrays.equals(a, ranges);
    }

    private static final Comparator<Range> ORDER = Comparator.comparingInt(Range::top).thenComparingInt(Range::left)
            .thenComparingInt(Range::bottom).thenComparingInt(Range::right);
    private static final byte[] NAME = "mergeCell".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** The most bytes of an element kept from one block to the next. */
    private static final int TAIL = 1024;
    /** The most bytes before an element's name kept with it: its '<' and a namespace prefix. */
    private static final int PREFIX = 64;

    private static boolean isElementStart(byte[] b, int name) {
        // "<mergeCell" or "<x:mergeCell".
        int i = name - 1;
        if (i >= 0 && b[i] == '<') {
            return true;
        }
        if (i < 0 || b[i] != ':') {
            return false;
        }
        i--;
        while (i >= 0 && (Character.isLetterOrDigit(b[i]) || b[i] == '_' || b[i] == '-' || b[i] == '.')) {
            i--;
        }
        return i >= 0 && i < name - 2 && b[i] == '<';
    }

    private static boolean isNameEnd(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>';
    }

    /** The value of attribute {@code name} between {@code from} and {@code to}, or null. */
    private static String attribute(byte[] b, int from, int to, String name) {
        String tag = new String(b, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^|\\s)" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')").matcher(tag);
        return m.find() ? (m.group(2) != null ? m.group(2) : m.group(3)) : null;
    }

    private static int indexOf(byte[] b, int from, int to, byte[] what) {
        outer:
        for (int i = from; i <= to - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (b[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int indexOfByte(byte[] b, int from, int to, byte c) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** {@code "C2:C4"} as a range; null when it is not two cell references or names a single cell. */
    static Range parse(String ref) {
        if (ref == null) {
            return null;
        }
        int colon = ref.indexOf(':');
        if (colon <= 0 || colon == ref.length() - 1) {
            return null;
        }
        String a = ref.substring(0, colon).strip();
        String b = ref.substring(colon + 1).strip();
        int top = CellRef.row(a);
        int left = CellRef.column(a);
        int bottom = CellRef.row(b);
        int right = CellRef.column(b);
        if (top <= 0 || left <= 0 || bottom <= 0 || right <= 0) {
            return null;
        }
        Range range = new Range(Math.min(top, bottom), Math.min(left, right), Math.max(top, bottom), Math.max(left, right));
        return range.top() == range.bottom() && range.left() == range.right() ? null : range;
    }
}
