package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.result.Finding;
import dev.cca.result.Finding.Outcome;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * What the latency floors of memory bandwidth (tpot-bandwidth-floor, ttft-bandwidth-floor) share: the cards the
 * properties draw, what a finding of either says, and that either floor is monotonic in the latency, the model's size,
 * the accelerator count and the card's bandwidth.
 */
class BandwidthFloorProperties {

    /** Cards of the catalog and their memory bandwidth (GB/s), narrowest first. */
    static final List<String> CARDS = List.of("Huawei, model: Ascend 910B3", "NVIDIA, model: A100", "NVIDIA, model: H100 SXM",
            "NVIDIA, model: H20", "NVIDIA, model: H200");
    static final double[] BANDWIDTH = {1600, 2039, 3350, 4000, 4800};

    /** Whether a latency of {@code ms} of a model of {@code params} B served on {@code a} of a card is not scored. */
    interface Withdrawn {
        boolean at(String card, double params, int a, double ms);
    }

    /** A floor's finding: the metric not scored, the value stated and the floor, its code, located, in both languages. */
    static void assertFloor(Finding k, String metric, double stated, double floor, double within, String code) {
        assertEquals(metric, k.metric());
        assertEquals(Outcome.NOT_SCORED, k.outcome());
        assertEquals(stated, k.stated(), 1e-9);
        assertEquals(floor, k.bound(), floor * within);
        assertEquals(code, k.diagnostic().code().id());
        assertTrue(k.location().line() > 0, k.location().toString());
        assertTrue(k.message().en().contains("GB/s") && k.message().zh().contains("显存带宽"), k.message().en());
    }

    /**
     * A floor that withdraws a latency withdraws a shorter one, one of a larger model, on fewer accelerators or on a
     * narrower card; one it keeps it keeps when longer, of a smaller model, on more accelerators or on a wider card.
     * TPOTs are drawn from 0.05 to 20 ms and TTFTs ten times as long, around both floors (and latency-floor's 0.2 ms).
     */
    @Property(tries = 300)
    void either_floor_is_monotonic_in_latency_params_accelerators_and_bandwidth(@ForAll boolean ttft,
                                                                               @ForAll @DoubleRange(min = 0.05, max = 20) @Scale(4) double ms,
                                                                               @ForAll @DoubleRange(min = 1, max = 1000) @Scale(3) double params,
                                                                               @ForAll @IntRange(min = 1, max = 16) int a,
                                                                               @ForAll @IntRange(min = 0, max = 4) int card,
                                                                               @ForAll @DoubleRange(min = 0, max = 0.9) @Scale(3) double less,
                                                                               @ForAll @DoubleRange(min = 1, max = 10) @Scale(3) double more,
                                                                               @ForAll @IntRange(min = 0, max = 15) int fewer,
                                                                               @ForAll @IntRange(min = 0, max = 4) int narrower) {
        Withdrawn w = ttft ? TtftBandwidthFloorProperties::withdrawn : TpotBandwidthFloorProperties::withdrawn;
        double latency = ttft ? ms * 10 : ms;
        if (w.at(CARDS.get(card), params, a, latency)) {
            assertTrue(w.at(CARDS.get(card), params, a, latency * (1 - less)));
            assertTrue(w.at(CARDS.get(card), params * more, a, latency));
            assertTrue(w.at(CARDS.get(card), params, Math.max(1, a - fewer), latency));
            assertTrue(w.at(CARDS.get(Math.max(0, card - narrower)), params, a, latency));
        } else {
            assertTrue(!w.at(CARDS.get(card), params, a, latency * (1 + more)));
            assertTrue(!w.at(CARDS.get(card), params / more, a, latency));
            assertTrue(!w.at(CARDS.get(card), params, a + fewer, latency));
            assertTrue(!w.at(CARDS.get(Math.min(4, card + narrower)), params, a, latency));
        }
    }
}
