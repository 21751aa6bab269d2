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
    /**
     * The Chinese names of the hubs (全国一体化算力网络国家枢纽节点), first the short name the report uses, and each
     * with 枢纽 after it. One name each: none of them could be another hub.
     */
    public static final String[][] HUB_NAMES = {
            {"jing-jin-ji", "京津冀"},
            {"yangtze-river-delta", "长三角", "长江三角洲"},
            {"greater-bay-area", "粤港澳", "粤港澳大湾区", "大湾区"},
            {"chengdu-chongqing", "成渝"},
            {"inner-mongolia", "内蒙古"},
            {"guizhou", "贵州"},
            {"gansu", "甘肃"},
            {"ningxia", "宁夏"}};
    public static final List<String> OPERATOR_TYPES = List.of("telecom-operator", "cloud-provider",
            "local-state-platform", "enterprise", "research-institute", "other");
    public static final List<String> SCENARIOS = List.of("pretraining", "fine-tuning", "inference");
    /** The numeric formats of served weights ({@code inference.throughput.precision}), widest first. */
    public static final List<String> PRECISIONS = List.of("fp32", "fp16", "bf16", "fp8", "int8", "int4", "fp4");

    /** Upper bounds that no real center reaches; far above the largest cluster the report names (6.93 EFLOPS). */
    private static final double MAX_PFLOPS = 1_000_000;
    private static final double MAX_COUNT = 100_000_000;
    /** Tokens of one request, prompt or output: a hundredfold the longest context windows served (about 10^6). */
    private static final double MAX_TOKENS_PER_REQUEST = 100_000_000;

    private static final Field ROOT = object("", "An AI computing center (智算中心) as cca assesses it.",
            text("cca", "Format tag; must be " + FORMAT + ".").required().example(FORMAT),
            text("id", "Stable identifier, unique within a catalog: lowercase letters, digits and hyphens.")
                    .required().pattern(ID_PATTERN, dev.cca.diag.Localized.of(
                            "lowercase letters, digits and hyphens, starting with a letter or digit",
                            "小写字母、数字和连字符，以小写字母或数字开头"))
                    .example("wuhan-aicc"),
            text("name", "Name of the center, as it calls itself.").required().example("武汉人工智能计算中心"),
            text("name_en", "English name.").example("Wuhan AI Computing Center"),
            object("region", "Where the center is.",
                    text("province", "Province-level division.").example("湖北"),
                    text("city", "City.").example("武汉")),
            hubs(choice("hub", "National computing hub node it belongs to (东数西算), or null.",
                    HUBS.toArray(String[]::new))),
            object("operator", "Who runs the center.",
                    text("name", "Operator name.").example("武汉市人民政府 & 华为"),
                    choice("type", "Kind of operator.", OPERATOR_TYPES.toArray(String[]::new))),
            date("commissioned", "When the center went into service (YYYY-MM or YYYY-MM-DD).").allowMonth(),
            date("assessed_on", "The date the data describes; evidence dated after it is not of that data (counts as declared)."),
            scenarios(choiceList("scenarios", "Claimed target scenarios.", SCENARIOS.toArray(String[]::new))),
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
                                    // A wafer-scale engine is one accelerator of 125,000 TFLOPS (Cerebras' WSE-3).
                                    number("fp16_tflops", Quantity.COMPUTE_TFLOPS, "Peak dense FP16 per accelerator, TFLOPS.")
                                            .positive().plausibleMax(1_000_000),
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
                            number("concurrency", Quantity.COUNT, "Concurrent requests.").positive().plausibleMax(MAX_COUNT),
                            number("input_tokens", Quantity.NUMBER, "Prompt (input) tokens per request, the run's mean: the"
                                    + " compute checks count the prefill of every prompt, so stating it only tightens them.")
                                    .positive().plausibleMax(MAX_TOKENS_PER_REQUEST),
                            number("output_tokens", Quantity.NUMBER, "Output tokens per request, the run's mean (with"
                                    + " input_tokens, how many prompt tokens the accelerators process per output token).")
                                    .positive().plausibleMax(MAX_TOKENS_PER_REQUEST),
                            precisions(choice("precision", "Numeric format of the model's weights as the run served them (int4 for"
                                    + " W4A16): the memory-bandwidth checks read each weight at its bits, and without it at the"
                                    + " fewest any served model uses (checks.decode_min_bits_per_weight), so stating it only"
                                    + " tightens them.", PRECISIONS.toArray(String[]::new)))),
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
                            number("card_hour_cny", Quantity.PRICE_CARD_HOUR, "Price of one accelerator for one hour, CNY.")
                                    .positive().plausibleMax(1_000_000),
                            number("machine_month_cny", Quantity.PRICE_MACHINE_MONTH, "Price of one machine for one month, CNY.")
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


    private static Field hubs(Field f) {
        for (String[] h : HUB_NAMES) {
            for (int i = 1; i < h.length; i++) {
                f.label(h[0], h[i], h[i] + "枢纽");
            }
        }
        return f.label("jing-jin-ji", "beijing-tianjin-hebei");
    }

    /** The bits one weight takes in a format of {@link #PRECISIONS}; NaN for any other text (or null). */
    public static double bitsPerWeight(String precision) {
        if (precision == null) {
            return Double.NaN;
        }
        return switch (precision) {
            case "fp32" -> 32;
            case "fp16", "bf16" -> 16;
            case "fp8", "int8" -> 8;
            case "int4", "fp4" -> 4;
            default -> Double.NaN;
        };
    }

    /** Other spellings of the weight formats, as serving tools and Chinese documents write them. */
    private static Field precisions(Field f) {
        return f.label("fp32", "float32", "单精度", "单精度浮点")
                .label("fp16", "float16", "半精度", "半精度浮点")
                .label("bf16", "bfloat16")
                .label("fp8", "float8", "e4m3", "fp8-e4m3", "8位浮点")
                .label("int8", "8位整数", "w8a8-int8")
                .label("int4", "4位整数", "w4a16")
                .label("fp4", "mxfp4", "nvfp4", "4位浮点");
    }

    /**
     * Names of the claimed scenarios, as the default rule set's fit rules label them (大模型预训练 ...) and as
     * people shorten them. 训练 (training) is the rule set's scoring scenario, which pre-training and fine-tuning
     * are both scored as: as a claim it could be either, so it is refused with both.
     */
    private static Field scenarios(Field f) {
        return f.label("pretraining", "预训练", "大模型预训练", "pre-training", "pre-training-of-base-models")
                .label("fine-tuning", "微调", "大模型微调", "精调", "finetuning", "fine-tuning-of-industry-models")
                .label("inference", "推理", "大模型推理", "model-inference")
                .ambiguous("训练", "pretraining", "fine-tuning")
                .ambiguous("training", "pretraining", "fine-tuning")
                .ambiguous("大模型训练", "pretraining", "fine-tuning");
    }

    public static Field root() {
        return ROOT;
    }


    /**
     * Every field's description in Chinese, and an example where the definition above has none: {path, zh,
     * example}, applied by {@link Field#translate}. Examples are illustrative (a plausible center close to the Wuhan sample, not a fact); together
     * they make a profile that passes every check, which {@code cca init} relies on. A field missing here fails
     * a test, so a new key cannot be added without its Chinese text.
     */
    private static final String[][] ZH = {
            {"", "cca 所评估的一个智算中心。", null},
            {"cca", "格式标记，必须为 center-profile/v1。", null},
            {"id", "稳定标识，在一个目录内唯一：小写字母、数字和连字符。", null},
            {"name", "中心名称，按其自称填写。", null},
            {"name_en", "英文名称。", null},
            {"region", "中心所在地。", null},
            {"region.province", "省级行政区。", null},
            {"region.city", "城市。", null},
            {"hub", "所属全国一体化算力网络国家枢纽节点（东数西算），没有则为 null。", "chengdu-chongqing"},
            {"operator", "运营主体。", null},
            {"operator.name", "运营主体名称。", null},
            {"operator.type", "运营主体类型。", "local-state-platform"},
            {"commissioned", "投入运营时间（YYYY-MM 或 YYYY-MM-DD）。", "2021-05"},
            {"assessed_on", "数据所描述的日期；晚于它的证据不是这份数据的证据（按自报计）。", "2025-10-01"},
            {"scenarios", "声明的目标场景。", "[fine-tuning, inference]"},
            {"compute", "算力、网络、存储与设施。", null},
            {"compute.total_pflops_fp16", "智能算力规模（FP16稠密），单位 PFLOPS。", null},
            {"compute.largest_cluster", "可训练单个模型的最大单体集群。", null},
            {"compute.largest_cluster.accelerators", "该集群的加速卡数。", "1024"},
            {"compute.largest_cluster.pflops_fp16", "该集群的FP16稠密算力，单位 PFLOPS。", "320"},
            {"compute.accelerators", "加速卡清单；多个条目即异构中心。", null},
            {"compute.accelerators[].", "一种加速卡。", null},
            {"compute.accelerators[].vendor", "厂商。", null},
            {"compute.accelerators[].model", "型号。", null},
            {"compute.accelerators[].kind", "加速器类别。", "npu"},
            {"compute.accelerators[].count", "数量。", "1280"},
            {"compute.accelerators[].fp16_tflops", "单卡FP16稠密峰值算力，单位 TFLOPS。", "313"},
            {"compute.accelerators[].memory_gb", "单卡显存，单位 GB。", "64"},
            {"compute.network", "集群互联网络。", null},
            {"compute.network.fabric", "互联网络类型。", "roce"},
            {"compute.network.per_accelerator_gbps", "单卡横向扩展（scale-out）带宽，单位 Gbps。", "200"},
            {"compute.network.allreduce_busbw_gbps", "多机 all-reduce 的总线带宽（nccl-tests），单位 Gbps：集合通信指标，并非单卡网卡带宽。", "400"},
            {"compute.storage_pb", "存储容量，单位 PB。", "10"},
            {"compute.pue", "电能使用效率（1.0 为理想值）。", "1.3"},
            {"compute.utilization_pct", "加速卡平均利用率，%。", "80"},
            {"training", "表1训练列：面向训练的基础支撑能力。", null},
            {"training.linear_speedup", "从小规模到大规模的线性加速比（0-1），也可写作 \"91%\"。", "0.9"},
            {"training.linear_speedup.from_accelerators", "基准运行的加速卡数。", "8"},
            {"training.linear_speedup.to_accelerators", "扩展后运行的加速卡数。", "1024"},
            {"training.mfu_pct", "训练的模型计算利用率（MFU），%。", "38"},
            {"training.mfu_pct.accelerators", "测得该值的运行所用加速卡数。", "1024"},
            {"training.stability", "训练作业能否长时间稳定运行。", null},
            {"training.stability.effective_training_time_pct", "墙钟时间中用于有效训练进展的比例，%。", "92"},
            {"training.stability.mtbf_hours", "中断作业的故障平均间隔时间，单位小时。", "30"},
            {"training.stability.recovery_minutes", "故障后恢复训练所需时间，单位分钟。", "15"},
            {"training.frameworks", "加速卡可运行的AI计算框架。", null},
            {"training.models_supported", "已适配的主流基础模型数。", "60"},
            {"training.model_families", "支持的模型系列。", null},
            {"training.datasets", "提供的数据集。", null},
            {"training.datasets.general", "通用数据集数量。", "12"},
            {"training.datasets.industry", "行业数据集数量。", "8"},
            {"training.datasets.corpus_tb", "语料规模，单位 TB。", "0.3"},
            {"inference", "表1推理列：面向推理的基础支撑能力。", null},
            {"inference.throughput", "一次服务运行的输出词元吞吐及其条件。", null},
            {"inference.throughput.output_tokens_per_s", "所有请求合计的每秒输出词元数。", "2600"},
            {"inference.throughput.model", "所服务的模型。", null},
            {"inference.throughput.params_b", "模型参数量，单位十亿。", "72"},
            {"inference.throughput.active_params_b", "每个词元激活的参数量，单位十亿（混合专家模型只激活 params_b 的一部分；模型在规则集模型表中时自动填入）。", "72"},
            {"inference.throughput.accelerators", "该服务运行所用加速卡数。", "16"},
            {"inference.throughput.concurrency", "并发请求数。", "128"},
            {"inference.throughput.input_tokens", "每个请求的提示（输入）词元数，取该次运行的平均值：算力核查计入每个提示的预填充计算，因此填写只会收紧核查。", "1024"},
            {"inference.throughput.output_tokens", "每个请求的输出词元数，取该次运行的平均值（与 input_tokens 一起给出每个输出词元对应多少提示词元）。", "256"},
            {"inference.throughput.precision", "该次运行所服务的模型权重的数值格式（W4A16 即 int4）：显存带宽核查按其比特数读取每个权重，未填写时按已服务模型所用的最少比特数（checks.decode_min_bits_per_weight）计，因此填写只会收紧核查。", "bf16"},
            {"inference.latency", "服务时延，单位毫秒。", null},
            {"inference.latency.ttft_ms_p50", "首词元时延，中位数。", "320"},
            {"inference.latency.ttft_ms_p99", "首词元时延，第99百分位。", "900"},
            {"inference.latency.tpot_ms_p50", "每输出词元时延，中位数。", "45"},
            {"inference.latency.tpot_ms_p99", "每输出词元时延，第99百分位。", "80"},
            {"inference.latency.e2e_ms_p50", "端到端请求时延，中位数。", "9000"},
            {"inference.latency.e2e_ms_p99", "端到端请求时延，第99百分位。", "16000"},
            {"inference.latency_class", "所服务的时延等级：interactive-text（约50毫秒）、voice（约100毫秒）、media（约200毫秒）。", "interactive-text"},
            {"inference.cloud", "以云服务方式提供算力。", null},
            {"inference.cloud.self_service", "用户可自助开通资源。", "true"},
            {"inference.cloud.provisioning_minutes", "交付所申请资源的时间，单位分钟。", "30"},
            {"inference.cloud.api", "资源与模型可通过API访问。", "true"},
            {"inference.cloud.elastic_scaling", "容量可随需求弹性伸缩。", "false"},
            {"inference.cloud.availability_sla_pct", "承诺的可用性，%。", "99.9"},
            {"services", "表2：创新服务能力。", null},
            {"services.model_migration", "用户模型的迁移与适配。", null},
            {"services.model_migration.models_migrated", "已迁移或适配的模型数。", "45"},
            {"services.model_migration.median_days", "每次迁移耗时的中位天数。", "10"},
            {"services.model_migration.tooling", "提供迁移工具。", "true"},
            {"services.model_migration.accuracy_parity", "迁移后模型精度与原模型一致。", "true"},
            {"services.data_governance", "提供的数据工具（汇聚、共享、清洗等）。", null},
            {"services.dev_tools", "提供的开发工具（训练、微调、量化等）。", null},
            {"services.scenario_solutions", "孵化或提供的行业场景解决方案数。", "300"},
            {"services.industry_models", "构建的行业模型数。", "12"},
            {"services.pooling", "池化调度能力。", null},
            {"operations", "表3：运营保障能力。", null},
            {"operations.scheduling", "被外部算力调度平台调度的情况。", null},
            {"operations.scheduling.platforms", "中心已接入的算力调度平台。", "[hubei-provincial]"},
            {"operations.scheduling.cross_region", "可跨区域调度。", "false"},
            {"operations.pricing", "租赁价格。", null},
            {"operations.pricing.card_hour_cny", "一张加速卡一小时的价格，单位元。", "9.5"},
            {"operations.pricing.machine_month_cny", "一台机器一个月的价格，单位元。", "45000"},
            {"operations.pricing.accelerator", "价格所对应的加速卡（清单中的一个型号）。", null},
            {"operations.pricing.accelerators_per_machine", "台月价格中一台机器的加速卡数（未填时为8）。", "8"},
            {"operations.security", "安全合规能力与认证。", null},
            {"operations.response", "服务响应。", null},
            {"operations.response.first_response_hours", "首次响应时间，单位小时。", "2"},
            {"operations.response.always_on", "提供7×24小时支持。", "true"},
            {"operations.partners", "中心可协调的产业合作主体数。", "40"},
            {"operations.quality_tracking", "服务质量跟踪措施。", null},
            {"benchmarks", "基准测试运行文件，路径相对于本档案。", "[]"}
    };

    private static final java.util.Map<String, Field> BY_PATH = Field.translate(ROOT, ZH);

    /**
     * The Chinese names a profile's author may write for a key in its place (the CAICT report's terms and their common
     * short forms): keys are written in English, and an unknown key that is one of these is answered with the key it
     * names. Each path, then its names.
     */
    private static final String[][] NAMES_ZH = {
            {"name", "名称", "中心名称"}, {"name_en", "英文名称"}, {"region", "地区", "所在地区"}, {"region.province", "省份", "省"},
            {"region.city", "城市", "市"}, {"hub", "枢纽", "国家枢纽节点"}, {"operator", "运营方", "运营主体"},
            {"operator.type", "运营方类型", "类型"}, {"commissioned", "投运时间", "投运日期", "建成时间"},
            {"assessed_on", "评估日期", "数据日期"}, {"scenarios", "场景", "目标场景", "应用场景"},
            {"compute", "算力"}, {"compute.total_pflops_fp16", "总算力", "智能算力规模", "算力规模", "智能算力"},
            {"compute.largest_cluster", "单体集群", "最大单体集群"}, {"compute.largest_cluster.pflops_fp16", "单体集群算力", "最大单体集群算力"},
            {"compute.largest_cluster.accelerators", "单体集群卡数", "最大单体集群卡数"},
            {"compute.accelerators", "加速卡", "加速卡清单", "算力卡"}, {"compute.accelerators[].vendor", "厂商", "加速卡厂商"},
            {"compute.accelerators[].model", "型号", "加速卡型号"}, {"compute.accelerators[].count", "数量", "卡数"},
            {"compute.accelerators[].memory_gb", "显存", "显存容量"}, {"compute.network", "网络"},
            {"compute.network.per_accelerator_gbps", "单卡互联带宽", "单卡带宽", "互联带宽"}, {"compute.storage_pb", "存储容量", "存储"},
            {"compute.pue", "能效", "PUE", "电能利用效率", "电能使用效率"}, {"compute.utilization_pct", "利用率", "算力利用率"},
            {"training", "训练"}, {"training.linear_speedup", "线性加速比", "加速比"},
            {"training.mfu_pct", "模型算力利用率", "模型计算利用率", "算力效率"}, {"training.stability", "稳定性", "集群稳定性"},
            {"training.stability.effective_training_time_pct", "有效训练时长占比", "有效训练时间占比", "有效训练时长"},
            {"training.stability.mtbf_hours", "平均无故障时间", "平均无故障卡时", "平均故障间隔"},
            {"training.stability.recovery_minutes", "故障恢复时间", "恢复时间"}, {"training.frameworks", "框架", "训练框架", "支持的框架"},
            {"training.models_supported", "支持模型数", "已适配模型数", "适配模型数", "已适配基础模型数"}, {"training.model_families", "模型系列", "模型家族", "支持的模型系列"},
            {"training.datasets", "数据集"}, {"training.datasets.general", "通用数据集"}, {"training.datasets.industry", "行业数据集"},
            {"training.datasets.corpus_tb", "语料规模", "语料"}, {"inference", "推理"}, {"inference.throughput", "吞吐"},
            {"inference.throughput.output_tokens_per_s", "输出吞吐", "吞吐量", "推理吞吐"},
            {"inference.throughput.params_b", "参数量", "模型参数量"}, {"inference.throughput.concurrency", "并发", "并发数"},
            {"inference.latency", "时延", "延迟"}, {"inference.latency.ttft_ms_p50", "首词元时延", "首字时延"},
            {"inference.latency.tpot_ms_p50", "每词元时延", "每token时延"}, {"inference.latency.e2e_ms_p50", "端到端时延"},
            {"inference.latency_class", "时延等级"}, {"inference.cloud", "云服务"}, {"inference.cloud.self_service", "自助开通"},
            {"inference.cloud.provisioning_minutes", "交付时间", "资源交付时间", "开通时间"}, {"inference.cloud.elastic_scaling", "弹性伸缩"}, {"inference.cloud.api", "API访问", "接口访问"},
            {"inference.cloud.availability_sla_pct", "可用性", "可用性承诺", "SLA"}, {"services", "服务"},
            {"services.model_migration", "模型迁移"}, {"services.model_migration.models_migrated", "已迁移模型数", "迁移模型数"},
            {"services.model_migration.median_days", "迁移耗时", "迁移周期"}, {"services.model_migration.tooling", "迁移工具"},
            {"services.model_migration.accuracy_parity", "精度一致", "迁移后精度一致"}, {"services.data_governance", "数据治理", "数据治理工具"},
            {"services.dev_tools", "开发工具", "工具链", "训练工具链", "推理工具链"}, {"services.scenario_solutions", "场景解决方案", "解决方案", "场景解决方案数"},
            {"services.industry_models", "行业模型", "行业大模型", "行业模型数"}, {"services.pooling", "池化", "池化能力"},
            {"operations", "运营", "运营服务"}, {"operations.scheduling", "调度"}, {"operations.scheduling.platforms", "调度平台", "接入调度平台", "接入调度平台数"},
            {"operations.scheduling.cross_region", "跨区域调度"}, {"operations.pricing", "价格", "定价"},
            {"operations.pricing.card_hour_cny", "卡时单价", "卡时价格"}, {"operations.pricing.machine_month_cny", "台月单价", "台月价格"},
            {"operations.security", "安全合规", "安全", "安全合规能力"}, {"operations.response", "服务响应", "响应"},
            {"operations.response.first_response_hours", "首次响应时间", "响应时间"}, {"operations.response.always_on", "7×24小时支持", "全天候支持"},
            {"operations.partners", "合作伙伴", "合作主体", "合作主体数"}, {"operations.quality_tracking", "质量跟踪", "服务质量跟踪", "质量跟踪措施"},
            {"benchmarks", "基准测试", "测试报告"}};

    /**
     * The paths of the table by folded name, built on first use: only an unknown key asks, so a run of valid profiles
     * (and every start-up) never normalises the table's names.
     */
    private static final class ZhNames {
        static final java.util.Map<String, List<String>> PATHS = new java.util.HashMap<>();

        static {
            for (String[] row : NAMES_ZH) {
                for (int i = 1; i < row.length; i++) {
                    PATHS.computeIfAbsent(zhKey(row[i]), k -> new java.util.ArrayList<>()).add(row[0]);
                }
            }
        }
    }

    /** The Chinese names of the table, folded: full-width to half-width, case, and no white space, hyphens or underscores. */
    private static String zhKey(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[\\s_\\-]", "");
    }

    /** The paths of the keys a Chinese name ({@code 总算力}) stands for, in the table's order; empty when it is no such name. */
    public static List<String> pathsNamed(String name) {
        return ZhNames.PATHS.getOrDefault(zhKey(name), List.of());
    }

    /** Every path the Chinese names stand for (each a key of the schema: a test holds them to it). */
    public static java.util.Set<String> namedPaths() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String[] row : NAMES_ZH) {
            out.add(row[0]);
        }
        return out;
    }

    /** The field at a dotted path ({@code compute.pue}, or a condition such as {@code training.linear_speedup.from_accelerators}), or null. */
    public static Field field(String path) {
        return BY_PATH.get(path.replace("[]..", "[]."));
    }
}
