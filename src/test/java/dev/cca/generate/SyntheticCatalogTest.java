package dev.cca.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Problems;
import dev.cca.input.catalog.Catalogs;
import dev.cca.input.catalog.Format;
import dev.cca.model.CenterProfile;
import dev.cca.model.ProfileSchema;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import dev.cca.testing.Profiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticCatalogTest {

    private static final long SEED = 20251101;
    private List<CenterProfile> twoThousand;
    private Catalogs.Result twoThousandRead;

    @BeforeAll
    void readTwoThousand(@TempDir Path tmp) throws IOException {
        Path p = tmp.resolve("c.jsonl");
        SyntheticCatalog.generate(2000, SEED, Format.JSON_LINES, p);
        twoThousandRead = Catalogs.read(p);
        twoThousand = twoThousandRead.profiles();
    }

    private static byte[] bytes(long count, long seed, Format f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticCatalog.generate(count, seed, f, out);
        return out.toByteArray();
    }

    @Test
    void twoThousandGeneratedCentersPassTheProfileReader() {
        assertEquals(List.of(), twoThousandRead.recordErrors(), twoThousandRead.describe());
        assertEquals(2000, twoThousand.size());
        assertEquals(List.of(), twoThousandRead.records().stream().flatMap(r -> r.warnings().stream()).toList());
    }

    @Test
    void noGeneratedResponseEndsBeforeItsFirstToken() {
        int withBoth = 0;
        for (CenterProfile p : twoThousand) {
            for (String q : List.of("p50", "p99")) {
                double e2e = p.number("inference.latency.e2e_ms_" + q);
                double ttft = p.number("inference.latency.ttft_ms_" + q);
                if (!Double.isNaN(e2e) && !Double.isNaN(ttft)) {
                    withBoth++;
                    assertTrue(e2e >= ttft, p.id() + " " + q + ": e2e " + e2e + " < ttft " + ttft);
                }
            }
        }
        assertTrue(withBoth > 100, "the catalog has latencies to compare: " + withBoth);
    }

    /** The checks of claims flag none of a generated catalog's figures as past what any published run reached. */
    @Test
    void noGeneratedClaimIsPastAPublishedRun(@TempDir Path tmp) throws IOException {
        dev.cca.check.ClaimChecks checks = new dev.cca.check.ClaimChecks(RuleSetLoader.loadDefault());
        for (long seed : new long[] {SEED, 7}) {
            Path p = tmp.resolve("c" + seed + ".jsonl");
            SyntheticCatalog.generate(2000, seed, Format.JSON_LINES, p);
            int speedups = 0;
            for (CenterProfile c : Catalogs.read(p).profiles()) {
                speedups += Double.isNaN(c.number("training.linear_speedup")) ? 0 : 1;
                // Every adjusting finding but the rule set's readings of a figure (SyntheticChecksProperties says which).
                List<String> flagged = checks.check(c, false).findings().stream().filter(f -> f.outcome().adjusts())
                        .map(f -> f.check()).filter(k -> !k.matches("heterogeneous-diversity|priced-card|measurement-scale")).toList();
                assertEquals(List.of(), flagged, c.id() + " (seed " + seed + ")");
            }
            assertTrue(speedups > 500, "the catalog has speed-ups to check: " + speedups);
        }
    }

    @Test
    void idsAreUniqueAndNumberedFromOne() {
        assertEquals("syn-000001", twoThousand.get(0).id());
        assertEquals("syn-002000", twoThousand.get(1999).id());
        assertEquals(2000, twoThousand.stream().map(CenterProfile::id).distinct().count());
    }

    @Test
    void scalesRunFromEdgeCentersToNationalClusters() {
        double[] totals = twoThousand.stream().mapToDouble(p -> p.number("compute.total_pflops_fp16"))
                .filter(v -> !Double.isNaN(v)).sorted().toArray();
        // Drawn from 5 PFLOPS; a total past what its inventory delivers (counts are whole machines, a line loses at most
        // 4 of its at least 12 cards to rounding) is lowered to it, so the smallest may sit below 5 but not below 2/3 of it.
        assertTrue(totals[0] >= 5 * 2 / 3.0 && totals[0] < 6, "smallest " + totals[0]);
        assertTrue(totals[totals.length - 1] > 6000 && totals[totals.length - 1] <= 7000, "largest " + totals[totals.length - 1]);
        // Log-uniform: the median is near the geometric mean of 5 and 7000 (about 187).
        double median = totals[totals.length / 2];
        assertTrue(median > 120 && median < 300, "median " + median);
    }

    @Test
    void everyOperatorTypeAndHubAppearsAndSomeCentersHaveNoHub() {
        Set<String> types = new TreeSet<>();
        Set<String> hubs = new TreeSet<>();
        int noHub = 0;
        for (CenterProfile p : twoThousand) {
            if (p.text("operator.type") != null) {
                types.add(p.text("operator.type"));
            }
            if (p.text("hub") == null) {
                noHub++;
            } else {
                hubs.add(p.text("hub"));
            }
        }
        assertEquals(new TreeSet<>(ProfileSchema.OPERATOR_TYPES), types);
        assertEquals(new TreeSet<>(ProfileSchema.HUBS), hubs);
        assertTrue(noHub > 500, "centers outside the hubs: " + noHub);
    }

    @Test
    void inventoriesHaveOneToFourKindsAndSomeCentersHaveNone() {
        int[] byKinds = new int[6];
        for (CenterProfile p : twoThousand) {
            byKinds[p.accelerators().size()]++;
        }
        assertTrue(byKinds[0] > 200 && byKinds[0] < 600, Arrays.toString(byKinds));
        for (int k = 1; k <= 4; k++) {
            assertTrue(byKinds[k] > 50, Arrays.toString(byKinds));
        }
        assertEquals(0, byKinds[5]);
    }

    @Test
    void optionalSectionsAreMissingAtRealisticRates() {
        for (String section : List.of("training.", "inference.", "services.", "operations.")) {
            long missing = twoThousand.stream().filter(p -> p.values().keySet().stream()
                    .noneMatch(k -> k.startsWith(section))).count();
            assertTrue(missing >= 200 && missing <= 800, section + " missing in " + missing + " of 2000");
        }
    }

    @Test
    void someMetricsCarryEarnedAuditedEvidenceTheOthersAreDeclared() {
        // A catalog cannot earn "measured" (that takes a benchmark file), so audited with its reference is the strongest.
        Set<String> levels = new HashSet<>();
        for (CenterProfile p : twoThousand) {
            p.values().values().forEach(d -> levels.add(d.evidence().id()));
        }
        assertEquals(Set.of("audited", "declared"), levels);
    }

    @Test
    void clusterLatencyAndSpeedUpFiguresAreConsistent() {
        for (CenterProfile p : twoThousand) {
            double total = p.number("compute.total_pflops_fp16");
            double largest = p.number("compute.largest_cluster.pflops_fp16");
            assertFalse(largest > total * 1.0001, p.id());
            assertFalse(p.number("inference.latency.ttft_ms_p99") < p.number("inference.latency.ttft_ms_p50"), p.id());
            assertFalse(p.number("training.linear_speedup.from_accelerators")
                    >= p.number("training.linear_speedup.to_accelerators"), p.id());
        }
    }

    @Test
    void capabilityIdentifiersAreThoseOfTheDefaultRuleSet() {
        RuleSet rules = RuleSetLoader.loadDefault();
        Map<String, List<String>> ours = Map.of(
                "training.frameworks", SyntheticTables.FRAMEWORKS,
                "training.model_families", SyntheticTables.MODEL_FAMILIES,
                "services.data_governance", SyntheticTables.DATA_GOVERNANCE,
                "services.dev_tools", SyntheticTables.DEV_TOOLS,
                "services.pooling", SyntheticTables.POOLING,
                "operations.security", SyntheticTables.SECURITY,
                "operations.quality_tracking", SyntheticTables.QUALITY_TRACKING);
        TreeSet<String> lists = new TreeSet<>(ours.keySet());
        lists.add("operations.scheduling.platforms");
        assertEquals(new TreeSet<>(rules.references().keySet()), lists);
        // Platforms are drawn from a few the list knows (one by an alias), not from all of them.
        for (String platform : SyntheticTables.PLATFORMS) {
            assertNotNull(rules.references().get("operations.scheduling.platforms").item(platform), platform);
        }
        for (Map.Entry<String, List<String>> e : ours.entrySet()) {
            List<String> known = rules.references().get(e.getKey()).items().stream().map(RuleSet.ReferenceItem::id).toList();
            assertEquals(new TreeSet<>(known), new TreeSet<>(e.getValue()), e.getKey());
            for (String unknown : SyntheticTables.UNKNOWN_IDS) {
                assertEquals(null, rules.references().get(e.getKey()).item(unknown), unknown);
            }
        }
    }

    @Test
    void unknownIdentifiersAppearNowAndThen() {
        long withUnknown = twoThousand.stream().filter(p -> p.values().values().stream()
                .anyMatch(d -> d.items().stream().anyMatch(SyntheticTables.UNKNOWN_IDS::contains))).count();
        assertTrue(withUnknown > 20 && withUnknown < 400, "centers with an unknown identifier: " + withUnknown);
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        for (Format f : List.of(Format.YAML, Format.JSON, Format.JSON_LINES, Format.CSV, Format.XLSX)) {
            assertArrayEquals(bytes(150, 7, f), bytes(150, 7, f), f.toString());
            assertFalse(Arrays.equals(bytes(150, 7, f), bytes(150, 8, f)), f.toString());
        }
    }

    @Test
    void aCenterDependsOnlyOnTheSeedAndItsIndex() throws IOException {
        String ten = new String(bytes(10, 3, Format.JSON_LINES), java.nio.charset.StandardCharsets.UTF_8);
        String hundred = new String(bytes(100, 3, Format.JSON_LINES), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(hundred.startsWith(ten));
        assertEquals(SyntheticCatalog.center(3, 41), SyntheticCatalog.center(3, 41));
    }

    @Test
    void everyFormatAndTheTreeGiveTheSameProfiles(@TempDir Path tmp) throws IOException {
        List<String> expected = twoThousand.subList(0, 300).stream().map(Profiles::summary).toList();
        for (Format f : Format.values()) {
            Path p = tmp.resolve("c." + f.extensions().get(0));
            SyntheticCatalog.generate(300, SEED, f, p);
            Catalogs.Result r = Catalogs.read(p);
            assertEquals(List.of(), r.recordErrors(), f + "\n" + r.describe());
            assertEquals(expected, r.profiles().stream().map(Profiles::summary).toList(), f.toString());
        }
        SyntheticCatalog.generateTree(300, SEED, tmp.resolve("tree"));
        Catalogs.Result tree = Catalogs.read(tmp.resolve("tree"));
        List<String> sorted = new ArrayList<>(expected);
        sorted.sort(null);
        List<String> fromTree = new ArrayList<>(tree.profiles().stream().map(Profiles::summary).toList());
        fromTree.sort(null);
        assertEquals(sorted, fromTree, "the tree holds the same centers, in walk order");
    }

    @Test
    void theTreeSpreadsCentersOverProvinceFolders(@TempDir Path tmp) throws IOException {
        SyntheticCatalog.generateTree(200, SEED, tmp);
        Set<String> folders;
        try (Stream<Path> s = Files.list(tmp)) {
            folders = s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertTrue(folders.size() > 20, folders.toString());
        assertTrue(folders.contains("hubei") || folders.contains("guangdong"), folders.toString());
        assertTrue(Files.exists(tmp.resolve(folderOf(twoThousand.get(0))).resolve("syn-000001.yaml")));
    }

    private static String folderOf(CenterProfile p) {
        String province = p.text("region.province");
        return SyntheticTables.PROVINCES.stream().filter(x -> x.zh().equals(province)).findFirst()
                .map(SyntheticTables.Province::folder).orElse("unknown");
    }

    @Test
    void tablesHaveAColumnForEveryValueTheGeneratorMakes() {
        List<String> compact = SyntheticCatalog.columns(false);
        List<String> indexed = SyntheticCatalog.columns(true);
        for (long i = 0; i < 2000; i++) {
            Map<String, Object> c = SyntheticCatalog.center(SEED, i);
            assertTrue(compact.containsAll(SyntheticCatalog.flatten(c, false).keySet()), "center " + i);
            assertTrue(indexed.containsAll(SyntheticCatalog.flatten(c, true).keySet()), "center " + i);
        }
        assertEquals(compact.size(), new HashSet<>(compact).size());
    }

    @Test
    void anXlsxCatalogLargerThanASheetIsRefusedBeforeWriting() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SyntheticCatalog.generate(SyntheticCatalog.MAX_XLSX_ROWS + 1, 1, Format.XLSX, out));
        assertTrue(e.getMessage().startsWith("--count 1048576: an XLSX sheet holds at most 1048575 centers"), e.getMessage());
        assertEquals(0, out.size());
    }

    @Test
    void aCsvCatalogStartsWithAByteOrderMarkForExcel() throws IOException {
        byte[] csv = bytes(1, 1, Format.CSV);
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
    }

    @Test
    void generatedProfilesAreValidForTheDefaultProblemsCollectorToo() throws IOException {
        // A YAML document is what a person reads: check the first one reads as the same profile.
        String yaml = new String(bytes(1, SEED, Format.YAML), java.nio.charset.StandardCharsets.UTF_8);
        dev.cca.input.SourceFile src = dev.cca.input.SourceFile.ofText("one.yaml", yaml);
        Problems problems = new Problems();
        var docs = new dev.cca.input.YamlReader(dev.cca.input.Limits.DEFAULT).readAll(src, problems);
        CenterProfile p = Catalogs.READER.read(docs.get(0), problems);
        assertEquals(List.of(), problems.all());
        assertEquals(Profiles.summary(twoThousand.get(0)), Profiles.summary(p));
    }

    /** The bounds the generator holds its figures to are the default rule set's (written there, not read, for speed). */
    @Test
    void the_generators_bounds_are_the_default_rule_sets() {
        dev.cca.rules.CheckParams c = RuleSetLoader.loadDefault().catalogs().checks();
        assertEquals(1 + c.clusterTolerance(), SyntheticCenters.CLUSTER_TOLERANCE, 1e-12);
        assertEquals(1 + c.littlesLawTolerance(), SyntheticCenters.LITTLES_LAW_TOLERANCE, 1e-12);
        assertEquals(c.decodeTokensPerWeightPass() * 8 / c.decodeMinBitsPerWeight(), SyntheticCenters.DECODE_FACTOR, 1e-12);
        assertEquals(c.voiceMaxParamsB(), SyntheticCenters.VOICE_MAX_PARAMS_B, 1e-12);
        assertEquals(c.recoveryCountedShare(), SyntheticCenters.RECOVERY_COUNTED_SHARE, 1e-12);
        assertEquals(c.mtbfCeilingFactor() * c.acceleratorMtbfHours(), SyntheticCenters.MTBF_CEILING_ACCELERATOR_HOURS, 1e-9);
        assertTrue(SyntheticCenters.STREAM_TOKENS_PER_S <= c.maxTokensPerSecondPerUser());
        assertEquals(c.decodeMinBitsPerWeight(), SyntheticCenters.WEIGHT_BITS, 1e-12);
        assertEquals(c.ttftMinWeightReads(), SyntheticCenters.TTFT_WEIGHT_READS, 1e-12);
    }

    /** A drawn TTFT below one read of the weights is raised to it (rounded up), p50 and p99 alike; one above is kept. */
    @Test
    void a_ttft_below_one_read_of_the_weights_is_raised_to_it() {
        String[] qwen = {"Qwen2.5-72B", "72", "72.7", "72.7"};
        // 72.7 x 4 / 8 / (1 x 614.4) x 1000 = 59.16 ms.
        java.util.Map<String, Object> l = new java.util.LinkedHashMap<>();
        l.put("ttft_ms_p50", java.math.BigDecimal.valueOf(40));
        l.put("ttft_ms_p99", java.math.BigDecimal.valueOf(90));
        SyntheticCenters.holdTtft(l, qwen, 1, 614.4);
        assertEquals(java.math.BigDecimal.valueOf(60), l.get("ttft_ms_p50"));
        assertEquals(java.math.BigDecimal.valueOf(90), l.get("ttft_ms_p99"));
        SyntheticCenters.holdTtft(l, qwen, 8, 614.4);
        assertEquals(java.math.BigDecimal.valueOf(60), l.get("ttft_ms_p50"), "above the floor of 8 cards: kept");
    }
}
