package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cca.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The throughput and latency curves are calibrated on one reference system, the real MLPerf Inference v4.1
 * DGX-H100 llama2-70b Server run (its summary, unchanged, is a test resource): it must land in one grade band on
 * both. Before the recalibration it scored 90 on throughput and 27.6 on TPOT p50.
 */
class CheckCalibrationTest {

    static final String MLPERF = "src/test/resources/bench/mlperf-inference/real-dgx-h100-llama2-70b-server-mlperf_log_summary.txt";

    @TempDir
    Path tmp;

    @Test
    void the_mlperf_dgx_h100_llama2_70b_server_run_lands_in_one_band_on_throughput_and_on_latency() throws Exception {
        Path profile = tmp.resolve("dgx.yaml");
        Files.writeString(profile, """
                cca: center-profile/v1
                id: dgx-h100
                name: DGX-H100 reference
                assessed_on: 2024-09-01
                compute:
                  accelerators:
                    - {vendor: NVIDIA, model: H100-SXM-80GB, count: 8, fp16_tflops: 989.5}
                inference:
                  latency_class: interactive-text
                """);
        Path json = tmp.resolve("r.json");
        Cli.Run r = Cli.run("assess", profile.toString(), "--bench", MLPERF, "--bench-conditions",
                "accelerators=8,model=llama2-70b,params_b=70", "--as-of", "2024-09-01", "-q", "-o", json.toString());
        assertEquals(0, r.exit(), r.toString());
        JsonNode c = new ObjectMapper().readTree(Files.readString(json)).path("centers").get(0);
        JsonNode throughput = indicator(c, "throughput");
        JsonNode latency = indicator(c, "end-to-end-latency");
        JsonNode metric = throughput.path("metrics").get(0);
        assertEquals(21605.79 / 8 * 70, metric.path("normalized_value").asDouble(), 0.01);
        double tp = metric.path("curve_score").asDouble();
        double lat = 0;
        double weights = 0;
        for (JsonNode m : latency.path("metrics")) {
            lat += m.path("curve_score").asDouble() * m.path("weight").asDouble();
            weights += m.path("weight").asDouble();
        }
        lat /= weights;
        assertEquals(65.3, tp, 0.1, "throughput, as the rule file's arithmetic says");
        assertEquals(67.7, lat, 0.2, "latency indicator (curve scores, measured)");
        assertEquals(band(tp), band(lat), "one reference system, one band: " + tp + " vs " + lat);
        assertTrue(band(tp) == 3, "proficient on both at MLPerf's lax Server constraints");
    }

    /** The grade band of the default rule set a score falls in. */
    static int band(double score) {
        return score >= 85 ? 5 : score >= 70 ? 4 : score >= 55 ? 3 : score >= 40 ? 2 : 1;
    }

    static JsonNode indicator(JsonNode center, String id) {
        for (JsonNode s : center.path("scenarios")) {
            for (JsonNode t : s.path("tables")) {
                for (JsonNode i : t.path("indicators")) {
                    if (i.path("id").asText().equals(id)) {
                        return i;
                    }
                }
            }
        }
        throw new AssertionError("no indicator " + id);
    }
}
