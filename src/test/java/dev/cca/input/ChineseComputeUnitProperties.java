package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.ProfileCode;
import dev.cca.diag.Problems;
import dev.cca.input.catalog.Catalogs;
import dev.cca.model.CenterProfile;
import dev.cca.model.Quantity;
import dev.cca.testing.Profiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The Chinese units of computing speed, in operations per second: 万亿次/秒 (10^12, TFLOPS), 千万亿次/秒 (10^15,
 * PFLOPS), 亿亿次/秒 (10^16, 10 PFLOPS), 百亿亿次/秒 (10^18, EFLOPS), with or without "/秒". A value written in one is
 * the value in operations per second converted exactly (the decimal product rounded once), for a PFLOPS key and a TFLOPS
 * key, in a YAML or JSON profile and in CSV and JSON Lines cells alike; a multiplier before one is two multipliers.
 */
class ChineseComputeUnitProperties {

    /** Each unit and its power of ten of operations per second. */
    static final Map<String, Integer> UNITS = Map.of("万亿次/秒", 12, "万亿次", 12, "千万亿次/秒", 15, "千万亿次", 15,
            "亿亿次/秒", 16, "亿亿次", 16, "百亿亿次/秒", 18, "百亿亿次", 18);

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of(List.copyOf(new java.util.TreeSet<>(UNITS.keySet())));
    }

    /** Decimals as people write them: up to seven digits, up to four after the point. */
    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(Arbitraries.longs().between(0, 9_999_999L), Arbitraries.integers().between(0, 4))
                .as(BigDecimal::valueOf);
    }

    /** Values a center's total compute takes, whatever the unit: greater than 0, under 1,000 units of the largest. */
    @Provide
    Arbitrary<BigDecimal> plausible() {
        return Combinators.combine(Arbitraries.longs().between(1, 999_999L), Arbitraries.integers().between(3, 6))
                .as(BigDecimal::valueOf);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.of("", " ", "　");
    }

    /** The value in {@code q} of {@code d} times 10^{@code power} operations per second, as the nearest double. */
    private static double exactly(BigDecimal d, int power, Quantity q) {
        return d.scaleByPowerOfTen(power - (q == Quantity.COMPUTE_PFLOPS ? 15 : 12)).doubleValue();
    }

    @Example
    void the_standard_units_read_as_their_powers_of_ten() {
        assertEquals(1.5, Values.withUnit("1.5万亿次/秒", Quantity.COMPUTE_TFLOPS).value());
        assertEquals(0.0015, Values.withUnit("1.5万亿次/秒", Quantity.COMPUTE_PFLOPS).value());
        assertEquals(2, Values.withUnit("2千万亿次/秒", Quantity.COMPUTE_PFLOPS).value());
        assertEquals(2000, Values.withUnit("2 千万亿次/秒", Quantity.COMPUTE_TFLOPS).value());
        assertEquals(1420, Values.withUnit("142 亿亿次/秒", Quantity.COMPUTE_PFLOPS).value());
        assertEquals(1_420_000, Values.withUnit("142亿亿次/秒", Quantity.COMPUTE_TFLOPS).value());
        assertEquals(1200, Values.withUnit("1.2百亿亿次/秒", Quantity.COMPUTE_PFLOPS).value());
        assertEquals(1.2e6, Values.withUnit("1.2 百亿亿次", Quantity.COMPUTE_TFLOPS).value());
        // 0.3 is no double: 0.3 x 0.001 as doubles is 3.0000000000000003E-4.
        assertEquals(0.0003, Values.withUnit("0.3万亿次/秒", Quantity.COMPUTE_PFLOPS).value());
    }

    @Property
    void a_value_in_a_chinese_unit_is_the_decimal_product(@ForAll("decimals") BigDecimal d, @ForAll("units") String unit,
            @ForAll("spaces") String space, @ForAll boolean pflops) {
        Quantity q = pflops ? Quantity.COMPUTE_PFLOPS : Quantity.COMPUTE_TFLOPS;
        String written = d.toPlainString() + space + unit;
        Values.Result r = Values.withUnit(written, q);
        assertTrue(r.ok(), written + ": " + r.error());
        assertEquals(exactly(d, UNITS.get(unit), q), r.value(), written);
        String inFlops = d.scaleByPowerOfTen(UNITS.get(unit) - 12).toPlainString() + " TFLOPS";
        assertEquals(Values.withUnit(inFlops, q).value(), r.value(), written + " and " + inFlops);
    }

    @Property
    void a_multiplier_before_a_chinese_unit_is_two_multipliers(@ForAll("decimals") BigDecimal d, @ForAll("units") String unit,
            @ForAll("spaces") String space, @ForAll boolean wan, @ForAll boolean pflops) {
        String written = d.toPlainString() + (wan ? "万" : "亿") + space + unit;
        Values.Result r = Values.withUnit(written, pflops ? Quantity.COMPUTE_PFLOPS : Quantity.COMPUTE_TFLOPS);
        assertEquals(ProfileCode.MULTIPLIER_TWICE, r.error() == null ? null : r.error().code(), written);
    }

    @Example
    void a_chinese_compute_unit_elsewhere_is_a_unit_of_compute() {
        for (Quantity q : List.of(Quantity.PRICE_CARD_HOUR, Quantity.COUNT, Quantity.STORAGE_PB)) {
            Values.Result r = Values.withUnit("1.5万亿次/秒", q);
            assertEquals(ProfileCode.UNIT_OF_OTHER, r.error().code(), q + ": " + r.error());
            assertTrue(r.error().get("zh").contains("算力"), r.error().get("zh"));
        }
    }

    @Example
    void per_second_first_reads_as_the_per_second_unit() {
        assertEquals(54.9, Values.withUnit("每秒5.49亿亿次", Quantity.COMPUTE_PFLOPS).value());
        assertEquals(54_900, Values.withUnit("每秒5.49亿亿次", Quantity.COMPUTE_TFLOPS).value());
        assertEquals(40, Values.withUnit("每秒40万亿次浮点运算", Quantity.COMPUTE_TFLOPS).value());
        assertEquals(0.04, Values.withUnit("每秒40万亿次浮点运算", Quantity.COMPUTE_PFLOPS).value());
        assertEquals(1200, Values.withUnit("每秒钟 1.2 百亿亿次 浮点运算", Quantity.COMPUTE_PFLOPS).value());
        assertEquals(2, Values.withUnit("每秒　2千万亿次", Quantity.COMPUTE_PFLOPS).value());
        // 0.3 is no double: read as the decimal product, as 0.3万亿次/秒 is.
        assertEquals(0.0003, Values.withUnit("每秒0.3万亿次", Quantity.COMPUTE_PFLOPS).value());
    }

    @Property
    void per_second_first_is_read_exactly_as_the_per_second_unit(@ForAll("decimals") BigDecimal d, @ForAll("perSecond") String unit,
            @ForAll("spaces") String s1, @ForAll("spaces") String s2, @ForAll boolean zhong, @ForAll boolean flops,
            @ForAll("multipliers") String multiplier, @ForAll boolean pflops) {
        Quantity q = pflops ? Quantity.COMPUTE_PFLOPS : Quantity.COMPUTE_TFLOPS;
        String first = "每秒" + (zhong ? "钟" : "") + s1 + d.toPlainString() + multiplier + s2 + unit + (flops ? s1 + "浮点运算" : "");
        String after = d.toPlainString() + multiplier + s2 + unit + "/秒";
        Values.Result a = Values.withUnit(first, q);
        Values.Result b = Values.withUnit(after, q);
        assertEquals(b.ok(), a.ok(), first + " and " + after + ": " + a.error() + " / " + b.error());
        if (b.ok()) {
            assertEquals(exactly(d, UNITS.get(unit), q), a.value(), first);
            assertEquals(b.value(), a.value(), first + " and " + after);
        } else {
            assertEquals(b.error().code(), a.error().code(), first);
            assertTrue(a.error().get("en").contains(first.strip()), a.error().get("en"));
        }
    }

    @Provide
    Arbitrary<String> perSecond() {
        return Arbitraries.of("万亿次", "千万亿次", "亿亿次", "百亿亿次");
    }

    @Provide
    Arbitrary<String> multipliers() {
        return Arbitraries.of("", "", "万", "亿");
    }

    @Example
    void per_second_with_a_unit_that_says_it_or_without_operations_is_refused_in_both_languages() {
        for (String text : List.of("每秒40万 TFLOPS", "每秒5.49亿亿次/秒", "每秒5.49", "每秒", "每秒 5.49 PFLOPS", "每秒5.49亿亿",
                "每秒钟5次", "每秒五亿亿次")) {
            Values.Result r = Values.withUnit(text, Quantity.COMPUTE_PFLOPS);
            assertEquals(ProfileCode.PER_SECOND_FIRST, r.error() == null ? null : r.error().code(), text);
            assertEquals("'" + text + "': after 每秒 (per second) comes the number of operations, in 万亿次, 千万亿次, 亿亿次, 百亿亿次,"
                    + " then maybe 浮点运算, as in '每秒5.49亿亿次' (5.49亿亿次/秒); a unit that is per second itself, such as TFLOPS"
                    + " or 亿亿次/秒, takes no 每秒", r.error().get("en"));
            assertEquals("“" + text + "”：“每秒”之后应为运算次数，单位为 万亿次、千万亿次、亿亿次、百亿亿次 之一，其后可写“浮点运算”，"
                    + "如“每秒5.49亿亿次”（即 5.49亿亿次/秒）；本身已是每秒的单位（如 TFLOPS、亿亿次/秒）前不再写“每秒”", r.error().get("zh"));
        }
        for (Quantity q : List.of(Quantity.TOKENS_PER_S, Quantity.PRICE_CARD_HOUR, Quantity.BANDWIDTH_GBPS, Quantity.COUNT)) {
            Values.Result r = Values.withUnit("每秒1.5万亿次", q);
            assertEquals(ProfileCode.PER_SECOND_NOT_COMPUTE, r.error() == null ? null : r.error().code(), q.toString());
            assertTrue(r.error().get("en").contains("read in compute figures only"), r.error().get("en"));
            assertTrue(r.error().get("zh").contains("只用于算力"), r.error().get("zh"));
        }
    }

    /** One value in every format a profile is read from: YAML and JSON (located and fast paths), CSV and JSON Lines. */
    @Property(tries = 60)
    void every_format_reads_the_same_value(@ForAll("plausible") BigDecimal d, @ForAll("units") String unit,
            @ForAll("spaces") String space, @ForAll boolean perSecondFirst) throws IOException {
        String text = perSecondFirst && unit.endsWith("/秒") ? "每秒" + space + d.toPlainString() + unit.substring(0, unit.length() - 2)
                : d.toPlainString() + space + unit;
        double expected = exactly(d, UNITS.get(unit), Quantity.COMPUTE_PFLOPS);
        String yaml = "cca: center-profile/v1\nid: c\nname: C\ncompute:\n  total_pflops_fp16: \"" + text + "\"\n";
        String json = "{\"cca\": \"center-profile/v1\", \"id\": \"c\", \"name\": \"C\", \"compute\": {\"total_pflops_fp16\": \""
                + text + "\"}}";
        Problems problems = new Problems();
        CenterProfile located = Profiles.read(yaml, problems);
        assertTrue(problems.isEmpty(), problems.all().toString());
        assertEquals(expected, located.number("compute.total_pflops_fp16"), yaml);
        StreamingProfileReader fast = new StreamingProfileReader(Profiles.TODAY, Limits.DEFAULT);
        CenterProfile fromYaml = new YamlReader(Limits.DEFAULT).fast(SourceFile.ofText("c.yaml", yaml), YamlReader.split(yaml).get(0), fast);
        CenterProfile fromJson = fast.read(json, "c.json", 1);
        assertNotNull(fromYaml, yaml);
        assertNotNull(fromJson, json);
        assertEquals(expected, fromYaml.number("compute.total_pflops_fp16"), yaml);
        assertEquals(expected, fromJson.number("compute.total_pflops_fp16"), json);
        Path dir = Files.createTempDirectory("cca-units");
        try {
            Path csv = Files.writeString(dir.resolve("c.csv"), "id,name,compute.total_pflops_fp16\nc,C," + text + "\n");
            Path jsonl = Files.writeString(dir.resolve("c.jsonl"), json + "\n");
            for (Path p : List.of(csv, jsonl)) {
                Catalogs.Result r = Catalogs.read(p);
                assertEquals(List.of(), r.recordErrors(), r.describe());
                assertEquals(expected, r.profiles().get(0).number("compute.total_pflops_fp16"), p + ": " + text);
            }
        } finally {
            for (String f : new String[] {"c.csv", "c.jsonl"}) {
                Files.deleteIfExists(dir.resolve(f));
            }
            Files.delete(dir);
        }
    }
}
