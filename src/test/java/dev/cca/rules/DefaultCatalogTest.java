package dev.cca.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default rule set's accelerator catalog: every name a card is listed under finds it, and the cards added for
 * Enflame's S60 and L600 and for on-chip SRAM engines (Cerebras' CS-3 and CS-2, Groq's LPU) carry the figures their
 * citations state, and no others.
 */
class DefaultCatalogTest {

    private static final AcceleratorCatalog CATALOG = RuleSetLoader.loadDefault().catalogs().accelerators();

    private static AcceleratorCatalog.Card card(String id) {
        return CATALOG.cards().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void every_model_name_and_alias_finds_its_card_with_each_name_of_its_vendor() {
        List<String> wrong = new ArrayList<>();
        for (AcceleratorCatalog.Card c : CATALOG.cards()) {
            AcceleratorCatalog.Vendor v = CATALOG.vendorOf(c);
            assertNotNull(v, c.id());
            List<String> vendorNames = new ArrayList<>(v.aliases());
            vendorNames.add(v.label().en());
            vendorNames.add(v.label().zh());
            List<String> names = new ArrayList<>(c.aliases());
            names.add(c.model());
            for (String name : names) {
                for (String vendor : vendorNames) {
                    if (CATALOG.find(vendor, name) != c) {
                        wrong.add(vendor + " / " + name + " -> " + CATALOG.find(vendor, name));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void enflames_s60_is_found_as_centers_write_it() {
        AcceleratorCatalog.Card s60 = card("enflame-s60");
        for (String[] written : new String[][] {{"Enflame", "S60"}, {"燧原", "S60"}, {"燧原科技", "云燧S60"}, {null, "燧原S60"},
            {null, "Enflame S60"}, {"Enflame Technology", "S60 48GB"}, {"上海燧原科技", "燧原 S60"}, {null, "邃思320"}, {"燧原", "GCU320"}}) {
            assertSame(s60, CATALOG.find(written[0], written[1]), String.join(" / ", java.util.Arrays.asList(written)));
        }
        assertSame(card("enflame-l600"), CATALOG.find("燧原", "L600"));
        assertSame(card("enflame-l600"), CATALOG.find(null, "燧原L600"));
        assertSame(card("enflame-t20"), CATALOG.find("Enflame", "云燧T21"), "the T21 is the T20's chip as an OAM module");
        assertEquals(null, CATALOG.find("Moore Threads", "S60"), "another vendor's S60 is not Enflame's");
    }

    @Test
    void the_s60_and_the_l600_carry_memory_and_bandwidth_and_no_invented_peak() {
        AcceleratorCatalog.Card s60 = card("enflame-s60");
        assertEquals(48, s60.memoryGb());
        assertEquals(672, s60.memoryBandwidthGbS());
        assertFalse(s60.secondary(), "the product manual gives them");
        AcceleratorCatalog.Card l600 = card("enflame-l600");
        assertEquals(144, l600.memoryGb());
        assertEquals(3600, l600.memoryBandwidthGbS());
        assertTrue(l600.secondary(), "press reports of the launch only");
        for (AcceleratorCatalog.Card c : List.of(s60, l600)) {
            assertEquals("npu", c.kind());
            assertFalse(c.sram());
            for (double peak : new double[] {c.fp16Tflops(), c.fp16SparseTflops(), c.fp8Tflops(), c.fp8SparseTflops(), c.int8Tops(),
                c.int8SparseTops()}) {
                assertTrue(Double.isNaN(peak), c.id() + ": Enflame publishes no peak for it");
            }
        }
        assertEquals(819, card("enflame-i20").memoryBandwidthGbS());
    }

    @Test
    void wafer_scale_engines_and_the_lpu_hold_their_sram_figures() {
        AcceleratorCatalog.Card cs3 = card("cerebras-wse-3");
        assertSame(cs3, CATALOG.find("Cerebras", "CS-3"));
        assertSame(cs3, CATALOG.find("Cerebras Systems", "WSE-3"));
        assertSame(cs3, CATALOG.find(null, "Cerebras CS-3"));
        assertEquals(44, cs3.memoryGb());
        assertEquals(21_000_000, cs3.memoryBandwidthGbS(), "21 PB/s");
        assertTrue(Double.isNaN(cs3.fp16Tflops()), "125 petaflops of 'peak AI performance' name no precision");
        AcceleratorCatalog.Card cs2 = card("cerebras-wse-2");
        assertSame(cs2, CATALOG.find("Cerebras", "WSE-2"));
        assertEquals(40, cs2.memoryGb());
        assertEquals(20_000_000, cs2.memoryBandwidthGbS());
        AcceleratorCatalog.Card lpu = card("groq-lpu");
        assertSame(lpu, CATALOG.find("Groq", "LPU"));
        assertSame(lpu, CATALOG.find(null, "GroqCard"));
        assertEquals(188, lpu.fp16Tflops());
        assertEquals(750, lpu.int8Tops());
        assertEquals(0.23, lpu.memoryGb());
        assertEquals(80_000, lpu.memoryBandwidthGbS());
        for (AcceleratorCatalog.Card c : List.of(cs3, cs2, lpu)) {
            assertTrue(c.sram(), c.id());
            assertEquals("asic", c.kind());
        }
        assertTrue(RuleSetDiff.card(cs3).contains("on-chip SRAM 44 GB, SRAM bandwidth 21000000 GB/s"), RuleSetDiff.card(cs3));
        assertTrue(RuleSetDiff.card(card("enflame-s60")).contains("memory 48 GB, memory bandwidth 672 GB/s"));
        assertEquals(List.of("cerebras-wse-2", "cerebras-wse-3", "groq-lpu"),
                CATALOG.cards().stream().filter(AcceleratorCatalog.Card::sram).map(AcceleratorCatalog.Card::id).sorted().toList(),
                "no card with off-chip memory is marked sram");
    }
}
