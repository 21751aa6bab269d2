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
        Figures f = figures(inventory, identity);
        if (f == null) {
            return;
        }
        Location origin = origin(inventory);
        for (int k = 0; k < IDS.size(); k++) {
            if (f.has(k)) {
                values.putIfAbsent(IDS.get(k), datum(f.values()[k], origin));
            }
        }
    }

    /** The derived metrics of one inventory, in the order of {@link #IDS}; {@code present} has bit k set when the k-th is derived. */
    record Figures(double[] values, int present) {

        boolean has(int k) {
            return (present & (1 << k)) != 0;
        }
    }

    /**
     * The metrics of {@code inventory} as {@code identity} tells its lines apart (a count unknown derives no count and
     * no inventory compute; no peak, no mean peak); null for an empty inventory.
     */
    static Figures figures(List<Accelerator> inventory, Identity identity) {
        if (inventory.isEmpty()) {
            return null;
        }
        Distinct kinds = new Distinct();
        Distinct vendors = new Distinct();
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
        boolean peaks = countWithPeak > 0;
        boolean whole = peaks && countKnown && countWithPeak == count;
        return new Figures(new double[] {kinds.size(), vendors.size(), count, peaks ? weightedPeak / countWithPeak : Double.NaN,
                weightedPeak / 1000}, 0b11 | (countKnown ? 0b100 : 0) | (peaks ? 0b1000 : 0) | (whole ? 0b10000 : 0));
    }

    /** Distinct names, counted without a set while there is one (most inventories have one model of one vendor). */
    private static final class Distinct {
        private String first;
        private Set<String> all;

        void add(String name) {
            if (first == null) {
                first = name;
            } else if (all != null) {
                all.add(name);
            } else if (!first.equals(name)) {
                all = new HashSet<>();
                all.add(first);
                all.add(name);
            }
        }

        int size() {
            return all != null ? all.size() : first != null ? 1 : 0;
        }
    }

    /** Where the derived metrics of {@code inventory} (not empty) are said to come from. */
    static Location origin(List<Accelerator> inventory) {
        return inventory.get(0).origin().withPath("compute.accelerators");
    }

    private static final dev.cca.rules.Label NOTE = new dev.cca.rules.Label("derived from the accelerator inventory",
            "由加速卡清单推算");

    /** A derived metric's value {@code v}, from {@code origin}. */
    static Datum datum(double v, Location origin) {
        return Datum.numberWithNote(v, Evidence.DECLARED, NOTE, null, origin);
    }

    /** Whether {@code d} is what {@link #datum} makes of {@code v} and {@code origin}: a derivation that need not be redone. */
    static boolean is(Datum d, double v, Location origin) {
        return d != null && d.kind() == Datum.Kind.NUMBER && Double.compare(d.number(), v) == 0 && d.note() == NOTE.en()
                && d.note("zh") == NOTE.zh() && d.evidence() == Evidence.DECLARED && d.claimed() == Evidence.DECLARED
                && d.evidenceDate() == null && d.provenance().isEmpty() && d.unearned() == null && origin.equals(d.origin());
    }
}
