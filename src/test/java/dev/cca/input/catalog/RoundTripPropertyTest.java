package dev.cca.input.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cca.generate.SyntheticCatalog;
import dev.cca.testing.Profiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the seed, a synthetic catalog means the same in every format: the profiles read back from
 * YAML, JSON, JSON Lines, CSV, XLSX and a directory tree have the same values, evidence and inventories.
 */
class RoundTripPropertyTest {

    @Property(tries = 6)
    void everyFormatReadsBackAsTheSameProfiles(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int count)
            throws IOException {
        Path dir = Files.createTempDirectory("cca-roundtrip");
        try {
            List<String> expected = null;
            for (Format f : Format.values()) {
                Path p = dir.resolve("c." + f.extensions().get(0));
                SyntheticCatalog.generate(count, seed, f, p);
                Catalogs.Result r = Catalogs.read(p);
                assertEquals(List.of(), r.recordErrors(), f + "\n" + r.describe());
                assertEquals(List.of(), r.fileProblems(), f.toString());
                List<String> got = r.profiles().stream().map(Profiles::summary).toList();
                if (expected == null) {
                    expected = got;
                    assertEquals(count, got.size());
                } else {
                    assertEquals(expected, got, f.toString());
                }
            }
            SyntheticCatalog.generateTree(count, seed, dir.resolve("tree"));
            List<String> tree = new ArrayList<>(Catalogs.read(dir.resolve("tree")).profiles().stream()
                    .map(Profiles::summary).toList());
            List<String> sorted = new ArrayList<>(expected);
            tree.sort(null);
            sorted.sort(null);
            assertEquals(sorted, tree);
        } finally {
            deleteTree(dir);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
