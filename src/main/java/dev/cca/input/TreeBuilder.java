package dev.cca.input;

import dev.cca.diag.FileCode;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Node} tree from a Jackson token stream (YAML or JSON), enforcing the limits on the way:
 * nesting depth, scalar length and the size that YAML aliases expand to (a "billion laughs" document is
 * refused before anything walks it). Duplicate keys are errors: with the second value silently winning, a
 * typo-free file could still change a score unnoticed.
 */
final class TreeBuilder {

    /** Thrown to abandon a document when a limit is hit; the problem is already recorded. */
    static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitExceeded() {
            super(null, null, false, false);
        }
    }

    private final JsonParser parser;
    private final String file;
    private final int lineOffset;
    /** Added to the columns of the text's first line (an element that starts mid-line in its file). */
    private final int columnOffset;
    private final Limits limits;
    private final Problems problems;
    private final Map<String, Node> anchors = new HashMap<>();
    /** Keys and list indexes down to the current value; turned into text only for a message. */
    private final List<Object> path = new ArrayList<>();
    private final boolean yaml;
    private long aliasExpansion;
    /** Elements of one list that are kept; the rest are parsed (so a syntax error is still found) and dropped. */
    private int maxListElements = Integer.MAX_VALUE;

    TreeBuilder(JsonParser parser, String file, int lineOffset, Limits limits, Problems problems) {
        this(parser, file, lineOffset, 0, limits, problems);
    }

    TreeBuilder(JsonParser parser, String file, int lineOffset, int columnOffset, Limits limits, Problems problems) {
        this.columnOffset = columnOffset;
        this.parser = parser;
        this.file = file;
        this.lineOffset = lineOffset;
        this.limits = limits;
        this.problems = problems;
        this.yaml = parser instanceof YAMLParser;
    }

    /**
     * Keeps at most {@code n} elements of each list; the others are read past without building them. A benchmark
     * tool's result can hold a value per request and token ({@code vllm bench serve --save-detailed}: tens of
     * millions of numbers), which no reader uses, and whose tree would take twenty times the file's size.
     */
    TreeBuilder keepingListElements(int n) {
        this.maxListElements = n;
        return this;
    }

    /** A map or list being built, with what its next value needs. */
    private static final class Open {
        final Node node;
        final String anchor;
        String key;
        int keyLine;
        int keyColumn;
        /** A list's next element's index; a map's keys so far. */
        int index;

        Open(Node node, String anchor) {
            this.node = node;
            this.anchor = anchor;
        }
    }

    /**
     * Builds the value whose first token is current. The walk keeps its own stack of open maps and lists instead
     * of recursing, so that no nesting, whatever {@code --max-depth} allows, can overflow the thread's stack.
     */
    /** Whether the root map's {@code id} was written twice (then the record's id is ambiguous). */
    private boolean idDuplicated;

    Node build() throws IOException {
        ArrayDeque<Open> open = new ArrayDeque<>();
        JsonToken t = parser.currentToken();
        while (true) {
            // At the first token of a value: a scalar or alias is complete at once, a map or list is opened.
            JsonLocation loc = parser.currentTokenLocation();
            int line = loc.getLineNr() + lineOffset;
            int col = loc.getColumnNr() + (loc.getLineNr() == 1 ? columnOffset : 0);
            String anchor = yaml ? ((YAMLParser) parser).getObjectId() : null;
            Node done;
            switch (t) {
                case START_OBJECT, START_ARRAY -> {
                    checkDepth(line, col, open.size());
                    open.push(new Open(t == JsonToken.START_OBJECT ? new Node.MapNode(line, col) : new Node.ListNode(line, col), anchor));
                    done = null;
                }
                case VALUE_STRING -> done = yaml && ((YAMLParser) parser).isCurrentAlias()
                        ? alias(parser.getText(), line, col) : named(scalar(line, col, Node.ScalarKind.STRING), anchor);
                case VALUE_NUMBER_INT -> done = named(scalar(line, col, Node.ScalarKind.INTEGER), anchor);
                case VALUE_NUMBER_FLOAT -> done = named(scalar(line, col, Node.ScalarKind.FLOAT), anchor);
                case VALUE_TRUE, VALUE_FALSE -> done = named(scalar(line, col, Node.ScalarKind.BOOLEAN), anchor);
                case VALUE_NULL -> done = named(new Node.ScalarNode(line, col, parser.getText(), Node.ScalarKind.NULL), anchor);
                case VALUE_EMBEDDED_OBJECT -> {
                    // Jackson's YAML parser decodes a !!binary value into bytes; no key takes bytes.
                    problems.error(at(line, col), FileCode.BINARY_VALUE);
                    throw new LimitExceeded();
                }
                default -> {
                    problems.error(at(line, col), FileCode.UNEXPECTED, t);
                    throw new LimitExceeded();
                }
            }
            String tag = yaml ? AnchoredYamlFactory.disagreeingTag(parser) : null;
            if (tag != null) {
                tagDisagrees(tag, t, line, col);
            }
            // Hand complete values to their parents, closing every map and list that ends here, until one needs
            // another value (then its token is current) or the root is complete.
            while (true) {
                if (done != null) {
                    if (open.isEmpty()) {
                        return done;
                    }
                    attach(open.peek(), done);
                }
                Open top = open.peek();
                t = parser.nextToken();
                if (top.node instanceof Node.MapNode) {
                    if (t == JsonToken.FIELD_NAME) {
                        if (top.index++ >= limits.maxElements()) {
                            tooMany(top, FileCode.MAP_MORE_KEYS);
                        }
                        key(top);
                        t = parser.nextToken();
                        break;
                    }
                    if (t != JsonToken.END_OBJECT) {
                        problems.error(at(top.node.line(), top.node.column()), FileCode.UNEXPECTED_MAP, t);
                        throw new LimitExceeded();
                    }
                } else {
                    if (t == null) {
                        problems.error(at(top.node.line(), top.node.column()), FileCode.UNTERMINATED_LIST);
                        throw new LimitExceeded();
                    }
                    if (t != JsonToken.END_ARRAY) {
                        if (top.index >= maxListElements) {
                            parser.skipChildren(); // a scalar stays put; a map or list is read to its end
                            done = null;
                            continue;
                        }
                        if (top.index >= limits.maxElements()) {
                            tooMany(top, FileCode.LIST_MORE_ELEMENTS);
                        }
                        path.add(top.index++);
                        break;
                    }
                }
                open.pop();
                done = named(top.node, top.anchor);
            }
        }
    }

    /**
     * A core-schema tag that says the value is of a type it is not ({@code !!int abc}, {@code !!str} on a map): an
     * error at the value, which names the tag and what it said; the rest of the document is still read.
     */
    private void tagDisagrees(String tag, JsonToken t, int line, int col) throws IOException {
        dev.cca.diag.Localized value = t == JsonToken.START_OBJECT ? dev.cca.diag.Localized.of("a map", "映射")
                : t == JsonToken.START_ARRAY ? dev.cca.diag.Localized.of("a list", "列表")
                : dev.cca.diag.Localized.of("'" + parser.getText() + "'", "“" + parser.getText() + "”");
        dev.cca.diag.Localized what = switch (tag) {
            case "!!null" -> dev.cca.diag.Localized.of("null (~, null or nothing)", "空值（~、null 或不写）");
            case "!!bool" -> dev.cca.diag.Localized.of("true or false", "布尔值（true 或 false）");
            case "!!int" -> dev.cca.diag.Localized.of("a whole number", "整数");
            case "!!float" -> dev.cca.diag.Localized.of("a number", "数字");
            case "!!map" -> dev.cca.diag.Localized.of("a map", "映射");
            case "!!seq" -> dev.cca.diag.Localized.of("a list", "列表");
            default -> dev.cca.diag.Localized.of("text", "文本");
        };
        problems.error(at(line, col).withPath(pathText()), dev.cca.diag.ProfileCode.TAG_DISAGREES, value, tag, what);
    }

    /** A map's next key: checked, remembered with its position, and pushed onto the path. */
    private void key(Open top) throws IOException {
        String key = parser.currentName();
        JsonLocation kl = parser.currentTokenLocation();
        top.keyLine = kl.getLineNr() + lineOffset;
        top.keyColumn = kl.getColumnNr() + (kl.getLineNr() == 1 ? columnOffset : 0);
        if (key.length() > limits.maxStringLength()) {
            problems.error(at(top.keyLine, top.keyColumn), FileCode.KEY_CHARACTERS_OVER_CHARACTER, key.length(), limits.maxStringLength());
            throw new LimitExceeded();
        }
        top.key = key;
        path.add(key);
    }

    /** Adds a complete value to the map or list it belongs to; a duplicate key is an error naming the first. */
    private void attach(Open parent, Node value) {
        path.remove(path.size() - 1);
        if (parent.node instanceof Node.MapNode m) {
            Node.Entry first = m.put(parent.key, parent.keyLine, parent.keyColumn, value);
            if (first != null) {
                if (path.isEmpty() && "id".equals(parent.key)) {
                    idDuplicated = true;
                }
                problems.error(at(parent.keyLine, parent.keyColumn).withPath(pathWith(parent.key)), FileCode.DUPLICATE_KEY_FIRST_LINE, parent.key, first.line());
            }
        } else {
            ((Node.ListNode) parent.node).add(value);
        }
    }

    /**
     * The id the root {@code root} (built by {@link #build()}, whole) gives itself: the text of its {@code id}, unless
     * that key is written twice; null when there is none. For a tree built with errors (duplicate keys), whose
     * {@code id} still says which center the record is.
     */
    String declaredId(Node root) {
        if (!idDuplicated && root instanceof Node.MapNode m && m.get("id") instanceof Node.ScalarNode s && !s.isNull()
                && !s.text().isBlank()) {
            return s.text().strip();
        }
        return null;
    }

    /** Registers a complete value under its YAML anchor, if it has one. */
    private Node named(Node node, String anchor) {
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private Node.ScalarNode scalar(int line, int col, Node.ScalarKind kind) throws IOException {
        String text = parser.getText();
        if (text.length() > limits.maxStringLength()) {
            problems.error(at(line, col), FileCode.VALUE_CHARACTERS_OVER_CHARACTER, text.length(), limits.maxStringLength());
            throw new LimitExceeded();
        }
        return new Node.ScalarNode(line, col, text, kind);
    }

    private Node alias(String name, int line, int col) {
        Node target = anchors.get(name);
        if (target == null) {
            problems.error(at(line, col), FileCode.ALIAS_REFERS_NO_ANCHOR, name);
            throw new LimitExceeded();
        }
        aliasExpansion += sizeOf(target, limits.maxAliasNodes() - aliasExpansion + 1);
        if (aliasExpansion > limits.maxAliasNodes()) {
            problems.error(at(line, col), FileCode.YAML_ALIASES_EXPAND_MORE, limits.maxAliasNodes());
            throw new LimitExceeded();
        }
        return target;
    }

    /**
     * The values a node stands for, counting what its own aliases expand to, and giving up once past {@code cap}.
     * Counted only when an alias is met (rare), so ordinary documents pay nothing for the alias-bomb check.
     */
    private static long sizeOf(Node n, long cap) {
        long size = 0;
        ArrayDeque<Node> todo = new ArrayDeque<>();
        todo.push(n);
        while (!todo.isEmpty() && size <= cap) {
            Node x = todo.pop();
            size++;
            if (x instanceof Node.MapNode m) {
                for (Node.Entry e : m.entries()) {
                    todo.push(e.value());
                }
            } else if (x instanceof Node.ListNode l) {
                for (Node item : l.items()) {
                    todo.push(item);
                }
            }
        }
        return size;
    }

    /**
     * Refuses the map or list {@code top} at its first key or element past {@link Limits#maxElements}: located
     * where it starts, with its path; nothing after it is read, so the time and the tree stay bounded by the limit.
     */
    private void tooMany(Open top, FileCode code) {
        problems.error(at(top.node.line(), top.node.column()).withPath(pathText()), code, limits.maxElements());
        throw new LimitExceeded();
    }

    private String pathText() {
        StringBuilder sb = new StringBuilder();
        for (Object p : path) {
            if (p instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                sb.append(sb.length() > 0 ? "." : "").append(p);
            }
        }
        return sb.toString();
    }

    private void checkDepth(int line, int col, int depth) {
        if (depth >= limits.maxDepth()) {
            problems.error(at(line, col), FileCode.VALUES_ARE_NESTED_MORE, limits.maxDepth());
            throw new LimitExceeded();
        }
    }

    private String pathWith(String key) {
        StringBuilder sb = new StringBuilder();
        for (Object p : path) {
            if (p instanceof Integer i) {
                sb.append('[').append(i).append(']');
                continue;
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(p);
        }
        if (sb.length() > 0) {
            sb.append('.');
        }
        return sb.append(key).toString();
    }

    private Location at(int line, int col) {
        return new Location(file, line, col, "");
    }
}
