package dev.cca.model;

import dev.cca.diag.Location;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated center: identity, the values of its profile keyed by dotted path (metrics and descriptive
 * fields alike), its accelerator inventory, and any values that a stronger source superseded (kept so
 * reports can show both the declared and the measured value).
 */
public final class CenterProfile {

    /** A benchmark file named by the profile, with where it was named. */
    public record BenchmarkRef(String path, Location origin) {
    }

    private final String id;
    private final String name;
    private final Location origin;
    /** The values by path; a path of the profile format or a derived metric in its slot ({@link Key}). */
    private final ValueMap values;
    private List<Accelerator> accelerators;
    private final List<String> scenarios;
    private final List<BenchmarkRef> benchmarks;
    private final Map<String, List<Datum>> superseded = new LinkedHashMap<>();

    public CenterProfile(String id, String name, Location origin, Map<String, Datum> values,
                         List<Accelerator> accelerators, List<String> scenarios, List<BenchmarkRef> benchmarks) {
        this.id = id;
        this.name = name;
        this.origin = origin;
        // A ValueMap is taken over, not copied: the readers build a fresh one per profile and let go of it.
        this.values = ValueMap.of(values);
        this.accelerators = List.copyOf(accelerators);
        this.scenarios = List.copyOf(scenarios);
        this.benchmarks = List.copyOf(benchmarks);
        DerivedMetrics.addTo(this.values, this.accelerators);
    }

    /**
     * A path compiled once for repeated look-ups: a path of the profile format (or a derived metric) reads one
     * array slot; any other path reads the map of values.
     */
    public static final class Key {
        private final String path;
        private final int slot;

        private Key(String path, int slot) {
            this.path = path;
            this.slot = slot;
        }

        public String path() {
            return path;
        }

        @Override
        public String toString() {
            return path;
        }
    }

    /** Every path a value can have outside accelerator lines, to its slot. */
    private static final Map<String, Integer> SLOTS = slots();
    /** The path of each slot. */
    private static final String[] PATHS = paths();
    private static final Key ASSESSED_ON = key("assessed_on");
    /** The slots of {@link DerivedMetrics#IDS}, in order. */
    private static final int[] DERIVED = DerivedMetrics.IDS.stream().mapToInt(SLOTS::get).toArray();

    private static Map<String, Integer> slots() {
        Map<String, Integer> m = new java.util.HashMap<>();
        java.util.ArrayDeque<Field> todo = new java.util.ArrayDeque<>(ProfileSchema.root().children().values());
        while (!todo.isEmpty()) {
            Field f = todo.pop();
            m.putIfAbsent(f.path(), m.size());
            todo.addAll(f.children().values());
            todo.addAll(f.conditions());
        }
        for (String id : DerivedMetrics.IDS) {
            m.putIfAbsent(id, m.size());
        }
        m.putIfAbsent(DerivedMetrics.PRICED_PEAK_TFLOPS, m.size());
        // A hash map, not Map.copyOf: the immutable map's probe compares keys without their hashes first, and every
        // value of every record is looked up here.
        return java.util.Collections.unmodifiableMap(m);
    }

    private static String[] paths() {
        String[] p = new String[SLOTS.size()];
        SLOTS.forEach((path, slot) -> p[slot] = path);
        return p;
    }

    /** How many paths have a slot. */
    static int slotCount() {
        return PATHS.length;
    }

    /** The slot of {@code path}, or -1 when it has none. */
    static int slotOf(String path) {
        Integer slot = SLOTS.get(path);
        return slot == null ? -1 : slot;
    }

    /** The path of slot {@code slot}. */
    static String pathOf(int slot) {
        return PATHS[slot];
    }

    /** The key of {@code path}, for {@link #get(Key)}. */
    public static Key key(String path) {
        Integer slot = SLOTS.get(path);
        return new Key(path, slot == null ? -1 : slot);
    }

    /** The value at {@code key}'s path, or null: as {@link #get(String)}. */
    public Datum get(Key key) {
        return key.slot >= 0 ? values.slot(key.slot) : values.get(key.path);
    }

    /** The number at {@code key}'s path in canonical units, or NaN: as {@link #number(String)}. */
    public double number(Key key) {
        Datum d = get(key);
        return d == null ? Double.NaN : d.number();
    }

