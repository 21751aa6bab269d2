package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.ProfileCode;
import dev.cca.diag.Problems;
import dev.cca.model.CenterProfile;
import dev.cca.model.Field;
import dev.cca.model.ProfileSchema;
import dev.cca.model.Quantity;
import dev.cca.testing.Profiles;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Chinese multipliers between a number and its unit ({@code "40万 TFLOPS"}, {@code "1.2万 PFLOPS"}): 万 is 10^4 and 亿
 * 10^8, and a value written with one is the value written out in full, converted as exactly (the decimal product rounded
 * once); the forms that do not say one thing (two multipliers, a multiplier on a percentage, a multiplier without a unit
 * where the key's unit has a scale of its own) are errors, and the fast paths read what the located path reads.
 */
class ChineseMultiplierProperties {

    private static final String[] MULTIPLIERS = {"万", "亿"};
    private static final String[] SPACES = {"", " ", "  ", "　"};

    /** Quantities with units that a multiplier may go with. */
    private static final List<Quantity> SCALED = Arrays.stream(Quantity.values())
            .filter(q -> !q.acceptedUnits().isEmpty() && q != Quantity.PERCENT && q != Quantity.RATIO).toList();

    /** A quantity and one of its units that holds no multiplier itself ("亿亿次/秒", "千万亿次/秒", "万元" do). */
    record Unit(Quantity q, String unit) {
    }

    @Provide
    Arbitrary<Unit> units() {
        return Arbitraries.of(SCALED).flatMap(q -> Arbitraries.of(q.acceptedUnits().stream()
                .filter(u -> !Values.holdsMultiplier(u)).toList()).map(u -> new Unit(q, u)));
    }

    /** Decimals as people write them: up to nine digits, up to six after the point. */
    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(Arbitraries.longs().between(0, 999_999_999L), Arbitraries.integers().between(0, 6))
                .as(BigDecimal::valueOf);
    }

    @Provide
    Arbitrary<String> multipliers() {
        return Arbitraries.of(MULTIPLIERS);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.of(SPACES);
    }

    private static int exponent(String m) {
        return m.equals("万") ? 4 : 8;
    }

    @Property
    void a_multiplier_before_a_unit_is_the_number_written_out_in_full(@ForAll("decimals") BigDecimal d,
            @ForAll("multipliers") String m, @ForAll("units") Unit u, @ForAll("spaces") String before, @ForAll("spaces") String after) {
        String written = d.toPlainString() + before + m + after + u.unit();
        BigDecimal full = d.scaleByPowerOfTen(exponent(m));
        Values.Result r = Values.withUnit(written, u.q());
        Values.Result inFull = Values.withUnit(full.toPlainString() + " " + u.unit(), u.q());
        assertTrue(r.ok() && inFull.ok(), written + ": " + r.error() + " " + inFull.error());
        assertEquals(inFull.value(), r.value(), written);
        // Exactly the decimal product, rounded once: 40万 is 400000, never 399999.99999999994.
        BigDecimal factor = BigDecimal.valueOf(u.q().factor(u.unit()));
        assertEquals(full.multiply(factor).doubleValue(), r.value(), written);
    }

    /** Counts, yuan and tokens per second are counted in ones: there "4.5万" alone is 45,000. */
    @Property
    void a_multiplier_alone_is_a_plain_number_where_the_key_counts_ones_and_an_error_elsewhere(@ForAll("decimals") BigDecimal d,
            @ForAll("multipliers") String m, @ForAll Quantity q, @ForAll("spaces") String before) {
        String written = d.toPlainString() + before + m;
        Values.Result r = Values.withUnit(written, q);
        if (Values.takesBareMultiplier(q)) {
            assertTrue(r.ok(), written + ": " + r.error());
            assertEquals(d.scaleByPowerOfTen(exponent(m)).doubleValue(), r.value(), written);
        } else if (q == Quantity.PERCENT || q == Quantity.RATIO) {
            assertEquals(ProfileCode.MULTIPLIER_WITH_PERCENT, r.error().code(), written);
        } else if (q.acceptedUnits().isEmpty()) {
            assertFalse(r.ok(), written); // a plain number (PUE) takes no unit, and a multiplier is none of its
        } else {
            assertEquals(ProfileCode.MULTIPLIER_WITHOUT_UNIT, r.error().code(), written);
            assertTrue(r.error().get("en").contains(q.unit()) && r.error().get("zh").contains(q.unit()), r.error().get("zh"));
        }
    }

    @Property
    void two_multipliers_are_an_error_whatever_follows_them(@ForAll("decimals") BigDecimal d, @ForAll("multipliers") String m1,
            @ForAll("multipliers") String m2, @ForAll("units") Unit u, @ForAll boolean withUnit, @ForAll("spaces") String between) {
        String written = d.toPlainString() + m1 + between + m2 + (withUnit ? " " + u.unit() : "");
        Values.Result r = Values.withUnit(written, u.q());
        assertFalse(r.ok(), written);
        assertEquals(ProfileCode.MULTIPLIER_TWICE, r.error().code(), written);
        assertTrue(r.error().get("zh").contains(written.strip()), r.error().get("zh"));
    }

    @Property
    void a_percentage_or_ratio_takes_no_multiplier(@ForAll("decimals") BigDecimal d, @ForAll("multipliers") String m,
            @ForAll boolean percentSign) {
        for (Quantity q : List.of(Quantity.PERCENT, Quantity.RATIO)) {
            String written = d.toPlainString() + m + (percentSign ? "%" : "");
            assertEquals(ProfileCode.MULTIPLIER_WITH_PERCENT, Values.withUnit(written, q).error().code(), written);
        }
    }

    @Example
    void the_values_of_the_request_read_exactly() {
        assertEquals(400_000, Values.withUnit("40万 TFLOPS", Quantity.COMPUTE_TFLOPS).value());
        assertEquals(400, Values.withUnit("40万 TFLOPS", Quantity.COMPUTE_PFLOPS).value());
        assertEquals(12_000, Values.withUnit("1.2万 PFLOPS", Quantity.COMPUTE_PFLOPS).value());
        assertEquals(300_000_000, Values.withUnit("3亿元", Quantity.PRICE_CARD_HOUR).value());
        assertEquals(10_000, Values.withUnit("1万+", Quantity.COUNT).value());
        // A product of doubles gave 700.0000000000001, which a whole-number key refused.
        assertEquals(700, Values.withUnit("0.07万", Quantity.COUNT).value());
        // Units that hold a multiplier themselves stay what they were.
        assertEquals(1420, Values.withUnit("142 亿亿次/秒", Quantity.COMPUTE_PFLOPS).value());
        assertEquals(45_000, Values.withUnit("4.5万元", Quantity.PRICE_CARD_HOUR).value());
    }

    // ---- the same value in a profile, read by the located path and by both fast paths --------------------------

    private static final List<String> KEYS = List.of("compute.total_pflops_fp16", "compute.storage_pb", "training.models_supported",
            "operations.pricing.card_hour_cny", "training.stability.mtbf_hours", "compute.network.per_accelerator_gbps",
            "compute.utilization_pct", "training.linear_speedup", "compute.pue", "inference.latency.ttft_ms_p50");

    /** A value as a Chinese form fills it in: a number, a multiplier or two, a unit of any key, spaced any way. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> unit = Arbitraries.of(Arrays.stream(Quantity.values()).flatMap(q -> q.acceptedUnits().stream())
                .distinct().toList());
        return Combinators.combine(decimals(), Arbitraries.of("", "万", "亿", "万亿", "亿万", "万万"), spaces(),
                Arbitraries.oneOf(unit, Arbitraries.just(""))).as((d, m, s, u) -> d.toPlainString() + m + s + u);
    }

    private static String yaml(String key, String text) {
        String[] parts = key.split("\\.");
        StringBuilder sb = new StringBuilder("cca: center-profile/v1\nid: m\nname: M\n");
        for (int i = 0; i < parts.length; i++) {
            sb.append("  ".repeat(i)).append(parts[i]).append(':');
            sb.append(i == parts.length - 1 ? " \"" + text + "\"\n" : "\n");
        }
        return sb.toString();
    }

    private static String json(String key, String text) {
        String[] parts = key.split("\\.");
        StringBuilder sb = new StringBuilder("{\"cca\": \"center-profile/v1\", \"id\": \"m\", \"name\": \"M\", ");
        for (int i = 0; i < parts.length; i++) {
            sb.append('"').append(parts[i]).append("\": ").append(i == parts.length - 1 ? "\"" + text + "\"" : "{");
        }
        return sb + "}".repeat(parts.length - 1) + "}";
    }

    @Property
    void the_located_path_and_the_fast_paths_read_a_multiplied_value_alike(@ForAll("texts") String text,
            @ForAll("keys") String key) {
        Field f = ProfileSchema.field(key);
        Values.Result expected = Values.number(new Node.ScalarNode(1, 1, text, Node.ScalarKind.STRING), f);
        String yaml = yaml(key, text);
        Problems problems = new Problems();
        CenterProfile located = Profiles.read(yaml, problems);
        YamlReader reader = new YamlReader(Limits.DEFAULT);
        StreamingProfileReader fast = new StreamingProfileReader(Profiles.TODAY, Limits.DEFAULT);
        CenterProfile fromYaml = reader.fast(SourceFile.ofText("test.yaml", yaml), YamlReader.split(yaml).get(0), fast);
        CenterProfile fromJson = fast.read(json(key, text), "test.json", 1);
        if (expected.ok() && expected.warning() == null) {
            assertTrue(problems.isEmpty(), yaml + problems.all());
            assertEquals(expected.value(), located.values().get(key).number(), yaml);
            assertNotNull(fromYaml, yaml);
            assertNotNull(fromJson, json(key, text));
            assertEquals(Profiles.summary(located), Profiles.summary(fromYaml));
            assertEquals(Profiles.summary(located), Profiles.summary(fromJson));
        } else if (!expected.ok()) {
            assertNull(fromYaml, yaml);
            assertNull(fromJson, json(key, text));
            List<Diagnostic> errors = problems.all().stream().filter(Diagnostic::isError).toList();
            assertEquals(1, errors.size(), yaml + errors);
            assertEquals(expected.error().code(), errors.get(0).code(), yaml);
            assertEquals(key.split("\\.").length + 3, errors.get(0).location().line(), yaml);
        }
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of(KEYS);
    }
}
