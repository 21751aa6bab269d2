package dev.cca.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import java.io.IOException;
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
    private final Limits limits;
    private final Problems problems;
    private final Map<String, Node> anchors = new HashMap<>();
    /** Keys and list indexes down to the current value; turned into text only for a message. */
    private final List<Object> path = new ArrayList<>();
    private final boolean yaml;
    private long aliasExpansion;

    TreeBuilder(JsonParser parser, String file, int lineOffset, Limits limits, Problems problems) {
        this.parser = parser;
        this.file = file;
        this.lineOffset = lineOffset;
        this.limits = limits;
        this.problems = problems;
        this.yaml = parser instanceof YAMLParser;
    }

    /** Builds the value whose first token is current. */
    Node build() throws IOException {
        return value(0);
    }

    private Node value(int depth) throws IOException {
        JsonToken t = parser.currentToken();
        JsonLocation loc = parser.currentTokenLocation();
        int line = loc.getLineNr() + lineOffset;
        int col = loc.getColumnNr();
        String anchor = yaml && t != JsonToken.FIELD_NAME ? ((YAMLParser) parser).getObjectId() : null;
        Node node;
        switch (t) {
            case START_OBJECT -> node = map(line, col, depth);
            case START_ARRAY -> node = list(line, col, depth);
            case VALUE_STRING -> {
                if (yaml && ((YAMLParser) parser).isCurrentAlias()) {
                    return alias(parser.getText(), line, col);
                }
                node = scalar(line, col, Node.ScalarKind.STRING);
            }
            case VALUE_NUMBER_INT -> node = scalar(line, col, Node.ScalarKind.INTEGER);
            case VALUE_NUMBER_FLOAT -> node = scalar(line, col, Node.ScalarKind.FLOAT);
            case VALUE_TRUE, VALUE_FALSE -> node = scalar(line, col, Node.ScalarKind.BOOLEAN);
            case VALUE_NULL -> node = new Node.ScalarNode(line, col, parser.getText(), Node.ScalarKind.NULL);
            default -> {
                problems.error(at(line, col), "unexpected " + t);
                throw new LimitExceeded();
            }
        }
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private Node.ScalarNode scalar(int line, int col, Node.ScalarKind kind) throws IOException {
        String text = parser.getText();
        if (text.length() > limits.maxStringLength()) {
            problems.error(at(line, col), "a value of " + text.length() + " characters is over the "
                    + limits.maxStringLength() + "-character limit; raise it with --max-string-length");
            throw new LimitExceeded();
        }
        return new Node.ScalarNode(line, col, text, kind);
    }

    private Node map(int line, int col, int depth) throws IOException {
        checkDepth(line, col, depth);
        Node.MapNode m = new Node.MapNode(line, col);
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation kl = parser.currentTokenLocation();
            int kline = kl.getLineNr() + lineOffset;
            int kcol = kl.getColumnNr();
            if (key.length() > limits.maxStringLength()) {
                problems.error(at(kline, kcol), "a key of " + key.length() + " characters is over the "
                        + limits.maxStringLength() + "-character limit");
                throw new LimitExceeded();
            }
            parser.nextToken();
            path.add(key);
            Node v = value(depth + 1);
            path.remove(path.size() - 1);
            Node.Entry first = m.put(key, kline, kcol, v);
            if (first != null) {
                problems.error(at(kline, kcol).withPath(pathWith(key)), "duplicate key '" + key
                        + "' (first at line " + first.line() + "); remove one: which value should count is ambiguous");
            }
        }
        if (t != JsonToken.END_OBJECT) {
            problems.error(at(line, col), "unexpected " + t + " in a map");
            throw new LimitExceeded();
        }
        return m;
    }

    private Node list(int line, int col, int depth) throws IOException {
        checkDepth(line, col, depth);
        Node.ListNode l = new Node.ListNode(line, col);
        JsonToken t;
        int i = 0;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                problems.error(at(line, col), "unterminated list");
                throw new LimitExceeded();
            }
            path.add(i++);
            Node v = value(depth + 1);
            path.remove(path.size() - 1);
            l.add(v);
        }
        return l;
    }

    private Node alias(String name, int line, int col) {
        Node target = anchors.get(name);
        if (target == null) {
            problems.error(at(line, col), "alias *" + name + " refers to no anchor &" + name + " before it");
            throw new LimitExceeded();
        }
        aliasExpansion += sizeOf(target, limits.maxAliasNodes() - aliasExpansion + 1);
        if (aliasExpansion > limits.maxAliasNodes()) {
            problems.error(at(line, col), "YAML aliases expand to more than " + limits.maxAliasNodes()
                    + " values (an alias bomb?); a profile never needs that many");
            throw new LimitExceeded();
        }
        return target;
    }

    /**
     * The values a node stands for, counting what its own aliases expand to, and giving up once past {@code cap}.
     * Counted only when an alias is met (rare), so ordinary documents pay nothing for the alias-bomb check.
     */
    private static long sizeOf(Node n, long cap) {
        long size = 1;
        if (n instanceof Node.MapNode m) {
            for (Node.Entry e : m.entries()) {
                size += sizeOf(e.value(), cap - size);
                if (size > cap) {
                    return size;
                }
            }
        } else if (n instanceof Node.ListNode l) {
            for (Node item : l.items()) {
                size += sizeOf(item, cap - size);
                if (size > cap) {
                    return size;
                }
            }
        }
        return size;
    }

    private void checkDepth(int line, int col, int depth) {
        if (depth >= limits.maxDepth()) {
            problems.error(at(line, col), "values are nested more than " + limits.maxDepth()
                    + " levels deep; raise the limit with --max-depth");
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
