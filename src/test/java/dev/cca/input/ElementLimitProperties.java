package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.FileCode;
import dev.cca.diag.Problems;
import dev.cca.diag.ProfileCode;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.testing.CountedText;
import dev.cca.testing.Profiles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The element limit ({@link Limits#maxElements}): a list of more elements, or a map of more keys, is refused where it
 * starts, in every form YAML and JSON write one (flow and block, one line or many), by the located path and the fast
 * path alike; at or under the limit nothing changes. The limit is what keeps a one-line flow list of megabytes from
 * being built into a tree of millions of nodes.
 */
class ElementLimitProperties {

    /** The forms of a collection under the root key {@code x}: YAML flow and block, JSON. */
    enum Form { YAML_FLOW_LIST, YAML_FLOW_MAP, YAML_BLOCK_LIST, YAML_BLOCK_MAP, JSON_ARRAY, JSON_OBJECT }

    /** A document whose only key {@code x} holds a collection of {@code n} elements; and where that collection starts. */
    record Text(String text, int line, int column, boolean list) {
    }

    static Text text(Form form, int n) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(switch (form) {
                case YAML_FLOW_LIST -> "v" + i;
                case YAML_FLOW_MAP -> "k" + i + ": v";
                case YAML_BLOCK_LIST -> "- v" + i + "\n";
                case YAML_BLOCK_MAP -> "  k" + i + ": v\n";
                case JSON_ARRAY -> "\"v" + i + "\"";
                case JSON_OBJECT -> "\"k" + i + "\": 1";
            });
        }
        return switch (form) {
            case YAML_FLOW_LIST -> new Text("x: [" + String.join(", ", items) + "]\n", 1, 4, true);
            case YAML_FLOW_MAP -> new Text("x: {" + String.join(", ", items) + "}\n", 1, 4, false);
            // An empty block collection is an empty value, and then nothing is a collection.
            case YAML_BLOCK_LIST -> n == 0 ? new Text("x: []\n", 1, 4, true) : new Text("x:\n" + String.join("", items), 2, 1, true);
            case YAML_BLOCK_MAP -> n == 0 ? new Text("x: {}\n", 1, 4, false) : new Text("x:\n" + String.join("", items), 2, 3, false);
            case JSON_ARRAY -> new Text("{\"x\": [" + String.join(", ", items) + "]}", 1, 7, true);
            case JSON_OBJECT -> new Text("{\"x\": {" + String.join(", ", items) + "}}", 1, 7, false);
        };
    }

    static Node read(Form form, String text, Limits limits, Problems problems) {
        if (form == Form.JSON_ARRAY || form == Form.JSON_OBJECT) {
            return new JsonReader(limits).parse(text, "t.json", 0, problems);
        }
        List<Document> docs = new YamlReader(limits).readAll(SourceFile.ofText("t.yaml", text), problems);
        return docs.isEmpty() ? null : docs.get(0).root();
    }

    @Property
    void a_collection_over_the_limit_is_refused_where_it_starts_and_one_within_it_is_read_whole(@ForAll Form form,
            @ForAll @IntRange(min = 1, max = 30) int limit, @ForAll @IntRange(min = 0, max = 60) int n) {
        Text t = text(form, n);
        Problems problems = new Problems();
        Node root = read(form, t.text(), Limits.DEFAULT.withMaxElements(limit), problems);
        if (n <= limit) {
            assertTrue(problems.isEmpty(), problems.all().toString());
            Node x = ((Node.MapNode) root).get("x");
            assertEquals(n, x instanceof Node.ListNode l ? l.size() : ((Node.MapNode) x).size(), t.text());
            return;
        }
        assertNull(root, t.text());
        assertEquals(1, problems.size(), problems.all().toString());
        Diagnostic d = problems.all().get(0);
        assertEquals(t.list() ? FileCode.LIST_MORE_ELEMENTS : FileCode.MAP_MORE_KEYS, d.code(), d.toString());
        assertEquals(t.line(), d.location().line(), d.toString());
        assertEquals(t.column(), d.location().column(), d.toString());
        assertEquals("x", d.location().path(), d.toString());
        assertTrue(d.message("en").contains(" " + limit + " ") && d.message("zh").contains(" " + limit + " "), d.toString());
    }

    /** A collection inside a list is located there, with its index in the path. */
    @Example
    void a_nested_collection_over_the_limit_names_its_path() {
        Problems problems = new Problems();
        Node root = read(Form.YAML_FLOW_LIST, "a:\n  b:\n    - [1]\n    - [1, 2, 3]\n", Limits.DEFAULT.withMaxElements(2), problems);
        assertNull(root);
        Diagnostic d = problems.all().get(0);
        assertEquals(FileCode.LIST_MORE_ELEMENTS, d.code());
        assertEquals(4, d.location().line());
        assertEquals(7, d.location().column());
        assertEquals("a.b[1]", d.location().path());
    }

    /** A list whose elements a reader skips (a tool's per-request values) is counted only up to what it keeps. */
    @Example
    void elements_a_reader_skips_are_not_counted() {
        Problems problems = new Problems();
        Node root = new JsonReader(Limits.DEFAULT.withMaxElements(10), 5).parse("{\"x\": [" + "1, ".repeat(100) + "1]}", "t.json", 0,
                problems);
        assertTrue(problems.isEmpty(), problems.all().toString());
        assertEquals(5, ((Node.ListNode) ((Node.MapNode) root).get("x")).size());
    }

    private static final String HEAD = "cca: center-profile/v1\nid: limit\nname: Limit\ntraining:\n";

    private static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("f" + i);
        }
        return ids;
    }

    /**
     * A list of ids read by the fast path (YAML in the scanner's subset, and JSON) is read by it only within the limit:
     * past it, both fast paths give the record up and the located path refuses it, so every command says the same.
     */
    @Property
    void the_fast_paths_give_up_a_list_over_the_limit_that_the_located_path_refuses(
            @ForAll @IntRange(min = 5, max = 30) int limit, @ForAll @IntRange(min = 0, max = 60) int n, @ForAll boolean flow) {
        Limits limits = Limits.DEFAULT.withMaxElements(limit);
        List<String> ids = ids(n);
        String yaml = HEAD + (flow || n == 0 ? "  frameworks: [" + String.join(", ", ids) + "]\n"
                : "  frameworks:\n" + ids.stream().map(i -> "  - " + i + "\n").reduce("", String::concat));
        String json = "{\"cca\": \"center-profile/v1\", \"id\": \"limit\", \"name\": \"Limit\", \"training\": {\"frameworks\": ["
                + String.join(", ", ids.stream().map(i -> "\"" + i + "\"").toList()) + "]}}";
        StreamingProfileReader fast = new StreamingProfileReader(Profiles.TODAY, limits);
        YamlReader reader = new YamlReader(limits);
        YamlReader.Chunk chunk = YamlReader.split(yaml).get(0);
        assertEquals(n <= limit, reader.scans(chunk), yaml); // past the limit, the fast path reads SnakeYAML's tokens
        CenterProfile fromYaml = reader.fast(SourceFile.ofText("t.yaml", yaml), chunk, fast);
        CenterProfile fromJson = fast.read(json, "t.json", 1);
        Problems problems = new Problems();
        List<Document> docs = reader.readAll(SourceFile.ofText("t.yaml", yaml), problems);
        Problems jsonProblems = new Problems();
        Node jsonRoot = new JsonReader(limits).parse(json, "t.json", 0, jsonProblems);
        if (n > limit) {
            assertNull(fromYaml, yaml);
            assertNull(fromJson, json);
            assertNull(docs.get(0).root());
            assertNull(jsonRoot);
            assertEquals(FileCode.LIST_MORE_ELEMENTS, problems.all().get(0).code());
            assertEquals(FileCode.LIST_MORE_ELEMENTS, jsonProblems.all().get(0).code());
            assertEquals("training.frameworks", problems.all().get(0).location().path());
        } else {
            assertNotNull(fromYaml, yaml);
            assertNotNull(fromJson, json);
            assertEquals(ids, fromYaml.values().get("training.frameworks").items());
            assertEquals(ids, fromJson.values().get("training.frameworks").items());
            assertTrue(problems.isEmpty() && jsonProblems.isEmpty(), problems.all() + " " + jsonProblems.all());
        }
    }

    /**
     * Ids listed twice: the located path warns at each repeat and keeps the first of each, in order (it checked each id
     * against every one before it, which 100,000 ids took 49 s of; a set now); the fast path gives such a list up.
     */
    @Property
    void an_id_listed_again_is_warned_at_each_repeat_and_kept_once(
            @ForAll @Size(min = 0, max = 40) List<@IntRange(min = 0, max = 12) Integer> drawn) {
        List<String> listed = drawn.stream().map(i -> "f" + i).toList();
        Set<String> distinct = new LinkedHashSet<>(listed);
        String yaml = HEAD + "  frameworks: [" + String.join(", ", listed) + "]\n";
        Problems problems = new Problems();
        Document doc = new YamlReader(Limits.DEFAULT).readAll(SourceFile.ofText("t.yaml", yaml), problems).get(0);
        CenterProfile p = new ProfileReader(Profiles.TODAY).read(doc, problems);
        long repeats = problems.all().stream().filter(d -> d.code() == ProfileCode.LISTED_TWICE).count();
        assertEquals(listed.size() - distinct.size(), repeats, problems.all().toString());
        assertEquals(problems.size(), repeats, problems.all().toString());
        Datum d = p.values().get("training.frameworks");
        assertEquals(List.copyOf(distinct), d == null ? List.of() : d.items());
        YamlReader.Chunk chunk = YamlReader.split(yaml).get(0);
        CenterProfile fast = new YamlReader(Limits.DEFAULT).fast(SourceFile.ofText("t.yaml", yaml), chunk,
                new StreamingProfileReader(Profiles.TODAY, Limits.DEFAULT));
        assertEquals(repeats == 0, fast != null, yaml);
    }

    /**
     * The fast path's scanner gives a one-line flow collection up once its line passes the line limit, not at the line's
     * end: a line of any length costs it what the limit allows (it read all 10 MB of such a line before).
     */
    @Property(tries = 20)
    void the_scanner_gives_up_a_long_flow_line_within_the_line_limit(@ForAll("lines") String item,
            @ForAll @IntRange(min = 100, max = 2_000) int maxLine, @ForAll @IntRange(min = 10, max = 50) int times) {
        String line = "a: [" + (item + ", ").repeat(maxLine * times / (item.length() + 2) + 1) + "b]\n";
        CountedText c = new CountedText(line);
        assertNull(BlockYamlParser.scan(c, Limits.DEFAULT.maxDepth(), maxLine, Limits.DEFAULT.maxElements()));
        // At most 5 reads of a character (as BlockYamlParserProperties finds), up to the element that crosses the limit.
        assertTrue(c.reads() <= 5L * (maxLine + 2 * item.length() + 8), c.reads() + " reads of a line of " + line.length()
                + " characters, line limit " + maxLine);
    }

    @Provide
    Arbitrary<Form> yamlForms() {
        return Arbitraries.of(Form.YAML_FLOW_LIST, Form.YAML_FLOW_MAP, Form.YAML_BLOCK_LIST, Form.YAML_BLOCK_MAP);
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.oneOf(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(k -> "{" + k + ": 1}"),
                Arbitraries.integers().between(0, 1_000_000).map(String::valueOf),
                Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(10).map(s -> "'" + s + "'"));
    }

    /** The scanner's element limit: a mapping or sequence, block or flow, of more keys or elements is given up. */
    @Property
    void the_scanner_gives_up_a_collection_over_the_element_limit(@ForAll("yamlForms") Form form,
            @ForAll @IntRange(min = 1, max = 20) int limit, @ForAll @IntRange(min = 0, max = 40) int n) {
        String text = text(form, n).text();
        BlockYamlParser p = BlockYamlParser.scan(text, Limits.DEFAULT.maxDepth(), Limits.DEFAULT.maxStringLength(), limit);
        assertEquals(n <= limit, p != null, text);
    }
}
