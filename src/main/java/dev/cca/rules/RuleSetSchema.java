package dev.cca.rules;

import static dev.cca.model.Field.any;
import static dev.cca.model.Field.bool;
import static dev.cca.model.Field.choice;
import static dev.cca.model.Field.choiceList;
import static dev.cca.model.Field.idList;
import static dev.cca.model.Field.map;
import static dev.cca.model.Field.number;
import static dev.cca.model.Field.object;
import static dev.cca.model.Field.objectList;
import static dev.cca.model.Field.text;

import dev.cca.model.Field;
import dev.cca.model.Quantity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of a {@code rules/v1} document: every map the loader reads, the keys it allows in it, and what each
 * holds. {@link RuleSetLoader} takes the keys it allows from here ({@code keys(m, p, GRADE)}) and
 * {@code cca schema rules} describes the same tree, so neither can name a key the other does not know. What
 * the loader checks beyond the shape (weights that sum, curves that rise, ids that resolve) stays in the loader.
 */
public final class RuleSetSchema {

    private static Field cite() {
        return idList("cite", "Citation ids (of citations:) or 'judgement' for the project's own call: one, or a list.");
    }

    private static Field en(String what) {
        return text("en", what + ", in English.");
    }

    private static Field zh(String what) {
        return text("zh", what + ", in Chinese.");
    }

    static Field label(String name, String doc) {
        return object(name, doc, en("The text"), zh("The text"));
    }

    static final Field CITATION = object("", "A source the rule set's numbers cite.",
            text("source", "The source: report, section, address.").required(),
            text("text", "What the source says."));

    static final Field GRADE = object("", "A grade band: the lowest score that earns it.",
            number("grade", Quantity.NUMBER, "The grade, a whole number 1-9.").required(),
            number("min", Quantity.NUMBER, "Lowest score of the band, 0-100.").range(0, 100).required(),
            en("Name of the grade").required(), zh("Name of the grade").required(), cite());

    static final Field SCENARIO = object("", "A scoring scenario.",
            text("id", "Scenario id (training, inference).").required(),
            en("Name").required(), zh("Name").required(),
            choice("combine", "How tables combine into the scenario score.", "weighted-mean", "weighted-geometric-mean"));

    static final Field INDICATOR_USE = object("", "An indicator's weight in a table, for one scenario.",
            text("indicator", "Indicator id (of indicators:).").required(),
            number("weight", Quantity.NUMBER, "Relative weight within the table (required unless informative).")
                    .range(0, Double.POSITIVE_INFINITY),
            bool("informative", "Shown, not weighted."), cite());

    /** A table: its scenario columns ({@code training: [...]}) are keys named by the rule set's scenario ids. */
    static final Field TABLE = object("", "A capability table of the report, and the weight of each indicator in it per scenario.",
            text("id", "Table id.").required(), en("Name").required(), zh("Name").required(),
            map("weight", "The table's weight in each scenario score, by scenario id.",
                    number("", Quantity.NUMBER, "Weight, not negative.").range(0, Double.POSITIVE_INFINITY)).required(),
            cite())
            .extraKeys(objectList("", "The indicators' weights in one scoring scenario (the key is the scenario's id).",
                    INDICATOR_USE));

    static final Field CONDITION = condition("");

    static final Field LABEL = label("", "A text in English and Chinese.");

    static Field condition(String name) {
        return object(name, "A condition: {metric, missing: true} | {metric, below} | {metric, at_least}"
                    + " | {indicator, below} | {evidence_coverage_below}.",
            text("metric", "A metric path of the profile."),
            text("indicator", "An indicator id."),
            bool("missing", "true: the metric has no value."),
            number("below", Quantity.NUMBER, "Holds when the value (or score) is below this."),
            number("at_least", Quantity.NUMBER, "Holds when the value is at least this."),
            number("evidence_coverage_below", Quantity.NUMBER, "Holds when the share of evidenced weight is below this, 0-1.")
                        .range(0, 1));
    }

    /** The keys of a curve, by its kind. */
    static final Map<String, List<String>> CURVE_KEYS = curveKeys();

