package dev.cca.model;

import static dev.cca.model.Field.bool;
import static dev.cca.model.Field.choice;
import static dev.cca.model.Field.choiceList;
import static dev.cca.model.Field.date;
import static dev.cca.model.Field.idList;
import static dev.cca.model.Field.number;
import static dev.cca.model.Field.object;
import static dev.cca.model.Field.objectList;
import static dev.cca.model.Field.pathList;
import static dev.cca.model.Field.text;

import java.util.List;

/**
 * The {@code center-profile/v1} contract: every key of the public input format, with its unit, range and
 * meaning. The spelling of each key is a promise to the people who keep profiles in git; keys may be
 * added, never renamed or dropped.
 */
public final class ProfileSchema {

    public static final String FORMAT = "center-profile/v1";
    public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]*";

    public static final List<String> HUBS = List.of("jing-jin-ji", "yangtze-river-delta", "greater-bay-area",
            "chengdu-chongqing", "inner-mongolia", "guizhou", "gansu", "ningxia");
    public static final List<String> OPERATOR_TYPES = List.of("telecom-operator", "cloud-provider",
            "local-state-platform", "enterprise", "research-institute", "other");
    public static final List<String> SCENARIOS = List.of("pretraining", "fine-tuning", "inference");

    /** Upper bounds that no real center reaches; far above the largest cluster the report names (6.93 EFLOPS). */
    private static final double MAX_PFLOPS = 1_000_000;
    private static final double MAX_COUNT = 100_000_000;

    private static final Field ROOT = object("", "An AI computing center (智算中心) as cca assesses it.",
            text("cca", "Format tag; must be " + FORMAT + ".").required().example(FORMAT),
            text("id", "Stable identifier, unique within a catalog: lowercase letters, digits and hyphens.")
                    .required().pattern(ID_PATTERN, "lowercase letters, digits and hyphens, starting with a letter or digit")
                    .example("wuhan-aicc"),
            text("name", "Name of the center, as it calls itself.").required().example("武汉人工智能计算中心"),
            text("name_en", "English name.").example("Wuhan AI Computing Center"),
            object("region", "Where the center is.",
                    text("province", "Province-level division.").example("湖北"),
                    text("city", "City.").example("武汉")),
            choice("hub", "National computing hub node it belongs to (东数西算), or null.",
                    HUBS.toArray(String[]::new)),
            object("operator", "Who runs the center.",
                    text("name", "Operator name.").example("武汉市人民政府 & 华为"),
                    choice("type", "Kind of operator.", OPERATOR_TYPES.toArray(String[]::new))),
            date("commissioned", "When the center went into service (YYYY-MM or YYYY-MM-DD).").allowMonth(),
            date("assessed_on", "The date the data describes; staleness of evidence is judged against it."),
            choiceList("scenarios", "Claimed target scenarios.", SCENARIOS.toArray(String[]::new)),
            object("compute", "Compute, network, storage and facility.",
                    number("total_pflops_fp16", Quantity.COMPUTE_PFLOPS,
                            "Total accelerator compute (智能算力规模), dense FP16, in PFLOPS.")
                            .positive().plausibleMax(MAX_PFLOPS).example("400"),
                    object("largest_cluster", "The largest single cluster (单体集群) that can train one model.",
                            number("accelerators", Quantity.COUNT, "Accelerators in that cluster.")
                                    .positive().plausibleMax(MAX_COUNT),
                            number("pflops_fp16", Quantity.COMPUTE_PFLOPS, "Its dense FP16 compute, in PFLOPS.")
                                    .positive().plausibleMax(MAX_PFLOPS)),
                    objectList("accelerators", "Accelerator inventory; several entries make a heterogeneous center.",
                            object("", "One kind of accelerator.",
                                    text("vendor", "Vendor.").example("Huawei"),
                                    text("model", "Model.").example("Ascend 910B"),
                                    choice("kind", "Class of accelerator.", "gpu", "npu", "cpu", "fpga", "asic", "other"),
                                    number("count", Quantity.COUNT, "How many.").positive().plausibleMax(MAX_COUNT),
                                    number("fp16_tflops", Quantity.COMPUTE_TFLOPS, "Peak dense FP16 per accelerator, TFLOPS.")
                                            .positive().plausibleMax(100_000),
                                    number("memory_gb", Quantity.MEMORY_GB, "Memory per accelerator, GB.")
                                            .positive().plausibleMax(100_000))),
                    object("network", "Cluster interconnect.",
                            choice("fabric", "Interconnect fabric.", "infiniband", "roce", "ethernet", "proprietary"),
                            number("per_accelerator_gbps", Quantity.BANDWIDTH_GBPS,
                                    "Scale-out bandwidth per accelerator, Gbps.").positive().plausibleMax(1_000_000),
                            number("allreduce_busbw_gbps", Quantity.BANDWIDTH_GBPS,
                                    "Bus bandwidth of a multi-node all-reduce (nccl-tests), Gbps: a collective figure, not"
                                    + " one accelerator's network interface.").positive().plausibleMax(10_000_000)),
                    number("storage_pb", Quantity.STORAGE_PB, "Storage capacity, PB.").plausibleMax(1_000_000),
                    number("pue", Quantity.NUMBER, "Power usage effectiveness (1.0 is ideal).")
                            .range(1.0, Double.POSITIVE_INFINITY).plausibleMax(5),
                    number("utilization_pct", Quantity.PERCENT, "Average utilization of the accelerators, %.")
                            .range(0, 100)),
            object("training", "Table 1, training column: foundational support for training.",
                    number("linear_speedup", Quantity.RATIO,
                            "Linear speed-up ratio from a small to a large scale (0-1); \"91%\" is accepted.")
                            .range(0, 1).positive()
                            .conditions(number("from_accelerators", Quantity.COUNT, "Accelerators of the baseline run.")
                                            .positive().plausibleMax(MAX_COUNT),
                                    number("to_accelerators", Quantity.COUNT, "Accelerators of the scaled run.")
                                            .positive().plausibleMax(MAX_COUNT)),
                    number("mfu_pct", Quantity.PERCENT, "Model FLOPS utilization of training, %.").range(0, 100)
                            .conditions(number("accelerators", Quantity.COUNT, "Accelerators of the run it was measured on.")
                                    .positive().plausibleMax(MAX_COUNT)),
                    object("stability", "How long training jobs run without loss.",
                            number("effective_training_time_pct", Quantity.PERCENT,
                                    "Share of wall-clock time spent making training progress, %.").range(0, 100),
                            number("mtbf_hours", Quantity.DURATION_HOURS, "Mean time between job-interrupting failures, hours.")
                                    .positive().plausibleMax(1_000_000),
                            number("recovery_minutes", Quantity.DURATION_MINUTES, "Time to resume after a failure, minutes.")
                                    .plausibleMax(1_000_000)),
                    idList("frameworks", "AI frameworks the accelerators run."),
                    number("models_supported", Quantity.COUNT, "Mainstream base models adapted.").plausibleMax(MAX_COUNT),
                    idList("model_families", "Model families supported."),
                    object("datasets", "Data sets offered.",
                            number("general", Quantity.COUNT, "General data sets.").plausibleMax(MAX_COUNT),
                            number("industry", Quantity.COUNT, "Industry data sets.").plausibleMax(MAX_COUNT),
                            number("corpus_tb", Quantity.STORAGE_TB, "Corpus size, TB.").plausibleMax(1_000_000_000))),
            object("inference", "Table 1, inference column: foundational support for inference.",
                    object("throughput", "Output token throughput of a serving run, and its conditions.",
                            number("output_tokens_per_s", Quantity.TOKENS_PER_S, "Output tokens per second, all requests.")
                                    .positive().plausibleMax(1e12),
                            text("model", "Model served.").example("Qwen2.5-72B"),
                            number("params_b", Quantity.PARAMS_B, "Model size, billions of parameters.")
                                    .positive().plausibleMax(1_000_000),
                            number("active_params_b", Quantity.PARAMS_B, "Parameters active per token, billions (a"
                                    + " mixture-of-experts model activates a part of params_b; filled from the rule set's"
                                    + " model table when the model is known).").positive().plausibleMax(1_000_000),
                            number("accelerators", Quantity.COUNT, "Accelerators serving the run.")
                                    .positive().plausibleMax(MAX_COUNT),
                            number("concurrency", Quantity.COUNT, "Concurrent requests.").positive().plausibleMax(MAX_COUNT)),
                    object("latency", "Serving latency, milliseconds.",
                            number("ttft_ms_p50", Quantity.DURATION_MS, "Time to first token, median.").positive().plausibleMax(1e9),
                            number("ttft_ms_p99", Quantity.DURATION_MS, "Time to first token, 99th percentile.").positive().plausibleMax(1e9),
                            number("tpot_ms_p50", Quantity.DURATION_MS, "Time per output token, median.").positive().plausibleMax(1e9),
                            number("tpot_ms_p99", Quantity.DURATION_MS, "Time per output token, 99th percentile.").positive().plausibleMax(1e9),
                            number("e2e_ms_p50", Quantity.DURATION_MS, "End-to-end request latency, median.").positive().plausibleMax(1e9),
                            number("e2e_ms_p99", Quantity.DURATION_MS, "End-to-end request latency, 99th percentile.").positive().plausibleMax(1e9)),
                    choice("latency_class", "The latency class served: interactive-text (~50 ms), voice (~100 ms), media (~200 ms).",
                            "interactive-text", "voice", "media"),
                    object("cloud", "Compute delivered as a cloud service.",
                            bool("self_service", "Users provision resources themselves."),
                            number("provisioning_minutes", Quantity.DURATION_MINUTES, "Time to deliver requested resources, minutes.")
                                    .plausibleMax(1_000_000),
                            bool("api", "Resources and models are reachable by API."),
                            bool("elastic_scaling", "Capacity scales with demand."),
                            number("availability_sla_pct", Quantity.PERCENT, "Availability promised, %.").range(0, 100))),
            object("services", "Table 2: innovation services.",
                    object("model_migration", "Migrating and adapting users' models.",
                            number("models_migrated", Quantity.COUNT, "Models migrated or adapted.").plausibleMax(MAX_COUNT),
                            number("median_days", Quantity.DURATION_DAYS, "Median days per migration.").plausibleMax(100_000),
                            bool("tooling", "Migration tooling is offered."),
                            bool("accuracy_parity", "Migrated models match the original accuracy.")),
                    idList("data_governance", "Data tools offered (aggregation, sharing, cleaning, ...)."),
                    idList("dev_tools", "Development tools offered (training, fine-tuning, quantization, ...)."),
                    number("scenario_solutions", Quantity.COUNT, "Industry scenario solutions incubated or offered.")
                            .plausibleMax(MAX_COUNT),
                    number("industry_models", Quantity.COUNT, "Industry models built.").plausibleMax(MAX_COUNT),
                    idList("pooling", "Pooled scheduling capabilities.")),
            object("operations", "Table 3: operations assurance.",
                    object("scheduling", "Scheduling by external compute-scheduling platforms.",
                            idList("platforms", "Scheduling platforms the center is listed on."),
                            bool("cross_region", "Scheduled across regions.")),
                    object("pricing", "Rental prices.",
                            number("card_hour_cny", Quantity.MONEY_CNY, "Price of one accelerator for one hour, CNY.")
                                    .positive().plausibleMax(1_000_000),
                            number("machine_month_cny", Quantity.MONEY_CNY, "Price of one machine for one month, CNY.")
                                    .positive().plausibleMax(1e9),
                            text("accelerator", "The accelerator the prices are for (a model of the inventory).")
                                    .example("Ascend 910B"),
                            number("accelerators_per_machine", Quantity.COUNT, "Accelerators in one machine of the"
                                    + " machine-month price (8 when not given).").positive().plausibleMax(1024)),
                    idList("security", "Security and compliance capabilities and certifications."),
                    object("response", "Service response.",
                            number("first_response_hours", Quantity.DURATION_HOURS, "Time to first response, hours.")
                                    .plausibleMax(100_000),
                            bool("always_on", "Support is staffed around the clock.")),
                    number("partners", Quantity.COUNT, "Industry partners the center coordinates.").plausibleMax(MAX_COUNT),
                    idList("quality_tracking", "Service-quality tracking practices.")),
            pathList("benchmarks", "Benchmark-run files, relative to this profile.")).bind("");

    private ProfileSchema() {
    }

    public static Field root() {
        return ROOT;
    }

    private static final java.util.Map<String, Field> BY_PATH = index();

    /** The field at a dotted path ({@code compute.pue}, or a condition such as {@code training.linear_speedup.from_accelerators}), or null. */
    public static Field field(String path) {
        return BY_PATH.get(path);
    }

    private static java.util.Map<String, Field> index() {
        java.util.Map<String, Field> m = new java.util.HashMap<>();
        java.util.ArrayDeque<Field> todo = new java.util.ArrayDeque<>(ROOT.children().values());
        while (!todo.isEmpty()) {
            Field f = todo.pop();
            m.put(f.path(), f);
            todo.addAll(f.children().values());
            todo.addAll(f.conditions());
            if (f.item() != null) {
                todo.addAll(f.item().children().values());
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
