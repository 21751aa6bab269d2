package dev.cca.input.bench;

import dev.cca.input.Limits;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The benchmark tools cca knows, in one list: the name a {@code benchmark-run/v1} document gives as {@code tool}
 * (and as {@code import.format}: a document says the same word in both places), the kinds of run each measures,
 * and the readers of its own output. {@link NativeFormats}, the benchmark-run reader, the command help and the
 * documentation tests read this list; no other code spells a tool's name.
 */
public enum BenchmarkTool {
    VLLM_BENCH("vllm-bench", Set.of(BenchmarkKinds.INFERENCE_SERVING), VllmBenchReader::new),
    SGLANG_BENCH("sglang-bench", Set.of(BenchmarkKinds.INFERENCE_SERVING), SglangBenchReader::new),
    GENAI_PERF("genai-perf", Set.of(BenchmarkKinds.INFERENCE_SERVING), GenAiPerfReader::new),
    MLPERF_INFERENCE("mlperf-inference", Set.of(BenchmarkKinds.INFERENCE_SERVING), limits -> new MlperfInferenceReader()),
    /**
     * A training log serves any training kind (the same run gives the efficiency at one scale and, next to a
     * smaller run, the scaling).
     */
    MLPERF_TRAINING("mlperf-training", BenchmarkKinds.TRAINING, MlperfTrainingReader::new),
    /** The text output, and the JSON of {@code -J FILE} (nccl-tests 2.17.3 and later). */
    NCCL_TESTS("nccl-tests", Set.of(BenchmarkKinds.COLLECTIVE_COMMUNICATION), limits -> new NcclTestsReader(), NcclTestsJsonReader::new),
    MEGATRON("megatron", BenchmarkKinds.TRAINING, limits -> new MegatronLogReader()),
    TORCHTITAN("torchtitan", BenchmarkKinds.TRAINING, limits -> new TorchtitanLogReader()),
    /** Results measured some other way, stated in the document itself: any kind, no native format. */
    CUSTOM("custom", Set.copyOf(BenchmarkKinds.KINDS));

    private final String id;
    private final Set<String> kinds;
    private final List<Function<Limits, NativeReader>> readers;

    /** A tool with the readers of its own output formats, each told from the others by content. */
    @SafeVarargs
    BenchmarkTool(String id, Set<String> kinds, Function<Limits, NativeReader>... readers) {
        this.id = id;
        this.kinds = kinds;
        this.readers = List.of(readers);
    }

    /** The name documents use: {@code vllm-bench}. */
    public String id() {
        return id;
    }

    /** The kinds of run the tool can measure. */
    public Set<String> kinds() {
        return kinds;
    }

    /** Whether cca reads the tool's own output (every tool but {@code custom}). */
    public boolean hasNativeFormat() {
        return !readers.isEmpty();
    }

    /**
     * The readers of the tool's own output with these limits, in order (nccl-tests: its text output, then its JSON);
     * every one has the tool's name as its format, and their detections never claim the same file. Empty for
     * {@code custom}.
     */
    List<NativeReader> readers(Limits limits) {
        return readers.stream().map(r -> r.apply(limits)).toList();
    }

    /** Every tool's name, in the order of the list. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(BenchmarkTool::id).toList();
    }

    /** The tool of that name. */
    public static Optional<BenchmarkTool> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** The kinds the named tool can measure; empty for an unknown tool. */
    public static Set<String> kindsOf(String id) {
        return byId(id).map(BenchmarkTool::kinds).orElse(Set.of());
    }
}