    private static Map<String, List<String>> curveKeys() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("linear", List.of("kind", "points", "below"));
        m.put("steps", List.of("kind", "points", "below"));
        m.put("lognormal", List.of("kind", "median", "good"));
        m.put("boolean", List.of("kind", "yes", "no"));
        m.put("coverage", List.of("kind", "full_at"));
        m.put("count", List.of("kind", "half"));
        return m;
    }

    static final Field CURVE = object("curve", "How a value becomes a 0-100 score; the keys it takes follow its kind.",
            choice("kind", "linear, steps, lognormal, boolean, coverage or count.", CURVE_KEYS.keySet().toArray(String[]::new))
                    .required(),
            any("points", "linear and steps: [value, score] pairs in increasing order of value."),
            number("below", Quantity.NUMBER, "steps: the score below the first point.").range(0, 100),
            number("median", Quantity.NUMBER, "lognormal: the value that scores 50."),
            number("good", Quantity.NUMBER, "lognormal: the value that scores 90."),
            number("yes", Quantity.NUMBER, "boolean: the score of true (default 100).").range(0, 100),
            number("no", Quantity.NUMBER, "boolean: the score of false (default 0).").range(0, 100),
            number("full_at", Quantity.NUMBER, "coverage: the covered share (0-1] that earns full marks."),
            number("half", Quantity.NUMBER, "count: the count that scores 50."))
            .keysByKind("kind", CURVE_KEYS);

    static final Field LOOKUP = object("divide_by_lookup", "A divisor looked up by a descriptive field of the profile.",
            text("field", "The profile field (inference.latency_class).").required(),
            map("values", "Divisor by the field's value.", number("", Quantity.NUMBER, "Divisor, above 0.")),
            number("default", Quantity.NUMBER, "Divisor when the field has no value listed.").required());

    static final Field NORMALIZE = object("normalize", "Turns a value into a per-unit one before the curve.",
            idList("divide_by", "Numeric metrics the value is divided by."),
            idList("multiply_by", "Numeric metrics the value is multiplied by."),
            number("scale", Quantity.NUMBER, "A factor, above 0."),
            LOOKUP,
            text("unit", "The unit of the result, for reports."));

    static final Field ANCHOR = object("", "A figure the curve is set by, shown on its plot.",
            number("value", Quantity.NUMBER, "The figure.").required(),
            en("What it is").required(), zh("What it is").required(), cite());

    static final Field METRIC_RULE = object("", "How one metric of the profile is scored within its indicator.",
            text("metric", "A metric path of the profile (compute.pue).").required(),
            en("Name, where it differs from the profile key's"), zh("Name"),
            number("weight", Quantity.NUMBER, "Relative weight within the indicator, not negative.")
                    .range(0, Double.POSITIVE_INFINITY).required(),
            choice("direction", "higher (default) or lower is better.", "higher", "lower"),
            CURVE.required(),
            NORMALIZE,
            choice("missing", "zero (default) or exclude: how a missing value counts.", "zero", "exclude"),
            idList("items", "A coverage curve scores only these ids of the reference list."),
            objectList("anchors", "Figures the curve is set by.", ANCHOR),
            cite());

    static final Field INDICATOR = object("", "An indicator of a table: what it measures, and the metrics that score it.",
            en("Name").required(), zh("Name").required(),
            label("measures", "What it measures, in the report's words."),
            label("why", "Why it matters."),
            label("improve", "How a center improves it."),
            objectList("metrics", "The metrics that score it.", METRIC_RULE).required());

    static final Field REFERENCE_ITEM = object("", "An id a capability list may name, and its weight.",
            text("id", "The id profiles write.").required(),
            en("Name").required(), zh("Name"),
            number("weight", Quantity.NUMBER, "Weight in coverage, not negative (default 1).")
                    .range(0, Double.POSITIVE_INFINITY),
            idList("aliases", "Other spellings read as this id."));

    static final Field CAP = object("", "A cap: when its condition holds, the grade is at most max_grade.",
            text("id", "Cap id.").required(), en("What it says").required(), zh("What it says").required(),
            condition("when").required(),
            number("max_grade", Quantity.NUMBER, "The highest grade while it holds.").required(),
            idList("scenarios", "Scenarios it applies in (default: every one)."), cite());

    static final Field FIT_LEVEL = object("", "A fit level; the first whose conditions all hold applies.",
            choice("fit", "full, limited or none.", "full", "limited", "none").required(),
            objectList("when", "Conditions, all of which must hold (the last level has none).", CONDITION),
            en("What it means").required(), zh("What it means").required(), cite());

    static final Field FIT = object("", "Fit to a claimed scenario of the profile.",
            text("scenario", "The profile scenario (pretraining, fine-tuning, inference).").required(),
            en("Name"), zh("Name"),
            text("scored_as", "The scoring scenario it is scored as.").required(),
            objectList("levels", "Levels, from the best.", FIT_LEVEL).required());

    static final Field VENDOR = object("", "An accelerator vendor.",
            text("id", "Vendor id.").required(), en("Name").required(), zh("Name").required(),
            idList("aliases", "Names inventories write for it."));

    static final Field ACCELERATOR = object("", "An accelerator model and its cited peak figures (dense unless _sparse_).",
            text("id", "Accelerator id.").required(),
            text("vendor", "Vendor id (of vendors:).").required(),
            text("model", "Model name.").required(),
            idList("aliases", "Names inventories write for it."),
            text("family", "Architecture id shared by SKUs of one die (default: the card's id); diversity counts families."),
            choice("kind", "Class of accelerator.", "gpu", "npu", "cpu", "fpga", "asic", "other").required(),
            number("fp16_tflops", Quantity.NUMBER, "Peak dense FP16/BF16, TFLOPS."),
            number("fp16_sparse_tflops", Quantity.NUMBER, "Peak FP16 with 2:4 sparsity, TFLOPS."),
            number("fp8_tflops", Quantity.NUMBER, "Peak dense FP8, TFLOPS."),
            number("fp8_sparse_tflops", Quantity.NUMBER, "Peak FP8 with sparsity, TFLOPS."),
            number("int8_tops", Quantity.NUMBER, "Peak dense INT8, TOPS."),
            number("int8_sparse_tops", Quantity.NUMBER, "Peak INT8 with sparsity, TOPS."),
            number("memory_gb", Quantity.NUMBER, "Memory, GB."),
            number("memory_bandwidth_gb_s", Quantity.NUMBER, "Peak memory (HBM, GDDR or LPDDR; on-chip SRAM where sram is true)"
                    + " bandwidth, GB/s (bytes)."),
            number("peak_unstated_tflops", Quantity.NUMBER, "A peak the vendor publishes without naming its precision or"
                    + " whether sparsity counts, TFLOPS: a stated peak of a card without fp16_tflops is held to it."),
            bool("sram", "Its memory is on-chip SRAM (a wafer-scale engine, an LPU): memory_gb and memory_bandwidth_gb_s are the"
                    + " SRAM's, and a card without a figure is not held to it."),
            bool("secondary", "Only secondary sources give its figures."),
            cite());

    static final Field MODEL = object("", "A model and its size, for throughput per active parameter.",
            text("id", "Model id.").required(), text("name", "Name.").required(),
            idList("aliases", "Other names."),
            number("total_b", Quantity.NUMBER, "Parameters, billions.").required(),
            number("active_b", Quantity.NUMBER, "Parameters active per token, billions (default total_b)."),
            cite());

    static final Field CHECKS = object("checks", "Parameters of the checks stage.",
            number("littles_law_tolerance", Quantity.NUMBER,
                    "Tolerance of the Little's law check (throughput within what concurrency and time per token allow), a share, 0 up to 1.").required(),
            number("max_tokens_per_s_per_user", Quantity.NUMBER, "Fastest plausible output rate of one request.").required(),
            number("peak_match_within", Quantity.NUMBER,
                    "A declared peak this close to a card's INT8, FP8 or sparse figure is that figure: a share, 0 up to 1.").required(),
            number("peak_tolerance", Quantity.NUMBER,
                    "A declared peak more than this share above the card's dense FP16 peak exceeds the card: 0 up to 1.").required(),
            number("cluster_tolerance", Quantity.NUMBER,
                    "Share by which declared cluster and total compute may exceed count x peak, 0 up to 1.").required(),
            number("scaling_per_doubling", Quantity.NUMBER, "Scaling efficiency per doubling, above 0, at most 1.").required(),
            number("accelerators_per_machine", Quantity.NUMBER,
                    "Accelerators in one machine of a machine-month price when the profile does not say; at least 1.").required(),
            number("hours_per_month", Quantity.NUMBER, "Hours in a month, for machine-month prices; above 0.").required(),
            number("voice_max_params_b", Quantity.NUMBER,
                    "Largest model, in billions of parameters, a voice latency class is accepted for; above 0."),
            number("max_mfu_pct", Quantity.NUMBER, "Highest MFU, in percent, credited as plausible; above 0, at most 100; off: no ceiling.").orOff(),
            number("min_recovery_minutes", Quantity.NUMBER,
                    "Shortest credible recovery of a training job after a failure, in minutes; off: no floor.").orOff(),
            number("diversity_min_share", Quantity.NUMBER,
                    "Least share of the inventory's dense FP16 compute an architecture needs to count as a kind, 0 up to 1; off: any share.").orOff(),
            number("diversity_min_accelerators", Quantity.NUMBER,
                    "Least accelerators an architecture needs to count as a kind; off: any count.").orOff(),
            number("max_speedup_per_doubling", Quantity.NUMBER,
                    "Highest credited multi-machine scaling efficiency per doubling of accelerators, above 0, at most 1; off: only a speed-up of 1 or more is not scored.").orOff(),
            number("decode_tokens_per_weight_pass", Quantity.NUMBER,
                    "Most output tokens one sequence is credited per read of the model's weights (speculative decoding), at least 1; off: no memory-bandwidth bound.").orOff(),
            number("decode_min_bits_per_weight", Quantity.NUMBER,
                    "Fewest bits a weight is credited to take when read during decoding, above 0, at most 32; off: no memory-bandwidth bound.").orOff(),
            number("recovery_counted_share", Quantity.NUMBER,
                    "Share of the stated recovery time each job-interrupting failure is held to cost, above 0, at most 1: effective training time is at most MTBF / (MTBF + share x recovery); off: no such bound.").orOff(),
            number("ttft_min_weight_reads", Quantity.NUMBER,
                    "Reads of the model's active weights a first token is credited to need at least, above 0, at most 1; off: no time-to-first-token memory-bandwidth floor.").orOff(),
            number("accelerator_mtbf_hours", Quantity.NUMBER,
                    "Hours between job-interrupting failures credited to one accelerator of a large training job (a cluster's MTBF times its accelerators), above 0; off: no MTBF ceiling.").orOff(),
            number("mtbf_ceiling_factor", Quantity.NUMBER,
                    "Times accelerator_mtbf_hours that the largest cluster's accelerators times the stated MTBF may reach, above 0; off: no MTBF ceiling.").orOff(),
            number("min_price_cny_per_pflops_hour", Quantity.NUMBER,
                    "Lowest price credited, in CNY per hour of one PFLOPS of the priced card's dense FP16 peak (card-hour and machine-month prices), above 0; off: no price floor.").orOff(),
            number("max_network_gbps_per_accelerator", Quantity.NUMBER,
                    "Highest scale-out network bandwidth per accelerator credited, in Gb/s, above 0; off: no ceiling.").orOff(),
            number("min_pue", Quantity.NUMBER,
                    "Lowest PUE credited (below the best annual PUE any facility has published), 1 or more; a lower claim is scored at it; off: no floor.").orOff(),
            number("max_utilization_pct", Quantity.NUMBER,
                    "Highest average utilization of the accelerators credited, %, above 0, at most 100; a higher claim is scored at it; off: no ceiling.").orOff(),
            cite());

    static final Field EVIDENCE = object("evidence", "How evidence counts.",
            object("factors", "Multiplier of each evidence level, 0-1.",
                    number("measured", Quantity.NUMBER, "measured").range(0, 1).required(),
                    number("audited", Quantity.NUMBER, "audited").range(0, 1).required(),
                    number("declared", Quantity.NUMBER, "declared").range(0, 1).required()).required(),
            number("half_life_days", Quantity.NUMBER, "Days after which evidence counts half as much (0: no decay)."),
            number("max_age_days", Quantity.NUMBER, "Older evidence is stale."),
            choice("stale", "declared or ignore: how stale evidence counts.", "declared", "ignore"),
            cite());

    static final Field MISSING = object("missing", "How missing values count.",
            choice("metric", "A missing metric: zero or exclude.", "zero", "exclude").required(),
            choice("indicator", "An indicator with no value: zero or exclude.", "zero", "exclude").required(),
            number("min_reported", Quantity.NUMBER, "Share of a scenario's weight that must be reported for a grade, 0-1.")
                    .range(0, 1),
            cite());

    static final Field SCALE_CLASS = object("", "A scale class of peers.",
            text("id", "Class id.").required(),
            number("at_least", Quantity.NUMBER, "Lowest value of the class (classes go from the largest down).").required(),
            en("Name").required(), zh("Name").required(), cite());

    static final Field ROBUSTNESS = object("robustness", "How the robustness of a score is judged.",
            object("weights", "How the weights of a variation are drawn.",
                    choice("distribution", "uniform-factor or dirichlet.", "uniform-factor", "dirichlet").required(),
                    number("spread", Quantity.NUMBER, "uniform-factor: a share of each weight, 0 up to 1."),
                    number("concentration", Quantity.NUMBER, "dirichlet: above 0."),
                    cite()).required(),
            choiceList("aggregation", "Combinations tried: weighted-mean, weighted-geometric-mean.", "weighted-mean",
                    "weighted-geometric-mean"),
            object("missing", "Missing-data policies tried.",
                    choiceList("metric", "zero, exclude.", "zero", "exclude"),
                    choiceList("indicator", "zero, exclude.", "zero", "exclude")),
            any("interval", "[low, high] whole percentiles, e.g. [5, 95]."),
            object("peers", "Scale classes of peers.",
                    text("metric", "The numeric metric classes are by.").required(),
                    objectList("classes", "The classes, from the largest.", SCALE_CLASS).required(),
                    cite()),
            cite());

    static final Field ROOT = object("", "A scoring rule set: tables, indicators, weights, curves and the data behind them.",
            text("cca", "Format tag; must be " + RuleSetLoader.FORMAT + ".").required(),
            text("id", "Rule set id.").required(),
            text("version", "Version.").required(),
            label("title", "Title."),
            idList("extends", "The rule set this one overrides (cca-default, or a file relative to this one)."),
            map("citations", "Sources, by citation id.", CITATION),
            EVIDENCE.required(),
            MISSING.required(),
            objectList("grades", "Grade bands, from the highest.", GRADE).required(),
            objectList("scenarios", "Scoring scenarios.", SCENARIO).required(),
            objectList("tables", "The report's capability tables.", TABLE).required(),
            map("indicators", "Indicators, by id.", INDICATOR),
            map("references", "Ids each capability list may name, by metric path.", objectList("", "The ids.", REFERENCE_ITEM)),
            objectList("caps", "Grade caps.", CAP),
            objectList("fit", "Fit to the profile's claimed scenarios.", FIT),
            objectList("vendors", "Accelerator vendors.", VENDOR),
            objectList("accelerators", "Accelerators and their peak figures (when absent, with models and checks: the default rule set's).",
                    ACCELERATOR),
            objectList("models", "Models and their sizes.", MODEL),
            CHECKS,
            ROBUSTNESS).bind("");

    /**
     * Every description in Chinese: {path, zh}, applied by {@link Field#translate}. A key added to the tree above
     * without its row here fails the schema tests, so the Chinese schema never falls back to English.
     */
    private static final String[][] ZH = {
            {"", "评分规则集：能力表、指标、权重、评分曲线及其背后的数据。"},
            {"cca", "格式标记，必须为 " + RuleSetLoader.FORMAT + "。"},
            {"id", "规则集 id。"},
            {"version", "版本。"},
            {"title", "标题。"},
            {"title.en", "英文文本。"},
            {"title.zh", "中文文本。"},
            {"extends", "本规则集继承并覆盖的规则集（cca-default，或相对于本文件的路径）。"},
            {"citations", "出处，按出处 id 列出。"},
            {"citations[].", "规则集中的数字所引用的一个出处。"},
            {"citations[].source", "出处：报告、章节、网址。"},
            {"citations[].text", "出处原文的内容。"},
            {"evidence", "证据如何计分。"},
            {"evidence.factors", "各证据等级的系数，0-1。"},
            {"evidence.factors.measured", "实测证据的系数，0-1。"},
            {"evidence.factors.audited", "审计证据的系数，0-1。"},
            {"evidence.factors.declared", "自报证据的系数，0-1。"},
            {"evidence.half_life_days", "证据计分减半所经过的天数（0：不衰减）。"},
            {"evidence.max_age_days", "超过此天数的证据即为过期证据。"},
            {"evidence.stale", "declared（按自报计）或 ignore（不计）：过期证据如何计分。"},
            {"evidence.cite", "出处 id（见 `citations`），或 `judgement` 表示本项目自己的判断：一个，或一个列表。"},
            {"missing", "缺失值如何计分。"},
            {"missing.metric", "缺失的度量：zero（计零分）或 exclude（不计入）。"},
            {"missing.indicator", "没有任何值的指标：zero（计零分）或 exclude（不计入）。"},
            {"missing.min_reported", "场景权重中须有值报告的最低比例，低于它不给等级，0-1。"},
            {"missing.cite", "出处 id（见 `citations`），或 `judgement` 表示本项目自己的判断：一个，或一个列表。"},
            {"grades", "等级分段，从最高等级起。"},
            {"grades[].", "一个等级分段：获得该等级的最低分数。"},
            {"grades[].grade", "等级，1-9 的整数。"},
            {"grades[].min", "该分段的最低分数，0-100。"},
            {"grades[].en", "等级的英文名称。"},
            {"grades[].zh", "等级的中文名称。"},
            {"grades[].cite", "出处 id（见 `citations`），或 `judgement` 表示本项目自己的判断：一个，或一个列表。"},
            {"scenarios", "评分场景。"},
            {"scenarios[].", "一个评分场景。"},
            {"scenarios[].id", "场景 id（如 `training`、`inference`）。"},
            {"scenarios[].en", "英文名称。"},
            {"scenarios[].zh", "中文名称。"},
            {"scenarios[].combine", "各能力表如何合成场景得分。"},
            {"tables", "报告的能力表。"},
            {"tables[].", "报告的一张能力表，及其中每个指标在各场景下的权重。"},
            {"tables[].id", "能力表 id。"},
            {"tables[].en", "英文名称。"},
            {"tables[].zh", "中文名称。"},
            {"tables[].weight", "该能力表在各场景得分中的权重，按场景 id 列出。"},
            {"tables[].weight[].", "权重，不为负。"},
            {"tables[].cite", "出处 id（见 `citations`），或 `judgement` 表示本项目自己的判断：一个，或一个列表。"},
            {"tables[].*", "各指标在一个评分场景中的权重（键为该场景的 id）。"},
            {"tables[].*[].", "一个指标在一张能力表中、一个场景下的权重。"},
            {"tables[].*[].indicator", "指标 id（见 `indicators`）。"},
            {"tables[].*[].weight", "在能力表内的相对权重（`informative` 为 true 时可不填，否则必填）。"},
            {"tables[].*[].informative", "只展示，不计权重。"},
            {"tables[].*[].cite", "出处 id（见 `citations`），或 `judgement` 表示本项目自己的判断：一个，或一个列表。"},
            {"indicators", "指标，按 id 列出。"},
            {"indicators[].", "能力表中的一个指标：它衡量什么，以及为它计分的度量。"},
            {"indicators[].en", "英文名称。"},
            {"indicators[].zh", "中文名称。"},
            {"indicators[].measures", "它衡量什么，用报告的原话。"},
            {"indicators[].measures.en", "英文文本。"},
            {"indicators[].measures.zh", "中文文本。"},
            {"indicators[].why", "它为什么重要。"},
            {"indicators[].why.en", "英文文本。"},
            {"indicators[].why.zh", "中文文本。"},
            {"indicators[].improve", "中心如何提升它。"},
            {"indicators[].improve.en", "英文文本。"},
            {"indicators[].improve.zh", "中文文本。"},
            {"indicators[].metrics", "为它计分的度量。"},
            {"indicators[].metrics[].", "档案的一个度量在其指标内如何计分。"},
            {"indicators[].metrics[].metric", "档案的度量路径（如 compute.pue）。"},
            {"indicators[].metrics[].en", "英文名称，与档案键的名称不同时填写。"},
            {"indicators[].metrics[].zh", "中文名称。"},
            {"indicators[].metrics[].weight", "在指标内的相对权重，不为负。"},
            {"indicators[].metrics[].direction", "higher（越高越好，默认）或 lower（越低越好）。"},
            {"indicators[].metrics[].curve", "值如何换算为 0-100 的得分；可用的键取决于 `kind`。"},
            {"indicators[].metrics[].curve.kind", "linear（线性）、steps（阶梯）、lognormal（对数正态）、boolean（是/否）、coverage（覆盖率）或 count（计数）。"},
            {"indicators[].metrics[].curve.points", "linear 与 steps：按值递增排列的 `[值, 得分]` 点。"},
            {"indicators[].metrics[].curve.below", "steps：低于第一个点时的得分。"},
            {"indicators[].metrics[].curve.median", "lognormal：得 50 分的值。"},
            {"indicators[].metrics[].curve.good", "lognormal：得 90 分的值。"},
            {"indicators[].metrics[].curve.yes", "boolean：true 的得分（默认 100）。"},
            {"indicators[].metrics[].curve.no", "boolean：false 的得分（默认 0）。"},
            {"indicators[].metrics[].curve.full_at", "coverage：得满分所需的覆盖比例，(0, 1]。"},
            {"indicators[].metrics[].curve.half", "count：得 50 分的数量。"},
            {"indicators[].metrics[].normalize", "代入曲线前，先把值换算为按单位计的量（如每卡、每十亿激活参数）。"},
            {"indicators[].metrics[].normalize.divide_by", "值要除以的数值度量。"},
            {"indicators[].metrics[].normalize.multiply_by", "值要乘以的数值度量。"},
            {"indicators[].metrics[].normalize.scale", "系数，大于 0。"},
            {"indicators[].metrics[].normalize.divide_by_lookup", "按档案的一个描述性字段查表得到的除数。"},
            {"indicators[].metrics[].normalize.divide_by_lookup.field", "档案字段（如 inference.latency_class）。"},
            {"indicators[].metrics[].normalize.divide_by_lookup.values", "按该字段的值给出的除数。"},
            {"indicators[].metrics[].normalize.divide_by_lookup.values[].", "除数，大于 0。"},
            {"indicators[].metrics[].normalize.divide_by_lookup.default", "该字段的值未列出时的除数。"},
            {"indicators[].metrics[].normalize.unit", "换算结果的单位，供报告显示。"},
            {"indicators[].metrics[].missing", "zero（计零分，默认）或 exclude（不计入）：缺失值如何计分。"},
            {"indicators[].metrics[].items", "coverage 曲线只为参考清单中的这些 id 计分。"},
            {"indicators[].metrics[].anchors", "设定曲线所依据的数字。"},
            {"indicators[].metrics[].anchors[].", "设定曲线所依据的一个数字，标在曲线图上。"},
            {"indicators[].metrics[].anchors[].value", "该数字。"},
            {"indicators[].metrics[].anchors[].en", "英文说明。"},
            {"indicators[].metrics[].anchors[].zh", "中文说明。"},
            {"indicators[].metrics[].anchors[].cite", "出处 id（见 `citations`），或 `judgement` 表示本项目自己的判断：一个，或一个列表。"},
            {"indicators[].metrics[].cite", "出处 id（见 `citations`），或 `judgement` 表示本项目自己的判断：一个，或一个列表。"},
            {"references", "每个能力清单可列出的 id，按度量路径列出。"},
            {"references[].", "这些 id。"},
            {"references[].[].", "能力清单可列出的一个 id 及其权重。"},
            {"references[].[].id", "档案中写的 id。"},
            {"references[].[].en", "英文名称。"},
            {"references[].[].zh", "中文名称。"},
            {"references[].[].weight", "在覆盖率中的权重，不为负（默认 1）。"},
            {"references[].[].aliases", "读作此 id 的其他写法。"},
            {"caps", "等级封顶规则。"},
            {"caps[].", "一条封顶规则：条件成立时，等级至多为 max_grade。"},
            {"caps[].id", "封顶规则 id。"},
            {"caps[].en", "英文说明。"},
            {"caps[].zh", "中文说明。"},
            {"caps[].when", "一个条件：`{metric, missing: true}` | `{metric, below}` | `{metric, at_least}` | `{indicator, below}` | `{evidence_coverage_below}`。"},
            {"caps[].when.metric", "档案的度量路径。"},
            {"caps[].when.indicator", "指标 id。"},
            {"caps[].when.missing", "true：该度量没有值。"},
            {"caps[].when.below", "值（或得分）低于此数时成立。"},
            {"caps[].when.at_least", "值不低于此数时成立。"},
            {"caps[].when.evidence_coverage_below", "有证据支撑的权重占比低于此数时成立，0-1。"},
            {"caps[].max_grade", "条件成立时可得的最高等级。"},
            {"caps[].scenarios", "适用的场景（默认：所有场景）。"},
            {"caps[].cite", "出处 id（见 `citations`），或 `judgement` 表示本项目自己的判断：一个，或一个列表。"},
            {"fit", "与档案所声明场景的适配规则。"},
            {"fit[].", "与档案所声明的一个场景的适配规则。"},
            {"fit[].scenario", "档案中的场景（`pretraining`、`fine-tuning`、`inference`）。"},
            {"fit[].en", "英文名称。"},
            {"fit[].zh", "中文名称。"},
            {"fit[].scored_as", "按哪个评分场景计分。"},
            {"fit[].levels", "适配级别，从最高的起。"},
            {"fit[].levels[].", "一个适配级别；取条件全部成立的第一个。"},
            {"fit[].levels[].fit", "full（适配）、limited（部分适配）或 none（不适配）。"},
            {"fit[].levels[].when", "条件，须全部成立（最后一个级别没有条件）。"},
            {"fit[].levels[].when[].", "一个条件：`{metric, missing: true}` | `{metric, below}` | `{metric, at_least}` | `{indicator, below}` | `{evidence_coverage_below}`。"},
            {"fit[].levels[].when[].metric", "档案的度量路径。"},
            {"fit[].levels[].when[].indicator", "指标 id。"},
            {"fit[].levels[].when[].missing", "true：该度量没有值。"},
            {"fit[].levels[].when[].below", "值（或得分）低于此数时成立。"},
            {"fit[].levels[].when[].at_least", "值不低于此数时成立。"},
            {"fit[].levels[].when[].evidence_coverage_below", "有证据支撑的权重占比低于此数时成立，0-1。"},
            {"fit[].levels[].en", "英文含义说明。"},
            {"fit[].levels[].zh", "中文含义说明。"},
            {"fit[].levels[].cite", "出处 id（见 `citations`），或 `judgement` 表示本项目自己的判断：一个，或一个列表。"},
            {"vendors", "加速卡厂商。"},
            {"vendors[].", "一家加速卡厂商。"},
            {"vendors[].id", "厂商 id。"},
            {"vendors[].en", "英文名称。"},
            {"vendors[].zh", "中文名称。"},
            {"vendors[].aliases", "加速卡清单中对它的其他写法。"},
            {"accelerators", "加速卡及其峰值指标（未给出时，与 `models` 和 `checks` 一样沿用默认规则集的）。"},
            {"accelerators[].", "一种加速卡型号及其有出处的峰值指标（除名称含 _sparse_ 者外均为稠密算力）。"},
            {"accelerators[].id", "加速卡 id。"},
            {"accelerators[].vendor", "厂商 id（见 `vendors`）。"},
            {"accelerators[].family", "同一芯片各型号（SKU）共用的架构 id（默认为该卡的 id）；异构多样性按架构计数。"},
            {"accelerators[].model", "型号名称。"},
            {"accelerators[].aliases", "加速卡清单中对它的其他写法。"},
            {"accelerators[].kind", "加速器类别。"},
            {"accelerators[].fp16_tflops", "FP16/BF16 稠密峰值算力，TFLOPS。"},
            {"accelerators[].fp16_sparse_tflops", "2:4 稀疏下的 FP16 峰值算力，TFLOPS。"},
            {"accelerators[].fp8_tflops", "FP8 稠密峰值算力，TFLOPS。"},
            {"accelerators[].fp8_sparse_tflops", "稀疏下的 FP8 峰值算力，TFLOPS。"},
            {"accelerators[].int8_tops", "INT8 稠密峰值算力，TOPS。"},
            {"accelerators[].int8_sparse_tops", "稀疏下的 INT8 峰值算力，TOPS。"},
            {"accelerators[].memory_gb", "显存，GB。"},
            {"accelerators[].memory_bandwidth_gb_s", "显存（HBM、GDDR 或 LPDDR；`sram` 为 true 时为片上 SRAM）峰值带宽，GB/s（字节）。"},
            {"accelerators[].peak_unstated_tflops", "厂商公布但未说明精度及是否计入稀疏的峰值算力，TFLOPS：目录未给出 `fp16_tflops` 的卡，所声明的峰值以此为上限。"},
            {"accelerators[].sram", "其存储为片上 SRAM（晶圆级引擎、LPU）：`memory_gb` 与 `memory_bandwidth_gb_s` 为 SRAM 的容量与带宽，"
                    + "没有带宽数据的卡不按它计。"},
            {"accelerators[].secondary", "其指标只有二手出处。"},
            {"accelerators[].cite", "出处 id（见 `citations`），或 `judgement` 表示本项目自己的判断：一个，或一个列表。"},
            {"models", "模型及其规模。"},
            {"models[].", "一个模型及其规模，用于计算每激活参数的吞吐。"},
            {"models[].id", "模型 id。"},
            {"models[].name", "名称。"},
            {"models[].aliases", "其他名称。"},
            {"models[].total_b", "参数量，单位十亿。"},
            {"models[].active_b", "每个词元激活的参数量，单位十亿（默认等于 total_b）。"},
            {"models[].cite", "出处 id（见 `citations`），或 `judgement` 表示本项目自己的判断：一个，或一个列表。"},
            {"checks", "核查阶段的参数。"},
            {"checks.littles_law_tolerance", "Little 定律核查（吞吐不超过并发数与每词元时延所允许的上限）的容差比例，0 至 1（不含 1）。"},
            {"checks.max_tokens_per_s_per_user", "单个请求可信的最快输出速率（tokens/s）。"},
            {"checks.peak_match_within", "声明的峰值与某卡的 INT8、FP8 或稀疏指标相差在此比例内时，即视为写的是该指标，0 至 1（不含 1）。"},
            {"checks.peak_tolerance", "声明的峰值高出该卡 FP16 稠密峰值超过此比例时，即超出该卡的能力，0 至 1（不含 1）。"},
            {"checks.cluster_tolerance", "声明的集群算力与总算力可超出卡数乘峰值的最大比例，0 至 1（不含 1）。"},
            {"checks.scaling_per_doubling", "规模每翻一倍的扩展效率，大于 0，至多为 1。"},
            {"checks.accelerators_per_machine", "档案未说明时，台月价格中一台机器的加速卡数，至少为 1。"},
            {"checks.hours_per_month", "每月小时数，用于换算台月价格，大于 0。"},
            {"checks.voice_max_params_b", "可接受 `voice`（语音）时延等级的最大模型参数量，单位十亿；大于 0。"},
            {"checks.max_mfu_pct", "视为可信的最高 MFU（百分比），大于 0，至多 100；off：不设上限。"},
            {"checks.min_recovery_minutes", "训练任务故障后可信的最短恢复时间（分钟）；off：不设下限。"},
            {"checks.diversity_min_share", "一种架构计入异构多样性所需占清单 FP16 稠密算力的最小比例，0 至 1（不含 1）；off：不限比例。"},
            {"checks.diversity_min_accelerators", "一种架构计入异构多样性所需的最少加速卡数；off：不限卡数。"},
            {"checks.max_speedup_per_doubling", "跨机扩展时规模每翻一倍可信的最高扩展效率，大于 0，至多 1；off：只有线性加速比不小于 1 时不计分。"},
            {"checks.decode_tokens_per_weight_pass", "每读取一遍模型权重，单个序列可计的最多输出词元数（投机解码），至少为 1；off：不做显存带宽核查。"},
            {"checks.decode_min_bits_per_weight", "解码时读取的每个权重可计的最少比特数，大于 0，至多 32；off：不做显存带宽核查。"},
            {"checks.recovery_counted_share", "每次中断作业的故障至少耗去所述恢复时间的比例，大于 0，至多 1：有效训练时长占比至多为 MTBF /（MTBF + 比例 × 恢复时间）；off：不做此项核查。"},
            {"checks.ttft_min_weight_reads", "首词元至少需要读取模型激活权重的遍数，大于 0，至多 1；off：不做首词元时延的显存带宽核查。"},
            {"checks.accelerator_mtbf_hours", "大规模训练作业中单张加速卡可计的平均无故障小时数（集群 MTBF 乘以其加速卡数），大于 0；off：不设 MTBF 上限。"},
            {"checks.mtbf_ceiling_factor", "最大集群加速卡数乘以所述 MTBF 至多可达 accelerator_mtbf_hours 的倍数，大于 0；off：不设 MTBF 上限。"},
            {"checks.min_price_cny_per_pflops_hour", "可计的最低价格：所报价加速卡每 PFLOPS 稠密 FP16 峰值每小时的人民币元数（卡时价与台月价），大于 0；off：不设价格下限。"},
            {"checks.max_network_gbps_per_accelerator", "可计的单卡横向扩展网络带宽上限（Gb/s），大于 0；off：不设上限。"},
            {"checks.min_pue", "可计的最低 PUE（低于任何设施公布过的最佳年度 PUE），不小于 1；更低的声明按此值计；off：不设下限。"},
            {"checks.max_utilization_pct", "可计的加速卡平均利用率上限（%），大于 0，至多 100；更高的声明按此值计；off：不设上限。"},
            {"checks.cite", "出处 id（见 `citations`），或 `judgement` 表示本项目自己的判断：一个，或一个列表。"},
            {"robustness", "如何判断得分的稳健性。"},
            {"robustness.weights", "变体的权重如何抽取。"},
            {"robustness.weights.distribution", "权重变体的抽取方式：uniform-factor（均匀系数）或 dirichlet（狄利克雷分布）。"},
            {"robustness.weights.spread", "uniform-factor：每个权重上下浮动的比例，0 至 1（不含 1）。"},
            {"robustness.weights.concentration", "dirichlet：集中度参数，大于 0。"},
            {"robustness.weights.cite", "出处 id（见 `citations`），或 `judgement` 表示本项目自己的判断：一个，或一个列表。"},
            {"robustness.aggregation", "尝试的合成方式：weighted-mean（加权算术平均）、weighted-geometric-mean（加权几何平均）。"},
            {"robustness.missing", "尝试的缺失数据策略。"},
            {"robustness.missing.metric", "尝试的度量缺失策略：zero、exclude。"},
            {"robustness.missing.indicator", "尝试的指标缺失策略：zero、exclude。"},
            {"robustness.interval", "`[低, 高]` 两个整数百分位，例如 `[5, 95]`。"},
            {"robustness.peers", "同规模对比的规模等级。"},
            {"robustness.peers.metric", "划分规模等级所依据的数值度量。"},
            {"robustness.peers.classes", "规模等级，从最大的起。"},
            {"robustness.peers.classes[].", "同规模对比的一个规模等级。"},
            {"robustness.peers.classes[].id", "规模等级 id。"},
            {"robustness.peers.classes[].at_least", "该规模等级的最低值（各等级从大到小排列）。"},
            {"robustness.peers.classes[].en", "英文名称。"},
            {"robustness.peers.classes[].zh", "中文名称。"},
            {"robustness.peers.classes[].cite", "出处 id（见 `citations`），或 `judgement` 表示本项目自己的判断：一个，或一个列表。"},
            {"robustness.peers.cite", "出处 id（见 `citations`），或 `judgement` 表示本项目自己的判断：一个，或一个列表。"},
            {"robustness.cite", "出处 id（见 `citations`），或 `judgement` 表示本项目自己的判断：一个，或一个列表。"}
    };

    static {
        Field.translate(ROOT, ZH);
    }

    private RuleSetSchema() {
    }

    public static Field root() {
        return ROOT;
    }

    /** The keys of a curve of {@code kind}. */
    static List<String> curveKeys(String kind) {
        return CURVE_KEYS.getOrDefault(kind, List.of("kind"));
    }
}
