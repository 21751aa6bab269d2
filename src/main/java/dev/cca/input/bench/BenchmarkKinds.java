package dev.cca.input.bench;

import java.util.List;
import java.util.Set;

/**
 * The kinds of benchmark run, as {@code benchmark-run/v1} spells them; the tools that measure them are
 * {@link BenchmarkTool}.
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

    private BenchmarkKinds() {
    }

    public static boolean isTraining(String kind) {
        return TRAINING.contains(kind);
    }
}
