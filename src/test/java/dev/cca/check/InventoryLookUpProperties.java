package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.cca.model.Accelerator;
import dev.cca.model.CenterProfile;
import dev.cca.model.DerivedMetrics;
import dev.cca.result.Finding;
import dev.cca.rules.AcceleratorCatalog;
import dev.cca.rules.CheckParams;
import dev.cca.rules.Label;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * What the checks remember of the inventory lines met so far (each written vendor and model looked up in the catalog
 * once a run) changes nothing: a line remembered is what the catalog makes of it afresh, a run's checks are those of
 * a run that remembers nothing, and heterogeneous diversity counts and names architectures as it always did.
 */
class InventoryLookUpProperties {

    private static final AcceleratorCatalog CATALOG = ClaimChecksTest.RULES.catalogs().accelerators();
    private static final CheckParams PARAMS = ClaimChecksTest.RULES.catalogs().checks();

    @Property(tries = 200)
    void a_remembered_line_is_the_line_looked_up_afresh(@ForAll("inventories") List<String> lines) {
        List<Accelerator> inv = ClaimChecksTest.profile(yaml(lines)).accelerators();
        CatalogIdentity.Lines shared = new CatalogIdentity.Lines();
        new CatalogIdentity(CATALOG, shared).card(inv.get(0));
        CatalogIdentity warmed = new CatalogIdentity(CATALOG, shared);
        CatalogIdentity full = new CatalogIdentity(CATALOG, new CatalogIdentity.Lines(1));
        for (int round = 0; round < 2; round++) {
            for (Accelerator a : inv) {
                CatalogIdentity fresh = new CatalogIdentity(CATALOG, new CatalogIdentity.Lines());
                for (CatalogIdentity id : List.of(warmed, full)) {
                    assertSame(fresh.card(a), id.card(a), a.toString());
                    assertEquals(fresh.model(a), id.model(a), a.toString());
                    assertEquals(fresh.vendor(a), id.vendor(a), a.toString());
                    assertEquals(fresh.isCpu(a), id.isCpu(a), a.toString());
                }
                assertSame(CATALOG.find(a.vendor(), a.model()), fresh.card(a), a.toString());
            }
        }
    }

    @Property(tries = 150)
    void checks_that_remember_lines_find_what_checks_that_remember_nothing_find(@ForAll("inventories") List<String> lines,
                                                                                @ForAll("inventories") List<String> before) {
        ClaimChecks warmed = new ClaimChecks(ClaimChecksTest.RULES);
        warmed.check(ClaimChecksTest.profile(yaml(before)));
        String body = yaml(lines) + "  total_pflops_fp16: 50000\n  largest_cluster: {accelerators: 4096, pflops_fp16: 30000}\n"
                + "operations:\n  pricing: {card_hour_cny: 9.5, machine_month_cny: 40000}\n";
        CenterProfile a = ClaimChecksTest.profile(body);
        CenterProfile b = ClaimChecksTest.profile(body);
        assertEquals(new ClaimChecks(ClaimChecksTest.RULES).check(a).findings(), warmed.check(b).findings());
        assertEquals(a.values().keySet(), b.values().keySet());
        for (String k : a.values().keySet()) {
            assertEquals(a.number(k), b.number(k), 0, k);
        }
    }

    @Property(tries = 300)
    void diversity_counts_and_names_architectures_as_it_always_did(@ForAll("inventories") List<String> lines) {
        CenterProfile p = ClaimChecksTest.profile(yaml(lines));
        double writtenKinds = p.number(DerivedMetrics.KINDS);
        double writtenVendors = p.number(DerivedMetrics.VENDORS);
        List<Finding> found = ClaimChecksTest.CHECKS.check(p).findings().stream()
                .filter(f -> f.check().equals("heterogeneous-diversity")).toList();
        Expected e = expected(p.accelerators(), writtenKinds, writtenVendors);
        assertEquals(e.kinds, p.number(DerivedMetrics.KINDS), 0);
        assertEquals(e.vendors, p.number(DerivedMetrics.VENDORS), 0);
        assertEquals(e.message == null ? List.of() : List.of(e.message), found.stream().map(Finding::message).toList());
    }

    private record Expected(double kinds, double vendors, Label message) {
    }

