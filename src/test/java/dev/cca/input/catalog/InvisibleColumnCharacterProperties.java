package dev.cca.input.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A catalog's column header that holds a character that cannot be seen is refused with the character named and the header without it. */
class InvisibleColumnCharacterProperties {

    @Property(tries = 200)
    void an_invisible_character_in_a_header_is_named(@ForAll("columns") String column, @ForAll("invisibles") char c,
            @ForAll int where) throws Exception {
        int at = 1 + Math.floorMod(where, column.length() - 1);
        String hidden = column.substring(0, at) + c + column.substring(at);
        Path dir = Files.createTempDirectory("cca-invisible-column");
        try {
            Path csv = dir.resolve("c.csv");
            Files.writeString(csv, "id,name," + hidden + "\nx,X,1\n", StandardCharsets.UTF_8);
            Catalogs.Result r = Catalogs.read(csv);
            String code = String.format("U+%04X", (int) c);
            Diagnostic d = r.fileErrors().stream().filter(x -> x.message().contains(code)).findFirst()
                    .orElseThrow(() -> new AssertionError(r.describe()));
            assertTrue(d.message().contains("without it the key is '" + column + "'"), d.format());
            assertTrue(d.message("zh").contains("删除后键为“" + column + "”"), d.message("zh"));
        } finally {
            RoundTripPropertyTest.deleteTree(dir);
        }
    }

    @Provide
    Arbitrary<String> columns() {
        return Arbitraries.of("compute.pue", "compute.utilization_pct", "training.mfu_pct", "operations.partners", "region.province");
    }

    @Provide
    Arbitrary<Character> invisibles() {
        return Arbitraries.of('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u202E', '\u2066');
    }
}
