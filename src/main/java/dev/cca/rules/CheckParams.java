package dev.cca.rules;

import java.util.List;

/**
 * The numbers the checks stage compares claims with, from the rule set's {@code checks:} section (each cited
 * there). See docs/scoring.md, "Checks", for what each check does with them.
 *
 * <p>A parameter a rule set's own {@code checks:} section leaves out takes the default rule set's value (the loader
 * says so, CCA-R200, and {@link #defaulted()} names it); a check is switched off only explicitly, by writing its
 * parameter as {@code off} ({@link #SWITCHABLE}), which reads as NaN here.
 *
 * @param littlesLawTolerance       allowance over concurrency x 1000 / TPOT p50 before throughput is capped
 * @param maxTokensPerSecondPerUser the fastest single-stream decoding rate credited when no TPOT is given
 * @param peakMatchWithin           relative distance within which a declared peak "is" a catalog figure
 * @param peakTolerance             allowance over the catalog's dense FP16 peak before a declared peak is capped
 * @param clusterTolerance          allowance of declared PFLOPS over what the inventory's cards can deliver
 * @param scalingPerDoubling        credited scaling efficiency per doubling of accelerators, for measurements
 *                                  taken on fewer accelerators than the largest cluster
 * @param acceleratorsPerMachine    accelerators in one machine of a machine-month price, when not given
 * @param hoursPerMonth             hours in a rental month
 * @param voiceMaxParamsB           the largest model (total parameters, billions) whose serving may be held to the
 *                                  voice latency class; NaN: no model may
 * @param maxMfuPct                 the highest MFU (%) credited as plausible; a claim above it is not scored; NaN: no
 *                                  ceiling
 * @param minRecoveryMinutes        the shortest credible recovery of a training job after a failure; a claim below it
 *                                  is not scored; NaN: no floor
 * @param diversityMinShare         the least share (0-1) of the inventory's dense FP16 compute an accelerator
 *                                  architecture needs to count towards heterogeneous diversity; NaN: any share
 * @param diversityMinAccelerators  the least accelerators of an architecture for it to count towards diversity;
 *                                  NaN: any count
 * @param maxSpeedupPerDoubling     the highest credited multi-machine scaling efficiency per doubling of accelerators: a
 *                                  linear speed-up measured over d doublings above this to the power d is not scored;
 *                                  NaN: only a speed-up of 1 or more is
 * @param decodeTokensPerWeightPass the most output tokens one sequence is credited per read of the model's weights
 *                                  (speculative decoding verifies several in one pass); NaN: no bandwidth bound
 * @param decodeMinBitsPerWeight    the fewest bits a weight is credited to take when read during decoding (the most
 *                                  compressed format served), unless the profile states more
 *                                  ({@code inference.throughput.precision}); NaN: no bandwidth bound
 * @param recoveryCountedShare      the share of a stated recovery time each job-interrupting failure is held to cost
 *                                  at least, when effective training time is held to MTBF / (MTBF + share x recovery);
 *                                  NaN: no such bound
 * @param ttftMinWeightReads        the reads of the model's active weights a first token is credited to need at least
 *                                  (the prefill pass that yields it reads every weight once); NaN: no time-to-first-token
 *                                  bandwidth floor
 * @param acceleratorMtbfHours      the hours between job-interrupting failures one accelerator of a large training job is
 *                                  credited with (a cluster's hours times its accelerators, from the best published
 *                                  record); NaN: no MTBF ceiling
 * @param mtbfCeilingFactor         how many times {@code acceleratorMtbfHours} a training job's accelerators times its
 *                                  MTBF may reach: above it the MTBF is not scored; NaN: no MTBF ceiling
 * @param minPriceCnyPerPflopsHour  the lowest price credited, in CNY per hour of one PFLOPS of the priced card's dense
 *                                  peak (below the electricity any card draws for it); a price below it is not scored;
 *                                  NaN: no price floor
 * @param maxNetworkGbpsPerAccelerator the highest scale-out bandwidth per accelerator credited, in Gb/s (the fastest
 *                                  network interfaces per accelerator of any platform, with an allowance); above it the
 *                                  claim is not scored; NaN: no ceiling
 * @param minPue                    the lowest PUE credited (a little below the best annual PUE any facility has
 *                                  published); a claim below it is scored at it; NaN: no floor
 * @param maxUtilizationPct         the highest average utilization of the accelerators credited, %; a claim above it is
 *                                  scored at it; NaN: no ceiling
 * @param defaulted                 the parameters this rule set did not give, taken from the default rule set
 */
