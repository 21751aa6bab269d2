package dev.cca.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accelerators a center may list, as rule data: vendor, model, the names people write for them (Chinese and
 * English, with and without the vendor), kind, and the peak figures of the datasheet. Looks a written vendor and
 * model up in one or two hash probes; a name that two vendors use ("K100" is Hygon's and Kunlunxin's) is found
 * only with its vendor.
 */
public final class AcceleratorCatalog {

    /** A vendor with the names written for it ("Huawei", "华为", "HiSilicon"). */
    public record Vendor(String id, Label label, List<String> aliases) {
    }

    /**
     * One accelerator model. Figures are per accelerator, NaN when the datasheet gives none: dense FP16/BF16
     * TFLOPS (the unit of every compute key of a profile), dense FP8 TFLOPS, dense INT8 TOPS, and the figures
     * with 2:4 structured sparsity where the vendor publishes them. {@code secondary} marks figures that only
     * secondary sources (press, distributors) give. {@code sram} marks a card whose memory is on-chip SRAM (a wafer-scale
     * engine, an LPU): its memory and memory bandwidth are the SRAM's, orders of magnitude beyond any HBM card's, and the
     * weights of a large model are spread over several such cards. {@code peakUnstatedTflops} is a peak the vendor
     * publishes without naming its precision or whether sparsity counts: no dense FP16 peak of the card is above it.
     */
    public record Card(String id, String vendor, String model, List<String> aliases, String kind, double fp16Tflops,
                       double fp16SparseTflops, double fp8Tflops, double fp8SparseTflops, double int8Tops,
                       double int8SparseTops, double memoryGb, boolean secondary, List<String> cite, String family,
                       double memoryBandwidthGbS, boolean sram, double peakUnstatedTflops) {

        /** A card without a peak of unstated precision. */
        public Card(String id, String vendor, String model, List<String> aliases, String kind, double fp16Tflops,
                    double fp16SparseTflops, double fp8Tflops, double fp8SparseTflops, double int8Tops,
                    double int8SparseTops, double memoryGb, boolean secondary, List<String> cite, String family,
                    double memoryBandwidthGbS, boolean sram) {
            this(id, vendor, model, aliases, kind, fp16Tflops, fp16SparseTflops, fp8Tflops, fp8SparseTflops, int8Tops,
                    int8SparseTops, memoryGb, secondary, cite, family, memoryBandwidthGbS, sram, Double.NaN);
        }

        /**
         * The highest peak the catalog gives for the card at any precision, with or without sparsity, or of unstated
         * precision: no dense FP16 peak of the card is above it. 0 when the catalog gives none.
         */
        public double highestFigure() {
            double m = 0;
            for (double v : new double[] {fp16Tflops, fp16SparseTflops, fp8Tflops, fp8SparseTflops, int8Tops, int8SparseTops,
                peakUnstatedTflops}) {
                if (v > m) {
                    m = v;
                }
            }
            return m;
        }

        /** A card whose memory is off-chip (HBM, GDDR, LPDDR). */
        public Card(String id, String vendor, String model, List<String> aliases, String kind, double fp16Tflops,
                    double fp16SparseTflops, double fp8Tflops, double fp8SparseTflops, double int8Tops,
                    double int8SparseTops, double memoryGb, boolean secondary, List<String> cite, String family,
                    double memoryBandwidthGbS) {
            this(id, vendor, model, aliases, kind, fp16Tflops, fp16SparseTflops, fp8Tflops, fp8SparseTflops, int8Tops,
                    int8SparseTops, memoryGb, secondary, cite, family, memoryBandwidthGbS, false);
        }

        /** A card without a memory bandwidth figure. */
        public Card(String id, String vendor, String model, List<String> aliases, String kind, double fp16Tflops,
                    double fp16SparseTflops, double fp8Tflops, double fp8SparseTflops, double int8Tops,
                    double int8SparseTops, double memoryGb, boolean secondary, List<String> cite, String family) {
            this(id, vendor, model, aliases, kind, fp16Tflops, fp16SparseTflops, fp8Tflops, fp8SparseTflops, int8Tops,
                    int8SparseTops, memoryGb, secondary, cite, family, Double.NaN);
        }

        /** A card without a family of its own: {@code family} is its id. */
        public Card(String id, String vendor, String model, List<String> aliases, String kind, double fp16Tflops,
                    double fp16SparseTflops, double fp8Tflops, double fp8SparseTflops, double int8Tops,
                    double int8SparseTops, double memoryGb, boolean secondary, List<String> cite) {
            this(id, vendor, model, aliases, kind, fp16Tflops, fp16SparseTflops, fp8Tflops, fp8SparseTflops, int8Tops,
                    int8SparseTops, memoryGb, secondary, cite, id);
        }

        /**
         * The architecture the card is one SKU of ({@code family:} in the catalog: the Ascend 910B and its 910B1-B4
         * bins, the H100 and its PCIe, NVL, H800, H20 and H200 versions), its id when it has none. Heterogeneous
         * diversity counts families, not SKUs.
         */
        public String architecture() {
            return family == null || family.isEmpty() ? id : family;
        }

        public boolean isCpu() {
            return "cpu".equals(kind);
        }

        /** The peak for a training or serving precision: fp8 uses the dense FP8 figure, anything else dense FP16. */
        public double peakFor(String precision) {
            if (precision != null && Names.key(precision).startsWith("fp8") && fp8Tflops > 0) {
                return fp8Tflops;
            }
            return fp16Tflops;
        }
    }

