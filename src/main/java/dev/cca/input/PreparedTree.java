package dev.cca.input;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A located {@link Node} tree in a compact binary form, written at build time from a parsed YAML file and read
 * back in a fraction of the parse: the default rule set is read this way on every run, and parsing its YAML
 * (SnakeYAML, cold, some 1,500 lines) with the hash of its text was half of a short command's work. The YAML stays
 * the source of truth; the tree read back is the parse's exactly (kinds, texts, lines and columns of every value
 * and key), which a test checks against the YAML on every build.
 *
 * <pre>
 *   "CCAT1" sha256-string  string-table  node
 *   string-table: count, then each string as length-prefixed UTF-8 (keys and repeated texts once)
 *   node: tag (0 map, 1 list, 2+kind scalar), line, column, then
 *         map: count, each entry: key string, key line, key column, node
 *         list: count, each node        scalar: text string (index into the table)
 * </pre>
 *
 * Integers are unsigned LEB128 varints. The reader trusts its input (it only reads what the build wrote).
 */
public final class PreparedTree {

    private static final byte[] MAGIC = {'C', 'C', 'A', 'T', '1'};
    private static final Node.ScalarKind[] KINDS = Node.ScalarKind.values();

    /** A tree with the hash of the text it was parsed from. */
    public record Tree(String sha256, Node root) {
    }

    private PreparedTree() {
    }

    // ---- writing (build time) ---------------------------------------------------------------------------------

    public static byte[] write(String sha256, Node root) {
        Map<String, Integer> index = new HashMap<>();
        List<String> table = new ArrayList<>();
        strings(root, index, table);
        Out out = new Out();
        out.bytes.write(MAGIC, 0, MAGIC.length);
        out.string(sha256);
        out.varint(table.size());
        for (String s : table) {
            out.string(s);
        }
        node(root, index, out);
        return out.bytes.toByteArray();
    }

    private static void strings(Node n, Map<String, Integer> index, List<String> table) {
        if (n instanceof Node.MapNode m) {
            for (Node.Entry e : m.entries()) {
                intern(e.key(), index, table);
                strings(e.value(), index, table);
            }
        } else if (n instanceof Node.ListNode l) {
            for (Node i : l.items()) {
                strings(i, index, table);
            }
        } else if (n instanceof Node.ScalarNode s) {
            intern(s.text(), index, table);
        }
    }

    private static void intern(String s, Map<String, Integer> index, List<String> table) {
        if (!index.containsKey(s)) {
            index.put(s, table.size());
            table.add(s);
        }
    }

    private static void node(Node n, Map<String, Integer> index, Out out) {
        if (n instanceof Node.MapNode m) {
            out.varint(0);
            out.varint(m.line());
            out.varint(m.column());
            out.varint(m.size());
            for (Node.Entry e : m.entries()) {
                out.varint(index.get(e.key()));
                out.varint(e.line());
                out.varint(e.column());
                node(e.value(), index, out);
            }
        } else if (n instanceof Node.ListNode l) {
            out.varint(1);
            out.varint(l.line());
            out.varint(l.column());
            out.varint(l.size());
            for (Node i : l.items()) {
                node(i, index, out);
            }
        } else {
            Node.ScalarNode s = (Node.ScalarNode) n;
            out.varint(2 + s.kind().ordinal());
            out.varint(s.line());
            out.varint(s.column());
            out.varint(index.get(s.text()));
        }
    }

    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);

        void varint(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative: " + v);
            }
            while ((v & ~0x7F) != 0) {
                bytes.write((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes.write(v);
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (!new String(b, StandardCharsets.UTF_8).equals(s)) {
                throw new IllegalArgumentException("a text UTF-8 cannot carry (a lone surrogate): " + s);
            }
            varint(b.length);
            bytes.write(b, 0, b.length);
        }
    }

    // ---- reading (every run) ----------------------------------------------------------------------------------

    /** Reads a tree written by {@link #write}; an error when the bytes are not one. */
    public static Tree read(byte[] data) {
        In in = new In(data);
        for (byte b : MAGIC) {
            if (in.pos >= data.length || data[in.pos++] != b) {
                throw new IllegalArgumentException("not a prepared tree");
            }
        }
        String sha = in.string();
        String[] table = new String[in.varint()];
        for (int i = 0; i < table.length; i++) {
            table[i] = in.string();
        }
        Node root = in.node(table);
        if (in.pos != data.length) {
            throw new IllegalArgumentException("trailing bytes after the prepared tree");
        }
        return new Tree(sha, root);
    }

    private static final class In {
        final byte[] data;
        int pos;

        In(byte[] data) {
            this.data = data;
        }

        int varint() {
            int v = 0;
            int shift = 0;
            while (true) {
                byte b = data[pos++];
                v |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        String string() {
            int n = varint();
            String s = new String(data, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        Node node(String[] table) {
            int tag = varint();
            int line = varint();
            int column = varint();
            switch (tag) {
                case 0 -> {
                    Node.MapNode m = new Node.MapNode(line, column);
                    int n = varint();
                    for (int i = 0; i < n; i++) {
                        String key = table[varint()];
                        int kl = varint();
                        int kc = varint();
                        m.put(key, kl, kc, node(table));
                    }
                    return m;
                }
                case 1 -> {
                    Node.ListNode l = new Node.ListNode(line, column);
                    int n = varint();
                    for (int i = 0; i < n; i++) {
                        l.add(node(table));
                    }
                    return l;
                }
                default -> {
                    return new Node.ScalarNode(line, column, table[varint()], KINDS[tag - 2]);
                }
            }
        }
    }
}
