package dev.cca.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import dev.cca.input.Values;
import dev.cca.model.ProfileSchema;
import dev.cca.model.Quantity;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The profile schema's pattern for a number written as text takes the forms of Chinese multipliers that the reader takes,
 * and no other: for a drawn number, multiplier (none, one or two) and unit of any quantity, the schema accepts the text
 * in a key exactly when {@link Values#withUnit} reads its form and unit (the range is checked after conversion, by
 * validate, and is not drawn here: the numbers stay small).
 */
class MultiplierSchemaProperties {

    private static final List<String> KEYS = List.of("compute.total_pflops_fp16", "compute.storage_pb", "training.models_supported",
            "operations.pricing.card_hour_cny", "training.stability.mtbf_hours", "compute.network.per_accelerator_gbps",
            "compute.utilization_pct", "training.linear_speedup", "compute.pue", "inference.latency.ttft_ms_p50",
            "inference.throughput.output_tokens_per_s");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> unit = Arbitraries.of(Arrays.stream(Quantity.values()).flatMap(q -> q.acceptedUnits().stream())
                .distinct().toList());
        Arbitrary<BigDecimal> number = Combinators.combine(Arbitraries.longs().between(0, 9_999), Arbitraries.integers().between(0, 3))
                .as(BigDecimal::valueOf);
        return Combinators.combine(number, Arbitraries.of("", "万", "亿", "万亿", "亿万", "万万"), Arbitraries.of("", " ", "　"),
                Arbitraries.oneOf(unit, Arbitraries.just(""))).as((d, m, s, u) -> d.toPlainString() + m + s + u);
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of(KEYS);
    }

    @Property
    void the_schema_takes_a_multiplied_number_exactly_when_the_reader_reads_its_form(@ForAll("texts") String text,
            @ForAll("keys") String key) {
        ObjectNode profile = JsonNodeFactory.instance.objectNode().put("cca", "center-profile/v1").put("id", "m").put("name", "M");
        ObjectNode at = profile;
        String[] parts = key.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            at = at.putObject(parts[i]);
        }
        at.put(parts[parts.length - 1], text);
        Set<ValidationMessage> errors = SchemaVerdictTest.schema(JsonSchemas.Kind.PROFILE).validate(profile);
        Values.Result read = Values.withUnit(text, ProfileSchema.field(key).quantity());
        assertEquals(read.ok(), errors.isEmpty(), text + " in " + key + ": reader " + (read.ok() ? "reads it" : read.error().get("en"))
                + ", schema " + errors);
    }
}
