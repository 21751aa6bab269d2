package dev.cca.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import dev.cca.input.Values;
import dev.cca.model.Field;
import dev.cca.model.ProfileSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The serving precision ({@code inference.throughput.precision}) in the profile schema that {@code cca schema} writes
 * takes exactly the texts the reader takes: each format and each other spelling in either case, with spaces,
 * underscores or hyphens between its words, and nothing else (a near miss such as fp6 or int2 is refused by both).
 */
class PrecisionSchemaProperties {

    private static final Field FIELD = ProfileSchema.field("inference.throughput.precision");

    @Provide
    Arbitrary<String> spellings() {
        List<String> names = new ArrayList<>(FIELD.choices());
        names.addAll(FIELD.labels().keySet());
        Arbitrary<String> known = Arbitraries.of(names).flatMap(n -> Combinators.combine(
                Arbitraries.of(true, false).list().ofSize(n.length()),
                Arbitraries.of("-", " ", "_", "  ").list().ofSize(n.length()),
                Arbitraries.of("", "", " ")).as((upper, gaps, pad) -> {
                    StringBuilder b = new StringBuilder(pad);
                    for (int i = 0; i < n.length(); i++) {
                        char c = n.charAt(i);
                        b.append(c == '-' ? gaps.get(i) : upper.get(i) ? Character.toUpperCase(c) : c);
                    }
                    return b.append(pad).toString();
                }));
        Arbitrary<String> near = Arbitraries.of("fp6", "int2", "fp12", "bf8", "int16", "w8a8", "mixed", "半精", "fp 16x", "");
        Arbitrary<String> junk = Arbitraries.strings().withChars("fpintb0123468-_ ").ofMinLength(1).ofMaxLength(6);
        return Arbitraries.oneOf(known, known, near, junk);
    }

    @Property(tries = 1500)
    void the_schema_takes_a_precision_exactly_when_the_reader_does(@ForAll("spellings") String text) {
        ObjectNode profile = JsonNodeFactory.instance.objectNode().put("cca", "center-profile/v1").put("id", "m").put("name", "M");
        profile.putObject("inference").putObject("throughput").put("precision", text);
        Set<ValidationMessage> errors = SchemaVerdictTest.schema(JsonSchemas.Kind.PROFILE).validate(profile);
        Values.Choice read = Values.choice(text, FIELD);
        assertEquals(read.error() == null, errors.isEmpty(), "'" + text + "': reader " + (read.error() == null ? "reads " + read.id()
                : "refuses it") + ", schema " + errors);
    }
}
