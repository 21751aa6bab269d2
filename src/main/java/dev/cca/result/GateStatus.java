package dev.cca.result;

/** The outcome of one gate check. */
public enum GateStatus {
    /** The bound holds. */
    PASS("pass"),
    /** The bound does not hold, and its level is warn: reported, the gate still passes. */
    WARN("warn"),
    /** The bound does not hold at level error (or an expired waiver covers it): the gate fails, exit 1. */
    FAIL("fail"),
    /** The bound does not hold, but a waiver that has not expired covers this center and indicator. */
    WAIVED("waived"),
    /**
     * Nothing to check: the scenario is not scored for the center, a regression bound without a baseline entry,
     * or a value a catalog run does not keep. The message says which.
     */
    SKIPPED("skipped");

    private final String id;

    GateStatus(String id) {
        this.id = id;
    }

    /** The stable identifier written in reports. */
    public String id() {
        return id;
    }
}
