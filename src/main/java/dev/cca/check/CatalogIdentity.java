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

    private static final AcceleratorCatalog.Card NONE = new AcceleratorCatalog.Card("", "", "", java.util.List.of(), "",
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, java.util.List.of());

    private final AcceleratorCatalog catalog;
    /** Look-ups of one profile's inventory lines, by written vendor and model: each line is looked up once. */
    private final java.util.Map<String, AcceleratorCatalog.Card> seen = new java.util.HashMap<>();

    /** One per profile checked (it remembers the profile's look-ups); not shared between threads. */
    CatalogIdentity(AcceleratorCatalog catalog) {
        this.catalog = catalog;
    }

    AcceleratorCatalog.Card card(Accelerator a) {
        String k = a.vendor() + "\u0000" + a.model();
        AcceleratorCatalog.Card c = seen.get(k);
        if (c == null) {
            c = catalog.find(a.vendor(), a.model());
            seen.put(k, c == null ? NONE : c);
            return c;
        }
        return c == NONE ? null : c;
    }

    @Override
    public String model(Accelerator a) {
        AcceleratorCatalog.Card c = card(a);
        if (c != null) {
            return c.id();
        }
        String vendor = vendor(a);
        String model = Names.key(a.model());
        return model.isEmpty() ? "" : vendor + "|" + model;
    }

    @Override
    public String vendor(Accelerator a) {
        AcceleratorCatalog.Vendor v = catalog.vendor(a.vendor());
        if (v == null) {
            AcceleratorCatalog.Card c = card(a);
            v = c == null ? null : catalog.vendorOf(c);
        }
        return v != null ? v.id() : Names.key(a.vendor());
    }

    @Override
    public boolean isCpu(Accelerator a) {
        if ("cpu".equals(a.kind())) {
            return true;
        }
        AcceleratorCatalog.Card c = card(a);
        return c != null && c.isCpu();
    }
}
