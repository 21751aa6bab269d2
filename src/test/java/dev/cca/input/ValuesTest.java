package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.Quantity;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {

    @ParameterizedTest(name = "{0} as {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "6.93 EFLOPS|COMPUTE_PFLOPS|6930",
        "400P|COMPUTE_PFLOPS|400",
        "500 TFLOPS|COMPUTE_PFLOPS|0.5",
        "142 亿亿次/秒|COMPUTE_PFLOPS|1420",
        "1.2 s|DURATION_MS|1200",
        "250ms|DURATION_MS|250",
        "80%|PERCENT|80",
        "91%|RATIO|0.91",
        "10 PB|STORAGE_PB|10",
        "600 GB|STORAGE_TB|0.6",
        "400G|BANDWIDTH_GBPS|400",
        "1.6 Tbps|BANDWIDTH_GBPS|1600",
        "4.5万|PRICE_CARD_HOUR|45000",
        "12.5元|PRICE_CARD_HOUR|12.5",
        "52,000|TOKENS_PER_S|52000",
        "1,234,567.5|TOKENS_PER_S|1234567.5",
        "１００|COUNT|100",
        "150+|COUNT|150",
        "72B|PARAMS_B|72",
        "2 days|DURATION_HOURS|48",
        "90 s|DURATION_MINUTES|1.5"})
    void a_number_with_a_unit_is_converted_to_the_canonical_unit(String text, Quantity q, double expected) {
        Values.Result r = Values.withUnit(text, q);
        assertTrue(r.ok(), String.valueOf(r.error()));
        assertEquals(expected, r.value(), Math.abs(expected) * 1e-12);
    }

    @ParameterizedTest(name = "{0} as {1} fails with {2}")
    @CsvSource(delimiter = '|', value = {
        "10 PB|COMPUTE_PFLOPS|UNIT_OF_OTHER|存储容量",
        "5 ms|STORAGE_PB|UNIT_OF_OTHER|时间",
        "NaN|PERCENT|NAN_LEAVE_OUT|NaN",
        "infinity|PERCENT|INFINITY|无穷大",
        "lots|COUNT|EXPECTED_NUMBER|lots",
        "3 parsecs|STORAGE_PB|UNKNOWN_UNIT|parsecs"})
    void a_number_that_does_not_fit_is_refused_with_a_reason(String text, Quantity q, String code, String zhFragment) {
        Values.Result r = Values.withUnit(text, q);
        assertFalse(r.ok());
        assertEquals(dev.cca.diag.ProfileCode.valueOf(code), r.error().code());
        assertTrue(r.error().get("zh").contains(zhFragment), r.error().get("zh"));
    }

    @Test
    void hex_and_nan_number_tokens_are_refused() {
        assertFalse(Values.plain("0x1F").ok());
        assertFalse(Values.plain(".nan").ok());
        assertEquals(1000, Values.plain("1_000").value(), 0);
    }

    @Test
    void identifiers_are_normalised_as_rule_sets_spell_them() {
        assertEquals("megatron-lm", Values.identifier(" Megatron LM "));
        assertEquals("iso-27001", Values.identifier("ISO_27001"));
    }

    @Property
    void any_plain_decimal_round_trips_through_text(@ForAll @DoubleRange(min = 0, max = 1e12) double v) {
        Values.Result r = Values.withUnit(Double.toString(v), Quantity.NUMBER);
        assertTrue(r.ok(), String.valueOf(r.error()));
        assertEquals(v, r.value(), 0);
    }

    @Property
    void a_value_in_eflops_is_a_thousand_times_the_same_in_pflops(@ForAll @DoubleRange(min = 0, max = 1e5) double v) {
        double e = Values.withUnit(v + " EFLOPS", Quantity.COMPUTE_PFLOPS).value();
        double p = Values.withUnit(v + " PFLOPS", Quantity.COMPUTE_PFLOPS).value();
        assertEquals(p * 1000, e, Math.max(1e-9, p * 1e-9));
    }

    /**
     * The short-decimal fast path of number tokens is Double.parseDouble, bit for bit (signed zeros included), or
     * declines: drawn over signs, up to 18 digits with the dot anywhere or absent, and a stray character.
     */
    @Property(tries = 3000)
    void a_short_decimal_is_what_parse_double_makes_of_it(
            @ForAll("decimals") String t) {
        double fast = Values.shortDecimal(t);
        if (fast == fast) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(t)), Double.doubleToRawLongBits(fast), t);
        } else {
            assertTrue(t.replaceAll("[-+.]", "").length() > 15 || !t.matches("[-+]?[0-9]*\\.?[0-9]*")
                    || !t.matches(".*[0-9].*"), () -> "declined " + t);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> decimals() {
        net.jqwik.api.Arbitrary<String> digits = net.jqwik.api.Arbitraries.strings().withCharRange('0', '9').ofMaxLength(18);
        return net.jqwik.api.Combinators.combine(net.jqwik.api.Arbitraries.of("", "-", "+"), digits,
                net.jqwik.api.Arbitraries.integers().between(-1, 18), net.jqwik.api.Arbitraries.of("", "", "", "e", "x", "1e5"))
                .as((sign, d, dot, tail) -> sign + (dot < 0 || dot > d.length() ? d : d.substring(0, dot) + "." + d.substring(dot))
                        + tail);
    }

    /**
     * The allocation-free reading of a number token agrees with {@link Values#number}: a value it gives is the one
     * number() gives, with neither error nor warning; and a plain decimal of at most 15 digits that number() takes
     * without a word, it gives. Drawn over every number field of the profile format, texts near and past their bounds,
     * whole and fractional, integer and float tokens.
     */
    @Property(tries = 3000)
    void the_plain_value_of_a_number_token_is_what_number_makes_of_it(
            @ForAll("numberFields") dev.cca.model.Field f, @ForAll("decimals") String drawn,
            @ForAll("nearBounds") double near, @ForAll boolean useNear, @ForAll boolean floatToken) {
        String text = useNear ? java.math.BigDecimal.valueOf(near * (f.max() < Double.MAX_VALUE ? f.max()
                : f.plausibleMax() < Double.MAX_VALUE ? f.plausibleMax() : 1000)).stripTrailingZeros().toPlainString() : drawn;
        Node.ScalarKind kind = floatToken ? Node.ScalarKind.FLOAT : Node.ScalarKind.INTEGER;
        Values.Result r = Values.number(new Node.ScalarNode(1, 1, text, kind), f);
        double v = Values.plainValue(text, floatToken, f);
        boolean quiet = r.ok() && r.warning() == null;
        if (v == v) {
            assertTrue(quiet, () -> f.path() + " " + text + ": plain " + v + " but number() " + r);
            assertEquals(Double.doubleToRawLongBits(r.value()), Double.doubleToRawLongBits(v), text);
        } else if (quiet && text.matches("-?[0-9]*\\.?[0-9]*") && text.replaceAll("[-.]", "").length() <= 15
                && text.matches(".*[0-9].*")) {
            throw new AssertionError(f.path() + " " + text + ": number() takes it as " + r.value() + ", plain declines");
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<dev.cca.model.Field> numberFields() {
        java.util.List<dev.cca.model.Field> all = new java.util.ArrayList<>();
        java.util.ArrayDeque<dev.cca.model.Field> todo = new java.util.ArrayDeque<>(dev.cca.model.ProfileSchema.root().children().values());
        while (!todo.isEmpty()) {
            dev.cca.model.Field f = todo.pop();
            if (f.type() == dev.cca.model.Field.Type.NUMBER) {
                all.add(f);
            }
            todo.addAll(f.children().values());
            todo.addAll(f.conditions());
            if (f.item() != null) {
                todo.add(f.item());
            }
        }
        return net.jqwik.api.Arbitraries.of(all);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Double> nearBounds() {
        return net.jqwik.api.Arbitraries.oneOf(net.jqwik.api.Arbitraries.doubles().between(-0.1, 1.2).ofScale(3),
                net.jqwik.api.Arbitraries.of(0.0, 1.0, 0.5, 0.01, 0.001, 1.0000001, 0.9999999));
    }

    /**
     * A text of plain digits (a table's cell) is read without the general rules, to the value and verdict the general
     * rules give it: the same text with a space either side takes them (the spaces are stripped), over every quantity.
     */
    @Property(tries = 3000)
    void a_cell_of_plain_digits_reads_as_the_general_rules_read_it(@ForAll("cells") String t, @ForAll Quantity q) {
        Values.Result quick = Values.withUnit(t, q);
        Values.Result general = Values.withUnit(" " + t + " ", q);
        assertEquals(general.ok(), quick.ok(), t);
        if (general.ok()) {
            assertEquals(Double.doubleToRawLongBits(general.value()), Double.doubleToRawLongBits(quick.value()), t);
            assertEquals(general.warning() == null ? null : general.warning().toString(),
                    quick.warning() == null ? null : quick.warning().toString(), t);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> cells() {
        return net.jqwik.api.Arbitraries.oneOf(decimals(),
                net.jqwik.api.Arbitraries.strings().withChars("0123456789.,-+e%万 ").ofMaxLength(20),
                net.jqwik.api.Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(18));
    }
}
