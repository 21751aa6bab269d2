package dev.cca.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Locale-independent number formatting, so that every report is byte-identical on every machine. */
public final class Numbers {

    private Numbers() {
    }

    /** A value with up to {@code decimals} decimals, trailing zeros removed: 45, 0.91, 1250.5. */
    public static String format(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        BigDecimal bd = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (bd.scale() < 0) {
            bd = bd.setScale(0);
        }
        String s = bd.toPlainString();
        return s.equals("-0") ? "0" : s;
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
