package dev.cca.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cca.input.Node;
import dev.cca.input.PreparedTree;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any located tree survives the prepared form: kinds, texts (any well-formed Unicode), lines and columns of values
 * and keys; a text that UTF-8 cannot carry (a lone surrogate) is refused when written, never changed.
 */
class PreparedTreeProperties {

    @Property(tries = 300)
    void a_tree_read_back_is_the_tree_written(@ForAll("trees") Node tree, @ForAll("texts") String sha) {
        PreparedTree.Tree back = PreparedTree.read(PreparedTree.write(sha, tree));
        assertEquals(dump(tree), dump(back.root()));
        assertEquals(sha, back.sha256());
    }

    @net.jqwik.api.Example
    void a_lone_surrogate_is_refused_when_written() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PreparedTree.write("x", new Node.ScalarNode(1, 1, "a\ud800", Node.ScalarKind.STRING)));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMaxLength(20),
                Arbitraries.of("", "weight", "cite", "0.5", "true", "~", "😀算力", "a\nb"),
                Arbitraries.strings().withCharRange('\u0000', '\ud7ff').ofMaxLength(300));
    }

    private Arbitrary<Integer> positions() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, Integer.MAX_VALUE));
    }

    @Provide
    Arbitrary<Node> trees() {
        return node(4);
    }

    private Arbitrary<Node> node(int depth) {
        Arbitrary<Node> scalar = Combinators.combine(positions(), positions(), texts(),
                Arbitraries.of(Node.ScalarKind.class)).as((l, c, t, k) -> new Node.ScalarNode(l, c, t, k));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Node> child = Arbitraries.lazy(() -> node(depth - 1));
        Arbitrary<Node> list = Combinators.combine(positions(), positions(), child.list().ofMaxSize(5)).as((l, c, items) -> {
            Node.ListNode n = new Node.ListNode(l, c);
            items.forEach(n::add);
            return n;
        });
        Arbitrary<Node> map = Combinators.combine(positions(), positions(),
                Combinators.combine(texts(), positions(), positions(), child).as(List::<Object>of).list().ofMaxSize(15))
                .as((l, c, entries) -> {
                    Node.MapNode n = new Node.MapNode(l, c);
                    for (List<Object> e : entries) {
                        n.put((String) e.get(0), (Integer) e.get(1), (Integer) e.get(2), (Node) e.get(3));
                    }
                    return n;
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, scalar), net.jqwik.api.Tuple.of(1, list),
                net.jqwik.api.Tuple.of(1, map));
    }

    /** Every node as one line: kind, position, text; map entries with their key and its position; nested by indent. */
    static String dump(Node n) {
        StringBuilder sb = new StringBuilder();
        dump(n, "", sb);
        return sb.toString();
    }

    private static void dump(Node n, String indent, StringBuilder sb) {
        sb.append(indent).append(n.line()).append(':').append(n.column()).append(' ');
        if (n instanceof Node.MapNode m) {
            sb.append("map ").append(m.size()).append('\n');
            for (Node.Entry e : m.entries()) {
                sb.append(indent).append("  key ").append(e.line()).append(':').append(e.column()).append(' ')
                        .append(quote(e.key())).append('\n');
                dump(e.value(), indent + "    ", sb);
            }
        } else if (n instanceof Node.ListNode l) {
            sb.append("list ").append(l.size()).append('\n');
            for (Node i : l.items()) {
                dump(i, indent + "  ", sb);
            }
        } else {
            Node.ScalarNode s = (Node.ScalarNode) n;
            sb.append(s.kind()).append(' ').append(quote(s.text())).append('\n');
        }
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate((char) c)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append('"').toString();
    }
}
