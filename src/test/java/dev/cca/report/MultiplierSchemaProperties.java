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
import net.jqwik.api.Tuple;

/**
 * The profile schema's pattern for a number written as text takes the forms of Chinese multipliers that the reader takes,
 * and no other: for a drawn number, multiplier (none, one or two) and unit of any quantity, the schema accepts the text
 * in a key exactly when {@link Values#withUnit} reads its form and unit (the range is checked after conversion, by
 * validate, and is not drawn here: the numbers stay small).
 */
class MultiplierSchemaProperties {

    private static final List<String> KEYS = List.of("compute.total_pflops_fp16", "compute.storage_pb", "training.models_supported",
            "operations.pricing.card_hour_cny", "operations.pricing.machine_month_cny", "training.stability.mtbf_hours", "compute.network.per_accelerator_gbps",
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

    /**
     * A unit of any quantity as people type it: each ASCII letter in either case, any ASCII character maybe in its
     * full-width form ("ＴＦＬＯＰＳ", "GB／s"), white space (a space, a tab, an ideographic space) between any two
     * characters ("tflop / s", "亿亿次 / 秒", "G b/s"), after a number and maybe a multiplier.
     */
    @Provide
    Arbitrary<String> spellings() {
        Arbitrary<String> unit = Arbitraries.of(Arrays.stream(Quantity.values()).flatMap(q -> q.acceptedUnits().stream())
                .distinct().toList()).flatMap(u -> Combinators.combine(
                        Arbitraries.of(true, false).list().ofSize(u.length()), forms(u.length()),
                        Arbitraries.of("", "", "", " ", "\t", "\u3000").list().ofSize(u.length())).as((upper, form, gaps) -> {
                            StringBuilder b = new StringBuilder();
                            for (int i = 0; i < u.length(); i++) {
                                char c = u.charAt(i);
                                char cased = c < 0x80 && upper.get(i) ? Character.toUpperCase(c) : c < 0x80 ? Character.toLowerCase(c) : c;
                                b.append(i == 0 ? "" : gaps.get(i)).append(typed(cased, form.get(i)));
                            }
                            return b.toString();
                        }));
        Arbitrary<String> number = Arbitraries.of("1", "2.5", "40").flatMap(n -> forms(n.length()).map(form -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n.length(); i++) {
                b.append(typed(n.charAt(i), form.get(i)));
            }
            return b.toString();
        }));
        return Combinators.combine(number, Arbitraries.of("", "", "万", "亿"), Arbitraries.of("", " "),
                unit).as((n, m, s, u) -> n + m + s + u);
    }

    /**
     * For each of {@code n} characters, how it is typed: as it is (most often), in the full-width form a Chinese input
     * method types (Ｔ, ／, ％, １), or as a character that NFKC makes it but that only looks like it: superscript (ᵀ,
     * ⁴), circled (Ⓣ, ①), mathematical (𝐓, 𝟏), squared or other compatibility forms; a draw of which.
     */
    private static Arbitrary<List<Integer>> forms(int n) {
        return Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just(-1)), Tuple.of(2, Arbitraries.just(0)),
                Tuple.of(2, Arbitraries.integers().between(1, 1_000))).list().ofSize(n);
    }

    /** {@code c} typed as {@link #forms} drew: below 0 as it is, 0 full-width, else the drawn look-alike (if it has one). */
    private static String typed(char c, int form) {
        if (form < 0) {
            return String.valueOf(c);
        }
        if (form == 0) {
            return c > 0x20 && c < 0x7F ? String.valueOf((char) (c + 0xFEE0)) : String.valueOf(c);
        }
        List<String> alike = LOOK_ALIKES.getOrDefault(c, List.of());
        return alike.isEmpty() ? String.valueOf(c) : alike.get(form % alike.size());
    }

    /**
     * Every character that NFKC makes a single character of, other than that character itself, by what it makes:
     * the full-width and compatibility forms the reader folds, and the look-alikes it refuses (of the Basic Multilingual
     * Plane, mathematical alphanumerics, enclosed alphanumerics and CJK compatibility ideographs).
     */
    private static final java.util.Map<Character, List<String>> LOOK_ALIKES = new java.util.HashMap<>();

    static {
        java.util.stream.IntStream.concat(java.util.stream.IntStream.rangeClosed(0x80, 0xFFFF),
                java.util.stream.IntStream.concat(java.util.stream.IntStream.rangeClosed(0x1D400, 0x1D7FF),
                        java.util.stream.IntStream.concat(java.util.stream.IntStream.rangeClosed(0x1F100, 0x1F1FF),
                                java.util.stream.IntStream.rangeClosed(0x2F800, 0x2FA1F)))).forEach(cp -> {
                                    if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                                        return;
                                    }
                                    String one = Character.toString(cp);
                                    String n = java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFKC);
                                    if (n.length() == 1 && !n.equals(one)) {
                                        LOOK_ALIKES.computeIfAbsent(n.charAt(0), k -> new java.util.ArrayList<>()).add(one);
                                    }
                                });
    }

    @Property(tries = 2000)
    void the_schema_takes_a_unit_spelled_any_way_exactly_when_the_reader_does(@ForAll("spellings") String text,
            @ForAll("keys") String key) {
        schemaAgreesWithReader(text, key);
    }

    /** The accelerators' TFLOPS, in a list of the profile: the schema and the reader agree on a spelled unit there too. */
    @Property(tries = 500)
    void the_schema_takes_an_accelerators_tflops_exactly_when_the_reader_does(@ForAll("spellings") String text) {
        ObjectNode profile = JsonNodeFactory.instance.objectNode().put("cca", "center-profile/v1").put("id", "m").put("name", "M");
        profile.putObject("compute").putArray("accelerators").addObject().put("vendor", "V").put("model", "M").put("count", 8)
                .put("fp16_tflops", text);
        Set<ValidationMessage> errors = SchemaVerdictTest.schema(JsonSchemas.Kind.PROFILE).validate(profile);
        Values.Result read = Values.withUnit(text, Quantity.COMPUTE_TFLOPS);
        assertEquals(read.ok(), errors.isEmpty(), text + ": reader " + (read.ok() ? "reads it" : read.error().get("en"))
                + ", schema " + errors);
    }

    /**
     * The word order of Chinese documents, 每秒 first ("每秒5.49亿亿次", "每秒钟 40 万亿次浮点运算"), and what looks like it
     * and is refused: a unit that says per second itself (TFLOPS, 亿亿次/秒), two multipliers, no count of operations,
     * in a compute key and in every other key.
     */
    @Provide
    Arbitrary<String> perSecondFirst() {
        List<String> units = new java.util.ArrayList<>(List.of("万亿次", "千万亿次", "亿亿次", "百亿亿次", "亿亿 次", "万 亿次", "次", "亿次",
                "亿亿", "亿亿次/秒", "TFLOPS", "tokens", "万元", ""));
        units.addAll(Quantity.COMPUTE_PFLOPS.acceptedUnits());
        return Combinators.combine(Arbitraries.of("每秒", "每秒", "每秒钟", "每 秒"), Arbitraries.of("", " ", "　"),
                Arbitraries.of("5.49", "40", "0.3", "1,200", "５.４９", "-2"), Arbitraries.of("", "", "万", "亿"),
                Arbitraries.of(units), Arbitraries.of("", "", "浮点运算", " 浮点运算", "浮点 运算", "次浮点运算"))
                .as((ps, sp, n, m, u, tail) -> ps + sp + n + m + sp + u + tail);
    }

    @Property(tries = 1500)
    void the_schema_takes_per_second_first_exactly_when_the_reader_does(@ForAll("perSecondFirst") String text,
            @ForAll("keys") String key) {
        schemaAgreesWithReader(text, key);
    }

    /**
     * Numbers as people write them in text: a sign, thousands separators where they group by three and where they do not
     * ("1,0000", "1234,567"), a decimal point, an exponent, '_' between digits, each character maybe full-width ("－", "，",
     * "Ｅ"); with or without a multiplier and a unit.
     */
    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> digits = Arbitraries.of("1", "12", "1234", "1,000", "12,345.67", "1,0000", "1234,567", "1,000,00", "1,000.",
                ".5", "5.", "1,000,000", ",100", "1,,000", "1.000,5", "1_000", "2_500.5");
        return Combinators.combine(Arbitraries.of("", "", "-", "+"), digits, Arbitraries.of("", "", "e3", "E-2", "e+1", "e"),
                forms(24), Arbitraries.of("", "", " TFLOPS", "万", " 万 PFLOPS", "%")).as((sign, d, exp, form, unit) -> {
                    String n = sign + d + exp;
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < n.length(); i++) {
                        b.append(form.get(i) == 0 ? typed(n.charAt(i), 0) : String.valueOf(n.charAt(i)));
                    }
                    return b + unit;
                });
    }

    @Property(tries = 1500)
    void the_schema_takes_a_number_written_as_text_exactly_when_the_reader_does(@ForAll("numbers") String text,
            @ForAll("keys") String key) {
        if (text.matches("[-+]?[0-9][0-9_]*_[0-9_]*(?:\\.[0-9_]*)?")) {
            // A YAML number token that an editor's YAML reads as text: cca reads it as the number, and so must the schema.
            assertEquals(Set.of(), validate(text, key), text + " in " + key);
            return;
        }
        schemaAgreesWithReader(text, key);
    }

    /**
     * A choice's id or name (hub: "chengdu-chongqing", "Chengdu Chongqing", "成渝") and the words of a boolean ("是",
     * "TRUE", "no"), each character in either case, maybe full-width or a look-alike, a hyphen maybe spaces or
     * underscores; and words that are neither.
     */
    @Provide
    Arbitrary<String> words() {
        dev.cca.model.Field hub = ProfileSchema.field("hub");
        List<String> all = new java.util.ArrayList<>(hub.choices());
        all.addAll(hub.labels().keySet());
        all.addAll(Values.TRUE_WORDS);
        all.addAll(Values.FALSE_WORDS);
        all.addAll(Values.YAML11_TRUE);
        all.addAll(Values.YAML11_FALSE);
        all.addAll(List.of("maybe", "chengdu", "成都"));
        return Arbitraries.of(all).flatMap(w -> Combinators.combine(Arbitraries.of(true, false).list().ofSize(w.length()),
                forms(w.length()), Arbitraries.of("-", "-", " ", "_", "　", "＿", "  ").list().ofSize(w.length())).as((upper, form, hyphen) -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < w.length(); i++) {
                        char c = w.charAt(i);
                        char cased = upper.get(i) ? Character.toUpperCase(c) : c;
                        b.append(c == '-' ? hyphen.get(i) : typed(cased, form.get(i)));
                    }
                    return b.toString();
                }));
    }

    /** The schema takes a text as a choice, and as a boolean, exactly when the reader reads it as one. */
    @Property(tries = 1500)
    void the_schema_takes_a_choice_or_a_boolean_exactly_when_the_reader_does(@ForAll("words") String text) {
        ObjectNode profile = JsonNodeFactory.instance.objectNode().put("cca", "center-profile/v1").put("id", "m").put("name", "M")
                .put("hub", text);
        Values.Choice choice = Values.choice(text, ProfileSchema.field("hub"));
        Set<ValidationMessage> errors = SchemaVerdictTest.schema(JsonSchemas.Kind.PROFILE).validate(profile);
        assertEquals(choice.id() != null, errors.isEmpty(), text + " as a hub: reader " + (choice.id() != null ? "reads it"
                : choice.error().get("en")) + ", schema " + errors);
        ObjectNode flag = JsonNodeFactory.instance.objectNode().put("cca", "center-profile/v1").put("id", "m").put("name", "M");
        flag.putObject("operations").putObject("response").put("always_on", text);
        Values.Result bool = Values.bool(new dev.cca.input.Node.ScalarNode(1, 1, text, dev.cca.input.Node.ScalarKind.STRING));
        errors = SchemaVerdictTest.schema(JsonSchemas.Kind.PROFILE).validate(flag);
        assertEquals(bool.ok(), errors.isEmpty(), text + " as a boolean: reader " + (bool.ok() ? "reads it" : bool.error().get("en"))
                + ", schema " + errors);
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of(KEYS);
    }

    @Property
    void the_schema_takes_a_multiplied_number_exactly_when_the_reader_reads_its_form(@ForAll("texts") String text,
            @ForAll("keys") String key) {
        schemaAgreesWithReader(text, key);
    }

    /**
     * Figures as Chinese profiles write them: counts with a measure word ("1024张", "400余家"), prices with what they are
     * for and the yuan sign first ("12.5元/卡时", "￥4.5万/台/月"), and what is refused: approximations and bounds ("约400P",
     * "80%以上"), ranges ("100-200"), machines counted ("128台").
     */
    @Provide
    Arbitrary<String> chineseFigures() {
        List<String> tails = new java.util.ArrayList<>(List.of("", "张", "余家", "多个", "+项", "张卡", "台", "节点", "元", "万元", "cny",
                "P", "%", "以上", "左右", "起", "-200", "~300元", "至400", "元/卡时", "/卡时", "元/台/月", "/台·月", "万/台/月",
                "CNY/GPU-hour", "/machine-month", "元/卡/小时", "万元/卡时"));
        tails.addAll(dev.cca.input.ChineseFigureProperties.CARD_HOUR);
        tails.addAll(dev.cca.input.ChineseFigureProperties.MACHINE_MONTH);
        return Combinators.combine(Arbitraries.of("", "", "", "¥", "￥", "¥ ", "约", "不超过", "≥", "about "),
                Arbitraries.of("1", "12.5", "1,024", "４５", "0.5"), Arbitraries.of("", "万"), Arbitraries.of("", " "), Arbitraries.of(tails))
                .as((before, n, m, sp, tail) -> before + n + m + sp + tail);
    }

    @Property(tries = 1500)
    void the_schema_takes_a_chinese_figure_exactly_when_the_reader_does(@ForAll("chineseFigures") String text,
            @ForAll("keys") String key) {
        schemaAgreesWithReader(text, key);
    }

    /** Puts {@code text} at {@code key} of a minimal profile: the schema accepts it exactly when the reader reads it. */
    private static void schemaAgreesWithReader(String text, String key) {
        Set<ValidationMessage> errors = validate(text, key);
        Values.Result read = Values.withUnit(text, ProfileSchema.field(key).quantity());
        assertEquals(read.ok(), errors.isEmpty(), text + " in " + key + ": reader " + (read.ok() ? "reads it" : read.error().get("en"))
                + ", schema " + errors);
    }

    /** The schema's errors for {@code text} at {@code key} of a minimal profile. */
    private static Set<ValidationMessage> validate(String text, String key) {
        ObjectNode profile = JsonNodeFactory.instance.objectNode().put("cca", "center-profile/v1").put("id", "m").put("name", "M");
        ObjectNode at = profile;
        String[] parts = key.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            at = at.putObject(parts[i]);
        }
        at.put(parts[parts.length - 1], text);
        return SchemaVerdictTest.schema(JsonSchemas.Kind.PROFILE).validate(profile);
    }
}
