package dev.cca.input.bench;

import static dev.cca.model.Field.choice;
import static dev.cca.model.Field.date;
import static dev.cca.model.Field.number;
import static dev.cca.model.Field.object;
import static dev.cca.model.Field.text;

import dev.cca.model.Field;
import dev.cca.model.Quantity;
import java.util.Map;

/**
 * What each key of a {@code benchmark-run/v1} document means, in English and Chinese, for {@code cca schema
 * benchmark}: the top-level keys, the conditions {@link BenchmarkRunReader} takes and the result keys of
 * {@link MetricKeys}, whose own fields are the children here (so their descriptions are the ones the readers check
 * values against). The shape the schema gives each key is the reader's, written by {@code report/JsonSchemas}.
 */
public final class BenchmarkSchema {

    private static final Field ROOT = object("", "A benchmark run: the results measured and their conditions, or the tool's own output file.",
            text("cca", "Format tag; must be " + BenchmarkRunReader.FORMAT + "."),
            text("center", "The id of the profile the run belongs to."),
            choice("kind", "What the run measured: " + String.join(", ", BenchmarkKinds.KINDS) + ".",
                    BenchmarkKinds.KINDS.toArray(String[]::new)),
            choice("tool", "The tool that measured it (custom for any other).", BenchmarkTool.ids().toArray(String[]::new)),
            date("date", "When the run was made."),
            object("conditions", "The conditions the run was measured at.",
                    BenchmarkRunReader.conditionFields().values().toArray(Field[]::new)),
            object("results", "Measured values, in the result keys of docs/benchmarks.md.",
                    MetricKeys.all().values().stream().map(MetricKeys.Spec::field).toArray(Field[]::new)),
            object("import", "The tool's own output, instead of results.",
                    choice("format", "The tool's output format.", BenchmarkRunReader.importFormats().toArray(String[]::new)),
                    text("file", "The tool's output file, relative to this document."),
                    number("record", Quantity.COUNT, "Which record of a file of several."))).bind("");

    /** Every description in Chinese: {path, zh}, applied by {@link Field#translate}. */
    private static final String[][] ZH = {
            {"", "一次基准测试运行：测得的结果及其条件，或测试工具自身的输出文件。"},
            {"cca", "格式标记，必须为 " + BenchmarkRunReader.FORMAT + "。"},
            {"center", "该运行所属档案的 id。"},
            {"kind", "该运行测的是什么：" + String.join("、", BenchmarkKinds.KINDS) + "。"},
            {"tool", "测得结果的工具（其他工具写 custom）。"},
            {"date", "运行日期。"},
            {"conditions", "运行时的测试条件。"},
            {"conditions.model", "所测的模型。"},
            {"conditions.params_b", "模型参数量，单位十亿。"},
            {"conditions.precision", "数值精度（bf16、fp8、int8 等）。"},
            {"conditions.accelerators", "该运行所用的加速卡数。"},
            {"conditions.accelerator_model", "加速卡型号。"},
            {"conditions.concurrency", "并发请求数。"},
            {"conditions.input_tokens", "每个请求的输入词元数。"},
            {"conditions.output_tokens", "每个请求的输出词元数。"},
            {"conditions.nodes", "加速卡所在的服务器台数。"},
            {"conditions.request_rate", "施加的每秒请求数（`inf` 表示一次全部发出）。"},
            {"conditions.peak_tflops_per_accelerator", "单卡在该运行精度下的峰值 TFLOPS，用于计算 MFU。"},
            {"conditions.baseline_accelerators", "较小规模基准运行的加速卡数，linear_speedup 相对于它计算。"},
            {"conditions.global_batch_size", "全局批大小，单位为序列。"},
            {"conditions.sequence_length", "训练序列长度，单位 tokens。"},
            {"conditions.scenario", "MLPerf 场景（`Server`、`Offline` 等）。"},
            {"conditions.collective", "所测的集合通信操作（all_reduce 等）。"},
            {"conditions.benchmark", "基准测试名称（llama2_70b_lora 等）。"},
            {"results", "实测值，键名见 docs/benchmarks.md 的结果键。"},
            {"results.output_tokens_per_s", "所有请求合计的每秒输出（生成）词元数。"},
            {"results.input_tokens_per_s", "每秒处理的输入（提示）词元数。"},
            {"results.total_tokens_per_s", "每秒输入与输出词元总数。"},
            {"results.peak_output_tokens_per_s", "运行中任意一秒内达到的最高输出词元速率。"},
            {"results.requests_per_s", "每秒完成的请求数。"},
            {"results.goodput_requests_per_s", "每秒满足该运行时延目标的请求数（有效吞吐）。"},
            {"results.samples_per_s", "每秒完成的样本（查询、序列）数。"},
            {"results.scheduled_samples_per_s", "负载生成器调度的每秒样本数（MLPerf 的 `Server` 场景）。"},
            {"results.ttft_ms", "首词元时延，单位毫秒。"},
            {"results.tpot_ms", "首个之后每个输出词元的时延：`(latency - ttft) / (output tokens - 1)`，单位毫秒。"},
            {"results.itl_ms", "词元间时延：相邻词元之间的间隔，单位毫秒。"},
            {"results.e2e_ms", "端到端请求时延，单位毫秒。"},
            {"results.output_tokens_per_s_per_user", "单个请求（单个用户）感受到的每秒输出词元数。"},
            {"results.tflops_per_accelerator", "单卡实际达到的模型 TFLOP/s，取稳定阶段各步的中位数。"},
            {"results.mfu_pct", "模型算力利用率（MFU），%，取稳定阶段各步的中位数。"},
            {"results.tokens_per_s_per_accelerator", "单卡每秒训练词元数，取稳定阶段各步的中位数。"},
            {"results.step_time_ms", "每个训练步（迭代）的耗时，取稳定阶段各步的中位数。"},
            {"results.time_to_train_minutes", "训练到目标质量的墙钟时间（MLPerf 训练基准中为 `run_stop - run_start`）。"},
            {"results.linear_speedup", "从 conditions.baseline_accelerators 扩展到 conditions.accelerators 的加速比，以线性加速的比例表示。"},
            {"results.effective_training_time_pct", "墙钟时间中用于有效训练进展的比例，%。"},
            {"results.mtbf_hours", "中断作业的故障平均间隔时间，单位小时。"},
            {"results.recovery_minutes", "故障后恢复训练所需时间，单位分钟。"},
            {"results.busbw_gbps", "nccl-tests 在所测各消息大小上平均得到的总线带宽，Gbit/s。"},
            {"results.peak_busbw_gbps", "各消息大小中最高的总线带宽，Gbit/s。"},
            {"results.peak_algbw_gbps", "各消息大小中最高的算法带宽，Gbit/s。"},
            {"import", "测试工具自身的输出，代替 `results`。"},
            {"import.format", "测试工具的输出格式。"},
            {"import.file", "测试工具的输出文件，路径相对于本文档。"},
            {"import.record", "文件含多条记录时取第几条。"}
    };

    private static final Map<String, Field> BY_PATH = Field.translate(ROOT, ZH);

    private BenchmarkSchema() {
    }

    public static Field root() {
        return ROOT;
    }

    /** The field at a path of the document ({@code conditions.model}), or null. */
    public static Field field(String path) {
        return BY_PATH.get(path);
    }
}