    /**
     * Heterogeneous diversity of the checked inventory {@code inv} counted as the checks counted it before they
     * remembered lines: a hash map of each architecture's names, a linked one of its sizes, vendors and first names.
     */
    private static Expected expected(List<Accelerator> inv, double writtenKinds, double writtenVendors) {
        CatalogIdentity identity = new CatalogIdentity(CATALOG, new CatalogIdentity.Lines());
        Set<String> namedSet = new HashSet<>();
        Set<String> namedVendorSet = new HashSet<>();
        Map<String, double[]> size = new LinkedHashMap<>();
        Map<String, Set<String>> models = new HashMap<>();
        Map<String, String> vendorOf = new HashMap<>();
        Map<String, String> labelOf = new HashMap<>();
        Set<String> counted = new HashSet<>();
        boolean peaks = true;
        boolean counts = true;
        for (Accelerator a : inv) {
            if (identity.isCpu(a)) {
                continue;
            }
            if (!identity.model(a).isEmpty()) {
                namedSet.add(identity.model(a));
            }
            if (!identity.vendor(a).isEmpty()) {
                namedVendorSet.add(identity.vendor(a));
            }
            if (identity.model(a).isEmpty()) {
                continue;
            }
            AcceleratorCatalog.Card c = identity.card(a);
            String arch = c != null ? "card|" + c.architecture() : "unknown|";
            String label = c != null ? label(c) : a.label();
            double n = a.count() > 0 ? a.count() : 0;
            counts &= a.count() > 0;
            if (a.count() > 0) {
                counted.add(arch);
            }
            peaks &= a.fp16Tflops() > 0;
            double[] s = size.computeIfAbsent(arch, k -> new double[2]);
            s[0] += n;
            s[1] += n * (a.fp16Tflops() > 0 ? a.fp16Tflops() : 0);
            models.computeIfAbsent(arch, k -> new LinkedHashSet<>()).add(label);
            vendorOf.putIfAbsent(arch, identity.vendor(a));
            labelOf.putIfAbsent(arch, label);
        }
        List<String> merged = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, Set<String>> m : models.entrySet()) {
            if (m.getValue().size() > 1) {
                if (m.getKey().equals("unknown|")) {
                    unknown.addAll(m.getValue());
                } else {
                    merged.add(String.join(", ", m.getValue()));
                }
            }
        }
        int measure = peaks ? 1 : 0;
        double total = 0;
        String largest = null;
        for (Map.Entry<String, double[]> e : size.entrySet()) {
            total += e.getValue()[measure];
            if (largest == null || e.getValue()[measure] > size.get(largest)[measure]) {
                largest = e.getKey();
            }
        }
        double minShare = Math.max(PARAMS.diversityMinShare(), 0);
        double minCount = Math.max(PARAMS.diversityMinAccelerators(), 0);
        List<String> dropped = new ArrayList<>();
        List<String> uncounted = new ArrayList<>();
        Set<String> vendors = new HashSet<>();
        int kinds = 0;
        for (Map.Entry<String, double[]> e : size.entrySet()) {
            if (!e.getKey().equals(largest) && (minShare > 0 || minCount > 0) && !counted.contains(e.getKey())) {
                uncounted.add(labelOf.get(e.getKey()));
            } else if (!e.getKey().equals(largest) && counts && total > 0
                    && (e.getValue()[measure] < minShare * total || e.getValue()[0] < minCount)) {
                dropped.add(labelOf.get(e.getKey()) + " (" + Messages.n(e.getValue()[0]) + ")");
            } else {
                kinds++;
                if (!vendorOf.get(e.getKey()).isEmpty()) {
                    vendors.add(vendorOf.get(e.getKey()));
                }
            }
        }
        double named = namedSet.size();
        double namedVendors = namedVendorSet.size();
        double k = Math.min(kinds, named);
        double v = Math.min(vendors.size(), namedVendors);
        Label message = k != writtenKinds || v != writtenVendors ? Messages.diversity(writtenKinds, named, writtenVendors,
                namedVendors, k, v, merged, dropped, uncounted, unknown, PARAMS.diversityMinShare(),
                PARAMS.diversityMinAccelerators()) : null;
        return new Expected(k, v, message);
    }

    private static String label(AcceleratorCatalog.Card c) {
        AcceleratorCatalog.Vendor v = CATALOG.vendorOf(c);
        return (v == null ? c.vendor() : v.label().en()) + " " + c.model();
    }

    private static String yaml(List<String> lines) {
        return "scenarios: [pretraining, inference]\ncompute:\n  accelerators:\n" + String.join("", lines);
    }

    /**
     * Inventories of up to twenty lines (more architectures than a small hash map holds before it grows): the catalog's
     * cards under any of their vendors' and their own names, in Chinese, full width, upper case or with a look-alike
     * letter; cards it does not know; CPUs; with and without counts and peaks.
     */
    @Provide
    Arbitrary<List<String>> inventories() {
        List<String> vendors = new ArrayList<>(List.of("Acme", "神威", "ＮＶＩＤＩＡ", "Huaωei"));
        for (AcceleratorCatalog.Vendor v : CATALOG.vendors()) {
            vendors.add(v.id());
            vendors.add(v.label().en());
            vendors.add(v.label().zh());
            vendors.addAll(v.aliases());
        }
        vendors.removeIf(java.util.Objects::isNull);
        List<String> models = new ArrayList<>(List.of("X-1000", "昇腾999", "\u212A100", "MLU370-Ｘ8"));
        for (AcceleratorCatalog.Card c : CATALOG.cards()) {
            models.add(c.model());
            models.add(c.id());
            models.addAll(c.aliases());
        }
        models.removeIf(java.util.Objects::isNull);
        // SKUs of one die, often: an inventory then has several architectures of several names each.
        Map<String, List<String>> families = new HashMap<>();
        for (AcceleratorCatalog.Card c : CATALOG.cards()) {
            families.computeIfAbsent(c.architecture(), k -> new ArrayList<>()).add(c.model());
        }
        List<String> skus = new ArrayList<>();
        families.values().stream().filter(l -> l.size() > 1).forEach(skus::addAll);
        Arbitrary<String> model = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(models)), Tuple.of(1, Arbitraries.of(skus))).flatMap(m -> Arbitraries.of(m, m.toUpperCase(java.util.Locale.ROOT),
                m.replace('0', '０'), m.replace('K', '\u212A')));
        Arbitrary<String> count = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")),
                Tuple.of(5, Arbitraries.integers().between(1, 20000).map(n -> ", count: " + n)));
        Arbitrary<String> peak = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.integers().between(50, 3000).map(n -> ", fp16_tflops: " + n)));
        Arbitrary<String> kind = Arbitraries.of("", ", kind: gpu", ", kind: npu", ", kind: cpu");
        Arbitrary<String> line = Combinators.combine(Arbitraries.of(vendors), model, count, peak, kind)
                .as((v, m, c, f, k) -> "    - {vendor: \"" + v + "\", model: \"" + m + "\"" + c + f + k + "}\n");
        return line.list().ofMinSize(1).ofMaxSize(20);
    }
}
