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

    /** Every description in Chinese: {path, zh}, applied by {@link Field#translate}. */
    private static final String[][] ZH = {
            {"", "`cca assess` 与 `cca batch` 的 CI 门禁策略。"},
            {"cca", "格式标记，必须为 " + FORMAT + "。"},
            {"title", "本策略的用途。"},
            {"extends", "继承其断言与豁免的预设（cca-basic、cca-strict）或门禁文件（路径相对于本文件）；本文件的断言取代"
                    + "所继承的 on、id 和 scenario 都相同的断言。"},
            {"assertions", "检查项。"},
            {"assertions[].", "一条断言：适用于什么、有多重要，以及它的界限。"},
            {"assertions[].on", "检查的对象：overall（中心参与评分的每个场景）、scenario（场景）、table（能力表）或 indicator（指标）。"},
            {"assertions[].id", "场景、能力表或指标的 id（overall 不用）。"},
            {"assertions[].scenario", "只在该场景中检查（能力表和指标在每个场景中分别评分）；默认：每个场景。"},
            {"assertions[].level", "off（不检查）、warn（报告但通过）或 error（门禁未通过，退出码 1）。默认：error。"},
            {"assertions[].min_score", "通过所需的最低分数，0-100。"},
            {"assertions[].min_grade", "通过所需的最低等级（overall 与 scenario）：数字，或中文或英文的等级名称。"},
            {"assertions[].max_drop", "相对 --baseline 允许的最大分数下降，单位为分（overall 与 scenario）；等级下降同样不通过。"},
            {"assertions[].required_evidence", "指标的每个值（或能力表中每个指标的每个值）通过所需的最弱证据等级。"},
            {"waivers", "附理由和到期日的例外。"},
            {"waivers[].", "一条豁免：在到期前，指标的检查对所列中心不判为未通过。"},
            {"waivers[].indicator", "被豁免的指标 id。"},
            {"waivers[].centers", "豁免覆盖的中心 id。"},
            {"waivers[].reason", "理由；每份报告都会显示。"},
            {"waivers[].expires", "豁免有效的最后一天（YYYY-MM-DD）；过期后检查不通过，并注明豁免已过期。"}
    };

    static {
        Field.translate(ROOT, ZH);
    }

    private GateSchema() {
    }

    public static Field root() {
        return ROOT;
    }
}