public record CheckParams(double littlesLawTolerance, double maxTokensPerSecondPerUser, double peakMatchWithin,
                          double peakTolerance, double clusterTolerance, double scalingPerDoubling,
                          double acceleratorsPerMachine, double hoursPerMonth, double voiceMaxParamsB,
                          double maxMfuPct, double minRecoveryMinutes, double diversityMinShare,
                          double diversityMinAccelerators, double maxSpeedupPerDoubling, double decodeTokensPerWeightPass,
                          double decodeMinBitsPerWeight, double recoveryCountedShare, double ttftMinWeightReads,
                          double acceleratorMtbfHours, double mtbfCeilingFactor, double minPriceCnyPerPflopsHour,
                          double maxNetworkGbpsPerAccelerator, double minPue, double maxUtilizationPct, List<String> defaulted,
                          List<String> cite) {

    /** The parameters whose check a rule set may switch off by writing {@code off}. */
    public static final List<String> SWITCHABLE = List.of("max_mfu_pct", "min_recovery_minutes", "diversity_min_share",
            "diversity_min_accelerators", "max_speedup_per_doubling", "decode_tokens_per_weight_pass",
            "decode_min_bits_per_weight", "recovery_counted_share", "ttft_min_weight_reads", "accelerator_mtbf_hours",
            "mtbf_ceiling_factor", "min_price_cny_per_pflops_hour", "max_network_gbps_per_accelerator", "min_pue",
            "max_utilization_pct");

    /** The optional parameters, in the order {@link #optional()} gives them. */
    public static final List<String> OPTIONAL = List.of("voice_max_params_b", "max_mfu_pct", "min_recovery_minutes",
            "diversity_min_share", "diversity_min_accelerators", "max_speedup_per_doubling", "decode_tokens_per_weight_pass",
            "decode_min_bits_per_weight", "recovery_counted_share", "ttft_min_weight_reads", "accelerator_mtbf_hours",
            "mtbf_ceiling_factor", "min_price_cny_per_pflops_hour", "max_network_gbps_per_accelerator", "min_pue",
            "max_utilization_pct");

    /** The values of {@link #OPTIONAL}, in its order (NaN: switched off, or no rule set gave it). */
    public double[] optional() {
        return new double[] {voiceMaxParamsB, maxMfuPct, minRecoveryMinutes, diversityMinShare, diversityMinAccelerators,
            maxSpeedupPerDoubling, decodeTokensPerWeightPass, decodeMinBitsPerWeight, recoveryCountedShare, ttftMinWeightReads,
            acceleratorMtbfHours, mtbfCeilingFactor, minPriceCnyPerPflopsHour, maxNetworkGbpsPerAccelerator, minPue,
            maxUtilizationPct};
    }

    /**
     * These parameters with the optional one named {@code key} (one of {@link #OPTIONAL}) set to {@code v}: NaN switches
     * its check off, as {@code off} in a rule set does.
     */
    public CheckParams withOptional(String key, double v) {
        int i = OPTIONAL.indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("not an optional check parameter: " + key);
        }
        double[] o = optional();
        o[i] = v;
        return new CheckParams(littlesLawTolerance, maxTokensPerSecondPerUser, peakMatchWithin, peakTolerance, clusterTolerance,
                scalingPerDoubling, acceleratorsPerMachine, hoursPerMonth, o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7], o[8], o[9],
                o[10], o[11], o[12], o[13], o[14], o[15], defaulted, cite);
    }

    /** No parameters at all (no rule set gave a {@code checks:} section and no default was loaded). */
    public static CheckParams none() {
        double n = Double.NaN;
        return new CheckParams(n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, List.of(), List.of());
    }
}
