package dev.cca.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cca.diag.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Re-deriving the inventory metrics replaces only those whose value moves: what a profile holds afterwards is what
 * deriving them afresh from the new inventory gives, whether lines are told apart as written or otherwise, whether
 * peaks changed, lines became CPUs or the inventory emptied.
 */
class RederiveProperties {

    /** Lines told apart by the first letter of their model, and CPUs by a model starting with "x". */
    private static final DerivedMetrics.Identity COARSE = new DerivedMetrics.Identity() {
        @Override
        public String model(Accelerator a) {
            return a.model().isEmpty() ? "" : a.model().substring(0, 1).toLowerCase(Locale.ROOT);
        }

        @Override
        public String vendor(Accelerator a) {
            return a.vendor() == null ? "" : a.vendor().substring(0, Math.min(1, a.vendor().length()));
        }

        @Override
        public boolean isCpu(Accelerator a) {
            return a.model().startsWith("x") || "cpu".equals(a.kind());
        }
    };

    @Property(tries = 500)
    void what_is_rederived_is_what_a_fresh_derivation_gives(@ForAll("inventories") List<Accelerator> before,
                                                            @ForAll("inventories") List<Accelerator> other,
                                                            @ForAll boolean coarse, @ForAll boolean peaksOnly) {
        // The checks' usual case: the same lines, some peaks changed; else another inventory altogether.
        List<Accelerator> after = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Accelerator a = before.get(i);
            after.add(!peaksOnly ? null : i % 2 == 0 ? a
                    : new Accelerator(a.vendor(), a.model(), a.kind(), a.count(), 312, a.memoryGb(), a.origin()));
        }
        if (!peaksOnly) {
            after = other;
        }
        Map<String, Datum> values = new LinkedHashMap<>();
        values.put("name_en", Datum.text("T", Location.of("p.yaml", 3, 1)));
        CenterProfile p = new CenterProfile("t", "T", Location.file("p.yaml"), values, before, List.of(), List.of());
        DerivedMetrics.Identity identity = coarse ? COARSE : DerivedMetrics.AS_WRITTEN;
        p.rederive(after, identity);
        Map<String, Datum> fresh = new HashMap<>();
        DerivedMetrics.addTo(fresh, after, identity);
        for (String id : DerivedMetrics.IDS) {
            Datum want = fresh.get(id);
            Datum got = p.get(id);
            assertEquals(want == null, got == null, id);
            assertEquals(want == null, p.get(CenterProfile.key(id)) == null, id);
            if (want == null) {
                assertNull(p.get(CenterProfile.key(id)));
                continue;
            }
            assertEquals(want.number(), got.number(), 0, id);
            assertEquals(want.note(), got.note());
            assertEquals(want.note("zh"), got.note("zh"));
            assertEquals(want.evidence(), got.evidence());
            assertEquals(want.origin(), got.origin());
            assertEquals(got, p.get(CenterProfile.key(id)), id);
        }
    }

    @Provide
    Arbitrary<List<Accelerator>> inventories() {
        Arbitrary<Double> count = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(Double.NaN)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 5000).map(Integer::doubleValue)));
        Arbitrary<Double> peak = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(Double.NaN)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(96.0, 312.0, 989.5, 313.0)));
        Arbitrary<Accelerator> line = Combinators.combine(Arbitraries.of("NVIDIA", "Huawei", "华为", "ｈｕａｗｅｉ", "Acme"),
                Arbitraries.of("A800", "Ascend 910B", "昇腾910B", "x86 Xeon", "ａ800", "H100"), Arbitraries.of("gpu", "npu", "cpu"),
                count, peak, Arbitraries.integers().between(1, 40))
                .as((v, m, k, c, f, at) -> new Accelerator(v, m, k, c, f, 80, Location.of("p.yaml", at, 7)));
        return line.list().ofMinSize(0).ofMaxSize(6);
    }
}
