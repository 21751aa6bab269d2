package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Problems;
import dev.cca.testing.Tabbed;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Tabs read as the separating white space YAML 1.2 takes them for ({@link SeparatingTabs}): a document cca read before
 * reads exactly as before (a tab inside a value is the value's own), one whose separators are tabs reads as it reads
 * with spaces, and no tab anywhere makes an internal error or an error without its place.
 */
class YamlTabsProperties {

    private static final List<String> SAMPLES = dev.cca.testing.Profiles.sampleTexts();
    private static final YamlReader READER = new YamlReader(Limits.DEFAULT);

    /** A tree as a text: every node's place, kind and value. */
    static String dump(Node n) {
        StringBuilder sb = new StringBuilder();
        dump(n, sb);
        return sb.toString();
    }

    private static void dump(Node n, StringBuilder sb) {
        sb.append(n.line()).append(':').append(n.column());
        if (n instanceof Node.MapNode m) {
            sb.append('{');
            for (Node.Entry e : m.entries()) {
                sb.append(e.key()).append('@').append(e.line()).append(':').append(e.column()).append('=');
                dump(e.value(), sb);
                sb.append(',');
            }
            sb.append('}');
        } else if (n instanceof Node.ListNode l) {
            sb.append('[');
            for (Node item : l.items()) {
                dump(item, sb);
                sb.append(',');
            }
            sb.append(']');
        } else if (n instanceof Node.ScalarNode s) {
            sb.append(s.kind()).append('<').append(s.text()).append('>');
        }
    }

    /** The one document of {@code text}, read with tabs between tokens as spaces or as written; its problems in {@code problems}. */
    private static Document read(String text, boolean asWritten, Problems problems) {
        SourceFile src = SourceFile.ofText("t.yaml", text);
        List<YamlReader.Chunk> chunks = YamlReader.split(text);
        assertEquals(1, chunks.size());
        return asWritten ? READER.parse(src, chunks.get(0), null, 0, problems) : READER.parse(src, chunks.get(0), 0, problems);
    }

    @Provide
    Arbitrary<String> withTabs() {
        Arbitrary<Integer> sample = Arbitraries.integers().between(0, SAMPLES.size() - 1);
        Arbitrary<List<Integer>> at = Arbitraries.integers().between(0, 100_000).list().ofMinSize(1).ofMaxSize(12);
        Arbitrary<List<String>> what = Arbitraries.of("\t", "\t\t", " \t", "\t ").list().ofMinSize(1).ofMaxSize(12);
        return Combinators.combine(sample, at, what).as((i, places, tabs) -> {
            StringBuilder sb = new StringBuilder(SAMPLES.get(i));
            List<Integer> sorted = places.stream().map(p -> p % (sb.length() + 1)).sorted(java.util.Comparator.reverseOrder()).toList();
            for (int k = 0; k < sorted.size(); k++) {
                sb.insert((int) sorted.get(k), tabs.get(k % tabs.size()));
            }
            return sb.toString();
        });
    }

    @Property(tries = 400)
    void a_document_read_before_reads_exactly_as_before_and_every_error_is_located(@ForAll("withTabs") String text) {
        Problems before = new Problems();
        Problems now = new Problems();
        Document was = read(text, true, before);
        Document is = read(text, false, now);
        if (!before.hasErrors() && was.root() != null) {
            assertFalse(now.hasErrors(), now.all().toString());
            assertEquals(dump(was.root()), dump(is.root()));
        }
        for (Diagnostic d : now.all()) {
            assertTrue(d.location().line() >= 1, d.toString());
            assertFalse(d.message("en").contains("Exception") || d.message("en").contains("null"), d.toString());
        }
    }

    @Property(tries = 300)
    void a_document_with_tabs_between_its_tokens_reads_as_it_reads_with_spaces(
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 9) int sample,
            @ForAll @Size(min = 1, max = 30) List<Boolean> tabs) {
        String text = SAMPLES.get(sample % SAMPLES.size());
        String tabbed = Tabbed.separators(text, tabs, new int[] {0});
        Problems reference = new Problems();
        Problems now = new Problems();
        Document spaces = read(text, true, reference);
        Document read = read(tabbed, false, now);
        assertFalse(now.hasErrors(), now.all().toString());
        assertEquals(dump(spaces.root()), dump(read.root()));
    }

    @Example
    void values_keep_their_tabs_and_tokens_are_separated_by_them() {
        Problems p = new Problems();
        Document d = read("a:\t\"x\ty\"\nb:\tx\ty\t# c\t d\nc:\t|\n  k:\tv\nd:\t!!str\t1\ne:\t&n\t[f,\t{g:\th}]\t\n", false, p);
        assertFalse(p.hasErrors(), p.all().toString());
        Node.MapNode m = (Node.MapNode) d.root();
        assertEquals("x\ty", ((Node.ScalarNode) m.get("a")).text());
        assertEquals("x\ty", ((Node.ScalarNode) m.get("b")).text());
        assertEquals("k:\tv\n", ((Node.ScalarNode) m.get("c")).text());
        assertEquals("1", ((Node.ScalarNode) m.get("d")).text());
        assertEquals(2, ((Node.ListNode) m.get("e")).size());
    }

    @Example
    void a_tab_as_indentation_or_before_a_nested_list_stays_an_error() {
        for (String text : List.of("a:\n\tb: 1\n", "-\t- a\n", "- \tb: 1\n", "? \tk\n: v\n")) {
            Problems p = new Problems();
            read(text, false, p);
            assertTrue(p.hasErrors(), text);
        }
    }

    @Example
    void a_syntax_error_on_a_line_with_a_separating_tab_does_not_blame_the_tab() {
        Problems p = new Problems();
        read("region: {province:\t浙江 x: y}\n", false, p);
        assertTrue(p.hasErrors());
        assertFalse(p.all().get(0).message("en").contains("tab"), p.all().toString());
        Problems q = new Problems();
        read("a:\n\t- b: [c\n", false, q);
        assertTrue(q.all().get(0).message("en").contains("tab"), q.all().toString());
    }
}
