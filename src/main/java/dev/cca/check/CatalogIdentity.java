package dev.cca.check;

import dev.cca.model.Accelerator;
import dev.cca.model.DerivedMetrics;
import dev.cca.rules.AcceleratorCatalog;
import dev.cca.rules.Names;

/**
 * Inventory lines as the accelerator catalog knows them: "Huawei Ascend 910B" and "华为 昇腾910B" are one model of
 * one vendor; a line the catalog does not know keeps its written spelling (normalised), so two different unknown
 * cards still count as two. A line is a CPU when it says so or when the catalog lists its model as one.
 */
final class CatalogIdentity implements DerivedMetrics.Identity {

    private final AcceleratorCatalog catalog;
    /** What the lines of the profiles checked so far are, shared by every profile of one {@link ClaimChecks}. */
    private final Lines shared;
    /** What this profile's lines are that {@link #shared} has no room for. */
    private java.util.Map<Written, Known> own;
    /**
     * The lines asked about so far, by identity, and what they are (the first {@link #RECENT} of the profile's lines):
     * each check walks the inventory and asks each line for its card, model and vendor.
     */
    private final Accelerator[] recent = new Accelerator[RECENT];
    private final Known[] recentKnown = new Known[RECENT];
    private int recentCount;
    private static final int RECENT = 8;

    /** One per profile checked; not shared between threads (the {@link Lines} it is given are). */
    CatalogIdentity(AcceleratorCatalog catalog, Lines shared) {
        this.catalog = catalog;
        this.shared = shared;
    }

    /**
     * A written vendor and model (their strings keep their own hashes). equals and hashCode as a record's own, written
     * out: every line of every record is looked up by it.
     */
    private record Written(String vendor, String model) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Written w && java.util.Objects.equals(vendor, w.vendor) && java.util.Objects.equals(model, w.model);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(vendor) + java.util.Objects.hashCode(model);
        }
    }

    /** A line's card (null when the catalog does not know it), model key and vendor key. */
    private record Known(AcceleratorCatalog.Card card, String model, String vendor) {
    }

    /**
     * What written vendors and models are, looked up once per run rather than once per profile: a catalog repeats a few
     * dozen accelerators in every record, and each look-up folds both names and probes the catalog. Bounded: past
     * {@link #MAX} pairs, or for names together longer than {@link #MAX_LENGTH}, each profile looks its lines up itself.
     */
    static final class Lines {
        static final int MAX = 4096;
        static final int MAX_LENGTH = 128;
        private final java.util.concurrent.ConcurrentHashMap<Written, Known> known = new java.util.concurrent.ConcurrentHashMap<>();
        private final int max;

        Lines() {
            this(MAX);
        }

        /** Lines that remember at most {@code max} pairs. */
        Lines(int max) {
            this.max = max;
        }
    }

    private Known known(Accelerator a) {
        for (int i = 0; i < recentCount; i++) {
            if (recent[i] == a) {
                return recentKnown[i];
            }
        }
        Written w = new Written(a.vendor(), a.model());
        Known k = shared.known.get(w);
        if (k == null && own != null) {
            k = own.get(w);
        }
        if (k == null) {
            k = lookUp(a);
            if (shared.known.size() < shared.max && length(a.vendor()) + length(a.model()) <= Lines.MAX_LENGTH) {
                shared.known.putIfAbsent(w, k);
            } else {
                if (own == null) {
                    own = new java.util.HashMap<>();
                }
                own.put(w, k);
            }
        }
        if (recentCount < RECENT) {
            recent[recentCount] = a;
            recentKnown[recentCount++] = k;
        }
        return k;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /**
     * What the catalog makes of a line's vendor and model: its card; the model's key, the card's id or, for a card the
     * catalog does not know, the vendor's key and the model's written spelling folded (so two different unknown cards
     * still count as two); the vendor's key, the catalog's vendor (named, or the card's) or the written one folded.
     */
    private Known lookUp(Accelerator a) {
        AcceleratorCatalog.Card card = catalog.find(a.vendor(), a.model());
        AcceleratorCatalog.Vendor v = catalog.vendor(a.vendor());
        if (v == null) {
            v = card == null ? null : catalog.vendorOf(card);
        }
        String vendor = v != null ? v.id() : Names.key(a.vendor());
        String model;
        if (card != null) {
            model = card.id();
        } else {
            String written = Names.key(a.model());
            model = written.isEmpty() ? "" : vendor + "|" + written;
        }
        return new Known(card, model, vendor);
    }

    AcceleratorCatalog.Card card(Accelerator a) {
        return known(a).card();
    }

    @Override
    public String model(Accelerator a) {
        return known(a).model();
    }

    @Override
    public String vendor(Accelerator a) {
        return known(a).vendor();
    }

    @Override
    public boolean isCpu(Accelerator a) {
        if ("cpu".equals(a.kind())) {
            return true;
        }
        AcceleratorCatalog.Card c = known(a).card();
        return c != null && c.isCpu();
    }
}
