package dev.cca.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON value that remembers where it was written. Every reader (YAML, JSON, JSON
 * Lines, CSV, XLSX) produces these trees, so one validator serves all input formats and every message
 * can point at a line and column.
 */
public abstract sealed class Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    private final int line;
    private final int column;

    Node(int line, int column) {
        this.line = line;
        this.column = column;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** What a message calls this kind of value: "a map", "a list", "a number". */
    public abstract String describe();

    /** {@link #describe} in the message's language. */
    public dev.cca.diag.Localized described() {
        String en = describe();
        String zh = switch (en) {
            case "a map" -> "映射";
            case "a list" -> "列表";
            case "text" -> "文本";
            case "a number" -> "数字";
            case "a boolean" -> "布尔值";
            default -> "空值";
        };
        return dev.cca.diag.Localized.of(en, zh);
    }

    /** A map entry with the position of its key. */
    public record Entry(String key, int line, int column, Node value) {
    }

    public static final class MapNode extends Node {
        /** Maps in profiles are small: a linear scan beats hashing until this many keys, then an index is built. */
        private static final int SCAN_LIMIT = 12;
        private final List<Entry> entries = new ArrayList<>(8);
        private Map<String, Entry> byKey;

        public MapNode(int line, int column) {
            super(line, column);
        }

        /** Adds an entry; returns the earlier entry of the same key (a duplicate), which is kept. */
        public Entry put(String key, int line, int column, Node value) {
            Entry old = entry(key);
            if (old != null) {
                return old;
            }
            Entry e = new Entry(key, line, column, value);
            entries.add(e);
            if (byKey != null) {
                byKey.put(key, e);
            } else if (entries.size() > SCAN_LIMIT) {
                byKey = new HashMap<>();
                for (Entry x : entries) {
                    byKey.put(x.key(), x);
                }
            }
            return null;
        }

        public List<Entry> entries() {
            return Collections.unmodifiableList(entries);
        }

        public Entry entry(String key) {
            if (byKey != null) {
                return byKey.get(key);
            }
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        public Node get(String key) {
            Entry e = entry(key);
            return e == null ? null : e.value();
        }

        public int size() {
            return entries.size();
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    public static final class ListNode extends Node {
        private final List<Node> items = new ArrayList<>(4);

        public ListNode(int line, int column) {
            super(line, column);
        }

        public void add(Node n) {
            items.add(n);
        }

        public List<Node> items() {
            return Collections.unmodifiableList(items);
        }

        public int size() {
            return items.size();
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** How the parser typed a scalar. {@code STRING} covers quoted text and plain text that is no other type. */
    public enum ScalarKind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    public static final class ScalarNode extends Node {
        private final String text;
        private final ScalarKind kind;

        public ScalarNode(int line, int column, String text, ScalarKind kind) {
            super(line, column);
            this.text = text;
            this.kind = kind;
        }

        /** The scalar exactly as written (without quotes): {@code yes} stays "yes", {@code 1_000} stays "1_000". */
        public String text() {
            return text;
        }

        public ScalarKind kind() {
            return kind;
        }

        public boolean isNull() {
            return kind == ScalarKind.NULL;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "text";
                case INTEGER, FLOAT -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "null";
            };
        }
    }
}
