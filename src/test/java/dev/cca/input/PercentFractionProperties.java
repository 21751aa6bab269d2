package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.ProfileCode;
import dev.cca.model.Field;
import dev.cca.model.ProfileSchema;
import dev.cca.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * A decimal of at most 1 in a percentage is scored as written (0.8 is 0.8%) and said, since it is far more often a
 * fraction meant as 80%; a whole number, or a value written with its '%', is taken without a word.
 */
class PercentFractionProperties {

    private static final Field UTILIZATION = ProfileSchema.field("compute.utilization_pct");

    @Property
    void a_fraction_in_a_percentage_is_kept_and_said(@ForAll @DoubleRange(min = 0.01, max = 1.0) double v) {
        String text = Double.toString(Math.rint(v * 100) / 100);
        Values.Result r = Values.number(new Node.ScalarNode(1, 1, text, Node.ScalarKind.FLOAT), UTILIZATION);
        assertTrue(r.ok());
        assertEquals(Double.parseDouble(text), r.value(), 0);
        assertEquals(ProfileCode.PERCENT_LOOKS_LIKE_FRACTION, r.warning().code());
    }

    @Property
    void a_whole_number_or_a_written_percent_is_taken_without_a_word(@ForAll @IntRange(min = 0, max = 100) int v) {
        assertNull(Values.number(new Node.ScalarNode(1, 1, Integer.toString(v), Node.ScalarKind.INTEGER), UTILIZATION).warning());
        assertNull(Values.number(new Node.ScalarNode(1, 1, v + "%", Node.ScalarKind.STRING), UTILIZATION).warning());
        if (v > 1) {
            assertNull(Values.number(new Node.ScalarNode(1, 1, v + ".5", Node.ScalarKind.FLOAT), UTILIZATION).warning());
        }
    }

    @Property(tries = 5)
    void validate_and_batch_say_it_at_the_same_place(@ForAll @IntRange(min = 1, max = 99) int pct) throws Exception {
        Path dir = Files.createTempDirectory("cca-pct");
        Path p = Files.writeString(dir.resolve("c.jsonl"), "{\"cca\": \"center-profile/v1\", \"id\": \"a\", \"name\": \"A\","
                + " \"compute\": {\"utilization_pct\": 0." + String.format("%02d", pct) + "}}\n");
        String where = "c.jsonl:1:";
        Cli.Run validate = Cli.run("validate", p.toString());
        Cli.Run batch = Cli.run("batch", p.toString(), "-v", "-o", dir.resolve("r.csv").toString());
        for (Cli.Run r : new Cli.Run[] {validate, batch}) {
            assertTrue(r.err().lines().anyMatch(l -> l.contains(where) && l.contains("CCA-P152")), r.toString());
        }
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }
}
