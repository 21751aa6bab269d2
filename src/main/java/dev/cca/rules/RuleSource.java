package dev.cca.rules;

import dev.cca.diag.Location;
import dev.cca.input.Node;
import dev.cca.input.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The located text a rule set was loaded from: its YAML tree (for a rule set that {@code extends} another,
 * the base with the overrides merged in) and, for every node, the file it was written in. Problems, the
 * provenance that {@code cca rules show} prints and the findings of {@code cca rules lint} all point at
 * file, line and column through this.
 */
public final class RuleSource {

    /** Keys whose list items are maps merged and found by one of their fields, and the field. */
    static final Map<String, String> LIST_KEYS = Map.of("grades", "grade", "scenarios", "id", "tables", "id",
            "metrics", "metric", "caps", "id", "fit", "scenario", "levels", "fit", "anchors", "value");

    private final Node.MapNode root;
    private final String file;
    private final Map<Object, String> origins;
    private final List<SourceFile> sources;
    private final List<String> chain;
    private final String sha256;

    private RuleSource(Node.MapNode root, String file, Map<Object, String> origins, List<SourceFile> sources,
                       List<String> chain, String sha256) {
        this.root = root;
        this.file = file;
        this.origins = origins;
        this.sources = List.copyOf(sources);
        this.chain = List.copyOf(chain);
        this.sha256 = sha256;
    }

    /** A tree read from one file: every node belongs to it. */
    static RuleSource single(Node.MapNode root, SourceFile src, String sha256) {
        Map<Object, String> origins = new IdentityHashMap<>();
        claim(root, src.name(), origins);
        return new RuleSource(root, src.name(), origins, List.of(src), List.of(src.name()), sha256);
    }

    /** {@code own} (which says {@code extends}) merged into {@code base}. */
    static RuleSource extend(RuleSource own, RuleSource base, String sha256) {
        Map<Object, String> origins = new IdentityHashMap<>(base.origins);
        origins.putAll(own.origins);
        Node.MapNode merged = RuleSetMerge.merge(base.root, own.root, origins);
        List<SourceFile> sources = new ArrayList<>(own.sources);
        sources.addAll(base.sources);
        List<String> chain = new ArrayList<>(own.chain);
        chain.addAll(base.chain);
        return new RuleSource(merged, own.file, origins, sources, chain, sha256);
    }

    /** The SHA-256 of the text read: for an extended rule set, of its base's hash and its own text. */
    public String sha256() {
        return sha256;
    }

    /** True when the rule set is written as the differences from another. */
    public boolean extendsAnother() {
        return chain.size() > 1;
    }

    /** A node made while reading (a stand-in for a map key) belongs to the file of what it stands for. */
    void sameFile(Node made, Object of) {
        String f = origins.get(of);
        if (f != null) {
            origins.put(made, f);
        }
    }

    /** Marks every node and entry of {@code n} as written in {@code file}. */
    static void claim(Node n, String file, Map<Object, String> origins) {
        if (n == null) {
            return;
        }
        origins.put(n, file);
        if (n instanceof Node.MapNode m) {
            for (Node.Entry e : m.entries()) {
                origins.put(e, file);
                claim(e.value(), file, origins);
            }
        } else if (n instanceof Node.ListNode l) {
            for (Node i : l.items()) {
                claim(i, file, origins);
            }
        }
    }

    public Node.MapNode root() {
        return root;
    }

    /** The file named on the command line (the override, for a rule set that extends another). */
    public String file() {
        return file;
    }

    /** Every file read, the named one first, then what it extends. */
    public List<SourceFile> sources() {
        return sources;
    }

    /** The names of the files read, the named one first, then each base in turn. */
    public List<String> chain() {
        return chain;
    }

