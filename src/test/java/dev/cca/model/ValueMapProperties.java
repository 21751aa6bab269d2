package dev.cca.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cca.diag.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The slot-backed values of a profile behave as the insertion-ordered hash map they replace. */
class ValueMapProperties {

    /** One step: put (by path, or by the slot the path has) or remove. */
    record Step(int op, String path, double value) {
    }

    /**
     * After any sequence of puts and removes, over paths of the format (with slots) and others (without), the map holds
     * what a LinkedHashMap holds, in the same order, answers every get and containsKey alike and has its size; each put
     * and remove returns what the LinkedHashMap's returns.
     */
    @Property(tries = 500)
    void behaves_as_a_linked_hash_map(@ForAll("steps") List<Step> steps) {
        ValueMap m = new ValueMap();
        Map<String, Datum> ref = new LinkedHashMap<>();
        for (Step s : steps) {
            Datum d = Datum.number(s.value(), s.value() < 300 ? Evidence.DECLARED : Evidence.MEASURED, null, null,
                    Location.file("x.yaml"));
            switch (s.op()) {
                case 0 -> assertEquals(ref.put(s.path(), d), m.put(s.path(), d));
                case 1 -> assertEquals(ref.put(s.path(), d), m.put(CenterProfile.slotOf(s.path()), s.path(), d));
                default -> assertEquals(ref.remove(s.path()), m.remove(s.path()));
            }
        }
        assertEquals(new ArrayList<>(ref.entrySet()), new ArrayList<>(m.entrySet()));
        assertEquals(ref.size(), m.size());
        for (Step s : steps) {
            assertEquals(ref.get(s.path()), m.get(s.path()), s.path());
            assertEquals(ref.containsKey(s.path()), m.containsKey(s.path()), s.path());
        }
        assertEquals(ref, m);
        assertEquals(new ArrayList<>(ref.values()), new ArrayList<>(m.values()));
        assertEquals(ref.size(), m.values().size());
        assertEquals(ref.values().stream().anyMatch(d -> d.evidence() != Evidence.DECLARED), m.anyEarned());
    }

    /** A profile's look-up by key and by path agree with its map of values, whatever was put, superseded or withdrawn. */
    @Property(tries = 300)
    void a_profile_reads_its_slots_and_its_map_alike(@ForAll("steps") List<Step> steps) {
        CenterProfile p = new CenterProfile("t", "T", Location.file("x.yaml"), new LinkedHashMap<>(), List.of(), List.of(), List.of());
        for (Step s : steps) {
            if (s.op() == 2) {
                p.withdraw(s.path());
            } else {
                p.supersede(s.path(), Datum.number(s.value(), Evidence.DECLARED, null, null, Location.file("x.yaml")));
            }
        }
        for (Step s : steps) {
            assertEquals(p.values().get(s.path()), p.get(CenterProfile.key(s.path())), s.path());
            assertEquals(p.values().get(s.path()), p.get(s.path()), s.path());
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        List<String> paths = new ArrayList<>();
        for (Field f : ProfileSchema.root().children().values()) {
            paths.add(f.path());
            f.children().values().forEach(c -> paths.add(c.path()));
        }
        paths.addAll(DerivedMetrics.IDS);
        paths.add("compute.accelerators[0].fp16_tflops");
        paths.add("not.a.path");
        paths.add("其他.路径");
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(paths),
                Arbitraries.doubles().between(0, 1000)).as(Step::new);
        return step.list().ofMaxSize(60);
    }
}
