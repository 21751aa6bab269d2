package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.cca.diag.Problems;
import dev.cca.model.CenterProfile;
import dev.cca.testing.CountedText;
import dev.cca.testing.JsonRecords;
import dev.cca.testing.Profiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The block YAML scanner of the fast path ({@link BlockYamlParser}) gives exactly the tokens Jackson's YAML parser gives
 * (over SnakeYAML) for every document it reads: kinds, texts, lines and columns, to the end of the document; and it
 * gives up every document that parser refuses, or reads with an anchor, an alias or a tag. Drawn over trees of maps,
 * lists and scalars rendered in many styles (indentation, indented and unindented sequences, mappings that start on a
 * sequence entry's line, flow sequences, plain, single-quoted and double-quoted scalars with escapes, comments, blank
 * lines, a leading {@code ---}, Chinese keys and values, YAML 1.1 words and number forms), those documents mutated a
 * character at a time, and any text at all; over the profiles of the samples and fixtures rendered the same ways and read
 * as files are read (CRLF line ends, a byte-order mark), the fast path with this scanner gives the profile the located
 * path gives. Reading is linear: the characters it reads grow with the text, not with line length or nesting.
 */
class BlockYamlParserProperties {

    private static final YamlReader YAML = new YamlReader(Limits.DEFAULT);
    private static final StreamingProfileReader FAST = new StreamingProfileReader(Profiles.TODAY, Limits.DEFAULT);
    private static final ProfileReader LOCATED = new ProfileReader(Profiles.TODAY);

    // ---- a tree of YAML values, each node with how it is written ----------------------------------------------

    sealed interface Y permits S, M, L {
    }

    /** A scalar: its value and how it is written (0 plain, 1 single quotes, 2 double quotes, 3 double with escapes). */
    record S(String value, int quote) implements Y {
    }

    /** A map entry: its key, its value, a comment after the key's line (or null), a blank line before it. */
    record E(S key, Y value, String comment, boolean blankBefore) {
    }

    /** A map: below its key in block style, or in braces on one line ({@code flow}; never the root). */
    record M(List<E> entries, boolean flow) implements Y {
        M(List<E> entries) {
            this(entries, false);
        }
    }

    /** A list: written as a flow sequence (when it holds scalars only), or as a block sequence indented or not. */
    record L(List<Y> items, boolean flow, boolean indentless) implements Y {
    }

    /** How a whole document is written. */
    record Style(int indent, int afterColon, boolean docStart, boolean trailingSpaces, String leadingComment) {
    }

    /** Scalars that YAML reads its own way, and text that needs quotes or cannot be plain. */
    static final String[] VALUES = {"NVIDIA", "A800", "智算中心104", "上海", "yes", "no", "on", "off", "Yes", "NO", "y", "n",
        "true", "True", "FALSE", "~", "null", "Null", "NULL", "0", "-0", "7", "-12", "64", "017", "0x1F", "0o17", "0b101",
        "1_000", "+12", "1e3", "1.5e-3", "20.0", "-1.5", ".5", "+.5", "1.", ".inf", "-.Inf", ".NaN", "1:20:30", "12:30",
        "2025-07-01", "2025-01-27T10:00:00Z", "2025-1-2 10:00:00", "6.93 EFLOPS", "80%", "1,000", "１００", "是", "否", "无",
        "2025年10月15日", "a b", "a  b", "a: b", "a:b", "http://x.cn/a", "a #b", "a#b", "#x", "- x", "-x", "--", "---",
        "...", "? x", "?x", ": x", ":x", "[a]", "[a, b]", "{a: 1}", "{}", "[]", "&a x", "*a", "!x y", "!!str 5", "|", ">",
        "|-\n  t", "%x", "@x", "`x`", "'q'", "\"d\"", "it's", "a\"b", "a\\b", "a/b", "<<", "=", "(x)", "$x", "^x", ";x",
        "a,b", "a]b", "a}b", "", " ", " x", "x ", "a\tb", "\tx", "a\nb", "a\n\nb", "a\rb", "\u0085", "\u2028", "\ufeff",
        "\u0007", "é", "😀", "\u00a0x", "x\u00a0"};

