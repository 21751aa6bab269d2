package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cca.model.CenterProfile;
import dev.cca.model.Evidence;
import dev.cca.result.Finding;
import dev.cca.result.Finding.Outcome;
import dev.cca.rules.Catalogs;
import dev.cca.rules.CheckParams;
import dev.cca.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pue-floor (CCA-K221) and utilization-ceiling (CCA-K222): a PUE below {@code min_pue} (1.03, below NREL ESIF's annual
 * 1.036, the best any facility has published) and an average utilization above {@code max_utilization_pct} (98%) are
 * scored at the bound with a finding. The default curves saturate before either bound, so no score moves.
 */
class FacilityEdgeProperties {

    private static final CheckParams PARAMS = ClaimChecksTest.RULES.catalogs().checks();
    private static final String PUE = "compute.pue";
    private static final String UTILIZATION = "compute.utilization_pct";

    @TempDir
    Path tmp;

    static CenterProfile profile(double pue, double utilization) {
        return ClaimChecksTest.profile("compute:\n  pue: " + pue + "\n  utilization_pct: " + utilization + "\n");
    }

    static Finding finding(ClaimChecks.Report r, String check) {
        return r.findings().stream().filter(f -> f.check().equals(check)).findFirst().orElse(null);
    }

    @Test
    void the_bounds_are_the_rule_sets() {
        assertEquals(1.03, PARAMS.minPue(), 1e-12);
        assertEquals(98, PARAMS.maxUtilizationPct(), 1e-12);
    }

    @Test
    void a_pue_of_exactly_one_and_a_utilization_of_100_are_held_and_said_to_be_not_credible() {
        CenterProfile p = profile(1.0, 100);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        Finding pue = ClaimChecksTest.only(r, "pue-floor");
        assertEquals(Outcome.SCORED_AT_BOUND, pue.outcome());
        assertEquals(1.0, pue.stated(), 0);
        assertEquals(1.03, p.number(PUE), 1e-12);
        assertEquals(Evidence.DECLARED, p.get(PUE).evidence());
        assertEquals("PUE 1 is below the best annual PUE any facility has published (NREL ESIF, liquid-cooled without chillers,"
                + " 1.036; Google's fleet about 1.10): a year with no power for cooling and power conversion is not credible;"
                + " scored at 1.03", pue.message().en());
        assertTrue(pue.message().zh().contains("按 1.03 计") && pue.message().zh().contains("不可信"), pue.message().zh());
        assertTrue(pue.cite().contains("facility-pue-records"), pue.cite().toString());
        Finding u = ClaimChecksTest.only(r, "utilization-ceiling");
        assertEquals(Outcome.SCORED_AT_BOUND, u.outcome());
        assertEquals(98, p.number(UTILIZATION), 1e-12);
        assertTrue(u.message().en().startsWith("an average utilization of 100% means every accelerator busy every hour of the year"),
                u.message().en());
        assertTrue(u.message().zh().contains("按 98% 计"), u.message().zh());
        assertTrue(r.contradicted().isEmpty(), "not a contradiction of another claim: " + r.contradicted());
    }

    @Test
    void every_sample_figure_passes() {
        for (double[] v : new double[][] {{1.2, 85}, {1.25, 55}, {1.4, 82}, {1.036, 98}, {1.03, 95}}) {
            CenterProfile p = profile(v[0], v[1]);
            ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
            assertNull(finding(r, "pue-floor"), v[0] + "");
            assertNull(finding(r, "utilization-ceiling"), v[1] + "");
            assertEquals(v[0], p.number(PUE), 1e-12);
            assertEquals(v[1], p.number(UTILIZATION), 1e-12);
        }
    }

