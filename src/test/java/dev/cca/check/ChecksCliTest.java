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

/** The findings of the checks stage reach every command and output through the one path: validate, assess, batch. */
class ChecksCliTest {

    static final String HARBIN_2024 = """
            cca: center-profile/v1
            id: harbin-2024
            name: 哈尔滨（旧版）
            assessed_on: 2025-10-01
            compute:
              accelerators:
                - {vendor: Cambricon, model: MLU370-X8, kind: npu, count: 1536, fp16_tflops: 256}
            inference:
              throughput: {output_tokens_per_s: 52000, model: Qwen2.5-72B, params_b: 72, accelerators: 64, concurrency: 256}
              latency: {tpot_ms_p50: 22, tpot_ms_p99: 35}
            """;

    @TempDir
    Path tmp;

    @Test
    void validate_reports_each_finding_as_a_located_warning_with_both_numbers() throws Exception {
        Path f = tmp.resolve("old.yaml");
        Files.writeString(f, HARBIN_2024);
        Cli.Run r = Cli.run("validate", f.toString());
        assertEquals(0, r.exit(), "a claim past a bound is scored at the bound, not an invalid profile: " + r);
        assertTrue(r.err().contains("old.yaml:9:") && r.err().contains("littles-law:") && r.err().contains("52000")
                && r.err().contains("11636.36"), r.err());
        assertTrue(r.err().contains("peak-not-dense-fp16:") && r.err().contains("INT8"), r.err());
        assertTrue(r.err().contains("^"), "the offending line with a caret: " + r.err());
    }

    @Test
    void assess_json_and_markdown_carry_the_findings() throws Exception {
        Path f = tmp.resolve("old.yaml");
        Files.writeString(f, HARBIN_2024);
        Path json = tmp.resolve("r.json");
        Path md = tmp.resolve("r.md");
        Cli.Run r = Cli.run("assess", f.toString(), "-q", "-o", json.toString(), "-o", md.toString(), "--as-of", "2025-11-30");
        assertEquals(0, r.exit(), r.toString());
        JsonNode checks = new ObjectMapper().readTree(Files.readString(json)).path("centers").get(0).path("checks");
        JsonNode little = null;
        for (JsonNode c : checks) {
            if (c.path("check").asText().equals("littles-law")) {
                little = c;
            }
        }
        assertTrue(little != null, checks.toString());
        assertEquals("scored-at-bound", little.path("outcome").asText());
        assertEquals(52000, little.path("stated").asDouble(), 0);
        assertEquals(9, little.path("line").asInt());
        assertEquals("inference.throughput.output_tokens_per_s", little.path("path").asText());
        String text = Files.readString(md);
        assertTrue(text.contains("## 6. Checks of the claims") && text.contains("`littles-law`"), text);
        Cli.Run zh = Cli.run("assess", f.toString(), "-q", "--lang", "zh", "-o", md.toString(), "--as-of", "2025-11-30");
        assertEquals(0, zh.exit());
        assertTrue(Files.readString(md).contains("利特尔法则"), "Chinese findings in a Chinese report");
    }

    @Test
    void batch_csv_and_json_count_the_findings_per_center() throws Exception {
        Path f = tmp.resolve("catalog.yaml");
        Files.writeString(f, HARBIN_2024 + "---\ncca: center-profile/v1\nid: quiet\nname: Q\n");
        Path csv = tmp.resolve("b.csv");
        Path json = tmp.resolve("b.json");
        Cli.Run r = Cli.run("batch", f.toString(), "-q", "-o", csv.toString(), "-o", json.toString(), "--as-of", "2025-11-30");
        assertEquals(0, r.exit(), r.toString());
        String[] lines = Files.readString(csv).replace("\uFEFF", "").split("\r\n");
        String[] head = lines[0].split(",");
        int findings = java.util.Arrays.asList(head).indexOf("check_findings");
        int adjusted = java.util.Arrays.asList(head).indexOf("claims_adjusted");
        assertTrue(findings > 0 && adjusted > 0, lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            if (lines[i].startsWith("harbin-2024")) {
                assertEquals("2", cells[adjusted], "Little's law and the INT8 peak: " + lines[i]);
            } else {
                assertEquals("0", cells[findings], lines[i]);
            }
        }
        JsonNode centers = new ObjectMapper().readTree(Files.readString(json)).path("centers");
        boolean seen = false;
        for (JsonNode c : centers) {
            if (c.path("id").asText().equals("harbin-2024")) {
                assertEquals(2, c.path("claims_adjusted").asInt(), c.toString());
                seen = true;
            }
        }
        assertTrue(seen);
    }
}