    static final String[] KEYS = {"id", "name", "pue", "value", "evidence", "count", "名称", "算力中心", "a b", "a:b", "x-y",
        "_k", "1", "2.5", "yes", "no", "null", "~", "true", "<<", "=", "-k", "k#x", "a,b", "[k]", "{k}", "#k", "- k", ": k",
        "k: v", "", " k", "k ", "'q'", "\"d\"", "it's", "&a", "*a", "!t", "|", ">", "%d", "?k", "中:文", "...", "---", "k\tx",
        "k\nx", "😀"};

    static final String[] COMMENTS = {"note", "注释", "a: b", "# twice", "", "'", "\"", "- x", "\u0007", "\u2028", "x\ty"};

    /** Characters a rendered document is mutated with. */
    static final String MUTATIONS = " \n:-#'\"[],{}&*!|>?%@`\t\\a中.0\r\u00a0~";

    @Provide
    Arbitrary<S> scalars() {
        return Combinators.combine(Arbitraries.oneOf(Arbitraries.of(VALUES),
                        Arbitraries.strings().withChars(" -:#'\"[],&*!?\\.abc0123中文").ofMaxLength(8)),
                Arbitraries.integers().between(0, 3)).as(S::new);
    }

    @Provide
    Arbitrary<S> keys() {
        return Combinators.combine(Arbitraries.oneOf(Arbitraries.of(KEYS), Arbitraries.strings().withChars("abc_- :中").ofMinLength(1)
                .ofMaxLength(6)), Arbitraries.frequency(net.jqwik.api.Tuple.of(6, 0), net.jqwik.api.Tuple.of(1, 1),
                net.jqwik.api.Tuple.of(1, 2))).as(S::new);
    }

