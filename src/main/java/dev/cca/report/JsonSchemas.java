package dev.cca.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cca.input.Values;
import dev.cca.input.bench.BenchmarkRunReader;
import dev.cca.input.bench.BenchmarkSchema;
import dev.cca.input.bench.MetricKeys;
import dev.cca.model.Evidence;
import dev.cca.model.Field;
import dev.cca.model.GateSchema;
import dev.cca.model.ProfileSchema;
import dev.cca.model.Quantity;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import dev.cca.rules.RuleSetSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code cca schema}: a JSON Schema (draft 2020-12) of each document kind, written from the definitions the readers
 * check documents against ({@link ProfileSchema}, {@link GateSchema}, {@link RuleSetSchema}, the benchmark-run
 * reader's keys and {@link MetricKeys}), never typed by hand. The schema accepts what the reader accepts, in the
 * forms it reads (numbers with units, Chinese names, year-first dates): a value a schema cannot judge (a unit's
 * dimension after conversion, a cross-reference, a sum of weights) is left to {@code cca validate}, as
 * docs/profile-format.md lists.
 *
 * <p>Two dialects: the profile and benchmark readers read values as people write them ({@link Values}); the rule
 * set and gate readers take JSON's and YAML's own numbers, booleans and exact identifiers.
 */
public final class JsonSchemas {

    public enum Kind {
        PROFILE("profile", ProfileSchema.FORMAT),
        BENCHMARK("benchmark", BenchmarkRunReader.FORMAT),
        RULES("rules", RuleSetLoader.FORMAT),
        GATE("gate", GateSchema.FORMAT);

        private final String id;
        private final String format;

        Kind(String id, String format) {
            this.id = id;
            this.format = format;
        }

        public String id() {
            return id;
        }

        public String format() {
            return format;
        }

        public static Kind of(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            return null;
        }

        public static List<String> ids() {
            return java.util.Arrays.stream(values()).map(Kind::id).toList();
        }
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String SPACE = "[\\s\\u3000]*";
    private static final String DIGIT = "[0-9\\uFF10-\\uFF19]";
    private static final String SIGN = "[-+\\uFF0B\\uFF0D]";
    private static final String POINT = "[.\\uFF0E]";
    /**
     * A number as {@link Values#withUnit} reads one at the start of a text (its characters full-width too): digits in groups
     * of three after the first one to three, with ',' between ("52,000", "１，２００.５"), or digits, or a dot and digits;
     * an exponent.
     */
    private static final String NUMBER_TEXT = SIGN + "?(?:" + DIGIT + "{1,3}(?:[,\\uFF0C]" + DIGIT + "{3})+(?:" + POINT + DIGIT
            + "*)?|" + DIGIT + "+(?:" + POINT + DIGIT + "*)?|" + POINT + DIGIT + "+)(?:[eE\\uFF25\\uFF45]" + SIGN + "?" + DIGIT + "+)?";
    /**
     * A YAML number token with '_' between its digits (1_000, 2_500.5), which cca's YAML reader reads as a number and an
     * editor's YAML 1.2 as text: alone, never with a unit ("1_000 TFLOPS" is text to both, and refused).
     */
    private static final String UNDERSCORED = "[-+]?[0-9][0-9_]*_[0-9_]*(?:\\.[0-9_]*)?";
    private static final String LIST_SEPARATOR = "[;,\\uFF1B\\uFF0C\\u3001]";

    private final Kind kind;
    private final String lang;
    private final RuleSet rules;
    /** True for the profile and benchmark readers, which read values as people write them. */
    private final boolean lenient;
    /** True while writing the override form of a rule set (extends:): nothing is required, an item may be removed. */
    private boolean partial;

    private JsonSchemas(Kind kind, String lang, RuleSet rules) {
        this.kind = kind;
        this.lang = lang;
        this.rules = rules;
        this.lenient = kind == Kind.PROFILE || kind == Kind.BENCHMARK;
    }

    /** The schema of {@code kind} as JSON text; enumerations (reference ids, indicator ids) from {@code rules}. */
    public static String write(Kind kind, String lang, RuleSet rules) {
        try {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            return m.writeValueAsString(schema(kind, lang, rules)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode schema(Kind kind, String lang, RuleSet rules) {
        return new JsonSchemas(kind, lang, rules).root();
    }

    private boolean zh() {
        return "zh".equals(lang);
    }

    private ObjectNode root() {
        ObjectNode s = F.objectNode();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.put("title", kind.format() + (zh() ? switch (kind) {
            case PROFILE -> "：智算中心档案";
            case BENCHMARK -> "：基准测试运行";
            case RULES -> "：评分规则集";
            case GATE -> "：CI 门禁策略";
        } : switch (kind) {
            case PROFILE -> ": an AI computing center profile";
            case BENCHMARK -> ": a benchmark run";
            case RULES -> ": a scoring rule set";
            case GATE -> ": a CI gate policy";
        }));
        switch (kind) {
            case PROFILE -> s.setAll(object(ProfileSchema.root(), true));
            case GATE -> s.setAll(object(GateSchema.root(), true));
            case BENCHMARK -> s.setAll(benchmark());
            case RULES -> {
                ObjectNode whole = object(RuleSetSchema.root(), true);
                partial = true;
                ObjectNode over = object(RuleSetSchema.root(), true);
                partial = false;
                ObjectNode defs = F.objectNode();
                defs.set("whole", whole);
                defs.set("override", over);
                s.put("description", RuleSetSchema.root().doc(lang));
                s.set("$defs", defs);
                s.put("type", "object");
                ObjectNode ifExtends = F.objectNode();
                ifExtends.set("required", F.arrayNode().add("extends"));
                s.set("if", ifExtends);
                s.set("then", ref("#/$defs/override"));
                s.set("else", ref("#/$defs/whole"));
            }
        }
        return s;
    }

    private static ObjectNode ref(String to) {
        ObjectNode r = F.objectNode();
        r.put("$ref", to);
        return r;
    }

    // ---- fields ------------------------------------------------------------------------------------------

    private ObjectNode field(Field f) {
        ObjectNode s = switch (f.type()) {
            case OBJECT -> object(f, false);
            case NUMBER -> lenient && kind == Kind.PROFILE ? metric(f, number(f))
                    : f.offAllowed() ? anyOf(number(f), F.objectNode().set("enum", F.arrayNode().add("off").add(false))) : number(f);
            case BOOLEAN -> lenient && kind == Kind.PROFILE ? metric(f, bool()) : bool();
            case ID_LIST -> lenient && kind == Kind.PROFILE ? metric(f, idList(f)) : idList(f);
            case TEXT -> text(f);
            case CHOICE -> choice(f);
            case CHOICE_LIST -> choiceList(f);
            case DATE -> date(f);
            case OBJECT_LIST -> {
                ObjectNode a = F.objectNode();
                a.put("type", "array");
                ObjectNode item = field(f.item());
                if (partial) {
                    allowRemove(item, zh());
                }
                a.set("items", item);
                yield a;
            }
            case PATH_LIST -> anyOf(F.objectNode().put("type", "string"), arrayOf(nullable(scalarText())));
            case MAP -> {
                ObjectNode m = F.objectNode();
                m.put("type", "object");
                m.set("additionalProperties", field(f.item()));
                yield m;
            }
            case ANY -> F.objectNode();
        };
        describe(s, f);
        return s;
    }

    private void describe(ObjectNode s, Field f) {
        String d = f.doc(lang);
        if (d != null && !d.isEmpty() && !s.has("description")) {
            s.put("description", f.type() == Field.Type.NUMBER && !f.quantity().unit().isEmpty() && kind == Kind.PROFILE
                    ? d + (zh() ? "（单位：" : " (unit: ") + Words.unit(f.quantity().unit(), lang) + (zh() ? "）" : ")") : d);
        }
    }

    private ObjectNode object(Field f, boolean top) {
        ObjectNode s = F.objectNode();
        s.put("type", "object");
        if (top || f.type() == Field.Type.OBJECT) {
            describe(s, f);
        }
        ObjectNode props = F.objectNode();
        List<String> required = new ArrayList<>();
        for (Field c : f.children().values()) {
            ObjectNode cs = field(c);
            if (c.isRequired() && !partial) {
                required.add(c.name());
            } else {
                cs = nullable(cs);
            }
            props.set(c.name(), cs);
        }
        s.set("properties", props);
        if (!required.isEmpty()) {
            ArrayNode r = s.putArray("required");
            required.forEach(r::add);
        }
        if (f.extraKeys() != null) {
            ObjectNode extra = field(f.extraKeys());
            if (partial && extra.get("items") instanceof ObjectNode item) {
                allowRemove(item, zh());
            }
            s.set("additionalProperties", extra);
        } else {
            s.put("additionalProperties", false);
        }
        if (f.discriminator() != null) {
            ArrayNode all = s.putArray("allOf");
            for (Map.Entry<String, List<String>> e : f.keysByKind().entrySet()) {
                ObjectNode cond = F.objectNode();
                ObjectNode when = F.objectNode();
                when.set(f.discriminator(), constant(e.getKey()));
                cond.set("properties", when);
                cond.set("required", F.arrayNode().add(f.discriminator()));
                ObjectNode then = F.objectNode();
                ObjectNode names = F.objectNode();
                ArrayNode en = names.putArray("enum");
                e.getValue().forEach(en::add);
                then.set("propertyNames", names);
                ObjectNode rule = F.objectNode();
                rule.set("if", cond);
                rule.set("then", then);
                all.add(rule);
            }
        }
        if (kind == Kind.PROFILE && f == ProfileSchema.root()) {
            props.set("cca", constant(ProfileSchema.FORMAT));
            describe((ObjectNode) props.get("cca"), f.child("cca"));
        } else if (kind == Kind.GATE && f == GateSchema.root()) {
            props.set("cca", constant(GateSchema.FORMAT));
            describe((ObjectNode) props.get("cca"), f.child("cca"));
        } else if (kind == Kind.RULES && f == RuleSetSchema.root()) {
            props.set("cca", constant(RuleSetLoader.FORMAT));
            describe((ObjectNode) props.get("cca"), f.child("cca"));
        }
        return s;
    }

    private static void allowRemove(ObjectNode item, boolean zh) {
        if (item.get("properties") instanceof ObjectNode p) {
            ObjectNode r = F.objectNode();
            r.put("type", "boolean");
            r.put("description", zh ? "true：删除所继承规则集中的这一项。" : "true: drop this item of the rule set extended.");
            p.set("remove", r);
        }
    }

    /** A profile metric: the bare value, or a map with the value, its evidence and the conditions it was measured at. */
    private ObjectNode metric(Field f, ObjectNode value) {
        ObjectNode m = F.objectNode();
        m.put("type", "object");
        ObjectNode p = F.objectNode();
        p.set("value", nullable(value.deepCopy()));
        ObjectNode evidence = F.objectNode();
        List<String> levels = new ArrayList<>();
        for (Evidence e : Evidence.values()) {
            levels.add(e.id());
        }
        evidence.set("anyOf", F.arrayNode().add(enumOf(levels)).add(textPattern(ciAlternatives(levels))));
        evidence.put("description", zh() ? "证据等级：measured（实测）、audited（审计）、declared（自报）。"
                : "Evidence level: measured, audited or declared (earned by a benchmark file, or an audit and a date).");
        p.set("evidence", nullable(evidence));
        p.set("source", nullable(described(scalarText(), zh() ? "来源说明（自由文本，不构成证据）。" : "Where the value comes from (a note; earns nothing).")));
        p.set("date", nullable(described(dayDate(), zh() ? "数值的日期。" : "The date of the value.")));
        p.set("audit", nullable(described(scalarText(), zh() ? "审计机构及报告或证书编号。" : "The auditing body and its report or certificate number.")));
        for (Field c : f.conditions()) {
            p.set(c.name(), nullable(field(c)));
        }
        m.set("properties", p);
        m.set("required", F.arrayNode().add("value"));
        m.put("additionalProperties", false);
        return anyOf(value, m);
    }

    private ObjectNode number(Field f) {
        ObjectNode n = F.objectNode();
        n.put("type", "number");
        if (kind == Kind.GATE || kind == Kind.RULES) {
            if (f.bounded()) {
                n.put("minimum", f.min());
                if (f.max() != Double.POSITIVE_INFINITY) {
                    n.put("maximum", f.max());
                }
            }
            return n;
        }
        if (f.minExclusive()) {
            n.put("exclusiveMinimum", f.min());
        } else {
            n.put("minimum", f.min());
        }
        double max = Math.min(f.max(), f.plausibleMax());
        if (max != Double.POSITIVE_INFINITY) {
            n.put("maximum", max);
        }
        if (f.integer()) {
            n.put("multipleOf", 1);
        }
        String perSecond = perSecondPattern(f.quantity());
        ObjectNode text = textPattern(NUMBER_TEXT + SPACE + numberUnitPattern(f.quantity()));
        if (f.quantity().isPrice()) {
            return anyOf(n, text, textPattern(UNDERSCORED), textPattern(yuanFirstPattern(f.quantity())));
        }
        return perSecond == null ? anyOf(n, text, textPattern(UNDERSCORED)) : anyOf(n, text, textPattern(UNDERSCORED), textPattern(perSecond));
    }

    /**
     * A price with the yuan sign before the number ("¥12.5", "￥12.5/卡时", "¥4.5万元/台/月"), as {@link Values#withUnit}
     * reads it: the sign, the number, and what a number of the price takes after it, or what the price is for alone
     * ("/卡时": the yuan are the sign's).
     */
    private static String yuanFirstPattern(Quantity q) {
        List<String> per = q.acceptedUnits().stream().filter(u -> u.length() > 1 && u.startsWith("元")
                && (u.charAt(1) == '/' || u.charAt(1) == '每')).map(u -> u.substring(1)).toList();
        return "[\u00A5\uFFE5]" + SPACE + NUMBER_TEXT + SPACE + "(?:" + numberUnitPattern(q) + "|" + String.join("|",
                unitAlternatives(q, per)) + ")";
    }

    /**
     * A compute figure in the word order of Chinese documents, 每秒 first ("每秒5.49亿亿次", "每秒钟40万亿次浮点运算"), as
     * {@link Values#withUnit} reads it: 每秒 or 每秒钟, the number, one of {@link Values#perSecondUnits} and maybe 浮点运算;
     * null for a quantity that takes none.
     */
    private static String perSecondPattern(Quantity q) {
        List<String> units = Values.perSecondUnits(q);
        if (units.isEmpty()) {
            return null;
        }
        List<String> alts = units.stream().map(u -> spaced(u, true)).toList();
        return String.join("", atoms(Values.PER_SECOND, false)) + "(?:" + spaced(Values.PER_SECOND_TAIL, false) + ")?" + SPACE
                + NUMBER_TEXT + SPACE + "(?:" + String.join("|", alts) + ")(?:" + SPACE + spaced(Values.FLOATING_POINT_OPERATIONS, false)
                + ")?";
    }

    /**
     * What may follow the number: a unit of {@code q} ({@link #unitPattern}), or a Chinese multiplier and a unit that does
     * not start with one ("40万 TFLOPS"), the unit optional where {@code Values} takes a multiplier alone (counts, yuan,
     * tokens per second); percentages, ratios and plain numbers take none.
     */
    private static String numberUnitPattern(Quantity q) {
        List<String> units = q.acceptedUnits();
        if (units.isEmpty() || q == Quantity.PERCENT || q == Quantity.RATIO) {
            return unitPattern(q);
        }
        List<String> after = unitAlternatives(q, units.stream().filter(u -> !Values.holdsMultiplier(u)).toList());
        boolean bare = Values.takesBareMultiplier(q);
        String multiplied = "[万亿]" + SPACE + "(?:" + String.join("|", after) + ")" + (bare ? "?" : "");
        return "(?:" + multiplied + "|" + unitPattern(q) + ")";
    }

    /**
     * The units a number written as text may carry, matched as the reader matches them ({@link Quantity#factor}): with
     * white space anywhere inside ("tflop / s"), without regard to case, but as written where case carries meaning
     * (bandwidth's GB/s bytes and Gb/s bits) and spellings that differ only in case differ in size.
     */
    private static String unitPattern(Quantity q) {
        List<String> units = q.acceptedUnits();
        if (units.isEmpty()) {
            return "";
        }
        return "(?:" + String.join("|", unitAlternatives(q, units)) + ")?";
    }

    /**
     * {@code units} of {@code q} as patterns: each its characters with white space allowed between them; a unit of a
     * quantity where case matters is matched as written unless every unit spelled like it but for case has its size
     * (the reader then takes any case: "gbit/s" is the Gbit/s it alone can be, "gb/s" either Gb/s or GB/s).
     */
    private static List<String> unitAlternatives(Quantity q, List<String> units) {
        java.util.Map<String, Set<Double>> sizes = new java.util.HashMap<>();
        for (String u : q.acceptedUnits()) {
            sizes.computeIfAbsent(u.toLowerCase(java.util.Locale.ROOT), k -> new java.util.TreeSet<>()).add(q.factor(u));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String u : units) {
            boolean anyCase = !q.caseMatters() || sizes.get(u.toLowerCase(java.util.Locale.ROOT)).size() == 1;
            String p = spaced(u, anyCase);
            if (p != null) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@code unit}'s characters with white space allowed between them, each as every character the reader takes for it:
     * the reader normalises text (NFKC) before it looks a unit up, so a full-width {@code ＴＦＬＯＰＳ} or {@code ／} is
     * the unit too ({@link Forms}), and, where case does not matter, either case (T, t, Ｔ, ｔ). Null for a unit that no
     * text reads as (the table's {@code µs}, which the reader's normalisation makes {@code μs}, a unit of its own).
     */
    private static String spaced(String unit, boolean anyCase) {
        List<String> atoms = atoms(unit, anyCase);
        return atoms == null ? null : String.join(SPACE, atoms);
    }

    /** Each character of {@code word} as the class of every character the reader takes for it; null as for {@link #spaced}. */
    private static List<String> atoms(String word, boolean anyCase) {
        List<String> atoms = new ArrayList<>();
        for (char c : word.toCharArray()) {
            Set<Character> forms = Forms.of(c, anyCase);
            if (forms.isEmpty()) {
                return null;
            }
            if (forms.size() == 1) {
                atoms.add(literal(String.valueOf(forms.iterator().next())));
                continue;
            }
            StringBuilder b = new StringBuilder("[");
            for (char f : forms) {
                // Escaped only where a class needs it, so that ECMAScript's strict (u) mode takes the pattern too.
                b.append(f >= 0x80 ? String.format("\\u%04X", (int) f) : "\\]^-[".indexOf(f) >= 0 ? "\\" + f : String.valueOf(f));
            }
            atoms.add(b.append(']').toString());
        }
        return atoms;
    }

    /**
     * For each character, the characters that are it once normalised as the reader normalises text (NFKC, of the
     * characters it folds, {@link Values#folds}): as written ({@code EXACT}), and lower-cased too ({@code FOLDED}, where
     * case does not matter). The maps hold the other characters only; {@link #of} adds the character itself.
     */
    private static final class Forms {
        static final Map<Character, Set<Character>> EXACT = new java.util.HashMap<>();
        static final Map<Character, Set<Character>> FOLDED = new java.util.HashMap<>();

        static {
            for (int cp = 0x80; cp <= 0xFFFF; cp++) {
                if (Character.isSurrogate((char) cp) || !Values.folds(cp)) {
                    continue;
                }
                String n = java.text.Normalizer.normalize(String.valueOf((char) cp), java.text.Normalizer.Form.NFKC);
                if (n.length() == 1 && n.charAt(0) != cp) {
                    EXACT.computeIfAbsent(n.charAt(0), k -> new java.util.TreeSet<>()).add((char) cp);
                }
                String f = n.toLowerCase(Locale.ROOT);
                if (f.length() == 1 && f.charAt(0) != cp) {
                    FOLDED.computeIfAbsent(f.charAt(0), k -> new java.util.TreeSet<>()).add((char) cp);
                }
            }
            for (char c = 'A'; c <= 'Z'; c++) {
                FOLDED.computeIfAbsent(Character.toLowerCase(c), k -> new java.util.TreeSet<>()).add(c);
            }
        }

        /**
         * The characters the reader takes for {@code c}: in any case when {@code anyCase}; empty for a character no text
         * reads as (the micro sign µ, which the reader makes μ).
         */
        static Set<Character> of(char c, boolean anyCase) {
            char key = anyCase ? Character.toLowerCase(c) : c;
            Set<Character> out = new java.util.TreeSet<>((anyCase ? FOLDED : EXACT).getOrDefault(key, Set.of()));
            String n = java.text.Normalizer.normalize(String.valueOf(key), java.text.Normalizer.Form.NFKC);
            if (Values.folds(key) && (anyCase ? n.toLowerCase(Locale.ROOT) : n).equals(String.valueOf(key))) {
                out.add(key);
            }
            return out;
        }
    }

    private ObjectNode bool() {
        ObjectNode b = F.objectNode();
        b.put("type", "boolean");
        if (!lenient) {
            return b;
        }
        List<String> words = new ArrayList<>(Values.TRUE_WORDS);
        words.addAll(Values.FALSE_WORDS);
        words.addAll(Values.YAML11_TRUE);
        words.addAll(Values.YAML11_FALSE);
        return anyOf(b, textPattern("(?:" + String.join("|", words.stream().map(JsonSchemas::typed).toList()) + ")"));
    }

    /**
     * {@code word} matched as the reader matches a word it lower-cases after normalising (a boolean, a choice): each
     * character in either case and in every form the reader folds to it (ｔｒｕｅ, ＴＲＵＥ).
     */
    private static String typed(String word) {
        List<String> atoms = atoms(word, true);
        return atoms == null ? ci(word) : String.join("", atoms);
    }

    private ObjectNode idList(Field f) {
        ObjectNode item = F.objectNode().put("type", "string");
        RuleSet.ReferenceList ref = rules == null || kind != Kind.PROFILE ? null : rules.references().get(f.path());
        if (ref != null && !ref.items().isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            StringBuilder doc = new StringBuilder(zh() ? "规则集认可的标识：" : "Ids the rule set knows: ");
            for (RuleSet.ReferenceItem i : ref.items()) {
                names.add(i.id());
                doc.append(i.id()).append(" (").append(i.label().get(lang)).append("), ");
            }
            ObjectNode known = enumOf(List.copyOf(names));
            known.put("description", doc.substring(0, doc.length() - 2));
            item = anyOf(known, scalarText());
        }
        if (kind == Kind.PROFILE) {
            return anyOf(F.objectNode().put("type", "string"), arrayOf(nullable(item)));
        }
        return anyOf(scalarText(), arrayOf(scalarText()));
    }

    private ObjectNode text(Field f) {
        ObjectNode t = scalarText();
        if (f.pattern() != null) {
            t.put("pattern", "^" + f.pattern().pattern() + "$");
        }
        if (kind == Kind.GATE && rules != null && f.name().equals("id") && f.path().startsWith("assertions")) {
            Set<String> ids = new LinkedHashSet<>();
            rules.scenarios().forEach(s -> ids.add(s.id()));
            rules.tables().forEach(s -> ids.add(s.id()));
            ids.addAll(rules.indicators().keySet());
            return anyOf(enumOf(List.copyOf(ids)), t);
        }
        return t;
    }

    private ObjectNode choice(Field f) {
        List<String> names = new ArrayList<>(f.choices());
        names.addAll(f.labels().keySet());
        if (!lenient) {
            return anyOf(enumOf(f.choices()), textPattern(alternatives(f.choices())));
        }
        return anyOf(enumOf(names), textPattern(choiceAlternatives(f)));
    }

    private ObjectNode choiceList(Field f) {
        if (!lenient) {
            ObjectNode one = anyOf(enumOf(f.choices()), textPattern(alternatives(f.choices())));
            return anyOf(one, arrayOf(one.deepCopy()));
        }
        String one = choiceAlternatives(f);
        String list = one + "(?:" + SPACE + LIST_SEPARATOR + SPACE + one + ")*";
        List<String> names = new ArrayList<>(f.choices());
        names.addAll(f.labels().keySet());
        ObjectNode item = anyOf(enumOf(names), textPattern(list));
        return anyOf(textPattern(list), arrayOf(nullable(item)));
    }

    /** Every id and name of a choice, as {@link Values#choice} matches them: case, spaces and underscores aside. */
    private static String choiceAlternatives(Field f) {
        List<String> alts = new ArrayList<>();
        for (String c : f.choices()) {
            alts.add(identifierPattern(c));
        }
        for (String n : f.labels().keySet()) {
            alts.add(identifierPattern(n));
        }
        return "(?:" + String.join("|", alts) + ")";
    }

    /**
     * An id or name as {@link Values#identifier} reads it: each character in either case and every form the reader folds
     * to it, and a hyphen also as a run of spaces and underscores (full-width ones too).
     */
    private static String identifierPattern(String id) {
        StringBuilder b = new StringBuilder();
        for (char c : id.toCharArray()) {
            if (c == '-') {
                b.append("(?:").append(typed("-")).append("|[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000_\\uFF3F]+)");
            } else {
                b.append(typed(String.valueOf(c)));
            }
        }
        return b.toString();
    }

    private ObjectNode date(Field f) {
        if (!lenient) {
            return textPattern("[0-9]{4}-[0-9]{2}-[0-9]{2}");
        }
        if (!f.monthPrecision()) {
            return dayDate();
        }
        ObjectNode year = F.objectNode();
        year.put("type", "integer");
        return anyOf(textPattern("(?:" + digits(Values.WRITTEN_DATE_REGEX) + ")"), year);
    }

    private ObjectNode dayDate() {
        return textPattern("(?:" + digits(Values.WRITTEN_DAY_REGEX) + ")");
    }

    private static String digits(String regex) {
        return regex.replace("\\d", DIGIT);
    }

    // ---- the benchmark run ------------------------------------------------------------------------------

    private ObjectNode benchmark() {
        ObjectNode s = F.objectNode();
        s.put("type", "object");
        s.put("description", BenchmarkSchema.root().doc(lang));
        ObjectNode p = F.objectNode();
        p.set("cca", described(constant(BenchmarkRunReader.FORMAT), benchmarkDoc("cca")));
        p.set("center", described(textPattern(ProfileSchema.ID_PATTERN), benchmarkDoc("center")));
        p.set("kind", described(choice(BenchmarkSchema.field("kind")), benchmarkDoc("kind")));
        p.set("tool", described(choice(BenchmarkSchema.field("tool")), benchmarkDoc("tool")));
        p.set("date", described(dayDate(), benchmarkDoc("date")));
        ObjectNode conditions = F.objectNode();
        conditions.put("type", "object");
        ObjectNode cp = F.objectNode();
        for (Map.Entry<String, Field> e : BenchmarkRunReader.conditionFields().entrySet()) {
            ObjectNode c = BenchmarkRunReader.isTextCondition(e.getKey()) ? scalarText() : number(e.getValue());
            if (e.getKey().equals("request_rate")) {
                c = anyOf(c, textPattern(ci("inf")));
            }
            describe(c, e.getValue());
            cp.set(e.getKey(), nullable(c));
        }
        conditions.set("properties", cp);
        conditions.put("additionalProperties", false);
        p.set("conditions", nullable(described(conditions, benchmarkDoc("conditions"))));
        ObjectNode results = F.objectNode();
        results.put("type", "object");
        results.put("minProperties", 1);
        ObjectNode rp = F.objectNode();
        List<String> families = new ArrayList<>();
        String stat = "(?:mean|median|std|min|max|p[0-9]{1,2}(?:\\.[0-9]{1,6})?)";
        for (MetricKeys.Spec spec : MetricKeys.all().values()) {
            ObjectNode v = number(spec.field());
            if (spec.distribution()) {
                families.add(spec.name());
                ObjectNode stats = F.objectNode();
                stats.put("type", "object");
                ObjectNode pp = F.objectNode();
                pp.set("^" + stat + "$", nullable(v));
                stats.set("patternProperties", pp);
                stats.put("additionalProperties", false);
                v = stats;
            }
            String kinds = String.join(zh() ? "、" : ", ", spec.kinds().stream().sorted().toList());
            v.put("description", spec.field().doc(lang) + (zh() ? "（单位：" + Words.unit(spec.unit(), lang) + "；运行类型：" + kinds + "）"
                    : " (" + spec.unit() + "; " + kinds + ")"));
            rp.set(spec.name(), nullable(v));
        }
        results.set("properties", rp);
        ObjectNode dotted = F.objectNode();
        dotted.set("^(?:" + String.join("|", families) + ")\\." + stat + "$", nullable(anyOf(F.objectNode().put("type", "number"),
                textPattern(NUMBER_TEXT + SPACE + ".*"))));
        results.set("patternProperties", dotted);
        results.put("additionalProperties", false);
        p.set("results", nullable(described(results, benchmarkDoc("results"))));
        ObjectNode imp = F.objectNode();
        imp.put("type", "object");
        ObjectNode ip = F.objectNode();
        ip.set("format", described(choice(BenchmarkSchema.field("import.format")), benchmarkDoc("import.format")));
        ip.set("file", described(scalarText(), benchmarkDoc("import.file")));
        ObjectNode rec = F.objectNode();
        rec.put("type", "number");
        ip.set("record", nullable(described(anyOf(rec, textPattern(NUMBER_TEXT)), benchmarkDoc("import.record"))));
        imp.set("properties", ip);
        imp.set("required", F.arrayNode().add("format").add("file"));
        imp.put("additionalProperties", false);
        p.set("import", nullable(described(imp, benchmarkDoc("import"))));
        s.set("properties", p);
        // The reader's own key lists: a key it takes that the schema does not describe is a bug of this writer.
        if (!java.util.Set.copyOf(BenchmarkRunReader.topKeys()).equals(java.util.Set.copyOf(listOf(p.fieldNames())))
                || !java.util.Set.copyOf(BenchmarkRunReader.importKeys()).equals(java.util.Set.copyOf(listOf(ip.fieldNames())))) {
            throw new IllegalStateException("the benchmark-run schema and reader disagree on their keys");
        }
        ArrayNode req = s.putArray("required");
        for (String k : List.of("cca", "center", "kind", "tool", "date")) {
            req.add(k);
        }
        ArrayNode oneOf = s.putArray("oneOf");
        oneOf.add(F.objectNode().set("required", F.arrayNode().add("results")));
        oneOf.add(F.objectNode().set("required", F.arrayNode().add("import")));
        s.put("additionalProperties", false);
        return s;
    }

    /** The description of a key of the benchmark run, in the schema's language. */
    private String benchmarkDoc(String path) {
        return BenchmarkSchema.field(path).doc(lang);
    }

    private static List<String> listOf(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    // ---- building blocks -------------------------------------------------------------------------------

    private static ObjectNode described(ObjectNode s, String d) {
        s.put("description", d);
        return s;
    }

    private static ObjectNode constant(String v) {
        ObjectNode c = F.objectNode();
        c.put("const", v);
        return c;
    }

    private static ObjectNode enumOf(List<String> values) {
        ObjectNode e = F.objectNode();
        ArrayNode a = e.putArray("enum");
        values.forEach(a::add);
        return e;
    }

    /** Any scalar: the readers take a YAML number or boolean where they want text, as its text. */
    private static ObjectNode scalarText() {
        ObjectNode t = F.objectNode();
        t.set("type", F.arrayNode().add("string").add("number").add("boolean"));
        return t;
    }

    private static ObjectNode textPattern(String regex) {
        ObjectNode t = F.objectNode();
        t.put("type", "string");
        t.put("pattern", "^" + SPACE + regex + SPACE + "$");
        return t;
    }

    private static ObjectNode arrayOf(ObjectNode item) {
        ObjectNode a = F.objectNode();
        a.put("type", "array");
        a.set("items", item);
        return a;
    }

    private static ObjectNode anyOf(ObjectNode... options) {
        ObjectNode s = F.objectNode();
        ArrayNode a = s.putArray("anyOf");
        for (ObjectNode o : options) {
            a.add(o);
        }
        return s;
    }

    /** A key left out and a key set to null mean the same to every reader. */
    private static ObjectNode nullable(ObjectNode s) {
        ObjectNode none = F.objectNode();
        none.put("type", "null");
        if (s.get("anyOf") instanceof ArrayNode a) {
            a.add(none);
            return s;
        }
        if (s.has("const")) {
            return s;
        }
        ObjectNode out = anyOf(s.deepCopy(), none);
        for (String k : List.of("description", "examples")) {
            if (s.has(k)) {
                out.set(k, s.get(k));
                ((ObjectNode) out.get("anyOf").get(0)).remove(k);
            }
        }
        return out;
    }

    private static String alternatives(List<String> words) {
        return "(?:" + String.join("|", words.stream().map(JsonSchemas::literal).toList()) + ")";
    }

    private static String ciAlternatives(List<String> words) {
        return "(?:" + String.join("|", words.stream().map(JsonSchemas::ci).toList()) + ")";
    }

    /** A word matched without regard to case, in the regular expressions both JSON Schema and Java read. */
    private static String exact(String word) {
        StringBuilder b = new StringBuilder();
        for (char c : word.toCharArray()) {
            b.append(literal(String.valueOf(c)));
        }
        return b.toString();
    }

    private static String ci(String word) {
        StringBuilder b = new StringBuilder();
        for (char c : word.toCharArray()) {
            char lo = Character.toLowerCase(c);
            char up = Character.toUpperCase(c);
            if (lo != up && c < 0x80) {
                b.append('[').append(up).append(lo).append(']');
            } else {
                b.append(literal(String.valueOf(c)));
            }
        }
        return b.toString();
    }

    /** A word matched exactly: the characters that are special in a regular expression escaped. */
    private static String literal(String word) {
        StringBuilder b = new StringBuilder();
        for (char c : word.toCharArray()) {
            if ("\\^$.|?*+()[]{}/-".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
