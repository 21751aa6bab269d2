package dev.cca.model;

import static dev.cca.model.Field.choice;
import static dev.cca.model.Field.date;
import static dev.cca.model.Field.idList;
import static dev.cca.model.Field.number;
import static dev.cca.model.Field.object;
import static dev.cca.model.Field.objectList;
import static dev.cca.model.Field.text;

/**
 * The {@code gate/v1} contract: the CI gate file ({@code cca assess --gate gate.yaml}). One definition, read by
 * {@code dev.cca.gate.GateFileReader} (which checks every key against it) and described by the documentation
 * (docs/gates.md); keys may be added, never renamed.
 *
 * <p>Dynamic names (scenario, table and indicator ids) are values, never keys, so the whole format is a fixed
 * tree: an assertion names what it is {@code on} and, for all but {@code overall}, the {@code id} of it.
 */
public final class GateSchema {

    public static final String FORMAT = "gate/v1";

    public static final String[] ON = {"overall", "scenario", "table", "indicator"};
    public static final String[] LEVELS = {"off", "warn", "error"};
    public static final String[] EVIDENCE = {"measured", "audited", "declared"};

    private static final Field ASSERTION = object("", "One assertion: where it applies, how much it matters, and its bounds.",
            choice("on", "What it checks: overall (every scenario a center is scored in), a scenario, a table or an indicator.", ON)
                    .required(),
            text("id", "The scenario, table or indicator id (not for overall).").example("security-compliance"),
            text("scenario", "Check only in this scenario (tables and indicators are scored in each); default: every scenario.")
                    .example("inference"),
            choice("level", "off (not checked), warn (reported, passes) or error (fails the gate, exit 1). Default: error.", LEVELS),
            number("min_score", Quantity.NUMBER, "Lowest score that passes, 0-100.").range(0, 100),
            text("min_grade", "Lowest grade that passes (overall and scenario): a number or a grade name in English or Chinese.")
                    .example("Proficient"),
            number("max_drop", Quantity.NUMBER,
                    "Largest score drop against --baseline that passes, in points (overall and scenario); a fall in grade also fails.")
                    .range(0, 100),
            choice("required_evidence", "Weakest evidence that passes for every value of an indicator (or of every indicator of a table).",
                    EVIDENCE));

    private static final Field WAIVER = object("", "A waiver: an indicator's checks do not fail for the named centers until it expires.",
            text("indicator", "The indicator id waived.").required().example("security-compliance"),
            idList("centers", "The center ids it covers.").required(),
            text("reason", "Why; shown in every report.").required().example("audit booked for 2026-03"),
            date("expires", "The last day it holds (YYYY-MM-DD); after it, the check fails and says so.").required());

    private static final Field ROOT = object("", "A CI gate policy for cca assess and cca batch.",
            text("cca", "Format tag; must be " + FORMAT + ".").required().example(FORMAT),
            text("title", "What this policy is for."),
            idList("extends", "Presets (cca-basic, cca-strict) or gate files (relative to this one) whose assertions and waivers "
                    + "this file inherits; its own assertions replace inherited ones with the same on, id and scenario."),
            objectList("assertions", "The checks.", ASSERTION),
            objectList("waivers", "Exceptions with a reason and an expiry date.", WAIVER)).bind("");

    private GateSchema() {
    }

    public static Field root() {
        return ROOT;
    }
}