    public SourceFile source(String name) {
        for (SourceFile s : sources) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** The file a node (or map entry) was written in. */
    public String fileOf(Object nodeOrEntry) {
        String f = nodeOrEntry == null ? null : origins.get(nodeOrEntry);
        return f == null ? file : f;
    }

    public Location at(Node n, String path) {
        return n == null ? Location.file(file).withPath(path) : new Location(fileOf(n), n.line(), n.column(), path);
    }

    public Location at(Node.Entry e, String path) {
        return new Location(fileOf(e), e.line(), e.column(), path);
    }

    /** "scoring-rules/cca-default.yaml:245": where a value was written. */
    public String origin(Node n) {
        if (n == null) {
            return "";
        }
        return fileOf(n) + ":" + n.line();
    }

    /** Where the value at a path of steps (see {@link #find}) was written, or the empty string when it is absent. */
    public String originAt(String... steps) {
        return origin(find(steps));
    }

    /** Like {@link #originAt}, but for an absent value where its nearest enclosing entry was written. */
    public String originNear(String... steps) {
        return origin(nearest(steps));
    }

    /**
     * A section of the tree as {@code path = value} entries with where each was written, for sections that
     * readers of a rule set show as written (robustness, say): lists of scalars joined, list items named by
     * their identifying field.
     */
    public Map<String, String[]> flatten(String section) {
        Map<String, String[]> out = new java.util.LinkedHashMap<>();
        Node n = root.get(section);
        if (n != null) {
            flatten(section, n, out);
        }
        return out;
    }

    private void flatten(String path, Node n, Map<String, String[]> out) {
        if (n instanceof Node.MapNode m) {
            for (Node.Entry e : m.entries()) {
                flatten(path + "." + e.key(), e.value(), out);
            }
        } else if (n instanceof Node.ListNode l) {
            boolean scalars = l.items().stream().allMatch(i -> i instanceof Node.ScalarNode);
            if (scalars) {
                List<String> parts = new ArrayList<>();
                l.items().forEach(i -> parts.add(((Node.ScalarNode) i).text()));
                out.put(path, new String[] {"[" + String.join(", ", parts) + "]", origin(n)});
                return;
            }
            for (int i = 0; i < l.size(); i++) {
                Node item = l.items().get(i);
                String name = "[" + i + "]";
                if (item instanceof Node.MapNode im) {
                    for (String f : IDENTITY_FIELDS) {
                        if (im.get(f) instanceof Node.ScalarNode sn) {
                            name = "[" + sn.text() + "]";
                            break;
                        }
                    }
                }
                flatten(path + name, item, out);
            }
        } else if (n instanceof Node.ScalarNode sn) {
            out.put(path, new String[] {sn.text(), origin(n)});
        }
    }

    /**
     * The node at a path of steps: a map key, or in a list the item whose identifying field (id, grade,
     * indicator, metric, scenario, fit, value) has the step's value, or {@code [i]}. Null when absent.
     */
    public Node find(String... steps) {
        Node n = root;
        for (String s : steps) {
            n = step(n, s);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** Like {@link #find}, but the deepest node that exists on the way: a problem with a missing key points at its parent. */
    public Node nearest(String... steps) {
        Node n = root;
        for (String s : steps) {
            Node next = step(n, s);
            if (next == null) {
                return n;
            }
            n = next;
        }
        return n;
    }

    /** The key of a map entry on a path, so that a problem with a whole entry points at its name. */
    public Location keyAt(String path, String... steps) {
        if (steps.length == 0) {
            return Location.file(file).withPath(path);
        }
        String[] parent = new String[steps.length - 1];
        System.arraycopy(steps, 0, parent, 0, parent.length);
        Node p = find(parent);
        if (p instanceof Node.MapNode m && m.entry(steps[steps.length - 1]) != null) {
            return at(m.entry(steps[steps.length - 1]), path);
        }
        return at(nearest(steps), path);
    }

    private static Node step(Node n, String s) {
        if (n instanceof Node.MapNode m) {
            return m.get(s);
        }
        if (n instanceof Node.ListNode l) {
            if (s.startsWith("[") && s.endsWith("]")) {
                try {
                    int i = Integer.parseInt(s.substring(1, s.length() - 1));
                    return i >= 0 && i < l.size() ? l.items().get(i) : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            for (Node item : l.items()) {
                if (item instanceof Node.MapNode im) {
                    for (String f : IDENTITY_FIELDS) {
                        if (im.get(f) instanceof Node.ScalarNode sn && sameValue(sn.text(), s)) {
                            return item;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The fields that identify a list item, in the order tried. */
    private static final List<String> IDENTITY_FIELDS = Collections.unmodifiableList(new ArrayList<>(
            List.of("id", "indicator", "metric", "grade", "scenario", "fit", "value")));

    /** Identifiers compare as text; numbers (grades, anchor values) compare by value, so 5 finds "5.0". */
    static boolean sameValue(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Double.parseDouble(a) == Double.parseDouble(b);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
