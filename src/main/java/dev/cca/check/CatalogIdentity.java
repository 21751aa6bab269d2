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

    CatalogIdentity(AcceleratorCatalog catalog) {
        this.catalog = catalog;
    }

    AcceleratorCatalog.Card card(Accelerator a) {
        return catalog.find(a.vendor(), a.model());
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
