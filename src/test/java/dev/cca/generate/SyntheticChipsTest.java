package dev.cca.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.rules.AcceleratorCatalog;
import dev.cca.rules.Catalogs;
import dev.cca.rules.RuleSetLoader;
import org.junit.jupiter.api.Test;

/**
 * Every accelerator a generated inventory names is one the default rule set's catalog knows (an unknown one is an
 * accelerator-unknown finding on every center that lists it), with the catalog's memory bandwidth and a peak the
 * inventory check accepts.
 */
class SyntheticChipsTest {

    @Test
    void every_generated_chip_is_in_the_catalog_with_its_bandwidth_and_an_accepted_peak() {
        Catalogs k = RuleSetLoader.loadDefault().catalogs();
        AcceleratorCatalog catalog = k.accelerators();
        for (SyntheticTables.Chip chip : SyntheticTables.CHIPS) {
            String name = chip.vendor() + " " + chip.model();
            AcceleratorCatalog.Card c = catalog.find(chip.vendor(), chip.model());
            assertNotNull(c, name + " is not in the catalog");
            double bandwidth = c.memoryBandwidthGbS() > 0 ? c.memoryBandwidthGbS() : 0;
            assertEquals(bandwidth, chip.memoryGbS(), name + ": the catalog's memory bandwidth, or 0 where it has none");
            if (c.fp16Tflops() > 0) {
                assertTrue(chip.fp16Tflops() <= c.fp16Tflops() * (1 + k.checks().peakTolerance()),
                        name + ": " + chip.fp16Tflops() + " TFLOPS against the catalog's " + c.fp16Tflops());
            }
        }
    }
}
