package dev.cca.diag;

/**
 * The checks stage: claims held against physical and cross-claim bounds ({@code CCA-K}), one code per check; the
 * message is the finding's own, in both languages (docs/scoring.md, "Checks").
 */
public enum CheckCode implements Code {
    LITTLES_LAW(1, "littles-law: {message} ({outcome})",
            "核查 littles-law：{message}（{outcome}）"),
    MODEL_UNKNOWN(2, "model-unknown: {message} ({outcome})",
            "核查 model-unknown：{message}（{outcome}）"),
    MODEL_SIZE(3, "model-size: {message} ({outcome})",
            "核查 model-size：{message}（{outcome}）"),
    PEAK_NOT_DENSE_FP16(4, "peak-not-dense-fp16: {message} ({outcome})",
            "核查 peak-not-dense-fp16：{message}（{outcome}）"),
    PEAK_ABOVE_DATASHEET(5, "peak-above-datasheet: {message} ({outcome})",
            "核查 peak-above-datasheet：{message}（{outcome}）"),
    PEAK_FILLED(6, "peak-filled: {message} ({outcome})",
            "核查 peak-filled：{message}（{outcome}）"),
    ACCELERATOR_UNKNOWN(7, "accelerator-unknown: {message} ({outcome})",
            "核查 accelerator-unknown：{message}（{outcome}）"),
    NOT_AN_ACCELERATOR(8, "not-an-accelerator: {message} ({outcome})",
            "核查 not-an-accelerator：{message}（{outcome}）"),
    HETEROGENEOUS_DIVERSITY(9, "heterogeneous-diversity: {message} ({outcome})",
            "核查 heterogeneous-diversity：{message}（{outcome}）"),
    CLUSTER_ACCELERATORS(10, "cluster-accelerators: {message} ({outcome})",
            "核查 cluster-accelerators：{message}（{outcome}）"),
    CLUSTER_COMPUTE(11, "cluster-compute: {message} ({outcome})",
            "核查 cluster-compute：{message}（{outcome}）"),
    TOTAL_COMPUTE(12, "total-compute: {message} ({outcome})",
            "核查 total-compute：{message}（{outcome}）"),
    TRAINING_PEAK(13, "training-peak: {message} ({outcome})",
            "核查 training-peak：{message}（{outcome}）"),
    RUN_ACCELERATOR_NOT_IN_INVENTORY(14, "run-accelerator-not-in-inventory: {message} ({outcome})",
            "核查 run-accelerator-not-in-inventory：{message}（{outcome}）"),
    MEASUREMENT_SCALE(15, "measurement-scale: {message} ({outcome})",
            "核查 measurement-scale：{message}（{outcome}）"),
    PRICED_CARD(16, "priced-card: {message} ({outcome})",
            "核查 priced-card：{message}（{outcome}）"),
    MACHINE_SIZE(17, "machine-size: {message} ({outcome})",
            "核查 machine-size：{message}（{outcome}）"),
    COLLECTIVE_BANDWIDTH(18, "collective-bandwidth: {message} ({outcome})",
            "核查 collective-bandwidth：{message}（{outcome}）"),
    LATENCY_CLASS(19, "latency-class: {message} ({outcome})",
            "核查 latency-class：{message}（{outcome}）"),
    COMPUTE_BOUND(150, "compute-bound: {message} ({outcome})",
            "核查 compute-bound：{message}（{outcome}）"),
    LATENCY_FLOOR(151, "latency-floor: {message} ({outcome})",
            "核查 latency-floor：{message}（{outcome}）"),
    MFU_CEILING(152, "mfu-ceiling: {message} ({outcome})",
            "核查 mfu-ceiling：{message}（{outcome}）"),
    SPEEDUP_PERFECT(153, "speedup-perfect: {message} ({outcome})",
            "核查 speedup-perfect：{message}（{outcome}）"),
    RECOVERY_FLOOR(154, "recovery-floor: {message} ({outcome})",
            "核查 recovery-floor：{message}（{outcome}）"),
    E2E_BELOW_TTFT(155, "e2e-below-ttft: {message} ({outcome})",
            "核查 e2e-below-ttft：{message}（{outcome}）"),
    BANDWIDTH_BOUND(200, "bandwidth-bound: {message} ({outcome})",
            "核查 bandwidth-bound：{message}（{outcome}）"),
    SPEEDUP_CEILING(201, "speedup-ceiling: {message} ({outcome})",
            "核查 speedup-ceiling：{message}（{outcome}）"),
    TPOT_BANDWIDTH_FLOOR(202, "tpot-bandwidth-floor: {message} ({outcome})",
            "核查 tpot-bandwidth-floor：{message}（{outcome}）"),
    TTFT_BANDWIDTH_FLOOR(203, "ttft-bandwidth-floor: {message} ({outcome})",
            "核查 ttft-bandwidth-floor：{message}（{outcome}）"),
    STABILITY_CONSISTENCY(210, "stability-consistency: {message} ({outcome})",
            "核查 stability-consistency：{message}（{outcome}）"),
    PEAK_ABOVE_PUBLISHED(211, "peak-above-published: {message} ({outcome})",
            "核查 peak-above-published：{message}（{outcome}）"),
    SERVING_ACCELERATORS(212, "serving-accelerators: {message} ({outcome})",
            "核查 serving-accelerators：{message}（{outcome}）"),
    EVIDENCE_BEFORE_COMMISSIONED(213, "evidence-before-commissioned: {message} ({outcome})",
            "核查 evidence-before-commissioned：{message}（{outcome}）"),
    WEIGHTS_MEMORY(214, "weights-memory: {message} ({outcome})",
            "核查 weights-memory：{message}（{outcome}）"),
    MTBF_CEILING(215, "mtbf-ceiling: {message} ({outcome})",
            "核查 mtbf-ceiling：{message}（{outcome}）"),
    PRICE_FLOOR(216, "price-floor: {message} ({outcome})",
            "核查 price-floor：{message}（{outcome}）"),
    NETWORK_CEILING(217, "network-ceiling: {message} ({outcome})",
            "核查 network-ceiling：{message}（{outcome}）"),
    EVIDENCE_AFTER_ASSESSED(218, "evidence-after-assessed: {message} ({outcome})",
            "核查 evidence-after-assessed：{message}（{outcome}）"),
    ASSESSED_BEFORE_COMMISSIONED(223, "assessed-before-commissioned: {message} ({outcome})",
            "核查 assessed-before-commissioned：{message}（{outcome}）"),
    LINE_PEAK_BELOW_DATASHEET(224, "line-peak-below-datasheet: {message} ({outcome})",
            "核查 line-peak-below-datasheet：{message}（{outcome}）"),
    TTFT_COMPUTE_FLOOR(220, "ttft-compute-floor: {message} ({outcome})",
            "核查 ttft-compute-floor：{message}（{outcome}）"),
    PUE_FLOOR(221, "pue-floor: {message} ({outcome})",
            "核查 pue-floor：{message}（{outcome}）"),
    UTILIZATION_CEILING(222, "utilization-ceiling: {message} ({outcome})",
            "核查 utilization-ceiling：{message}（{outcome}）");

    private final Text text;

    CheckCode(int number, String en, String zh) {
        this.text = new Text(number, en, zh);
    }

    /** The code of the check with this id ({@code littles-law}); a check without a code of its own is a bug. */
    public static CheckCode of(String check) {
        return valueOf(check.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    @Override
    public Area area() {
        return Area.K;
    }

    @Override
    public Text text() {
        return text;
    }
}
