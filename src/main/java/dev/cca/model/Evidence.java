package dev.cca.model;

import java.util.Locale;

/**
 * How a value is backed, strongest first. Stored as a byte in the columnar core (the ordinal plus one;
 * zero means no value).
 */
public enum Evidence {
    MEASURED("measured", "实测"),
    AUDITED("audited", "审计"),
    DECLARED("declared", "自报");

    private final String id;
    private final String zh;

    Evidence(String id, String zh) {
        this.id = id;
        this.zh = zh;
    }

    public String id() {
        return id;
    }

    public String zh() {
        return zh;
    }

    /** Byte code used in columns: 1 measured, 2 audited, 3 declared; 0 for no value. */
    public byte code() {
        return (byte) (ordinal() + 1);
    }

    public static Evidence fromCode(byte code) {
        return code <= 0 ? null : values()[code - 1];
    }

    public static Evidence parse(String s) {
        for (Evidence e : values()) {
            if (e.id.equals(s.strip().toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        return null;
    }

    /** True when this evidence is at least as strong as {@code other}. */
    public boolean atLeast(Evidence other) {
        return ordinal() <= other.ordinal();
    }
}
