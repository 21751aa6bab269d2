package dev.cca.input.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of benchmark run and the tools that produce them, as {@code benchmark-run/v1} spells them. The
 * tool names double as the names of the native formats ({@code import.format}), so a document says the same
 * word in both places.
 */
public final class BenchmarkKinds {

    public static final String INFERENCE_SERVING = "inference-serving";
    public static final String TRAINING_SCALING = "training-scaling";
    public static final String TRAINING_EFFICIENCY = "training-efficiency";
    public static final String TRAINING_STABILITY = "training-stability";
    public static final String COLLECTIVE_COMMUNICATION = "collective-communication";

    public static final List<String> KINDS = List.of(INFERENCE_SERVING, TRAINING_SCALING, TRAINING_EFFICIENCY,
            TRAINING_STABILITY, COLLECTIVE_COMMUNICATION);

    public static final Set<String> TRAINING = Set.of(TRAINING_SCALING, TRAINING_EFFICIENCY, TRAINING_STABILITY);

    public static final String CUSTOM = "custom";

    public static final List<String> TOOLS = List.of("vllm-bench", "sglang-bench", "genai-perf", "mlperf-inference",
            "mlperf-training", "nccl-tests", "megatron", "torchtitan", CUSTOM);

    /**
     * The kinds a tool can measure. A training log serves any training kind (the same Megatron run gives the
     * efficiency at one scale and, next to a smaller run, the scaling); a serving benchmark only serves.
     */
    private static final Map<String, Set<String>> KINDS_OF_TOOL = Map.of(
            "vllm-bench", Set.of(INFERENCE_SERVING),
            "sglang-bench", Set.of(INFERENCE_SERVING),
            "genai-perf", Set.of(INFERENCE_SERVING),
            "mlperf-inference", Set.of(INFERENCE_SERVING),
            "mlperf-training", TRAINING,
            "nccl-tests", Set.of(COLLECTIVE_COMMUNICATION),
            "megatron", TRAINING,
            "torchtitan", TRAINING,
            CUSTOM, Set.copyOf(KINDS));

    private BenchmarkKinds() {
    }

    /** The kinds {@code tool} can measure; empty for an unknown tool. */
    public static Set<String> kindsOf(String tool) {
        return KINDS_OF_TOOL.getOrDefault(tool, Set.of());
    }

    public static boolean isTraining(String kind) {
        return TRAINING.contains(kind);
    }
}
