package dev.cca.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every value a scoring rule may reference: the metric keys of the profile schema (with their units),
 * the conditions that travel with them, descriptive fields usable for look-ups, and the derived metrics.
 */
public final class MetricCatalog {

    /** A referenceable value. {@code field} is null for derived metrics. */
    public record Entry(String id, Field.Type type, Quantity quantity, String doc, boolean derived) {

        public boolean isNumeric() {
            return type == Field.Type.NUMBER || type == Field.Type.BOOLEAN;
        }

        public String unit() {
            return type == Field.Type.NUMBER ? quantity.unit() : "";
        }
    }

    private static final Map<String, Entry> ENTRIES = build();

    private MetricCatalog() {
    }

    public static Entry get(String id) {
        return ENTRIES.get(id);
    }

    public static Map<String, Entry> all() {
        return Collections.unmodifiableMap(ENTRIES);
    }

    private static Map<String, Entry> build() {
        Map<String, Entry> m = new LinkedHashMap<>();
        walk(ProfileSchema.root(), m);
        m.put(DerivedMetrics.KINDS, new Entry(DerivedMetrics.KINDS, Field.Type.NUMBER, Quantity.COUNT,
                "Distinct accelerator models (vendor and model) in the inventory.", true));
        m.put(DerivedMetrics.VENDORS, new Entry(DerivedMetrics.VENDORS, Field.Type.NUMBER, Quantity.COUNT,
                "Distinct accelerator vendors in the inventory.", true));
        m.put(DerivedMetrics.COUNT, new Entry(DerivedMetrics.COUNT, Field.Type.NUMBER, Quantity.COUNT,
                "Accelerators in the inventory.", true));
        m.put(DerivedMetrics.PEAK_TFLOPS_MEAN, new Entry(DerivedMetrics.PEAK_TFLOPS_MEAN, Field.Type.NUMBER,
                Quantity.COMPUTE_TFLOPS, "Count-weighted mean peak dense FP16 TFLOPS of the inventory.", true));
        m.put(DerivedMetrics.INVENTORY_PFLOPS, new Entry(DerivedMetrics.INVENTORY_PFLOPS, Field.Type.NUMBER,
                Quantity.COMPUTE_PFLOPS, "Peak dense FP16 PFLOPS summed over the inventory.", true));
        m.put(DerivedMetrics.PRICED_PEAK_TFLOPS, new Entry(DerivedMetrics.PRICED_PEAK_TFLOPS, Field.Type.NUMBER,
                Quantity.COMPUTE_TFLOPS, "Peak dense FP16 TFLOPS of the accelerator the prices are for (checks stage).", true));
        return m;
    }

    private static void walk(Field f, Map<String, Entry> m) {
        switch (f.type()) {
            case OBJECT -> f.children().values().forEach(c -> walk(c, m));
            case NUMBER, BOOLEAN, ID_LIST, TEXT, CHOICE, CHOICE_LIST, DATE -> {
                m.put(f.path(), new Entry(f.path(), f.type(), f.quantity(), f.doc(), false));
                f.conditions().forEach(c -> walk(c, m));
            }
            default -> {
                // Inventory lists and benchmark paths are not referenced by path.
            }
        }
    }
}
