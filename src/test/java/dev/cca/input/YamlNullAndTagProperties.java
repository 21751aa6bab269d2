package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.FileCode;
import dev.cca.diag.ProfileCode;
import dev.cca.diag.Problems;
import dev.cca.model.Field;
import dev.cca.model.ProfileSchema;
import dev.cca.testing.Profiles;
import java.util.ArrayList;
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
 * Every spelling of YAML's null is one value: {@code ~}, {@code null}, {@code Null}, {@code NULL}, nothing at all, and
 * the same under an explicit {@code !!null} tag give one verdict with the same diagnostics, at every key of the profile.
 * A core-schema tag is honoured when it says what the value is anyway and refused at the value (CCA-P213) when it says
 * otherwise; a key that is an alias, a list or a map is named for what it is, at the key; and no YAML drawn with tags
 * and alias keys ends in an internal error.
 */
class YamlNullAndTagProperties {

    static final List<String> NULLS = List.of("~", "null", "Null", "NULL", "", "!!null \"\"", "!!null ~", "!!null",
            "!!null null", "!!null ''", "!<tag:yaml.org,2002:null> ~");

    /** Every key path of the profile reached through maps ("compute.pue"), with the required ones. */
    @Provide
    Arbitrary<String> keys() {
        List<String> paths = new ArrayList<>();
        collect(ProfileSchema.root(), "", paths);
        return Arbitraries.of(paths);
    }

    private static void collect(Field object, String prefix, List<String> out) {
        for (Map.Entry<String, Field> e : object.children().entrySet()) {
            String path = prefix + e.getKey();
            out.add(path);
            if (e.getValue().type() == Field.Type.OBJECT) {
                collect(e.getValue(), path + ".", out);
            }
        }
    }

