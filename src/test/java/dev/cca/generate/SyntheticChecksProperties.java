package dev.cca.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.check.ClaimChecks;
import dev.cca.input.catalog.Catalogs;
import dev.cca.input.catalog.Format;
import dev.cca.model.CenterProfile;
import dev.cca.result.Finding;
import dev.cca.rules.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Generated centers are illustrative, but physically possible and consistent with themselves: no check of claims
 * adjusts any of their figures (not scored, or scored at a bound), whatever the seed. Only the checks that apply the
 * rule set's reading of a figure, rather than find it impossible or contradicted, may: heterogeneous-diversity (an
 * architecture with a small share does not count), priced-card (a price on a mixed inventory is per PFLOPS of its
 * weakest card) and measurement-scale (a measurement carried to the largest cluster). Undecided and noted findings
 * (a card or model the rule set does not know, a figure a check lacks) do not adjust anything.
 */
class SyntheticChecksProperties {

    private static final ClaimChecks CHECKS = new ClaimChecks(RuleSetLoader.loadDefault());
    private static final Set<String> READINGS = Set.of("heterogeneous-diversity", "priced-card", "measurement-scale");

    /** Every finding of {@code count} centers of {@code seed} that says a figure is impossible or contradicted. */
    static List<String> flagged(long seed, int count, int[] served) throws IOException {
        Path p = Files.createTempFile("cca-synthetic", ".jsonl");
        try {
            SyntheticCatalog.generate(count, seed, Format.JSON_LINES, p);
            List<String> out = new ArrayList<>();
            for (CenterProfile c : Catalogs.read(p).profiles()) {
                served[0] += Double.isNaN(c.number("inference.throughput.output_tokens_per_s")) ? 0 : 1;
                served[1] += Double.isNaN(c.number("inference.latency.tpot_ms_p50")) ? 0 : 1;
                // A TTFT with the serving run's model and accelerators: what ttft-bandwidth-floor holds.
                served[2] += Double.isNaN(c.number("inference.latency.ttft_ms_p50"))
                        || Double.isNaN(c.number("inference.throughput.accelerators")) ? 0 : 1;
                for (Finding f : CHECKS.check(c, false).findings()) {
                    if (f.outcome().adjusts() && !READINGS.contains(f.check())) {
                        out.add(c.id() + " " + f.check() + " " + f.metric() + " " + f.stated() + " / " + f.bound());
                    }
                }
            }
            return out;
        } finally {
            Files.delete(p);
        }
    }

    /** Seed 7, whose 2,000 centers had 21 compute-bound, 331 Little's law, 181 total-compute findings and more. */
    @Test
    void two_thousand_centers_of_seed_7_have_no_impossible_or_contradicted_figure() throws IOException {
        int[] served = new int[3];
        assertEquals(List.of(), flagged(7, 2000, served));
        assertTrue(served[0] > 500 && served[1] > 500, "the catalog serves and has latencies: " + served[0] + ", " + served[1]);
        assertTrue(served[2] > 300, "TTFTs of a serving run, which the bandwidth floor holds: " + served[2]);
    }

    /** Any seed: 500 centers each (a few hundred milliseconds), so the drawn seeds cover many catalogs quickly. */
    @Property(tries = 12)
    void no_seed_generates_an_impossible_or_contradicted_figure(@ForAll long seed) throws IOException {
        int[] served = new int[3];
        assertEquals(List.of(), flagged(seed, 500, served), "seed " + seed);
        assertTrue(served[0] > 100, "the catalog serves: " + served[0]);
    }
}
