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
            choice("kind", "Class of accelerator.", "gpu", "npu", "cpu", "fpga", "asic", "other").required(),
            number("fp16_tflops", Quantity.NUMBER, "Peak dense FP16/BF16, TFLOPS."),
            number("fp16_sparse_tflops", Quantity.NUMBER, "Peak FP16 with 2:4 sparsity, TFLOPS."),
            number("fp8_tflops", Quantity.NUMBER, "Peak dense FP8, TFLOPS."),
            number("fp8_sparse_tflops", Quantity.NUMBER, "Peak FP8 with sparsity, TFLOPS."),
            number("int8_tops", Quantity.NUMBER, "Peak dense INT8, TOPS."),
            number("int8_sparse_tops", Quantity.NUMBER, "Peak INT8 with sparsity, TOPS."),
            number("memory_gb", Quantity.NUMBER, "Memory, GB."),
            bool("secondary", "Only secondary sources give its figures."),
            cite());

    static final Field MODEL = object("", "A model and its size, for throughput per active parameter.",
            text("id", "Model id.").required(), text("name", "Name.").required(),
            idList("aliases", "Other names."),
            number("total_b", Quantity.NUMBER, "Parameters, billions.").required(),
            number("active_b", Quantity.NUMBER, "Parameters active per token, billions (default total_b)."),
            cite());

    static final Field CHECKS = object("checks", "Parameters of the checks stage.",
            number("littles_law_tolerance", Quantity.NUMBER, "Share, 0 up to 1.").required(),
            number("max_tokens_per_s_per_user", Quantity.NUMBER, "Fastest plausible output rate of one request.").required(),
            number("peak_match_within", Quantity.NUMBER, "Share, 0 up to 1.").required(),
            number("peak_tolerance", Quantity.NUMBER, "Share, 0 up to 1.").required(),
            number("cluster_tolerance", Quantity.NUMBER, "Share, 0 up to 1.").required(),
            number("scaling_per_doubling", Quantity.NUMBER, "Scaling efficiency per doubling, above 0, at most 1.").required(),
            number("accelerators_per_machine", Quantity.NUMBER, "At least 1.").required(),
            number("hours_per_month", Quantity.NUMBER, "Above 0.").required(),
            number("voice_max_params_b", Quantity.NUMBER,
                    "Largest model, in billions of parameters, a voice latency class is accepted for; above 0."),
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