    /** A profile with {@code value} written at {@code path} (a block map per level), the other required keys given. */
    static String profile(String path, String value) {
        StringBuilder sb = new StringBuilder();
        for (String k : new String[] {"cca: center-profile/v1", "id: t", "name: T"}) {
            if (!k.startsWith(path + ":")) {
                sb.append(k).append('\n');
            }
        }
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            sb.append("  ".repeat(i)).append(parts[i]).append(':');
            sb.append(i == parts.length - 1 ? (value.isEmpty() ? "" : " " + value) : "").append('\n');
        }
        return sb.toString();
    }

    /** What a diagnostic says, where (but its column: a value written after a tag, or not at all, starts elsewhere). */
    static List<String> said(String yaml) {
        Problems problems = new Problems();
        Profiles.read(yaml, problems);
        List<String> out = new ArrayList<>();
        for (Diagnostic d : problems.all()) {
            out.add(d.severity() + " " + d.code().id() + " line " + d.location().line() + " [" + d.location().path("en")
                    + "] " + d.message("en") + " / " + d.message("zh"));
        }
        return out;
    }

    @Property(tries = 400)
    void every_spelling_of_null_at_every_key_says_what_a_tilde_says(@ForAll("keys") String key,
                                                                     @ForAll("nulls") String spelling) {
        assertEquals(said(profile(key, "~")), said(profile(key, spelling)), key + ": " + spelling);
    }

    @Provide
    Arbitrary<String> nulls() {
        return Arbitraries.of(NULLS);
    }

    @Example
    void a_null_left_empty_is_a_key_left_out_and_a_required_one_must_have_a_value() {
        assertEquals(List.of(), said(profile("compute.pue", "")));
        assertEquals(List.of(), said(profile("compute.pue", "!!null")));
        List<String> name = said(profile("name", ""));
        assertEquals(1, name.size(), name.toString());
        assertTrue(name.get(0).contains(ProfileCode.MUST_HAVE_VALUE.id()), name.toString());
        // Empty text written as such is text, not null.
        assertTrue(said(profile("compute.pue", "\"\"")).get(0).contains(ProfileCode.EMPTY_NUMBER.id()));
        assertTrue(said(profile("compute.pue", "!!str")).get(0).contains(ProfileCode.EMPTY_NUMBER.id()));
    }

    @Example
    void a_core_tag_that_agrees_with_its_value_reads_as_the_value_without_it() {
        String[][] same = {{"!!float 1.3", "1.3"}, {"!!float \"1.3\"", "1.3"}, {"!<tag:yaml.org,2002:float> 1.3", "1.3"},
                {"!!float 1", "1"}, {"!!int \"2\"", "2"}, {"!!int 2", "2"}, {"!!str 1.5", "\"1.5\""}, {"!!bool true", "true"},
                {"!!bool \"false\"", "false"}, {"!!str ~", "\"~\""}};
        for (String[] s : same) {
            assertEquals(said(profile("compute.pue", s[1])), said(profile("compute.pue", s[0])), s[0]);
            assertEquals(said(profile("inference.openai_compatible_api", s[1])),
                    said(profile("inference.openai_compatible_api", s[0])), s[0]);
        }
        assertEquals(List.of(), said(profile("compute.pue", "!!float 1.3")));
    }

    @Example
    void a_core_tag_that_says_otherwise_is_refused_at_the_value_in_english_and_chinese() {
        String[][] refused = {{"!!int abc", "'abc' is tagged !!int, but it is not a whole number"},
                {"!!int 1.5", "'1.5' is tagged !!int, but it is not a whole number"},
                {"!!float abc", "'abc' is tagged !!float, but it is not a number"},
                {"!!null 0", "'0' is tagged !!null, but it is not null"},
                {"!!bool maybe", "'maybe' is tagged !!bool, but it is not true or false"},
                {"!!str {a: 1}", "a map is tagged !!str, but it is not text"},
                {"!!int [1]", "a list is tagged !!int, but it is not a whole number"},
                {"!!map 1", "'1' is tagged !!map, but it is not a map"},
                {"!!seq {a: 1}", "a map is tagged !!seq, but it is not a list"}};
        for (String[] r : refused) {
            List<String> out = said(profile("compute.pue", r[0]));
            assertEquals(1, out.size(), r[0] + ": " + out);
            assertTrue(out.get(0).startsWith("ERROR " + ProfileCode.TAG_DISAGREES.id() + " line 5 [compute.pue] " + r[1]),
                    r[0] + ": " + out);
            assertTrue(out.get(0).contains("带有标签 " + r[0].split(" ")[0]), out.get(0));
        }
        // Located at the value, where its tag starts.
        Problems p = new Problems();
        Profiles.read(profile("compute.pue", "!!int abc"), p);
        assertEquals(8, p.all().get(0).location().column());
    }

    @Example
    void a_key_that_is_an_alias_a_list_or_a_map_is_named_for_what_it_is_at_the_key() {
        Problems alias = new Problems();
        Profiles.read("cca: center-profile/v1\nid: t\nname: &x T\ncompute:\n  *x : 1\n", alias);
        Diagnostic a = alias.all().get(0);
        assertEquals(ProfileCode.ALIAS_KEY, a.code());
        assertEquals(List.of(5, 3), List.of(a.location().line(), a.location().column()));
        assertEquals("a key that is an alias (*x) is not read: keys are written out; write the key itself where *x is",
                a.message("en"));
        assertTrue(a.message("zh").startsWith("别名（*x）作键无法读取"), a.message("zh"));
        Object[][] complex = {{"? [a, b]\n: 1\n", 3, "a key that is a list ('? [a, b]')", "列表（"},
                {"{a: 1}: 2\n", 1, "a key that is a map ('{a: 1}: 2' or '? {a: 1}')", "映射（"},
                {"? {a: 1}\n: 2\n", 3, "a key that is a map", "映射（"}};
        for (Object[] c : complex) {
            Problems p = new Problems();
            Profiles.read("cca: center-profile/v1\nid: t\nname: x\n" + c[0], p);
            Diagnostic d = p.all().get(0);
            assertEquals(FileCode.COMPLEX_KEY, d.code(), p.all().toString());
            assertEquals(List.of(4, c[1]), List.of(d.location().line(), d.location().column()), d.toString());
            assertTrue(d.message("en").startsWith((String) c[2]) && d.message("en").endsWith("is not read: keys are text"),
                    d.message("en"));
            assertTrue(d.message("zh").startsWith((String) c[3]), d.message("zh"));
        }
    }

    /** YAML values with tags, anchors and aliases in every place, keys included. */
    @Provide
    Arbitrary<String> tagged() {
        Arbitrary<String> tag = Arbitraries.of("", "!!null ", "!!bool ", "!!int ", "!!float ", "!!str ", "!!map ", "!!seq ",
                "!!binary ", "!!timestamp ", "!custom ", "! ", "!<tag:yaml.org,2002:int> ", "!!python/object:x.Y ", "&a ",
                "&b !!int ");
        Arbitrary<String> scalar = Arbitraries.of("", "~", "null", "1.3", "8", "-", "+", "0x1F", "1_000", "08", ".inf",
                "true", "y", "abc", "\"\"", "''", "\"8\"", "2025-10-01", "1:30", "aGk=", "*a", "*b", "*zz", "{a: 1}",
                "[1, 2]", "{}", "[]");
        Arbitrary<String> key = Arbitraries.of("pue", "*a", "*b", "!!str pue", "!!int 5", "!!null ~", "? [a, b]", "{a: 1}",
                "\"pue\"", "&a pue", "&b storage_pb", "~", "");
        Arbitrary<String> entry = Combinators.combine(key, tag, scalar).as((k, t, v) -> "  " + k + ": " + t + v);
        return entry.list().ofMinSize(1).ofMaxSize(5).map(l -> "cca: center-profile/v1\nid: t\nname: &a T\ncompute:\n"
                + String.join("\n", l) + "\n");
    }

    @Property(tries = 600)
    void no_yaml_with_tags_or_alias_keys_ends_in_an_internal_error(@ForAll("tagged") String yaml) {
        Problems problems = new Problems();
        Profiles.read(yaml, problems);
        for (Diagnostic d : problems.all()) {
            String en = d.message("en");
            assertFalse(d.code() == FileCode.UNEXPECTED || d.code() == FileCode.UNEXPECTED_MAP
                    || d.code() == FileCode.CANNOT_READ_DOCUMENT, yaml + "\n" + d);
            for (String internal : new String[] {"Exception", "Event(", "snakeyaml", "jackson", "VALUE_", "Expected a field name"}) {
                assertFalse(en.contains(internal), internal + " in " + d + "\n" + yaml);
            }
        }
    }
}
