package dev.cca.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Locale-independent number formatting, so that every report is byte-identical on every machine. */
public final class Numbers {

    private Numbers() {
    }

    private static final double[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    /** A value with up to {@code decimals} decimals, trailing zeros removed: 45, 0.91, 1250.5. */
    public static String format(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String fast = fast(v, decimals);
        if (fast != null) {
            return fast;
        }
        BigDecimal bd = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (bd.scale() < 0) {
            bd = bd.setScale(0);
        }
        String s = bd.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /**
     * The common case without BigDecimal (reports print millions of scores): scale, round half-even, print the
     * integer and fraction digits. Values whose scaled form sits within a hair of a rounding tie are left to
     * BigDecimal, which rounds the shortest decimal form of the double; elsewhere both agree, so output does
     * not depend on the path taken. Returns null when the fast path does not apply.
     */
    /**
     * Appends {@code v} as {@link #format(double, int)} would print it, without allocating in the common case:
     * the writers of catalog reports print tens of millions of numbers. NaN appends nothing.
     */
    public static void append(StringBuilder sb, double v, int decimals) {
        if (Double.isNaN(v)) {
            return;
        }
        if (!appendFast(sb, v, decimals)) {
            sb.append(format(v, decimals));
        }
    }

    /**
     * Writes {@code v} as {@link #format(double, int)} prints it into {@code buf} at {@code at}, with no allocation:
     * the catalog reports print tens of millions of numbers. Returns the end of what was written, or -1 when the
     * value needs {@link #format(double, int)} (a rounding tie within a hair, a huge or odd value, NaN). {@code buf}
     * needs 32 characters of room.
     */
    public static int write(char[] buf, int at, double v, int decimals) {
        if (decimals < 0 || decimals >= POW10.length || !(Math.abs(v) < 1e12)) {
            return -1;
        }
        double scaled = Math.abs(v) * POW10[decimals];
        double frac = scaled - Math.floor(scaled);
        if (Math.abs(frac - 0.5) < 1e-6) {
            return -1;
        }
        long r = Math.round(scaled);
        int i = at;
        if (r == 0) {
            buf[i++] = '0';
            return i;
        }
        long unit = (long) POW10[decimals];
        long ip = r / unit;
        long fp = r % unit;
        if (v < 0) {
            buf[i++] = '-';
        }
        int len = 1;
        for (long p = 10; p <= ip && len < 19; p *= 10) {
            len++;
        }
        for (int k = i + len - 1; k >= i; k--) {
            buf[k] = (char) ('0' + ip % 10);
            ip /= 10;
        }
        i += len;
        if (fp != 0) {
            int digits = decimals;
            while (fp % 10 == 0) {
                fp /= 10;
                digits--;
            }
            buf[i++] = '.';
            for (int k = i + digits - 1; k >= i; k--) {
                buf[k] = (char) ('0' + fp % 10);
                fp /= 10;
            }
            i += digits;
        }
        return i;
    }

    private static String fast(double v, int decimals) {
        StringBuilder sb = new StringBuilder(24);
        return appendFast(sb, v, decimals) ? sb.toString() : null;
    }

    private static boolean appendFast(StringBuilder sb, double v, int decimals) {
        if (decimals < 0 || decimals >= POW10.length || !(Math.abs(v) < 1e12)) {
            return false;
        }
        double scaled = Math.abs(v) * POW10[decimals];
        double frac = scaled - Math.floor(scaled);
        if (Math.abs(frac - 0.5) < 1e-6) {
            return false;
        }
        long r = Math.round(scaled);
        if (r == 0) {
            sb.append('0');
            return true;
        }
        long unit = (long) POW10[decimals];
        long ip = r / unit;
        long fp = r % unit;
        if (v < 0) {
            sb.append('-');
        }
        sb.append(ip);
        if (fp != 0) {
            int digits = decimals;
            while (fp % 10 == 0) {
                fp /= 10;
                digits--;
            }
            sb.append('.');
            for (long p = 10; p <= fp * 10 && digits > 0; p *= 10) {
                digits--;
            }
            for (int k = 0; k < digits; k++) {
                sb.append('0');
            }
            sb.append(fp);
        }
        return true;
    }

    /** A measured value: four significant decimals at most. */
    public static String format(double v) {
        if (!Double.isNaN(v) && !Double.isInfinite(v) && Math.abs(v) >= 1e15) {
            return String.format(java.util.Locale.ROOT, "%.4g", v);
        }
        return format(v, Math.abs(v) >= 100 ? 2 : 4);
    }

    /** A score: one decimal. */
    public static String score(double v) {
        return Double.isNaN(v) ? "n/a" : format(v, 1);
    }
}
