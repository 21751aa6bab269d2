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
    /** Set by the checks stage: the peak of the card that {@code operations.pricing} is for. */
    public static final String PRICED_PEAK_TFLOPS = "operations.pricing.peak_tflops";

    /**
     * What an inventory line is: which model and vendor (so that "Huawei Ascend 910B" and "华为 昇腾910B" count once)
     * and whether it is an accelerator at all. The reader's own view compares the written labels; the checks stage
     * gives the accelerator catalog's.
     */
    public interface Identity {
        /** A key for the model; lines with the same key are one kind. Empty when unknown. */
        String model(Accelerator a);

        /** A key for the vendor; empty when not given. */
        String vendor(Accelerator a);

        /** A general-purpose processor, not an accelerator: not counted. */
        boolean isCpu(Accelerator a);
    }

    /** Labels as written, in lower case; lines whose kind is cpu are not accelerators. */
    public static final Identity AS_WRITTEN = new Identity() {
        @Override
        public String model(Accelerator a) {
            return a.label().toLowerCase(Locale.ROOT);
        }

        @Override
        public String vendor(Accelerator a) {
            return a.vendor() == null ? "" : a.vendor().strip().toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean isCpu(Accelerator a) {
            return "cpu".equals(a.kind());
        }
    };

    private DerivedMetrics() {
    }

    static final List<String> IDS = List.of(KINDS, VENDORS, COUNT, PEAK_TFLOPS_MEAN, INVENTORY_PFLOPS);

    static void addTo(Map<String, Datum> values, List<Accelerator> inventory) {
        addTo(values, inventory, AS_WRITTEN);
    }

    static void addTo(Map<String, Datum> values, List<Accelerator> inventory, Identity identity) {
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
            if (identity.isCpu(a)) {
                continue;
            }
            String label = identity.model(a);
            if (!label.isEmpty()) {
                kinds.add(label);
            }
            String vendor = identity.vendor(a);
            if (!vendor.isEmpty()) {
                vendors.add(vendor);
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
        values.putIfAbsent(id, Datum.numberWithNote(v, Evidence.DECLARED,
                new dev.cca.rules.Label("derived from the accelerator inventory", "由加速卡清单推算"), null, origin));
    }
}