    Arbitrary<Y> values(int depth) {
        if (depth == 0) {
            return scalars().map(s -> s);
        }
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, scalars().map(s -> s)),
                net.jqwik.api.Tuple.of(2, maps(depth - 1).map(m -> m)), net.jqwik.api.Tuple.of(2, lists(depth - 1).map(l -> l)));
    }

    Arbitrary<M> maps(int depth) {
        Arbitrary<E> entry = Combinators.combine(keys(), Arbitraries.lazy(() -> values(depth)),
                Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of(COMMENTS)), Arbitraries.of(true, false, false, false))
                .as(E::new);
        return Combinators.combine(entry.list().ofMinSize(0).ofMaxSize(4), Arbitraries.of(true, false)).as(M::new);
    }

    Arbitrary<L> lists(int depth) {
        return Combinators.combine(Arbitraries.lazy(() -> values(depth)).list().ofMaxSize(4), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(L::new);
    }

    @Provide
    Arbitrary<M> documents() {
        return maps(3).filter(m -> !m.entries().isEmpty());
    }

    @Provide
    Arbitrary<M> anyDocuments() {
        return Arbitraries.oneOf(documents(), subsetDocuments());
    }

    @Provide
    Arbitrary<Style> styles() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 2),
                Arbitraries.of(true, false), Arbitraries.of(true, false, false),
                Arbitraries.of("", "", "# a profile\n", "# 智算中心\n\n", "%YAML 1.1\n")).as(Style::new);
    }

    // ---- rendering --------------------------------------------------------------------------------------------

    static String render(M root, Style st) {
        StringBuilder sb = new StringBuilder(st.leadingComment());
        if (st.docStart()) {
            sb.append("---\n");
        }
        map(root, 0, false, st, sb);
        return sb.toString();
    }

    private static void map(M m, int col, boolean inline, Style st, StringBuilder sb) {
        boolean first = true;
        for (E e : m.entries()) {
            if (!(first && inline)) {
                if (e.blankBefore()) {
                    sb.append('\n');
                }
                sb.append(" ".repeat(col));
            }
            first = false;
            sb.append(scalar(e.key())).append(':');
            String comment = e.comment() == null ? "" : " # " + e.comment();
            Y v = e.value();
            if (v instanceof S s) {
                sb.append(" ".repeat(st.afterColon())).append(scalar(s)).append(comment).append(eol(st));
            } else if (v instanceof M child && (child.entries().isEmpty() || child.flow())) {
                sb.append(' ').append(flow(child)).append(comment).append(eol(st));
            } else if (v instanceof M child) {
                sb.append(comment).append(eol(st));
                map(child, col + st.indent(), false, st, sb);
            } else if (v instanceof L l && l.items().isEmpty()) {
                sb.append(" []").append(comment).append(eol(st));
            } else if (v instanceof L l && l.flow()) {
                sb.append(' ').append(flow(l)).append(comment).append(eol(st));
            } else {
                L l = (L) v;
                sb.append(comment).append(eol(st));
                list(l, l.indentless() ? col : col + st.indent(), st, sb);
            }
        }
    }

    private static void list(L l, int col, Style st, StringBuilder sb) {
        for (Y item : l.items()) {
            sb.append(" ".repeat(col)).append('-');
            if (item instanceof S s) {
                sb.append(' ').append(scalar(s)).append(eol(st));
            } else if (item instanceof M m && (m.entries().isEmpty() || m.flow())) {
                sb.append(' ').append(flow(m)).append(eol(st));
            } else if (item instanceof M m) {
                sb.append(' ');
                map(m, col + 2, true, st, sb);
            } else if (((L) item).flow() || ((L) item).items().stream().allMatch(i -> i instanceof S)) {
                sb.append(' ').append(flow((L) item)).append(eol(st));
            } else {
                sb.append(eol(st));
                list((L) item, col + st.indent(), st, sb);
            }
        }
    }

    private static String eol(Style st) {
        return st.trailingSpaces() ? "  \n" : "\n";
    }

    /** A value in flow style on one line: a scalar, {@code [a, b]} or {@code {k: v}}, nested as deep as it goes. */
    private static String flow(Y y) {
        if (y instanceof S s) {
            return scalar(s);
        }
        StringBuilder sb = new StringBuilder();
        if (y instanceof L l) {
            sb.append('[');
            for (int i = 0; i < l.items().size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(flow(l.items().get(i)));
            }
            return sb.append(']').toString();
        }
        M m = (M) y;
        sb.append('{');
        for (int i = 0; i < m.entries().size(); i++) {
            E e = m.entries().get(i);
            sb.append(i == 0 ? "" : ", ").append(scalar(e.key())).append(": ").append(flow(e.value()));
        }
        return sb.append('}').toString();
    }

    static String scalar(S s) {
        String v = s.value();
        return switch (s.quote()) {
            case 0 -> v;
            case 1 -> "'" + v.replace("'", "''") + "'";
            default -> {
                StringBuilder sb = new StringBuilder("\"");
                for (char c : v.toCharArray()) {
                    switch (c) {
                        case '"' -> sb.append("\\\"");
                        case '\\' -> sb.append("\\\\");
                        case '\n' -> sb.append("\\n");
                        case '\t' -> sb.append(s.quote() == 3 ? "\\t" : "\t");
                        case '\r' -> sb.append("\\r");
                        default -> {
                            if (c < 0x20 || s.quote() == 3 && c > 0x7E) {
                                sb.append(String.format("\\u%04x", (int) c));
                            } else {
                                sb.append(c);
                            }
                        }
                    }
                }
                yield sb.append('"').toString();
            }
        };
    }

    // ---- the tokens of both parsers ---------------------------------------------------------------------------

    /** Every token Jackson's YAML parser gives for {@code text}, with its text and position; an error ends the list. */
    static List<String> expected(String text) {
        List<String> out = new ArrayList<>();
        try (JsonParser p = YAML.parser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                YAMLParser y = (YAMLParser) p;
                String extra = y.getObjectId() != null || y.isCurrentAlias() || y.getTypeId() != null ? " anchored" : "";
                out.add(describe(p, t) + extra);
            }
        } catch (IOException | RuntimeException e) {
            out.add("error");
        }
        return out;
    }

    static List<String> actual(BlockYamlParser p) {
        List<String> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            out.add(describe(p, t));
        }
        return out;
    }

    private static String describe(JsonParser p, JsonToken t) {
        JsonLocation l = p.currentTokenLocation();
        try {
            String text = t.isScalarValue() || t == JsonToken.FIELD_NAME ? "\"" + p.getText() + "\"" : "";
            return t + " " + text + " @" + l.getLineNr() + ":" + l.getColumnNr();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the scanner read the text; fails when it read it otherwise than Jackson's parser does. */
    static boolean assertSameTokens(String text) {
        BlockYamlParser p = BlockYamlParser.scan(text, Limits.DEFAULT.maxDepth());
        if (p == null) {
            return false;
        }
        assertEquals(String.join("\n", expected(text)), String.join("\n", actual(p)), text);
        return true;
    }

    // ---- properties -------------------------------------------------------------------------------------------

    @Property(tries = 3000)
    void a_document_the_scanner_reads_has_the_tokens_of_the_yaml_parser(@ForAll("documents") M doc, @ForAll("styles") Style st) {
        boolean read = assertSameTokens(render(doc, st));
        Statistics.label("read").collect(read);
        Statistics.label("read").coverage(c -> c.check(true).percentage(p -> p >= 10));
    }

    @Property(tries = 3000)
    void a_mutated_document_the_scanner_reads_has_the_tokens_of_the_yaml_parser(@ForAll("anyDocuments") M doc,
            @ForAll("styles") Style st, @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 1_000_000) Integer> where,
            @ForAll @Size(min = 4, max = 4) List<@IntRange(min = 0, max = 100) Integer> what) {
        StringBuilder sb = new StringBuilder(render(doc, st));
        for (int i = 0; i < where.size(); i++) {
            int at = where.get(i) % (sb.length() + 1);
            int w = what.get(i);
            char c = MUTATIONS.charAt(w % MUTATIONS.length());
            switch (w % 3) {
                case 0 -> sb.insert(at, c);
                case 1 -> {
                    if (at < sb.length()) {
                        sb.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < sb.length()) {
                        sb.setCharAt(at, c);
                    }
                }
            }
        }
        boolean read = assertSameTokens(sb.toString());
        Statistics.label("read").collect(read);
        Statistics.label("read").coverage(c -> c.check(true).percentage(p -> p >= 5));
    }

    @Property(tries = 2000)
    void any_text_is_read_as_the_yaml_parser_reads_it_or_given_up(@ForAll String text) {
        assertSameTokens(text);
    }

    @Property(tries = 1000)
    void any_text_of_yaml_characters_is_read_as_the_yaml_parser_reads_it_or_given_up(
            @ForAll @net.jqwik.api.constraints.Chars({' ', ' ', ' ', '\n', '\n', ':', '-', '#', '\'', '"', '[', ']', ',', 'a',
                'b', '1', '.', '中', '~', '&', '\\'}) @Size(max = 60) String text) {
        assertSameTokens(text);
    }

    /** Documents of plain identifiers, numbers, words and dates, and quoted text of any printable characters. */
    @Property(tries = 1000)
    void a_document_in_the_subset_is_read(@ForAll("subsetDocuments") M doc, @ForAll("styles") Style st) {
        Style plain = new Style(st.indent(), st.afterColon(), st.docStart(), st.trailingSpaces(),
                st.leadingComment().startsWith("%") ? "" : st.leadingComment());
        String text = render(doc, plain);
        assertTrue(assertSameTokens(text), () -> "the scanner gave up a document of its subset:\n" + text);
    }

    static final String[] SUBSET_VALUES = {"NVIDIA", "A800", "智算中心104", "上海", "yes", "no", "On", "true", "False", "~",
        "null", "0", "-0", "7", "-12", "20.0", "-1.5", ".5", "1e3", ".inf", "-.Inf", ".nan", "2025-07-01", "6.93 EFLOPS",
        "80%", "1,000", "是", "否", "a b", "a:b", "http://x.cn/a", "a#b", "-x", "<<", "=", "(x)", "a]b", "x/y", "é"};

    @Provide
    Arbitrary<M> subsetDocuments() {
        Arbitrary<S> plain = Arbitraries.of(SUBSET_VALUES).map(v -> new S(v, 0));
        Arbitrary<S> quotedText = Combinators.combine(Arbitraries.strings().withCharRange(' ', '~').withChars("中文é")
                .ofMaxLength(10), Arbitraries.integers().between(1, 3)).as(S::new);
        Arbitrary<S> scalar = Arbitraries.oneOf(plain, quotedText);
        Arbitrary<S> key = Arbitraries.oneOf(Arbitraries.of("id", "name", "名称", "a b", "x-y", "1", "yes").map(k -> new S(k, 0)),
                quotedText);
        return subsetMaps(scalar, key, 3);
    }

    private Arbitrary<M> subsetMaps(Arbitrary<S> scalar, Arbitrary<S> key, int depth) {
        Arbitrary<Y> value = depth == 0 ? scalar.map(s -> s) : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, scalar.map(s -> s)),
                net.jqwik.api.Tuple.of(2, Arbitraries.lazy(() -> subsetMaps(scalar, key, depth - 1)).filter(m -> !m.entries().isEmpty())
                        .map(m -> m)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.oneOf(scalar.map(s -> (Y) s),
                                        Arbitraries.lazy(() -> subsetMaps(scalar, key, depth - 1)).filter(m -> !m.entries().isEmpty())
                                                .map(m -> (Y) m)).list().ofMaxSize(3), Arbitraries.of(true, false))
                        .as((items, indentless) -> (Y) new L(items, false, indentless))),
                // A flow sequence: its plain items hold none of the characters that end or break a flow scalar.
                net.jqwik.api.Tuple.of(1, scalar.filter(x -> x.quote() != 0 || x.value().chars().noneMatch(ch -> ",[]{}:#".indexOf(ch) >= 0))
                        .map(x -> (Y) x).list().ofMaxSize(3).map(items -> (Y) new L(items, true, false))),
                // A flow mapping, its plain keys and values likewise, its values scalars or flow sequences of them.
                net.jqwik.api.Tuple.of(1, flowSubsetMap(scalar, key)));
        Arbitrary<E> entry = Combinators.combine(key, value, Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of("note", "注释",
                "a: b", "'\"")), Arbitraries.of(true, false, false)).as(E::new);
        return entry.list().ofMinSize(1).ofMaxSize(4).uniqueElements(e -> e.key().value()).map(M::new);
    }

    private static boolean flowSafe(S x) {
        return x.quote() != 0 || x.value().chars().noneMatch(ch -> ",[]{}:#".indexOf(ch) >= 0);
    }

    private static Arbitrary<Y> flowSubsetMap(Arbitrary<S> scalar, Arbitrary<S> key) {
        Arbitrary<S> s = scalar.filter(BlockYamlParserProperties::flowSafe);
        Arbitrary<Y> value = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, s.map(x -> (Y) x)),
                net.jqwik.api.Tuple.of(1, s.map(x -> (Y) x).list().ofMaxSize(3).map(items -> (Y) new L(items, true, false))));
        Arbitrary<E> entry = Combinators.combine(key.filter(BlockYamlParserProperties::flowSafe), value)
                .as((k, v) -> new E(k, v, null, false));
        return entry.list().ofMaxSize(4).uniqueElements(e -> e.key().value()).map(entries -> (Y) new M(entries, true));
    }

    @Example
    void the_parts_of_the_subset_read_as_the_yaml_parser_reads_them() {
        for (String text : List.of("a: 1\n", "a: 1", "---\na: 1\n", "--- # c\na: x # c\n# end\n", "a:\n  b: 1\n  c: 2\nd: 3\n",
                "a:\n- 1\n- 2\nb: x\n", "a:\n  - 1\n  - 2\n", "a:\n  - b: 1\n    c: 2\n  - d: 3\n", "a: [1, 'b', \"c\"]\n",
                "a: []\n", "a:\nb:\n", "a: 'it''s'\n", "a: \"\\u4e2d\\\\\\\"\\n\\t\"\n", "'k': v\n", "\"k\": v\n",
                "a: yes\nb: Off\nc: ~\nd: 1.5\ne: 2025-01-01\nf: .inf\n", "名称: 智算中心\n", "a:\n\n  # c\n  b: 1\n",
                "- a: 1\n", "a: b\n  # indented comment\nc: d\n", "a:   x   \n", "a: [ x , y ]\n", "a: x:y\n", "a: {}\nb:\n- {}\n- { }\n",
                "a: {b: 1}\n", "a: {b: 1, 'c': \"d\", e: [x, y], f: {g: h}, i j: k l}\n", "a:\n- {vendor: Huawei, count: 8}\n",
                "a: [{b: 1}, {c: [2, 3]}, [4]]\n", "a: { b: 1 , c: {} }  # c\n", "a: {名称: 武汉市人民政府 & 华为, n: 2021-05}\n")) {
            if (text.startsWith("- ")) {
                assertNull(BlockYamlParser.scan(text, 64), text); // not a mapping at the root
            } else {
                assertTrue(assertSameTokens(text), text);
            }
        }
    }

    @Example
    void what_is_outside_the_subset_is_given_up() {
        for (String text : List.of("a: &x 1\n", "a: *x\n", "a: !!str 1\n", "a: |\n  t\n", "a: >\n  t\n",
                "a: b\n  c\n", "? a\n: b\n", "a: {b: }\n", "a: {b}\n", "a: {b: 1,}\n", "a: {b: 1,\n  c: 2}\n",
                "a: {b:1}\n", "a: {b : 1}\n", "a: {b: x:y}\n", "a: {b: 1} c\n", "a: {b: 1}}\n", "a:\tb\n", "a: b\r\n", "\ufeffa: b\n", "%YAML 1.1\n---\na: 1\n", "a: 1\n...\n",
                "a: 017\n", "a: 0x1F\n", "a: 1_000\n", "a: +1\n", "a: 1:30\n", "a: [1,\n  2]\n", "a: [1, ]\n", "a: 'x\n  y'\n",
                "a: \"\\x41\"\n", "a : b\n", "  a: 1\n", "a: b: c\n", "a:\n- \n", "a:\n-\n  b: 1\n", "a:\n- - 1\n", "",
                "# only\n", "a: 1\n---x: 2\n", "a: \u0085\n", "a: \u2028\n", "a: 😀\n", "a" + "b".repeat(1001) + ": 1\n")) {
            assertNull(BlockYamlParser.scan(text, 64), text);
        }
        String deep = "a:\n" + "  ".repeat(1) + "b:\n" + "    c: 1\n";
        assertNotNull(BlockYamlParser.scan(deep, 3));
        assertNull(BlockYamlParser.scan(deep, 2), "nesting deeper than the limit");
    }

    // ---- profiles, read as files are read ---------------------------------------------------------------------

    private static final List<String> RECORDS = JsonRecords.records();

    @Provide
    Arbitrary<Integer> records() {
        return Arbitraries.integers().between(0, RECORDS.size() - 1);
    }

    /**
     * A profile rendered in drawn styles (each node's quoting and layout from {@code choices}), with CRLF line ends and a
     * byte-order mark when drawn, decoded as files are: the fast path reads it with the scanner (when it has no problem
     * and its text is in the subset) and gives what the located path gives, and what the fast path over SnakeYAML's
     * tokens gives.
     */
    @Property(tries = 600)
    void a_profile_in_any_style_reads_as_the_located_path_reads_it(@ForAll("records") int index, @ForAll("styles") Style st,
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 11) Integer> choices, @ForAll boolean crlf,
            @ForAll boolean bom) throws Exception {
        JsonNode tree = new ObjectMapper().readTree(RECORDS.get(index));
        Iterator<Integer> c = new Cycle(choices);
        Y y = fromJson(tree, c);
        if (!(y instanceof M m) || m.entries().isEmpty()) {
            return;
        }
        String text = render(m, st);
        if (crlf) {
            text = text.replace("\n", "\r\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        bytes.write(text.getBytes(StandardCharsets.UTF_8));
        String decoded = TextDecoder.decode(bytes.toByteArray(), null, "c.yaml").text();
        SourceFile src = new SourceFile("c.yaml", null, decoded, null);
        for (YamlReader.Chunk chunk : YamlReader.split(decoded)) {
            CenterProfile viaScanner = YAML.fast(src, chunk, FAST);
            CenterProfile viaParser = YAML.parserFast(src, chunk, FAST);
            assertEquals(viaParser == null, viaScanner == null, decoded);
            if (viaScanner == null) {
                continue;
            }
            assertEquals(StreamingProfileReaderProperties.describe(viaParser), StreamingProfileReaderProperties.describe(viaScanner),
                    decoded);
            Problems problems = new Problems();
            Document d = YAML.parse(src, chunk, 0, problems);
            CenterProfile located = LOCATED.read(d, problems);
            assertTrue(problems.isEmpty(), () -> problems.all() + "\n" + decoded);
            assertEquals(StreamingProfileReaderProperties.describe(located), StreamingProfileReaderProperties.describe(viaScanner),
                    decoded);
        }
    }

    @Example
    void the_valid_profiles_rendered_plainly_take_the_scanner() throws Exception {
        int read = 0;
        int fast = 0;
        Style st = new Style(2, 1, false, false, "");
        for (String r : RECORDS) {
            if (!(fromJson(new ObjectMapper().readTree(r), new Cycle(List.of(0))) instanceof M y)) {
                continue;
            }
            String text = render(y, st);
            if (assertSameTokens(text)) {
                read++;
            }
            SourceFile src = new SourceFile("c.yaml", null, text, null);
            if (YAML.fast(src, new YamlReader.Chunk(0, text), FAST) != null) {
                fast++;
            }
        }
        assertTrue(read >= RECORDS.size() * 95 / 100, "the scanner read " + read + " of " + RECORDS.size());
        assertTrue(fast >= 200, "the fast path read " + fast + " of " + RECORDS.size());
    }

    /** The drawn choices, over and over. */
    private static final class Cycle implements Iterator<Integer> {
        private final List<Integer> choices;
        private int i;

        Cycle(List<Integer> choices) {
            this.choices = choices;
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Integer next() {
            return choices.get(i++ % choices.size());
        }
    }

    /**
     * A JSON tree as a YAML tree, each node written as the next choice says: a text plain when YAML would read it back as
     * text (quoted otherwise, or when the choice says so), a number or boolean plain; lists flow or block, indented or
     * not; a comment or blank line now and then.
     */
    static Y fromJson(JsonNode n, Iterator<Integer> c) {
        if (n.isObject()) {
            List<E> entries = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                int k = c.next();
                String comment = k == 5 ? "注释: " + k : k == 6 ? "note" : null;
                entries.add(new E(new S(f.getKey(), k == 7 ? 1 : k == 8 ? 2 : 0), fromJson(f.getValue(), c), comment, k == 9));
            }
            return new M(entries, c.next() % 4 == 1);
        }
        if (n.isArray()) {
            List<Y> items = new ArrayList<>();
            n.forEach(i -> items.add(fromJson(i, c)));
            int k = c.next();
            return new L(items, k % 3 == 0, k % 2 == 0);
        }
        if (n.isNull()) {
            return new S("null", 0);
        }
        String v = n.asText();
        int k = c.next();
        if (!n.isTextual()) {
            return new S(v, 0);
        }
        boolean plainIsText = BlockYamlParser.scan("k: " + v + "\n", 64) != null && BlockYamlParser.plain(v) == JsonToken.VALUE_STRING
                && !v.isEmpty();
        return new S(v, plainIsText && k % 4 == 0 ? 0 : plainIsText ? k % 4 : 1 + k % 3);
    }

    // ---- linear time ------------------------------------------------------------------------------------------

    private static double readsPerChar(String text, boolean read) {
        CountedText c = new CountedText(text);
        BlockYamlParser p = BlockYamlParser.scan(c, Limits.MAX_DEPTH);
        assertEquals(read, p != null, text.length() > 200 ? text.substring(0, 200) : text);
        return (double) c.reads() / text.length();
    }

    @Example
    void the_characters_read_grow_linearly_with_line_length_nesting_and_lines() {
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            List<Double> per = List.of(
                    readsPerChar("a: " + "x ".repeat(n) + "\n", true),                       // a long plain value with blanks
                    readsPerChar("a: '" + "x''".repeat(n) + "'\n", true),                     // a long quoted value
                    readsPerChar("a: [" + "x, ".repeat(n) + "y]\n", true),                    // a long flow sequence
                    readsPerChar("a: {" + "k: v, ".repeat(n) + "z: y}\n", true),             // a long flow mapping
                    readsPerChar("a: " + "[".repeat(40) + "x" + "]".repeat(40) + "\n", true), // nested flow sequences
                    readsPerChar("a: " + " ".repeat(n) + "x\n", true),                       // blanks before a value
                    readsPerChar("a:" + " ".repeat(n) + "\n", true),                         // blanks after a key
                    readsPerChar("k: v\n".repeat(n), true),                                  // many lines
                    readsPerChar("a:\n" + "#" + " ".repeat(n) + "\n".repeat(n) + "  b: 1\n", true), // comments and blank lines
                    readsPerChar("a:\n" + "- x\n".repeat(n), true),                          // a long sequence
                    readsPerChar("a: " + "x".repeat(n) + " y: z\n", false));                 // given up at the end of a long line
            for (double d : per) {
                assertTrue(d <= 5, "reads per character: " + per);
            }
            // Nesting: a map in a map, as deep as the depth limit allows (and deeper: given up).
            int depth = Math.min(n / 100, Limits.MAX_DEPTH - 1);
            StringBuilder deep = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                deep.append(" ".repeat(i)).append("k:\n");
            }
            deep.append(" ".repeat(depth)).append("k: 1\n");
            assertTrue(readsPerChar(deep.toString(), true) <= 5);
            StringBuilder deeper = new StringBuilder();
            for (int i = 0; i < Limits.MAX_DEPTH + 5; i++) {
                deeper.append(" ".repeat(i)).append("k:\n");
            }
            assertTrue(readsPerChar(deeper.toString(), false) <= 5);
        }
    }
}
