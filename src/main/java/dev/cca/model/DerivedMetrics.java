package dev.cca.model;

import dev.cca.diag.Location;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Metrics computed from the accelerator inventory, so rules can score what the report asks about
 * (heterogeneous diversity) and normalise prices and MFU by peak compute. They carry declared evidence,
 * because the inventory is self-reported.
 */
public final class DerivedMetrics {

    public static final String KINDS = "compute.accelerator_kinds";
    public static final String VENDORS = "compute.accelerator_vendors";
    public static final String COUNT = "compute.accelerator_count";
    public static final String PEAK_TFLOPS_MEAN = "compute.peak_fp16_tflops_mean";
    public static final String INVENTORY_PFLOPS = "compute.inventory_pflops_fp16";

    private DerivedMetrics() {
    }

    static void addTo(Map<String, Datum> values, List<Accelerator> inventory) {
        if (inventory.isEmpty()) {
            return;
        }
        Location origin = inventory.get(0).origin().withPath("compute.accelerators");
        Set<String> kinds = new HashSet<>();
        Set<String> vendors = new HashSet<>();
        double count = 0;
        double weightedPeak = 0;
        double countWithPeak = 0;
        boolean countKnown = true;
        for (Accelerator a : inventory) {
            String label = a.label().toLowerCase(Locale.ROOT);
            if (!label.isEmpty()) {
                kinds.add(label);
            }
            if (a.vendor() != null && !a.vendor().isBlank()) {
                vendors.add(a.vendor().strip().toLowerCase(Locale.ROOT));
            }
            if (Double.isNaN(a.count())) {
                countKnown = false;
            } else {
                count += a.count();
                if (!Double.isNaN(a.fp16Tflops())) {
                    weightedPeak += a.count() * a.fp16Tflops();
                    countWithPeak += a.count();
                }
            }
        }
        put(values, KINDS, kinds.size(), origin);
        put(values, VENDORS, vendors.size(), origin);
        if (countKnown) {
            put(values, COUNT, count, origin);
        }
        if (countWithPeak > 0) {
            put(values, PEAK_TFLOPS_MEAN, weightedPeak / countWithPeak, origin);
            if (countKnown && countWithPeak == count) {
                put(values, INVENTORY_PFLOPS, weightedPeak / 1000, origin);
            }
        }
    }

    private static void put(Map<String, Datum> values, String id, double v, Location origin) {
        values.putIfAbsent(id, Datum.number(v, Evidence.DECLARED, "derived from the accelerator inventory", null, origin));
    }
}
