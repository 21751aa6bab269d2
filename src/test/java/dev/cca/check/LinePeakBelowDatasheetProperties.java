package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cca.model.CenterProfile;
import dev.cca.result.Finding;
import dev.cca.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inventory line cannot make its card slower than the catalog knows it to be, to raise the MFU of a run on it: the
 * MFU's divisor is at least the least peak the catalog gives the card (of its entry and the variants it stands for),
 * and a lower line is a finding (line-peak-below-datasheet).
 */
class LinePeakBelowDatasheetProperties {

    private static final double H800 = 989.5;
    private static final double MATCH = ClaimChecksTest.RULES.catalogs().checks().peakMatchWithin();

    @TempDir
    Path tmp;

    /** A run of {@code achieved} TFLOP/s on the line's card, stating no peak of its own. */
    static CenterProfile withRun(String model, double linePeak, double achieved) {
        CenterProfile p = ClaimChecksTest.profile("compute:\n  accelerators:\n    - {model: " + model + ", count: 16,"
                + " fp16_tflops: " + linePeak + "}\n");
        Map<String, String> c = new LinkedHashMap<>();
        c.put("accelerator_model", model);
        return ClaimChecksTest.withTrainingRun(p, achieved, c);
    }

    @Test
    void an_h800_line_at_500_tflops_does_not_divide_the_mfu() {
        CenterProfile p = withRun("H800", 500, 414.2);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        Finding f = ClaimChecksTest.only(r, "line-peak-below-datasheet");
        assertEquals(500, f.stated(), 0);
        assertEquals(H800, f.bound(), 0);
        assertEquals("compute.accelerators[0].fp16_tflops", f.metric());
        assertEquals("the inventory gives H800 a peak of 500 TFLOPS, below the 989.5 TFLOPS the catalog gives the NVIDIA H800: a"
                + " lower peak would raise the MFU of a run on it without the run doing more, so the MFU is computed against 989.5",
                f.message().en());
        assertTrue(f.message().zh().contains("按 989.5 计算MFU"), f.message().zh());
        assertEquals(100 * 414.2 / H800, p.number("training.mfu_pct"), 1e-9, "not 100 x 414.2 / 500 = 82.8");
    }

    @Property(tries = 200)
    void a_line_never_makes_the_mfu_higher_than_the_catalogs_peak_gives(
            @ForAll @DoubleRange(min = 50, max = 1030) @Scale(1) double linePeak,
            @ForAll @DoubleRange(min = 10, max = 500) @Scale(1) double achieved) {
        CenterProfile p = withRun("H800", linePeak, achieved);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        boolean low = linePeak < H800 * (1 - MATCH);
        assertEquals(low, ClaimChecksTest.has(r, "line-peak-below-datasheet"), "" + linePeak);
        double mfu = p.number("training.mfu_pct");
        assertEquals(100 * achieved / (low ? H800 : linePeak), mfu, 1e-9, linePeak + " / " + achieved);
        assertTrue(mfu <= 100 * achieved / (H800 * (1 - MATCH)) + 1e-9, "" + mfu);
    }

    /** A bare "Ascend 910B" may be any of its bins: it is held to the slowest, the 910B4's 280, not the entry's 414. */
    @Test
    void an_entry_standing_for_variants_is_held_to_the_slowest_of_them() {
        CenterProfile common = withRun("Ascend 910B", 313, 150);
        assertTrue(!ClaimChecksTest.has(ClaimChecksTest.CHECKS.check(common), "line-peak-below-datasheet"));
        assertEquals(100 * 150 / 313.0, common.number("training.mfu_pct"), 1e-9);
        CenterProfile low = withRun("Ascend 910B", 200, 150);
        Finding f = ClaimChecksTest.only(ClaimChecksTest.CHECKS.check(low), "line-peak-below-datasheet");
        assertEquals(280, f.bound(), 0);
        assertEquals(100 * 150 / 280.0, low.number("training.mfu_pct"), 1e-9);
        // A named bin is held to its own figure.
        CenterProfile b1 = withRun("Ascend 910B1", 313, 150);
        assertEquals(414, ClaimChecksTest.only(ClaimChecksTest.CHECKS.check(b1), "line-peak-below-datasheet").bound(), 0);
    }

    /**
     * The lingang sample's H800 line written at 700: its MFU stays the 37.7% of the H800's peak (it was 53.2%, and the
     * training score 71.68 where the line's own compute, so written, gives 70.43).
     */
    @Test
    void the_lingang_samples_mfu_does_not_move_with_its_line() throws Exception {
        Path dir = tmp.resolve("lingang");
        Files.createDirectories(dir.resolve("bench/lingang"));
        String profile = Files.readString(Path.of("samples/unicom-lingang.yaml"));
        String line = "model: H800, kind: gpu, count: 2048, fp16_tflops: 989,";
        assertTrue(profile.contains(line), "where the test expects it");
        Files.writeString(dir.resolve("unicom-lingang.yaml"), profile.replace(line, line.replace("989", "700")));
        try (var s = Files.list(Path.of("samples/bench/lingang"))) {
            for (Path f : s.toList()) {
                Files.copy(f, dir.resolve("bench/lingang").resolve(f.getFileName()));
            }
        }
        Path p = dir.resolve("unicom-lingang.yaml");
        Cli.Run validate = Cli.run("validate", p.toString(), "--as-of", "2025-11-30");
        assertTrue(validate.err().contains("warning CCA-K224: line-peak-below-datasheet: the inventory gives NVIDIA H800 a peak of"
                + " 700 TFLOPS"), validate.err());
        Path out = tmp.resolve("a.json");
        Cli.run("assess", p.toString(), "--as-of", "2025-11-30", "-q", "-o", out.toString());
        JsonNode c = new ObjectMapper().readTree(out.toFile()).path("centers").get(0);
        for (JsonNode s : c.path("scenarios")) {
            for (JsonNode t : s.path("tables")) {
                for (JsonNode i : t.path("indicators")) {
                    for (JsonNode m : i.path("metrics")) {
                        if (m.path("metric").asText().equals("training.mfu_pct")) {
                            // 414.2 of the catalog's 989.5, extrapolated to the largest cluster (the sample's line of 989
                            // gives 37.6762); 414.2 of 700 gave 53.2311.
                            assertEquals(37.6572, m.path("value").asDouble(), 1e-4, m.toString());
                            return;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no training.mfu_pct in " + c);
    }
}
