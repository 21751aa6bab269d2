package dev.cca.input.catalog;

/**
 * Spreadsheet cell references ({@code C12}). Records read from XLSX carry the row as line and the
 * column number as column ({@code C} is 3), so {@code CellRef.of(location.line(), location.column())}
 * gives back the reference a spreadsheet shows.
 */
public final class CellRef {

    /** The largest column of an XLSX sheet: XFD. */
    public static final int MAX_COLUMN = 16_384;

    private CellRef() {
    }

    /** {@code of(12, 3)} is "C12"; a column of 0 gives just the row number. */
    public static String of(int row, int column) {
        return column <= 0 ? String.valueOf(row) : columnName(column) + row;
    }

    /** 1 is "A", 27 is "AA". */
    public static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column;
        while (c > 0) {
            int r = (c - 1) % 26;
            sb.append((char) ('A' + r));
            c = (c - 1) / 26;
        }
        return sb.reverse().toString();
    }

    /**
     * The column number of the letters that start a reference ("C12" is 3), or 0 when there are none
     * or they name a column past {@link #MAX_COLUMN}.
     */
    public static int column(CharSequence ref) {
        int c = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                c = c * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                c = c * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
            if (c > MAX_COLUMN) {
                return 0;
            }
        }
        return c;
    }

    /** The row number after the letters ("C12" is 12), or 0 when there is none. */
    public static int row(CharSequence ref) {
        int r = 0;
        boolean digits = false;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits = true;
                r = r * 10 + (ch - '0');
                if (r > 10_000_000) {
                    return 0;
                }
            } else if (digits) {
                return 0;
            }
        }
        return r;
    }
}