    public static final AcceleratorCatalog EMPTY = new AcceleratorCatalog(List.of(), List.of());

    private static final Pattern MEMORY_SUFFIX = Pattern.compile("^(.*\\d)(gb|g)$");

    private final List<Vendor> vendors;
    private final List<Card> cards;
    private final Map<String, Vendor> vendorByKey = new HashMap<>();
    private final Map<String, List<Card>> cardByKey = new HashMap<>();

    public AcceleratorCatalog(List<Vendor> vendors, List<Card> cards) {
        this.vendors = List.copyOf(vendors);
        this.cards = List.copyOf(cards);
        for (Vendor v : this.vendors) {
            vendorByKey.putIfAbsent(Names.key(v.id()), v);
            vendorByKey.putIfAbsent(Names.key(v.label().en()), v);
            vendorByKey.putIfAbsent(Names.key(v.label().zh()), v);
            for (String a : v.aliases()) {
                vendorByKey.putIfAbsent(Names.key(a), v);
            }
        }
        for (Card c : this.cards) {
            Map<String, Boolean> keys = new LinkedHashMap<>();
            keys.put(Names.key(c.model()), true);
            keys.put(Names.key(c.id()), true);
            for (String a : c.aliases()) {
                keys.put(Names.key(a), true);
            }
            Vendor v = vendorByKey.get(Names.key(c.vendor()));
            for (String k : new ArrayList<>(keys.keySet())) {
                if (v != null) {
                    for (String vn : vendorNames(v)) {
                        keys.put(vn + k, true);
                    }
                }
            }
            for (String k : keys.keySet()) {
                if (!k.isEmpty()) {
                    List<Card> l = cardByKey.computeIfAbsent(k, x -> new ArrayList<>(1));
                    if (!l.contains(c)) {
                        l.add(c);
                    }
                }
            }
        }
    }

    private static List<String> vendorNames(Vendor v) {
        List<String> out = new ArrayList<>();
        out.add(Names.key(v.id()));
        out.add(Names.key(v.label().en()));
        out.add(Names.key(v.label().zh()));
        for (String a : v.aliases()) {
            out.add(Names.key(a));
        }
        out.removeIf(String::isEmpty);
        return out.stream().distinct().toList();
    }

    public List<Card> cards() {
        return cards;
    }

    public List<Vendor> vendors() {
        return vendors;
    }

    public boolean isEmpty() {
        return cards.isEmpty();
    }

    /** The vendor a written name means, or null. */
    public Vendor vendor(String name) {
        return name == null ? null : vendorByKey.get(Names.key(name));
    }

    public Vendor vendorOf(Card c) {
        return vendorByKey.get(Names.key(c.vendor()));
    }

    /**
     * The card a written vendor and model mean, or null when the catalog does not know it or cannot tell which
     * of several it is. The model alone, the vendor and model together, and the model without a trailing memory
     * size ("A100 80GB") are tried in that order.
     */
    public Card find(String vendor, String model) {
        if (model == null || model.isBlank()) {
            return null;
        }
        Vendor v = vendor(vendor);
        String k = Names.key(model);
        Card c = pick(cardByKey.get(k), v);
        if (c == null && vendor != null) {
            c = pick(cardByKey.get(Names.key(vendor) + k), v);
        }
        if (c == null) {
            // "A100 80GB", "H20 96G": a memory size of two or three digits after the model.
            Matcher m = MEMORY_SUFFIX.matcher(k);
            if (m.matches()) {
                String head = m.group(1);
                for (int digits = 2; digits <= 3 && c == null && digits < head.length(); digits++) {
                    c = pick(cardByKey.get(head.substring(0, head.length() - digits)), v);
                }
            }
        }
        return c;
    }

    private static Card pick(List<Card> l, Vendor v) {
        if (l == null || l.isEmpty()) {
            return null;
        }
        if (l.size() == 1) {
            Card only = l.get(0);
            return v == null || Names.key(only.vendor()).equals(Names.key(v.id())) ? only : null;
        }
        if (v == null) {
            return null;
        }
        for (Card c : l) {
            if (Names.key(c.vendor()).equals(Names.key(v.id()))) {
                return c;
            }
        }
        return null;
    }
}
