package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Problems;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.model.DerivedMetrics;
import dev.cca.model.Evidence;
import dev.cca.testing.Profiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileReaderTest {

    @Test
    void values_written_with_units_separators_and_full_width_digits_are_converted() throws Exception {
        CenterProfile p = Profiles.valid(Files.readString(Path.of("src/test/resources/profiles/valid/forms.yaml")));
        assertEquals(1200, p.number("compute.total_pflops_fp16"), 1e-9);
        assertEquals(1200, p.number("compute.largest_cluster.pflops_fp16"), 1e-9);
        assertEquals(10000, p.number("compute.largest_cluster.accelerators"), 1e-9);
        assertEquals(0.5, p.number("compute.storage_pb"), 1e-12);
        assertEquals(400, p.number("compute.network.per_accelerator_gbps"), 1e-9);
        assertEquals(80, p.number("compute.utilization_pct"), 1e-9);
        assertEquals(0.91, p.number("training.linear_speedup"), 1e-12);
        assertEquals(48, p.number("training.stability.mtbf_hours"), 1e-9);
        assertEquals(1.5, p.number("training.stability.recovery_minutes"), 1e-9);
        assertEquals(150, p.number("training.models_supported"), 1e-9);
        assertEquals(List.of("pytorch", "mindspore", "megatron-lm"), p.get("training.frameworks").items());
        assertEquals(200, p.number("inference.latency.ttft_ms_p50"), 1e-9);
        assertEquals(1200, p.number("inference.latency.ttft_ms_p99"), 1e-9);
        assertEquals(1.0, p.number("inference.cloud.self_service"), 0);
        assertEquals(12.5, p.number("operations.pricing.card_hour_cny"), 1e-9);
        assertEquals(45000, p.number("operations.pricing.machine_month_cny"), 1e-9);
        assertEquals(1000, p.number("operations.partners"), 1e-9);
        assertEquals("１００号中心", p.name());
    }

    @Test
    void an_id_of_the_wrong_form_is_explained_in_either_language() {
        Problems problems = new Problems();
        Profiles.read("cca: center-profile/v1\nid: Bad_ID\nname: A\n", problems);
        Diagnostic e = problems.all().get(0);
        assertEquals("'Bad_ID' is not a valid id: use lowercase letters, digits and hyphens, starting with a letter or digit",
                e.message("en"));
        assertEquals("“Bad_ID”不是有效的 id：请使用小写字母、数字和连字符，以小写字母或数字开头", e.message("zh"));
    }

    @Test
    void the_report_way_of_writing_exaflops_is_understood() {
        CenterProfile p = Profiles.valid("cca: center-profile/v1\nid: a\nname: A\ncompute: {total_pflops_fp16: \"142 亿亿次/秒\"}\n");
        assertEquals(1420, p.number("compute.total_pflops_fp16"), 1e-9);
    }

    @Test
    void a_yaml_1_1_boolean_is_accepted_with_a_warning_that_says_how_to_write_it() {
        Problems problems = new Problems();
        CenterProfile p = Profiles.read("cca: center-profile/v1\nid: a\nname: A\ninference: {cloud: {api: yes}}\n", problems);
        assertNotNull(p);
        assertEquals(1.0, p.number("inference.cloud.api"), 0);
        Diagnostic w = problems.all().get(0);
        assertTrue(!w.isError() && w.message().contains("write true"), w.format());
        assertEquals(4, w.location().line());
    }

    @Test
    void text_fields_keep_yaml_1_1_boolean_words_as_written() {
        CenterProfile p = Profiles.valid("cca: center-profile/v1\nid: a\nname: no\nregion: {province: NO, city: on}\n");
        assertEquals("no", p.name());
        assertEquals("NO", p.text("region.province"));
        assertEquals("on", p.text("region.city"));
    }

    @Test
    void an_evidence_map_carries_level_source_date_audit_and_conditions() {
        CenterProfile p = Profiles.valid("cca: center-profile/v1\nid: a\nname: A\ntraining:\n"
                + "  linear_speedup: {value: 0.91, evidence: audited, source: \"test 2025-06\", date: 2025-06-01,"
                + " audit: \"EXAMPLE-LAB 2025-0412\", from_accelerators: 8, to_accelerators: 1024}\n");
        Datum d = p.get("training.linear_speedup");
        assertEquals(0.91, d.number(), 1e-12);
        assertEquals(Evidence.AUDITED, d.evidence());
        assertEquals("audit EXAMPLE-LAB 2025-0412", d.provenance().get(0).describe());
        assertEquals("test 2025-06", d.note());
        assertEquals(LocalDate.of(2025, 6, 1), d.evidenceDate());
        assertEquals(1024, p.number("training.linear_speedup.to_accelerators"), 0);
    }

    @Test
    void bare_values_are_declared_evidence() {
        CenterProfile p = Profiles.valid("cca: center-profile/v1\nid: a\nname: A\ntraining: {mfu_pct: 40}\n");
        assertEquals(Evidence.DECLARED, p.get("training.mfu_pct").evidence());
    }

    @Test
    void an_explicit_null_is_the_same_as_leaving_the_key_out() {
        CenterProfile p = Profiles.valid("cca: center-profile/v1\nid: a\nname: A\nhub: null\ncompute: {pue: ~}\n");
        assertNull(p.get("hub"));
        assertNull(p.get("compute.pue"));
    }

    @Test
    void the_inventory_gives_derived_diversity_and_peak_metrics() {
        CenterProfile p = Profiles.valid("cca: center-profile/v1\nid: a\nname: A\ncompute:\n  accelerators:\n"
                + "    - {vendor: Iluvatar, model: Tiangai-150, count: 304, fp16_tflops: 192}\n"
                + "    - {vendor: Iluvatar, model: Tiangai-100, count: 720, fp16_tflops: 147}\n");
        assertEquals(2, p.number(DerivedMetrics.KINDS), 0);
        assertEquals(1, p.number(DerivedMetrics.VENDORS), 0);
        assertEquals(1024, p.number(DerivedMetrics.COUNT), 0);
        assertEquals((304 * 192 + 720 * 147) / 1024.0, p.number(DerivedMetrics.PEAK_TFLOPS_MEAN), 1e-9);
        assertEquals((304 * 192 + 720 * 147) / 1000.0, p.number(DerivedMetrics.INVENTORY_PFLOPS), 1e-9);
    }

    @Test
    void a_date_after_the_reference_date_is_an_error_for_assessed_on_and_evidence_alike() {
        Problems problems = new Problems();
        assertNull(Profiles.read("cca: center-profile/v1\nid: a\nname: A\nassessed_on: 2099-01-01\n", problems));
        assertTrue(problems.all().stream().anyMatch(d -> d.isError() && d.message().contains("after the reference date 2025-11-30")),
                problems.all().toString());
        Problems ev = new Problems();
        assertNull(Profiles.read("cca: center-profile/v1\nid: a\nname: A\ntraining:\n  mfu_pct: {value: 40, evidence: audited,"
                + " audit: X-1, date: 2025-12-01}\n", ev));
        assertEquals(5, ev.all().get(0).location().line(), "located at the date: " + ev.all());
        assertEquals(1, ev.all().stream().filter(d -> d.isError()).count(), ev.all().toString());
    }

    @Test
    void a_largest_cluster_bigger_than_the_center_is_a_warning() {
        Problems problems = new Problems();
        Profiles.read("cca: center-profile/v1\nid: a\nname: A\ncompute: {total_pflops_fp16: 100, largest_cluster: {pflops_fp16: 200}}\n",
                problems);
        assertTrue(problems.all().stream().anyMatch(d -> !d.isError() && d.message().contains("larger than the total")));
    }

    @Test
    void a_json_document_is_a_valid_profile_because_json_is_yaml() {
        CenterProfile p = Profiles.valid("{\"cca\": \"center-profile/v1\", \"id\": \"j\", \"name\": \"J\","
                + " \"compute\": {\"total_pflops_fp16\": 100}}");
        assertEquals(100, p.number("compute.total_pflops_fp16"), 0);
    }

    @Test
    void a_listed_capability_twice_is_a_warning_and_counted_once() {
        Problems problems = new Problems();
        CenterProfile p = Profiles.read("cca: center-profile/v1\nid: a\nname: A\ntraining: {frameworks: [pytorch, PyTorch]}\n",
                problems);
        assertEquals(List.of("pytorch"), p.get("training.frameworks").items());
        assertTrue(problems.all().stream().anyMatch(d -> d.message().contains("listed twice")));
    }
}