    /** The text at {@code key}'s path, or null: as {@link #text(String)}. */
    public String text(Key key) {
        Datum d = get(key);
        return d == null ? null : d.kind() == Datum.Kind.NUMBER ? d.display() : d.text();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The file and line where the profile's document starts. */
    public Location origin() {
        return origin;
    }

    public Datum get(String path) {
        return values.get(path);
    }

    /** The number at {@code path} in canonical units, or NaN when absent or not numeric. */
    public double number(String path) {
        Datum d = values.get(path);
        return d == null ? Double.NaN : d.number();
    }

    /** The text at {@code path}, or null. */
    public String text(String path) {
        Datum d = values.get(path);
        return d == null ? null : d.kind() == Datum.Kind.NUMBER ? d.display() : d.text();
    }

    /** Whether any value is measured or audited (not declared): the checks of evidence dates look no further when none is. */
    public boolean anyEarned() {
        return values.anyEarned();
    }

    public Map<String, Datum> values() {
        return Collections.unmodifiableMap(values);
    }

    public List<Accelerator> accelerators() {
        return accelerators;
    }

    /**
     * Replaces the inventory (peaks corrected by the checks stage, say) and derives the inventory metrics anew with
     * {@code identity} telling which lines are the same model and vendor. Lines whose peak changed keep the
     * replaced value visible through {@link #superseded(String)} under {@code compute.accelerators[i].fp16_tflops}.
     */
    public void rederive(List<Accelerator> inventory, DerivedMetrics.Identity identity) {
        for (int i = 0; i < accelerators.size() && i < inventory.size(); i++) {
            Accelerator was = accelerators.get(i);
            if (Double.compare(was.fp16Tflops(), inventory.get(i).fp16Tflops()) != 0 && !Double.isNaN(was.fp16Tflops())) {
                superseded.computeIfAbsent("compute.accelerators[" + i + "].fp16_tflops", k -> new ArrayList<>())
                        .add(Datum.number(was.fp16Tflops(), Evidence.DECLARED, null, null, was.origin()));
            }
        }
        this.accelerators = List.copyOf(inventory);
        // Most inventories derive what the reader derived from them (same peaks, lines told apart alike): only a metric
        // whose value moves is replaced.
        DerivedMetrics.Figures f = DerivedMetrics.figures(this.accelerators, identity);
        Location from = f == null ? null : DerivedMetrics.origin(this.accelerators);
        for (int k = 0; k < DerivedMetrics.IDS.size(); k++) {
            Datum was = values.slot(DERIVED[k]);
            if (f == null || !f.has(k)) {
                if (was != null) {
                    values.remove(DerivedMetrics.IDS.get(k));
                }
            } else if (!DerivedMetrics.is(was, f.values()[k], from)) {
                values.put(DERIVED[k], DerivedMetrics.IDS.get(k), DerivedMetrics.datum(f.values()[k], from));
            }
        }
    }

    /** Claimed target scenarios: pretraining, fine-tuning, inference. */
    public List<String> scenarios() {
        return scenarios;
    }

    public List<BenchmarkRef> benchmarks() {
        return benchmarks;
    }

    public LocalDate assessedOn() {
        Datum d = get(ASSESSED_ON);
        return d == null ? null : d.date();
    }

    /**
     * Puts a value that wins over the current one for the same key (a measurement over a declaration);
     * the one it replaces stays visible through {@link #superseded(String)}.
     */
    public void supersede(String path, Datum stronger) {
        Datum old = values.put(path, stronger);
        if (old != null) {
            superseded.computeIfAbsent(path, k -> new ArrayList<>()).add(old);
        }
    }

    /**
     * Removes a value that no longer applies (a declared condition of a run that a measurement replaced);
     * it stays visible through {@link #superseded(String)}.
     */
    public void withdraw(String path) {
        Datum old = values.remove(path);
        if (old != null) {
            superseded.computeIfAbsent(path, k -> new ArrayList<>()).add(old);
        }
    }

    /** Values that a stronger source replaced, oldest first. */
    public List<Datum> superseded(String path) {
        return superseded.getOrDefault(path, List.of());
    }

    public Map<String, List<Datum>> allSuperseded() {
        return Collections.unmodifiableMap(superseded);
    }
}
