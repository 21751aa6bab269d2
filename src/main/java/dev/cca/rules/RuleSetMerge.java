package dev.cca.rules;

import dev.cca.input.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code extends:} — a rule set written as the differences from another. The override's tree is merged into
 * the base's before the rule set is read, so an extended rule set is checked exactly as a whole one is:
 *
 * <ul>
 *   <li>maps merge key by key; a key the override sets to {@code null} (or {@code ~}) is removed;</li>
 *   <li>lists of maps with an identifying field (grades by {@code grade}, tables, caps and scenarios by
 *       {@code id}, a table column by {@code indicator}, an indicator's metrics by {@code metric}, fit rules
 *       by {@code scenario} and their levels by {@code fit}, reference lists by {@code id}, anchors by
 *       {@code value}) merge item by item; a new item is appended, and an item with {@code remove: true} is
 *       dropped;</li>
 *   <li>every other value, and a curve whose {@code kind} changes, is replaced whole.</li>
 * </ul>
 *
 * Nodes keep their identity, so each still knows the file and line it was written at (the provenance that
 * {@code cca rules show} prints and every problem's location).
 */
final class RuleSetMerge {

    private final Map<Object, String> origins;

    private RuleSetMerge(Map<Object, String> origins) {
        this.origins = origins;
    }

    /** @param origins the file of every node of both trees; entries of the merged maps are added to it */
    static Node.MapNode merge(Node.MapNode base, Node.MapNode override, Map<Object, String> origins) {
        return new RuleSetMerge(origins).map(base, override, "");
    }

    private Node.MapNode map(Node.MapNode base, Node.MapNode over, String key) {
        boolean replaceCurve = key.equals("curve") && over.get("kind") instanceof Node.ScalarNode ok
                && !(base.get("kind") instanceof Node.ScalarNode bk && bk.text().equals(ok.text()));
        if (replaceCurve) {
            return over;
        }
        Node.MapNode out = new Node.MapNode(over.line(), over.column());
        origins.put(out, origins.get(over));
        for (Node.Entry e : base.entries()) {
            Node.Entry o = over.entry(e.key());
            if (o == null) {
                put(out, e, e.value());
            } else if (!isNull(o.value())) {
                put(out, o, value(e.value(), o.value(), e.key()));
            }
        }
        for (Node.Entry o : over.entries()) {
            if (base.entry(o.key()) == null && !o.key().equals("extends") && !isNull(o.value())) {
                put(out, o, o.value());
            }
        }
        return out;
    }

    private void put(Node.MapNode out, Node.Entry from, Node value) {
        out.put(from.key(), from.line(), from.column(), value);
        origins.put(out.entry(from.key()), origins.get(from));
    }

    private Node value(Node base, Node over, String key) {
        if (base instanceof Node.MapNode bm && over instanceof Node.MapNode om) {
            return map(bm, om, key);
        }
        if (base instanceof Node.ListNode bl && over instanceof Node.ListNode ol) {
            String field = identity(key, bl, ol);
            if (field != null) {
                return list(bl, ol, field);
            }
        }
        return over;
    }

    /** The field that identifies the items of a list under {@code key}, or null for a list replaced whole. */
    private static String identity(String key, Node.ListNode a, Node.ListNode b) {
        String field = RuleSource.LIST_KEYS.get(key);
        if (field == null) {
            // A table's scenario column: items name their indicator. A reference list: items have an id.
            field = allHave(a, "indicator") && allHave(b, "indicator") ? "indicator"
                    : allHave(a, "id") && allHave(b, "id") ? "id" : null;
        }
        return field != null && allHave(a, field) && allHave(b, field) ? field : null;
    }

    private static boolean allHave(Node.ListNode l, String field) {
        for (Node n : l.items()) {
            if (!(n instanceof Node.MapNode m && m.get(field) instanceof Node.ScalarNode)) {
                return false;
            }
        }
        return true;
    }

    private Node.ListNode list(Node.ListNode base, Node.ListNode over, String field) {
        Node.ListNode out = new Node.ListNode(over.line(), over.column());
        origins.put(out, origins.get(over));
        List<Node> overItems = new ArrayList<>(over.items());
        for (Node b : base.items()) {
            String id = idOf(b, field);
            Node match = null;
            for (Node o : overItems) {
                if (RuleSource.sameValue(idOf(o, field), id)) {
                    match = o;
                    break;
                }
            }
            if (match == null) {
                out.add(b);
                continue;
            }
            overItems.remove(match);
            if (!removes(match)) {
                out.add(map((Node.MapNode) b, withoutRemove((Node.MapNode) match), field));
            }
        }
        for (Node o : overItems) {
            if (!removes(o)) {
                out.add(withoutRemove((Node.MapNode) o));
            }
        }
        return out;
    }

    private static String idOf(Node n, String field) {
        return ((Node.ScalarNode) ((Node.MapNode) n).get(field)).text();
    }

    private static boolean removes(Node n) {
        return n instanceof Node.MapNode m && m.get("remove") instanceof Node.ScalarNode s && s.text().equals("true");
    }

    private Node.MapNode withoutRemove(Node.MapNode m) {
        if (m.get("remove") == null) {
            return m;
        }
        Node.MapNode out = new Node.MapNode(m.line(), m.column());
        origins.put(out, origins.get(m));
        for (Node.Entry e : m.entries()) {
            if (!e.key().equals("remove")) {
                put(out, e, e.value());
            }
        }
        return out;
    }

    private static boolean isNull(Node n) {
        return n instanceof Node.ScalarNode s && s.isNull();
    }
}
