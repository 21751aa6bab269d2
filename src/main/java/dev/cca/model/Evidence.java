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

    /**
     * The level a value has earned, and why it has less than its label when it has.
     *
     * @param level  what the value counts as
     * @param reason why the label was not earned, or null when it was
     */
    public record Earned(Evidence level, dev.cca.diag.Message reason) {
    }

    /**
     * Evidence is earned by a source and a date, never by a label: {@code measured} needs a file that cca read (a
     * benchmark-run document or a tool's own output), {@code audited} an audit reference (or a measurement, which
     * is stronger); both need the date they were produced. Without them the value counts as declared, and the
     * reason says what is missing.
     */
    public static Earned earn(Evidence label, java.util.List<Provenance> sources, java.time.LocalDate date) {
        if (label == DECLARED) {
            return new Earned(DECLARED, null);
        }
        boolean measuredFile = sources.stream().anyMatch(Provenance::isMeasurement);
        boolean audit = sources.stream().anyMatch(p -> p.kind() == Provenance.Kind.AUDIT && isAuditReference(p.reference()));
        if (label == MEASURED && !measuredFile) {
            return new Earned(DECLARED, new dev.cca.diag.Message(dev.cca.diag.ProfileCode.MEASURED_UNEARNED));
        }
        if (label == AUDITED && !audit && !measuredFile) {
            String given = sources.stream().filter(p -> p.kind() == Provenance.Kind.AUDIT && p.reference() != null
                    && !p.reference().isBlank()).map(Provenance::reference).findFirst().orElse(null);
            return new Earned(DECLARED, given == null ? new dev.cca.diag.Message(dev.cca.diag.ProfileCode.AUDITED_UNEARNED)
                    : new dev.cca.diag.Message(dev.cca.diag.ProfileCode.AUDIT_REFERENCE_UNVERIFIABLE, given));
        }
        if (date == null) {
            return new Earned(DECLARED, new dev.cca.diag.Message(dev.cca.diag.ProfileCode.UNDATED_UNEARNED,
                    dev.cca.diag.Localized.of(label.id, label.id + "（" + label.zh + "）")));
        }
        return new Earned(label, null);
    }

    /**
     * The least an audit reference must be for a reader to look it up: the auditing body and its report or
     * certificate number, so at least two letters (of any script: "中国信通院", "CAICT") and at least one digit
     * ("2025-0412"). Invisible characters (zero-width spaces, joiners, controls) are not counted. A placeholder
     * such as "?", "-", "none", "n/a", "TBD" or "待定" has no digit and does not earn the label; whether the
     * audit exists is for the reader to verify, but the reference must be something one can verify.
     */
    public static boolean isAuditReference(String reference) {
        if (reference == null) {
            return false;
        }
        int letters = 0;
        boolean digit = false;
        for (int i = 0; i < reference.length(); ) {
            int cp = reference.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
            } else if (Character.isDigit(cp)) {
                digit = true;
            }
        }
        return letters >= 2 && digit;
    }
}
