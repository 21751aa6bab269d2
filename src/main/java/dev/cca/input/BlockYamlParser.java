package dev.cca.input;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserMinimalBase;
import com.fasterxml.jackson.core.io.ContentReference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The tokens of a YAML document written in the block style profiles are written in, read in one pass over its
 * characters, for the fast path ({@link StreamingProfileReader}): the same tokens, texts, types and positions (line and
 * column as SnakeYAML counts them) that Jackson's YAML parser gives for the same text, without SnakeYAML's scanner,
 * parser and events.
 *
 * <p>It reads a subset of YAML and nothing else: block mappings and block sequences (indented or not, and a mapping that
 * starts on a sequence item's line: {@code - vendor: x}), keys that are plain or quoted scalars on one line, values that
 * are plain, single-quoted or double-quoted scalars on one line (double quotes with the escapes {@code \\ \" \n \t \r \\uXXXX}
 * only), flow sequences and flow mappings on one line, nested or not, of such scalars ({@code [a, 'b']}, {@code []},
 * {@code {vendor: Huawei, count: 8}}, {@code {a: [1, 2], b: {}}}), empty values, comments,
 * blank lines and a leading {@code ---}. A plain scalar's type is resolved by SnakeYAML's own {@link Resolver} and told
 * as Jackson tells it (an integer in the plain decimal form only). {@link #scan} gives up, returning null, at the first
 * thing outside the subset, and the caller hands the whole document to the SnakeYAML path, so that whatever it says
 * about it stays what it says: anchors, aliases, tags, block scalars ({@code |}, {@code >}), a flow collection over
 * several lines or with a trailing comma, a flow mapping's key without a value or an empty value, a plain flow scalar
 * with a colon, a scalar over several lines, complex keys ({@code ?}), a tab, a carriage return, a byte-order mark, a character SnakeYAML
 * refuses or counts otherwise (controls, surrogates, the Unicode line separators), directives, {@code ...}, a second
 * {@code ---}, an integer in any other form ({@code 017}, {@code 0x1F}, {@code 1_000}, {@code +1}, {@code 1:30}), a
 * key longer than 1,000 characters, a line longer than the value limit, nesting deeper than the depth limit, and
 * every indentation that is not exactly that of an open mapping or sequence.
 *
 * <p>Every character is read once (a look at the next one or two aside): the time is linear in the text, and the
 * recursion is bounded by the depth limit.
 */
final class BlockYamlParser extends ParserMinimalBase {

    /** SnakeYAML's resolver of plain scalars, the one Jackson's parser asks (only read, so it may be shared). */
    private static final Resolver RESOLVER = new Resolver();

    /** Keys SnakeYAML takes as simple keys are at most 1,024 characters; stay well inside. */
    private static final int MAX_KEY = 1000;

    private final JsonToken[] kinds;
    private final String[] texts;
    private final int[] lines;
    private final int[] columns;
    private final int size;
    private int at = -1;
    private boolean closed;

    private BlockYamlParser(Scanner s) {
        this.kinds = s.kinds;
        this.texts = s.texts;
        this.lines = s.lines;
        this.columns = s.columns;
        this.size = s.size;
    }

    /**
     * A parser of the document {@code text}, its tokens read already; null when the text uses anything outside the
     * subset (or nests deeper than {@code maxDepth}).
     */
    static BlockYamlParser scan(CharSequence text, int maxDepth) {
        return scan(text, maxDepth, Integer.MAX_VALUE);
    }

    /**
     * As {@link #scan(CharSequence, int)}, and null too when a line is longer than {@code maxLine} characters: such a
     * line is left to the SnakeYAML path, which refuses a value, comment or run of blanks on it that is over the value
     * limit ({@link LinearStreamReader}); reading it here would accept the comment or blanks that path refuses.
     */
    static BlockYamlParser scan(CharSequence text, int maxDepth, int maxLine) {
        return scan(text, maxDepth, maxLine, Integer.MAX_VALUE);
    }

    /**
     * As {@link #scan(CharSequence, int, int)}, and null too when a mapping or sequence has more than {@code maxElements}
     * keys or elements: the SnakeYAML path refuses it where it starts ({@link Limits#maxElements}). A flow collection is
     * given up as soon as its line passes {@code maxLine} characters, not at the line's end, so a line of megabytes costs
     * this scanner no more than the limit.
     */
    static BlockYamlParser scan(CharSequence text, int maxDepth, int maxLine, int maxElements) {
        Scanner s = new Scanner(text, maxDepth, maxLine, maxElements);
        try {
            s.document();
            if (s.n - s.lineStart > maxLine) {
                throw GIVE_UP; // the last line, which no line break ends
            }
        } catch (GiveUp e) {
            return null;
        }
        return new BlockYamlParser(s);
    }

    /** Thrown to give a document up; no stack trace, it is not an error. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    /** The scanner proper: a cursor over the text and the tokens read so far. */
    private static final class Scanner {
        /** The text: a String, but for the test that counts the reads of its characters. */
        final CharSequence s;
        final int n;
        final int maxDepth;
        /** The longest line read here, in characters. */
        final int maxLine;
        /** The most keys of one mapping, or elements of one sequence, read here. */
        final int maxElements;
        /** The cursor, the (0-based) line it is on and where that line starts. */
        int pos;
        int line;
        int lineStart;
        /** Whether a {@code ---} may start the next content line (the document's first only). */
        boolean marker;
        /** After {@link #nextContent()}: the column of the content line the cursor is at, or -1 at the end. */
        int indent;

        JsonToken[] kinds = new JsonToken[64];
        String[] texts = new String[64];
        int[] lines = new int[64];
        int[] columns = new int[64];
        int size;

        /** A scalar just read by {@link #scalar}: its text, and whether a key's colon ended it. */
        String text;
        boolean quoted;
        boolean key;

        Scanner(CharSequence s, int maxDepth, int maxLine, int maxElements) {
            this.s = s;
            this.n = s.length();
            this.maxDepth = maxDepth;
            this.maxLine = maxLine;
            this.maxElements = maxElements;
        }

        void add(JsonToken kind, String text, int line, int column) {
            if (size == kinds.length) {
                int cap = size * 2;
                kinds = Arrays.copyOf(kinds, cap);
                texts = Arrays.copyOf(texts, cap);
                lines = Arrays.copyOf(lines, cap);
                columns = Arrays.copyOf(columns, cap);
            }
            kinds[size] = kind;
            texts[size] = text;
            lines[size] = line + 1;
            columns[size] = column + 1;
            size++;
        }

        /** Comments and blank lines, an optional {@code ---}, then a block mapping at column 0 and nothing after it. */
        void document() {
            marker = true;
            nextContent();
            marker = false;
            if (indent == 0 && starts(pos, "---") && (pos + 3 == n || s.charAt(pos + 3) == ' ' || s.charAt(pos + 3) == '\n')) {
                pos += 3;
                endOfLine();
                nextContent();
            }
            if (indent != 0) {
                throw GIVE_UP; // no content (an empty document), or a root that is indented
            }
            mapping(0, 1, line, false);
            if (indent != -1) {
                throw GIVE_UP;
            }
        }

        /**
         * From the start of a line, past blank and comment lines, to the first character of the next content line
         * ({@link #indent} its column), or to the end of the text ({@link #indent} -1).
         */
        void nextContent() {
            while (true) {
                int p = pos;
                while (p < n && s.charAt(p) == ' ') {
                    p++;
                }
                if (p == n) {
                    pos = n;
                    indent = -1;
                    return;
                }
                char c = s.charAt(p);
                if (c == '\n') {
                    newLine(p + 1);
                } else if (c == '#') {
                    pos = p;
                    comment();
                } else {
                    pos = p;
                    indent = p - lineStart;
                    if (indent == 0 && (c == '-' || c == '.') && !marker && (starts(p, "---") || starts(p, "..."))) {
                        throw GIVE_UP; // a document marker, or a plain scalar that looks like one
                    }
                    return;
                }
            }
        }

        boolean starts(int p, String prefix) {
            if (p + prefix.length() > n) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (s.charAt(p + i) != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        void newLine(int next) {
            if (next - 1 - lineStart > maxLine) {
                throw GIVE_UP;
            }
            pos = next;
            line++;
            lineStart = next;
        }

        /** A comment from its {@code #} to the end of its line, and the line break. */
        void comment() {
            int p = pos + 1;
            while (p < n) {
                char c = s.charAt(p);
                if (c == '\n') {
                    newLine(p + 1);
                    return;
                }
                if (!printable(c)) {
                    throw GIVE_UP;
                }
                p++;
            }
            pos = n;
        }

        /** After a value: blanks, an optional comment (after a blank), and the line break or the end of the text. */
        void endOfLine() {
            int p = pos;
            while (p < n && s.charAt(p) == ' ') {
                p++;
            }
            if (p == n) {
                pos = n;
                return;
            }
            char c = s.charAt(p);
            if (c == '\n') {
                newLine(p + 1);
            } else if (c == '#' && p > pos) {
                pos = p;
                comment();
            } else {
                throw GIVE_UP;
            }
        }

        /**
         * A block mapping whose first key is at the cursor, in column {@code m}, on line {@code first}; {@code scanned}
         * when that key is read already (a mapping that starts on a sequence entry's line). Leaves the cursor at the
         * next content line.
         */
        void mapping(int m, int depth, int first, boolean scanned) {
            if (depth > maxDepth) {
                throw GIVE_UP;
            }
            add(JsonToken.START_OBJECT, null, first, m);
            int keyLine = first;
            int keys = 0;
            while (true) {
                if (++keys > maxElements) {
                    throw GIVE_UP;
                }
                if (!scanned) {
                    keyLine = line;
                    scalar();
                }
                scanned = false;
                if (!key) {
                    throw GIVE_UP;
                }
                add(JsonToken.FIELD_NAME, text, keyLine, m);
                value(m, depth);
                if (indent != m) {
                    break;
                }
            }
            if (indent > m) {
                throw GIVE_UP;
            }
            add(JsonToken.END_OBJECT, null, line, pos - lineStart);
        }

        /**
         * The value of a key of the mapping at column {@code m}; the cursor is just after the key's colon. Leaves the
         * cursor at the next content line.
         */
        void value(int m, int depth) {
            int colonLine = line;
            int colonEnd = pos - lineStart;
            int p = pos;
            while (p < n && s.charAt(p) == ' ') {
                p++;
            }
            if (p == n || s.charAt(p) == '\n' || s.charAt(p) == '#' && p > pos) {
                // Nothing on the key's line: a mapping or sequence below, or an empty value (where the colon ends).
                endOfLine();
                nextContent();
                if (indent > m) {
                    if (dash()) {
                        sequence(indent, depth + 1);
                    } else {
                        mapping(indent, depth + 1, line, false);
                    }
                } else if (indent == m && dash()) {
                    sequence(m, depth + 1); // a sequence at the key's own indentation
                } else {
                    add(JsonToken.VALUE_NULL, "", colonLine, colonEnd); // null, as the located path's parser gives it
                }
                return;
            }
            pos = p;
            if (s.charAt(p) == '[') {
                flow(depth + 1);
            } else if (s.charAt(p) == '{') {
                flowMap(depth + 1);
            } else {
                int valueLine = line;
                int column = p - lineStart;
                scalar();
                if (key) {
                    throw GIVE_UP; // "a: b: c"
                }
                add(quoted ? JsonToken.VALUE_STRING : plain(text), text, valueLine, column);
            }
            endOfLine();
            nextContent();
        }

        /** Whether the cursor is at a sequence entry's dash. */
        boolean dash() {
            return s.charAt(pos) == '-' && (pos + 1 == n || s.charAt(pos + 1) == ' ' || s.charAt(pos + 1) == '\n');
        }

        /** A block sequence whose first dash is at the cursor, in column {@code k}. Leaves the cursor at the next content line. */
        void sequence(int k, int depth) {
            if (depth > maxDepth) {
                throw GIVE_UP;
            }
            add(JsonToken.START_ARRAY, null, line, k);
            int entries = 0;
            do {
                if (++entries > maxElements) {
                    throw GIVE_UP;
                }
                int p = pos + 1;
                while (p < n && s.charAt(p) == ' ') {
                    p++;
                }
                if (p == pos + 1 || p == n || s.charAt(p) == '\n' || s.charAt(p) == '#') {
                    throw GIVE_UP; // an empty entry, or one that starts on the lines below
                }
                pos = p;
                int column = p - lineStart;
                char c = s.charAt(p);
                if (c == '[' || c == '{') {
                    if (c == '[') {
                        flow(depth + 1);
                    } else {
                        flowMap(depth + 1);
                    }
                    endOfLine();
                    nextContent();
                } else if (c == '-' && dash()) {
                    throw GIVE_UP; // "- - x"
                } else {
                    int itemLine = line;
                    scalar();
                    if (key) {
                        mapping(column, depth + 1, itemLine, true);
                    } else {
                        add(quoted ? JsonToken.VALUE_STRING : plain(text), text, itemLine, column);
                        endOfLine();
                        nextContent();
                    }
                }
                if (indent > k) {
                    throw GIVE_UP;
                }
            } while (indent == k && dash());
            add(JsonToken.END_ARRAY, null, line, pos - lineStart);
        }

        /** A flow sequence on one line, its {@code [} at the cursor; the cursor ends after its {@code ]}. */
        void flow(int depth) {
            collection(false, depth);
        }

        /**
         * A flow mapping on one line, its {@code {} at the cursor: keys plain or quoted, each followed by a colon and a
         * blank; the cursor ends after its {@code }}. An empty value ({@code {a: }}) and a key without a value ({@code
         * {a}}) give up.
         */
        void flowMap(int depth) {
            collection(true, depth);
        }

        /**
         * A flow sequence or mapping on one line, its opening bracket at the cursor, its values as {@link #flowValue}
         * reads them; the cursor ends after its closing bracket. A trailing comma, and a collection over several lines,
         * give up.
         */
        private void collection(boolean map, int depth) {
            if (depth > maxDepth) {
                throw GIVE_UP;
            }
            char close = map ? '}' : ']';
            add(map ? JsonToken.START_OBJECT : JsonToken.START_ARRAY, null, line, pos - lineStart);
            int p = blanks(pos + 1);
            int entries = 0;
            while (true) {
                if (p - lineStart > maxLine) {
                    throw GIVE_UP; // a line over the limit: the SnakeYAML path refuses what is too long on it
                }
                if (p < n && s.charAt(p) == close) {
                    pos = p + 1;
                    add(map ? JsonToken.END_OBJECT : JsonToken.END_ARRAY, null, line, p - lineStart);
                    return;
                }
                pos = p;
                if (p == n) {
                    throw GIVE_UP;
                }
                if (++entries > maxElements) {
                    throw GIVE_UP;
                }
                if (map) {
                    key(p);
                }
                flowValue(close, depth);
                p = blanks(pos);
                if (p < n && s.charAt(p) == ',') {
                    p = blanks(p + 1);
                    if (p < n && s.charAt(p) == close) {
                        throw GIVE_UP; // a trailing comma
                    }
                } else if (p == n || s.charAt(p) != close) {
                    throw GIVE_UP; // a collection over several lines, or something else
                }
            }
        }

        /** A flow mapping's key at {@code p}, its colon and the blanks after it; the cursor ends at its value. */
        private void key(int p) {
            char c = s.charAt(p);
            String k = c == '"' || c == '\'' ? quoted() : flowPlain('}', true);
            if (k.length() > MAX_KEY || pos + 1 >= n || s.charAt(pos) != ':' || s.charAt(pos + 1) != ' ') {
                throw GIVE_UP; // "k:v", "k :v", "{k}"
            }
            add(JsonToken.FIELD_NAME, k, line, p - lineStart);
            pos = blanks(pos + 1);
            if (pos == n || s.charAt(pos) == ',' || s.charAt(pos) == '}' || s.charAt(pos) == '#') {
                throw GIVE_UP; // an empty value
            }
        }

        /**
         * A value in a flow collection that {@code close} ends, at the cursor: a quoted or plain scalar, a flow sequence
         * or a flow mapping; the cursor ends after it.
         */
        void flowValue(char close, int depth) {
            int p = pos;
            char c = s.charAt(p);
            if (c == '"' || c == '\'') {
                add(JsonToken.VALUE_STRING, quoted(), line, p - lineStart);
            } else if (c == '[') {
                flow(depth + 1);
            } else if (c == '{') {
                flowMap(depth + 1);
            } else {
                String t = flowPlain(close, false);
                add(plain(t), t, line, p - lineStart);
            }
        }

        int blanks(int p) {
            while (p < n && s.charAt(p) == ' ') {
                p++;
            }
            return p;
        }

        /**
         * A plain scalar in a flow collection that {@code close} ends ({@code ]} or {@code }}), blanks inside it allowed:
         * a value, which a comma or {@code close} ends, or a mapping's {@code key}, which a colon right after its last
         * character ends. The cursor ends after its last non-blank character. Anything else that could end or break a
         * flow scalar gives up, and so does a blank before a key's colon.
         */
        String flowPlain(char close, boolean key) {
            int start = pos;
            if (!plainStart(start) || s.charAt(start) == '-' && start + 1 < n && (s.charAt(start + 1) == ',' || s.charAt(start + 1) == close)) {
                throw GIVE_UP;
            }
            int p = start;
            int end = start;
            while (p < n) {
                char c = s.charAt(p);
                if (key ? c == ':' : c == ',' || c == close) {
                    if (key && end != p) {
                        throw GIVE_UP; // "k : v"
                    }
                    break;
                }
                if (c == ' ') {
                    p++;
                    continue;
                }
                if (c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == ':' || c == '#' || c == '?' || c == '"'
                        || c == '\'' || !printable(c)) {
                    throw GIVE_UP; // '\n' too: the collection goes on below
                }
                end = ++p;
            }
            pos = end;
            return s.subSequence(start, end).toString();
        }

        /**
         * A scalar on one line at the cursor, plain or quoted: sets {@link #text}, {@link #quoted} and {@link #key}
         * (whether a colon and a blank, or the line's end, follow it: then the cursor is past the colon). A plain scalar
         * ends at a blank before {@code #} or at the line's end, its trailing blanks not part of it.
         */
        void scalar() {
            int start = pos;
            char c = s.charAt(start);
            if (c == '"' || c == '\'') {
                text = quoted();
                quoted = true;
                key = pos < n && s.charAt(pos) == ':' && (pos + 1 == n || s.charAt(pos + 1) == ' ' || s.charAt(pos + 1) == '\n');
            } else {
                if (!plainStart(start)) {
                    throw GIVE_UP;
                }
                quoted = false;
                key = false;
                int p = start;
                int end = start;
                while (p < n) {
                    c = s.charAt(p);
                    if (c == ' ') {
                        if (p + 1 < n && s.charAt(p + 1) == '#') {
                            break;
                        }
                        p++;
                        continue;
                    }
                    if (c == '\n') {
                        break;
                    }
                    if (c == ':' && (p + 1 == n || s.charAt(p + 1) == ' ' || s.charAt(p + 1) == '\n')) {
                        if (end != p) {
                            throw GIVE_UP; // "key : value"
                        }
                        key = true;
                        break;
                    }
                    if (!printable(c)) {
                        throw GIVE_UP;
                    }
                    end = ++p;
                }
                text = s.subSequence(start, end).toString();
                pos = end;
            }
            if (key) {
                if (text.length() > MAX_KEY) {
                    throw GIVE_UP;
                }
                pos++;
            }
        }

        /** A quoted scalar on one line at the cursor: its value; the cursor ends after the closing quote. */
        String quoted() {
            char q = s.charAt(pos);
            int p = pos + 1;
            int run = p;
            StringBuilder sb = null;
            while (true) {
                if (p == n) {
                    throw GIVE_UP;
                }
                char c = s.charAt(p);
                if (c == q) {
                    if (q == '\'' && p + 1 < n && s.charAt(p + 1) == '\'') {
                        sb = (sb == null ? new StringBuilder() : sb).append(s, run, p + 1);
                        p += 2;
                        run = p;
                        continue;
                    }
                    break;
                }
                if (c == '\\' && q == '"') {
                    sb = (sb == null ? new StringBuilder() : sb).append(s, run, p);
                    p = escape(p + 1, sb);
                    run = p;
                    continue;
                }
                if (!printable(c)) {
                    throw GIVE_UP; // '\n' too: a quoted scalar over several lines
                }
                p++;
            }
            String t = sb == null ? s.subSequence(pos + 1, p).toString() : sb.append(s, run, p).toString();
            pos = p + 1;
            return t;
        }

        /** The escape whose letter is at {@code p}, appended; the index after it. */
        int escape(int p, StringBuilder sb) {
            if (p == n) {
                throw GIVE_UP;
            }
            char e = s.charAt(p);
            switch (e) {
                case '\\', '"' -> sb.append(e);
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'u' -> {
                    if (p + 5 > n) {
                        throw GIVE_UP;
                    }
                    int v = 0;
                    for (int i = p + 1; i <= p + 4; i++) {
                        int d = Character.digit(s.charAt(i), 16);
                        if (d < 0 || s.charAt(i) > 'f') {
                            throw GIVE_UP;
                        }
                        v = v * 16 + d;
                    }
                    if (v >= 0xD800 && v <= 0xDFFF) {
                        throw GIVE_UP;
                    }
                    sb.append((char) v);
                    return p + 5;
                }
                default -> throw GIVE_UP;
            }
            return p + 1;
        }

        /** Whether a plain scalar of the subset may start at {@code p} (in block context). */
        boolean plainStart(int p) {
            char c = s.charAt(p);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                return true;
            }
            if (c >= 0xA0) {
                return printable(c);
            }
            return switch (c) {
                case '.', '_', '/', '+', '~', '$', '(', ')', '=', '^', ';', '\\', '<' -> true;
                case '-' -> p + 1 < n && s.charAt(p + 1) != ' ' && s.charAt(p + 1) != '\n';
                default -> false;
            };
        }
    }

    /**
     * Whether SnakeYAML reads {@code c} as one printable character that takes one column, and not as a line break:
     * ASCII but controls (tab included), and the rest of the Basic Multilingual Plane but C1 controls, NEL, the Unicode
     * line and paragraph separators, surrogates, the byte-order mark and the two non-characters at its end.
     */
    static boolean printable(char c) {
        return c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0xD800 && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }

    /** The token of a plain scalar as Jackson's YAML parser types it; gives up on an integer not in plain decimal form. */
    static JsonToken plain(String text) {
        Tag tag = RESOLVER.resolve(NodeId.scalar, text, true);
        if (tag == Tag.STR) {
            return JsonToken.VALUE_STRING;
        }
        if (tag == Tag.INT) {
            if (!decimal(text)) {
                throw GIVE_UP;
            }
            return JsonToken.VALUE_NUMBER_INT;
        }
        if (tag == Tag.FLOAT) {
            return JsonToken.VALUE_NUMBER_FLOAT;
        }
        if (tag == Tag.BOOL) {
            Boolean b = yamlBoolean(text);
            return b == null ? JsonToken.VALUE_STRING : b ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE;
        }
        if (tag == Tag.NULL) {
            return JsonToken.VALUE_NULL;
        }
        return JsonToken.VALUE_STRING; // a timestamp, "<<", "="
    }

    /** {@code -?(0|[1-9][0-9]*)}. */
    private static boolean decimal(String t) {
        int i = t.startsWith("-") ? 1 : 0;
        if (i == t.length() || t.charAt(i) == '0' && t.length() > i + 1) {
            return false;
        }
        for (; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The boolean words Jackson's YAML parser takes, as it takes them; null for none. */
    private static Boolean yamlBoolean(String v) {
        switch (v.length()) {
            case 1:
                switch (v.charAt(0)) {
                    case 'y', 'Y' -> {
                        return Boolean.TRUE;
                    }
                    case 'n', 'N' -> {
                        return Boolean.FALSE;
                    }
                    default -> {
                        return null;
                    }
                }
            case 2:
                return "no".equalsIgnoreCase(v) ? Boolean.FALSE : "on".equalsIgnoreCase(v) ? Boolean.TRUE : null;
            case 3:
                return "yes".equalsIgnoreCase(v) ? Boolean.TRUE : "off".equalsIgnoreCase(v) ? Boolean.FALSE : null;
            case 4:
                return "true".equalsIgnoreCase(v) ? Boolean.TRUE : null;
            case 5:
                return "false".equalsIgnoreCase(v) ? Boolean.FALSE : null;
            default:
                return null;
        }
    }

    // ---- the tokens read, as a JsonParser ------------------------------------------------------------------

    @Override
    public JsonToken nextToken() {
        if (at + 1 >= size) {
            at = size;
            _currToken = null;
            return null;
        }
        _currToken = kinds[++at];
        return _currToken;
    }

    @Override
    public String getText() {
        if (_currToken == null) {
            return null;
        }
        String t = texts[at];
        return t != null ? t : _currToken.asString();
    }

    @Override
    public String currentName() {
        return _currToken == JsonToken.FIELD_NAME ? texts[at] : null;
    }

    @Override
    public String getCurrentName() {
        return currentName();
    }

    @Override
    public JsonLocation currentTokenLocation() {
        return at < 0 || at >= size ? JsonLocation.NA : new JsonLocation(ContentReference.unknown(), -1L, -1L, lines[at], columns[at]);
    }

    @Override
    public JsonLocation getTokenLocation() {
        return currentTokenLocation();
    }

    @Override
    public JsonLocation currentLocation() {
        return currentTokenLocation();
    }

    @Override
    public JsonLocation getCurrentLocation() {
        return currentTokenLocation();
    }

    @Override
    protected void _handleEOF() {
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public JsonStreamContext getParsingContext() {
        return null;
    }

    @Override
    public void overrideCurrentName(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public char[] getTextCharacters() {
        String t = getText();
        return t == null ? null : t.toCharArray();
    }

    @Override
    public boolean hasTextCharacters() {
        return false;
    }

    @Override
    public int getTextLength() {
        String t = getText();
        return t == null ? 0 : t.length();
    }

    @Override
    public int getTextOffset() {
        return 0;
    }

    @Override
    public byte[] getBinaryValue(Base64Variant b64variant) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ObjectCodec getCodec() {
        return null;
    }

    @Override
    public void setCodec(ObjectCodec c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public Number getNumberValue() {
        throw new UnsupportedOperationException();
    }

    @Override
    public NumberType getNumberType() {
        throw new UnsupportedOperationException();
    }

    @Override
    public int getIntValue() {
        throw new UnsupportedOperationException();
    }

    @Override
    public long getLongValue() {
        throw new UnsupportedOperationException();
    }

    @Override
    public BigInteger getBigIntegerValue() {
        throw new UnsupportedOperationException();
    }

    @Override
    public float getFloatValue() {
        throw new UnsupportedOperationException();
    }

    @Override
    public double getDoubleValue() {
        throw new UnsupportedOperationException();
    }

    @Override
    public BigDecimal getDecimalValue() {
        throw new UnsupportedOperationException();
    }
}
