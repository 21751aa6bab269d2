package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Problems;
import dev.cca.diag.ProfileCode;
import dev.cca.input.bench.BenchmarkRunReader;
import dev.cca.model.Quantity;
import dev.cca.testing.Profiles;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One bandwidth unit means one thing in a profile and in a benchmark document: B a byte, b a bit. */
class BandwidthUnitsTest {

    @ParameterizedTest(name = "{0} is {1} Gbps")
    @CsvSource(delimiter = '|', value = {"50 GB/s|400", "50 GBps|400", "50GB/s|400", "50 GByte/s|400", "50 Gb/s|50", "50 Gbps|50",
        "50 gbps|50", "50 Gbit/s|50", "50 gbit/s|50", "400G|400", "400g|400", "1.6 Tbps|1600", "1 TB/s|8000", "800 Mbps|0.8"})
    void a_unit_is_bits_or_bytes_by_its_case(String text, double gbps) {
        Values.Result r = Values.withUnit(text, Quantity.BANDWIDTH_GBPS);
        assertTrue(r.ok(), text + ": " + r.error());
        assertEquals(gbps, r.value(), 1e-9, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"50 gb/s", "50 GBPS", "50 gb/sec", "50 GB/S"})
    void a_spelling_whose_case_does_not_decide_is_an_error(String text) {
        Values.Result r = Values.withUnit(text, Quantity.BANDWIDTH_GBPS);
        assertFalse(r.ok(), text);
        assertEquals(ProfileCode.AMBIGUOUS_UNIT, r.error().code(), text);
    }

    @Test
    void a_profile_reads_gigabytes_as_bytes_and_refuses_gb_s_at_its_place() {
        assertEquals(400, Profiles.valid("cca: center-profile/v1\nid: a\nname: A\ncompute:\n  network: {per_accelerator_gbps: \"50 GB/s\"}\n")
                .number("compute.network.per_accelerator_gbps"), 1e-9);
        Problems problems = new Problems();
        Profiles.read("cca: center-profile/v1\nid: a\nname: A\ncompute:\n  network: {per_accelerator_gbps: \"50 gb/s\"}\n", problems);
        assertTrue(problems.all().stream().anyMatch(d -> d.isError() && d.code() == ProfileCode.AMBIGUOUS_UNIT
                && d.location().line() == 5), problems.all().toString());
    }

    @Property(tries = 50)
    void a_profile_and_a_benchmark_document_read_the_same_text_alike(@ForAll @DoubleRange(min = 0.5, max = 1000) double v,
                                                                    @ForAll("spellings") String unit) throws Exception {
        String text = dev.cca.model.Numbers.format(v) + " " + unit;
        Values.Result profile = Values.withUnit(text, Quantity.BANDWIDTH_GBPS);
        Path f = Files.createTempFile("cca-run", ".yaml");
        Files.writeString(f, "cca: benchmark-run/v1\ncenter: a\nkind: collective-communication\ntool: nccl-tests\ndate: 2025-09-01\n"
                + "conditions: {accelerators: 16, nodes: 2}\nresults:\n  busbw_gbps: \"" + text + "\"\n");
        Problems problems = new Problems();
        double runs;
        try {
            runs = busbw(f, problems);
        } finally {
            Files.delete(f);
        }
        if (profile.ok()) {
            assertEquals(profile.value(), runs, 1e-6, text + " " + problems.all());
        } else {
            assertTrue(Double.isNaN(runs) && problems.all().stream().anyMatch(d -> d.code() == profile.error().code()),
                    text + " " + problems.all());
        }
    }

    private static double busbw(Path f, Problems problems) throws Exception {
        SourceFile src = InputFiles.read(f, f.toString(), Limits.DEFAULT, null);
        java.util.List<Document> docs = new YamlReader(Limits.DEFAULT).readAll(src, problems);
        var run = new BenchmarkRunReader(java.time.LocalDate.of(2025, 10, 1)).read(docs.get(0), problems);
        return run == null ? Double.NaN : run.value("busbw_gbps");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> spellings() {
        return net.jqwik.api.Arbitraries.of("GB/s", "GBps", "Gb/s", "Gbps", "gbps", "Gbit/s", "gb/s", "GBPS", "G", "Tbps", "TB/s");
    }
}
