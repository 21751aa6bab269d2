package dev.cca.result;

/**
 * Whether a scenario's score earned a grade. A grade is given only to a scenario the center claims and whose
 * weight is mostly reported; otherwise reports say which of the two it is instead of showing grade 1. Stored
 * as a byte in the columnar core and in batch rows ({@link #code()}).
 */
public enum ScenarioStatus {
    /** Claimed and with enough of its weight reported: the grade stands. */
    RATED("rated", "已评级"),
    /** The profile's {@code scenarios:} do not include it: scored for reference, not graded. */
    NOT_CLAIMED("not-claimed", "未声明"),
    /** Less of its weight is reported than the rule set's {@code missing.min_reported}: not graded. */
    INSUFFICIENT_DATA("insufficient-data", "数据不足");

    private final String id;
    private final String zh;

    ScenarioStatus(String id, String zh) {
        this.id = id;
        this.zh = zh;
    }

    /** The stable identifier written in JSON and CSV. */
    public String id() {
        return id;
    }

    public String zh() {
        return zh;
    }

    public byte code() {
        return (byte) ordinal();
    }

    public static ScenarioStatus fromCode(int code) {
        return values()[code];
    }

    public boolean rated() {
        return this == RATED;
    }
}