    @Test
    void switched_off_nothing_is_held() {
        Catalogs k = ClaimChecksTest.RULES.catalogs();
        ClaimChecks off = new ClaimChecks(new Catalogs(k.accelerators(), k.models(),
                PARAMS.withOptional("min_pue", Double.NaN).withOptional("max_utilization_pct", Double.NaN)));
        CenterProfile p = profile(1.0, 100);
        ClaimChecks.Report r = off.check(p);
        assertNull(finding(r, "pue-floor"));
        assertNull(finding(r, "utilization-ceiling"));
        assertEquals(1.0, p.number(PUE), 1e-12);
        assertEquals(100, p.number(UTILIZATION), 1e-12);
    }

    @Property(tries = 300)
    void each_is_held_exactly_when_it_passes_its_bound(@ForAll @DoubleRange(min = 1, max = 3) @Scale(3) double pue,
                                                      @ForAll @DoubleRange(min = 0, max = 100) @Scale(1) double utilization) {
        CenterProfile p = profile(pue, utilization);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        boolean low = pue < PARAMS.minPue();
        boolean high = utilization > PARAMS.maxUtilizationPct();
        assertEquals(low, finding(r, "pue-floor") != null, pue + "");
        assertEquals(high, finding(r, "utilization-ceiling") != null, utilization + "");
        assertEquals(low ? PARAMS.minPue() : pue, p.number(PUE), 1e-12);
        assertEquals(high ? PARAMS.maxUtilizationPct() : utilization, p.number(UTILIZATION), 1e-12);
    }

    /** The curves saturate before the bounds: no score moves, in assess or batch, and the two agree. */
    @Test
    void no_score_moves_and_assess_and_batch_agree() throws Exception {
        String wuhan = Files.readString(Path.of("samples/wuhan-aicc.yaml"));
        assertTrue(wuhan.contains("  pue: 1.3 ") && wuhan.contains("  utilization_pct: 80 "), "where the test expects it");
        Path edge = Files.writeString(tmp.resolve("edge.yaml"), wuhan.replace("  pue: 1.3 ", "  pue: 1.0 ")
                .replace("  utilization_pct: 80 ", "  utilization_pct: 100 "));
        Path best = Files.writeString(tmp.resolve("best.yaml"), wuhan.replace("  pue: 1.3 ", "  pue: 1.1 ")
                .replace("  utilization_pct: 80 ", "  utilization_pct: 95 "));
        Cli.Run validate = Cli.run("validate", edge.toString(), "--as-of", "2025-11-30");
        assertTrue(validate.err().contains("warning CCA-K221: pue-floor: PUE 1 is below") && validate.err().contains(
                "warning CCA-K222: utilization-ceiling: an average utilization of 100%"), validate.err());
        ObjectMapper json = new ObjectMapper();
        JsonNode[] assessed = new JsonNode[2];
        JsonNode[] batched = new JsonNode[2];
        Path[] inputs = {edge, best};
        for (int i = 0; i < 2; i++) {
            Path a = tmp.resolve("a" + i + ".json");
            Cli.run("assess", inputs[i].toString(), "--as-of", "2025-11-30", "-q", "-o", a.toString());
            assessed[i] = json.readTree(a.toFile()).path("centers").get(0);
            Path b = tmp.resolve("b" + i + ".json");
            Cli.run("batch", inputs[i].toString(), "--as-of", "2025-11-30", "-q", "-o", b.toString());
            batched[i] = json.readTree(b.toFile()).path("centers").get(0);
        }
        assertTrue(assessed[0].path("checks").toString().contains("pue-floor"), assessed[0].path("checks").toString());
        assertEquals(assessed[1].path("checks").size() + 2, assessed[0].path("checks").size());
        assertEquals(batched[1].path("check_findings").asInt() + 2, batched[0].path("check_findings").asInt());
        for (int s = 0; s < 2; s++) {
            double edgeScore = assessed[0].path("scenarios").get(s).path("score").asDouble();
            assertEquals(assessed[1].path("scenarios").get(s).path("score").asDouble(), edgeScore, 1e-9, "no score moves");
            assertEquals(edgeScore, batched[0].path("scenarios").get(s).path("score").asDouble(), 0.005, "assess and batch agree");
        }
    }
}
