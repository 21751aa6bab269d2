package dev.cca.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.model.Accelerator;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.model.Evidence;
import dev.cca.model.Field;
import dev.cca.model.ProfileSchema;
import dev.cca.model.ValueMap;
import dev.cca.model.Provenance;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast path of reading a JSON record: one pass of Jackson's streaming parser straight to a {@link CenterProfile},
 * with no located tree in between, types, units, ranges and dates checked on the way against the schema's fields
 * (each key's path and rules are looked up once per key, from the schema built once).
 *
 * <p>It reads only records that have no problem at all and that use only what it handles. It gives up, returning
 * null, at the first thing it does not take as it is: an unknown or duplicate key, a value of an odd type, a unit or
 * range or date the located path would refuse, anything the located path would warn about (a YAML 1.1 boolean, a
 * label of evidence that no source earns, an id listed twice, the cross-key checks), benchmark files named by the
 * record, a limit reached, broken JSON. The caller then reads the record through the located path
 * ({@link JsonReader} and {@link ProfileReader}), so that every diagnostic stays exactly what that path says. A profile
 * this reader returns is the one {@link ProfileReader} builds from the same text: the same values in the same order,
 * each with the same location (line and column as Jackson counts them in the same text), so the checks stage, the
 * extraction and every report see no difference.
 */
public final class StreamingProfileReader {

    /** Thrown to give a record up to the located path; no stack trace, it is not an error. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private final LocalDate referenceDate;
    private final Limits limits;
    private final JsonFactory factory;

    /** @param referenceDate as for {@link ProfileReader#ProfileReader(LocalDate)}; may be null (no check) */
    public StreamingProfileReader(LocalDate referenceDate, Limits limits) {
        this.referenceDate = referenceDate;
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .streamReadConstraints(JsonReader.constraints(limits))
                .build();
    }

    /**
     * The profile of one JSON text that starts on line {@code line} of {@code file} (a JSON Lines line), or null when
     * the located path must read it.
     */
    public CenterProfile read(String text, String file, int line) {
        if (text.indexOf('\r') >= 0) {
            return null; // Jackson counts a lone CR as a line break; such a record is rare, let the located path have it
        }
        try (JsonParser p = factory.createParser(text)) {
            return new Read(new JacksonTokens(p), file, line - 1).profile(line);
        } catch (GiveUp | IOException e) {
            return null;
        }
    }

    /**
     * As {@link #read(String, String, int)}, for a JSON text (an element of a JSON array file) whose first character
     * is at 0-based column {@code column} of line {@code line}: the columns of its first line count from there, as the
     * located path counts them ({@link JsonReader#read(String, String, int, int, Problems)}).
     */
    public CenterProfile read(String text, String file, int line, int column) {
        try (JsonParser p = factory.createParser(text)) {
            return new Read(new JacksonTokens(p, column), file, line - 1).profile(line);
        } catch (GiveUp | IOException e) {
            return null;
        }
    }

    /**
     * As {@link #read(String, String, int)}, for the characters {@code cs[off, off + len)} (a JSON Lines line decoded
     * into a buffer the caller reuses): the parser reads them in place, without the copy a String costs.
     */
    public CenterProfile read(char[] cs, int off, int len, String file, int line) {
        for (int i = off, end = off + len; i < end; i++) {
            if (cs[i] == '\r') {
                return null; // as above
            }
        }
        try (JsonParser p = factory.createParser(cs, off, len)) {
            return new Read(new JacksonTokens(p), file, line - 1).profile(line);
        } catch (GiveUp | IOException e) {
            return null;
        }
    }

    /**
     * The profile of one document read by {@code p} (a parser of the same factory settings as the located path's, not
     * yet advanced: a YAML document's parser, whose tokens the located path's tree is built from, or the
     * {@link BlockYamlParser} of a document in its subset, which gives the same tokens), whose first line is
     * line {@code lineOffset + 1} of {@code file}; null when the located path must read it. Besides everything
     * {@link #read(String, String, int)} gives up, a YAML document with an anchor, an alias or a tag anywhere is given
     * up (the located path expands aliases within its limits and reports what it reports), as is one that holds a
     * second document or is not a map. The caller closes the parser.
     */
    public CenterProfile read(JsonParser p, String file, int lineOffset) {
        try {
            Read r = new Read(new JacksonTokens(p), file, lineOffset);
            r.yaml = p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y ? y : null;
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            return r.profile(p.currentTokenLocation().getLineNr() + lineOffset);
        } catch (GiveUp | IOException e) {
            return null;
        } catch (RuntimeException e) {
            return null; // SnakeYAML reports some malformed input as runtime exceptions: the located path says what
        }
    }

    /**
     * As {@link #read(char[], int, int, String, int)}, for the UTF-8 bytes {@code utf8[off, off + len)} of a JSON Lines
     * line, read where they are by {@link Utf8Tokens} without decoding the line first. {@code scratch} holds at least
     * {@code len} characters: a text with other than ASCII in it is decoded there. Null when this reader gives the
     * record up, and also whenever the byte reader does not take a piece of JSON as it is (an escape in a text, a
     * number it does not write the plain way, a byte that is not strict UTF-8, ...): the caller then decodes the line
     * and reads it by {@link #read(char[], int, int, String, int)}, which gives the verdict.
     */
    public CenterProfile read(byte[] utf8, int off, int len, char[] scratch, String file, int line) {
        try {
            return new Read(new Utf8Tokens(utf8, off, off + len, scratch), file, line - 1).profile(line);
        } catch (GiveUp | IOException e) {
            return null;
        }
    }

    /** Each parsing thread's keys already met ({@link Utf8Tokens#key}). */
    private static final ThreadLocal<Names> NAMES = ThreadLocal.withInitial(Names::new);

    /**
     * ASCII keys by their bytes, each made a String once: an open-addressed table of at most {@link #KEPT} short keys (a
     * schema has some two hundred), so a catalog of junk keys costs a bounded table and then a String per key, as before.
     */
    static final class Names {
        private static final int SIZE = 1024;
        static final int KEPT = SIZE / 2;
        private static final int LONGEST = 64;
        private final byte[][] bytes = new byte[SIZE][];
        private final String[] strings = new String[SIZE];
        private int count;

        /**
         * Made holding the schema's own keys (and a metric's: value, evidence, source, audit, date), the very Strings its
         * maps hold, so a look-up finds its key by identity without comparing characters.
         */
        Names() {
            for (String k : List.of("value", "evidence", "source", "audit", "date")) {
                add(k);
            }
            add(ProfileSchema.root());
        }

        private void add(Field f) {
            for (Map.Entry<String, Field> e : f.children().entrySet()) {
                add(e.getKey());
                add(e.getValue());
            }
            for (Field c : f.conditions()) {
                add(c.name());
            }
            if (f.item() != null) {
                add(f.item());
            }
        }

        private void add(String k) {
            byte[] b = k.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            of(b, 0, b.length, k.hashCode(), k);
        }

        /** The String of the ASCII bytes {@code b[from, from + len)}, whose String hash code is {@code hash}. */
        String of(byte[] b, int from, int len, int hash) {
            return of(b, from, len, hash, null);
        }

        private String of(byte[] b, int from, int len, int hash, String made) {
            int i = (hash ^ hash >>> 16) & SIZE - 1;
            for (int probe = 0; probe < 8; probe++, i = i + 1 & SIZE - 1) {
                byte[] k = bytes[i];
                if (k == null) {
                    String s = made != null ? made : new String(b, from, len, java.nio.charset.StandardCharsets.ISO_8859_1);
                    if (count < KEPT && len <= LONGEST) {
                        bytes[i] = java.util.Arrays.copyOfRange(b, from, from + len);
                        strings[i] = s;
                        count++;
                    }
                    return s;
                }
                if (k.length == len && java.util.Arrays.equals(k, 0, len, b, from, from + len)) {
                    return strings[i];
                }
            }
            return new String(b, from, len, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * The tokens the reader takes from its parser: Jackson's ({@link JacksonTokens}) or those of one JSON Lines line read
     * as bytes ({@link Utf8Tokens}). Named as Jackson names them; the current token's place is its line (from 1, in the
     * text read) and its column (from 1, in UTF-16 units, as Jackson counts a String).
     */
    private interface Tokens {
        JsonToken nextToken() throws IOException;

        JsonToken currentToken();

        String currentName() throws IOException;

        String getText() throws IOException;

        int tokenLine();

        int tokenColumn();
    }

    /** Jackson's parser as {@link Tokens}; the current token's location is asked for once. */
    private static final class JacksonTokens implements Tokens {
        private final JsonParser p;
        /** Added to the columns of the text's first line: where the text starts on its line of the file. */
        private final int columnOffset;
        private JsonLocation at;

        JacksonTokens(JsonParser p) {
            this(p, 0);
        }

        JacksonTokens(JsonParser p, int columnOffset) {
            this.p = p;
            this.columnOffset = columnOffset;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            at = null;
            return p.nextToken();
        }

        @Override
        public JsonToken currentToken() {
            return p.currentToken();
        }

        @Override
        public String currentName() throws IOException {
            return p.currentName();
        }

        @Override
        public String getText() throws IOException {
            return p.getText();
        }

        private JsonLocation at() {
            if (at == null) {
                at = p.currentTokenLocation();
            }
            return at;
        }

        @Override
        public int tokenLine() {
            return at().getLineNr();
        }

        @Override
        public int tokenColumn() {
            JsonLocation l = at();
            return l.getLineNr() == 1 ? l.getColumnNr() + columnOffset : l.getColumnNr();
        }
    }

    /**
     * The tokens of one line of strict JSON (RFC 8259) read from its UTF-8 bytes: what Jackson's parser gives for the
     * same text decoded, the same tokens, texts and places. It takes only JSON written the plain way and gives up
     * ({@link #GIVE_UP}) at anything else, where Jackson might read it otherwise or refuse it: an escape in a text, a
     * control character, a byte that is not strict UTF-8, a number not of the form {@code -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?}
     * or longer than Jackson's limit, a word other than true, false and null, a token run into the next (no separator
     * follows a value but a comma or a closing bracket), a trailing comma, a line break, a second value after the first, nesting deeper than {@link #MAX_DEPTH}. The reader above
     * gives up at least as much, so nothing this class takes is read differently from the same text decoded.
     */
    static final class Utf8Tokens implements Tokens {
        /** Deeper nesting is left to Jackson; the reader gives up long before at the default limits. */
        static final int MAX_DEPTH = 64;
        /** Jackson's longest number ({@link JsonReader}'s read constraints). */
        private static final int MAX_NUMBER = 1000;
        private static final int ROOT = 0;
        private static final int AFTER_ROOT = 1;
        private static final int OBJECT_FIRST = 2;
        private static final int OBJECT_NEXT = 3;
        private static final int ARRAY_FIRST = 4;
        private static final int ARRAY_NEXT = 5;
        private static final int VALUE = 6;

        private final byte[] b;
        private final int start;
        private final int end;
        private final char[] scratch;
        private final Names names = NAMES.get();
        private int pos;
        /** Bytes less UTF-16 units before {@link #pos}: only texts hold other than ASCII. */
        private int extra;
        private final boolean[] inObject = new boolean[MAX_DEPTH];
        private int depth;
        private int state = ROOT;
        private JsonToken current;
        private String name;
        private String text;
        private int column;

        Utf8Tokens(byte[] b, int start, int end, char[] scratch) {
            this.b = b;
            this.start = start;
            this.end = end;
            this.scratch = scratch;
            this.pos = start;
        }

        @Override
        public JsonToken currentToken() {
            return current;
        }

        @Override
        public String currentName() {
            return name;
        }

        @Override
        public String getText() {
            return text;
        }

        @Override
        public int tokenLine() {
            return 1;
        }

        @Override
        public int tokenColumn() {
            return column;
        }

        @Override
        public JsonToken nextToken() {
            int c = skipSpace();
            switch (state) {
                case ROOT -> {
                    if (c < 0) {
                        return current = null;
                    }
                    return current = value(c);
                }
                case AFTER_ROOT -> {
                    if (c >= 0) {
                        throw GIVE_UP; // a second value on the line
                    }
                    return current = null;
                }
                case OBJECT_FIRST, OBJECT_NEXT -> {
                    if (closes(c, '}', state == OBJECT_FIRST)) {
                        return current;
                    }
                    c = skipSpace();
                    if (c != '"') {
                        throw GIVE_UP; // a trailing comma, or a key that is not a text
                    }
                    mark();
                    name = key();
                    if (skipSpace() != ':') {
                        throw GIVE_UP;
                    }
                    pos++;
                    state = VALUE;
                    return current = JsonToken.FIELD_NAME;
                }
                case VALUE -> {
                    if (c < 0) {
                        throw GIVE_UP;
                    }
                    return current = value(c);
                }
                default -> { // ARRAY_FIRST, ARRAY_NEXT
                    if (closes(c, ']', state == ARRAY_FIRST)) {
                        return current;
                    }
                    c = skipSpace();
                    if (c < 0) {
                        throw GIVE_UP;
                    }
                    return current = value(c);
                }
            }
        }

        /**
         * At a map's or list's next entry, byte {@code c}: its closing bracket, consumed and made the current token
         * (true); else the comma before the entry, consumed (false), where there is one (not before the {@code first}).
         */
        private boolean closes(int c, char closing, boolean first) {
            if (c == closing) {
                mark();
                pos++;
                current = close();
                return true;
            }
            if (!first) {
                if (c != ',') {
                    throw GIVE_UP;
                }
                pos++;
            }
            return false;
        }

        /** The next byte after white space (not consumed), or -1 at the end; a line break gives up. */
        private int skipSpace() {
            while (pos < end) {
                int c = b[pos];
                if (c == ' ' || c == '\t') {
                    pos++;
                } else if (c == '\n' || c == '\r') {
                    throw GIVE_UP; // Jackson counts lines; a JSON Lines line has none
                } else {
                    return c & 0xff;
                }
            }
            return -1;
        }

        private void mark() {
            column = pos - start - extra + 1;
        }

        /** The value starting with byte {@code c} at {@link #pos}. */
        private JsonToken value(int c) {
            mark();
            text = null;
            switch (c) {
                case '{' -> {
                    open(true);
                    return JsonToken.START_OBJECT;
                }
                case '[' -> {
                    open(false);
                    return JsonToken.START_ARRAY;
                }
                case '"' -> {
                    text = string();
                    afterValue();
                    return JsonToken.VALUE_STRING;
                }
                case 't' -> {
                    return word("true", JsonToken.VALUE_TRUE);
                }
                case 'f' -> {
                    return word("false", JsonToken.VALUE_FALSE);
                }
                case 'n' -> {
                    return word("null", JsonToken.VALUE_NULL);
                }
                default -> {
                    if (c == '-' || c >= '0' && c <= '9') {
                        return number();
                    }
                    throw GIVE_UP;
                }
            }
        }

        private void open(boolean object) {
            if (depth == MAX_DEPTH) {
                throw GIVE_UP;
            }
            inObject[depth++] = object;
            pos++;
            state = object ? OBJECT_FIRST : ARRAY_FIRST;
        }

        private JsonToken close() {
            boolean object = inObject[--depth];
            afterValue();
            return object ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
        }

        private void afterValue() {
            state = depth == 0 ? AFTER_ROOT : inObject[depth - 1] ? OBJECT_NEXT : ARRAY_NEXT;
        }

        /**
         * A key whose opening quote is at {@link #pos}: an ASCII one as the same String each time (from {@link #NAMES}),
         * so the schema's look-ups find it by its kept hash and by identity, as they find Jackson's canonical names.
         */
        private String key() {
            int from = pos + 1;
            int h = 0;
            int i = from;
            while (i < end) {
                int c = b[i];
                if (c == '"') {
                    break;
                }
                if (c < 0x20 || c == '\\') { // not ASCII, or an escape or control character: as any text
                    return string();
                }
                h = 31 * h + c;
                i++;
            }
            if (i == end) {
                throw GIVE_UP;
            }
            pos = i + 1;
            return names.of(b, from, i - from, h);
        }

        /** A text whose opening quote is at {@link #pos}; ends past its closing quote. */
        private String string() {
            int from = ++pos;
            boolean ascii = true;
            while (true) {
                if (pos == end) {
                    throw GIVE_UP;
                }
                int c = b[pos];
                if (c == '"') {
                    break;
                }
                if (c == '\\') {
                    return escaped(from);
                }
                if (c >= 0 && c < 0x20) {
                    throw GIVE_UP; // a control character: Jackson's to refuse
                }
                ascii &= c >= 0;
                pos++;
            }
            int len = pos - from;
            pos++;
            if (ascii) {
                return new String(b, from, len, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            return new String(scratch, 0, segment(from, from + len, 0));
        }

        /**
         * The rest of a text that starts at {@code from} and has an escape at {@link #pos}: JSON's escapes as Jackson reads
         * them ({@code \" \\ \/ \b \f \n \r \t} and {@code \}{@code uXXXX}), so that a catalog written with its
         * Chinese escaped (Python's {@code json.dumps} by default) is read from its bytes too. An escape that Jackson
         * refuses, or one of half a surrogate pair, gives up. Columns do not move: an escape is as many characters as
         * bytes.
         */
        private String escaped(int from) {
            int out = 0;
            int seg = from;
            while (true) {
                if (pos == end) {
                    throw GIVE_UP;
                }
                int c = b[pos];
                if (c == '"') {
                    break;
                }
                if (c >= 0 && c < 0x20) {
                    throw GIVE_UP;
                }
                if (c != '\\') {
                    pos++;
                    continue;
                }
                out = segment(seg, pos, out);
                if (pos + 1 >= end) {
                    throw GIVE_UP;
                }
                char ch;
                int width = 2;
                switch (b[pos + 1]) {
                    case '"' -> ch = '"';
                    case '\\' -> ch = '\\';
                    case '/' -> ch = '/';
                    case 'b' -> ch = '\b';
                    case 'f' -> ch = '\f';
                    case 'n' -> ch = '\n';
                    case 'r' -> ch = '\r';
                    case 't' -> ch = '\t';
                    case 'u' -> {
                        if (pos + 6 > end) {
                            throw GIVE_UP;
                        }
                        int v = 0;
                        for (int k = pos + 2; k < pos + 6; k++) {
                            int h = Character.digit(b[k], 16);
                            if (h < 0 || b[k] < 0) {
                                throw GIVE_UP;
                            }
                            v = v << 4 | h;
                        }
                        if (Character.isSurrogate((char) v)) {
                            throw GIVE_UP;
                        }
                        ch = (char) v;
                        width = 6;
                    }
                    default -> throw GIVE_UP;
                }
                scratch[out++] = ch;
                pos += width;
                seg = pos;
            }
            out = segment(seg, pos, out);
            pos++;
            return new String(scratch, 0, out);
        }

        /** Decodes the bytes {@code [from, to)} of a text into {@link #scratch} at {@code at}; returns where they end. */
        private int segment(int from, int to, int at) {
            int n = Utf8.decode(b, from, to - from, scratch, at);
            if (n < 0) {
                throw GIVE_UP; // the decoder of the line reports it, at its place
            }
            extra += to - from - n;
            return at + n;
        }

        /** true, false or null: what follows is for the next token to take or refuse. */
        private JsonToken word(String w, JsonToken t) {
            int n = w.length();
            if (end - pos < n) {
                throw GIVE_UP;
            }
            for (int i = 0; i < n; i++) {
                if (b[pos + i] != w.charAt(i)) {
                    throw GIVE_UP;
                }
            }
            pos += n;
            text = w;
            afterValue();
            return t;
        }

        /** A number written the plain way; its text is as written, as Jackson keeps it. */
        private JsonToken number() {
            int from = pos;
            if (b[pos] == '-') {
                pos++;
            }
            if (pos == end) {
                throw GIVE_UP;
            }
            if (b[pos] == '0') {
                pos++;
            } else if (!digits()) {
                throw GIVE_UP;
            }
            boolean integer = true;
            if (pos < end && b[pos] == '.') {
                pos++;
                if (!digits()) {
                    throw GIVE_UP;
                }
                integer = false;
            }
            if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
                pos++;
                if (pos < end && (b[pos] == '+' || b[pos] == '-')) {
                    pos++;
                }
                if (!digits()) {
                    throw GIVE_UP;
                }
                integer = false;
            }
            if (pos - from > MAX_NUMBER) {
                throw GIVE_UP;
            }
            text = new String(b, from, pos - from, java.nio.charset.StandardCharsets.ISO_8859_1);
            afterValue();
            return integer ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
        }

        /** At least one digit, consumed. */
        private boolean digits() {
            int from = pos;
            while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
                pos++;
            }
            return pos > from;
        }
    }

    /** Where values go: the profile's, or one accelerator line's. */
    private static final class Target {
        final Map<String, Datum> values;
        /** The profile's values (when this is the profile's target, else null): put by the slot of their field. */
        final ValueMap slots;
        final List<Accelerator> accelerators = new ArrayList<>();
        final List<String> scenarios = new ArrayList<>();

        /** The profile's target. */
        Target() {
            values = slots = new ValueMap();
        }

        /** An accelerator line's. */
        Target(int capacity) {
            values = new LinkedHashMap<>(capacity);
            slots = null;
        }

        /** Puts the value of field {@code f} at {@code path} (its own path, or an accelerator line's). */
        void put(Field f, String path, Datum d) {
            if (slots != null && path == f.path()) {
                slots.put(f.slot(), path, d);
            } else {
                values.put(path, d);
            }
        }

        String text(String key) {
            Datum d = values.get(key);
            return d == null ? null : d.text();
        }

        double number(String key) {
            Datum d = values.get(key);
            return d == null ? Double.NaN : d.number();
        }
    }

    /** A list value of a metric: where it starts and its items (scalars only). */
    private record Items(int line, int column, List<Node.ScalarNode> items) {
    }

    private final class Read {
        final Tokens p;
        final String file;
        final int lineOffset;
        /** The parser when it reads YAML: anchors, aliases and tags are then given up. */
        com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml;

        /** A YAML value with an anchor, an alias or a tag is left to the located path. */
        void plainYaml() throws IOException {
            if (yaml != null && (yaml.getObjectId() != null || yaml.isCurrentAlias() || yaml.getTypeId() != null)) {
                throw GIVE_UP;
            }
        }

        /** The fields of the maps being read, innermost last ({@link #object}). */
        Field[] seen = new Field[32];
        int seenTop;

        Read(Tokens p, String file, int lineOffset) {
            this.p = p;
            this.file = file;
            this.lineOffset = lineOffset;
        }

        CenterProfile profile(int line) throws IOException {
            if (p.currentToken() == null) {
                p.nextToken();
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw GIVE_UP;
            }
            Target top = new Target();
            object(ProfileSchema.root(), "", top, false, 0);
            if (p.nextToken() != null) {
                throw GIVE_UP;
            }
            Datum tag = top.values.get("cca");
            if (tag == null || !ProfileSchema.FORMAT.equals(tag.text().strip())) {
                throw GIVE_UP;
            }
            for (Field f : ProfileSchema.root().children().values()) {
                if (f.isRequired() && (!top.values.containsKey(f.path()) || ProfileReader.isBlankText(top.values.get(f.path())))) {
                    throw GIVE_UP;
                }
            }
            Problems cross = new Problems();
            ProfileReader.crossChecks(top.values, cross);
            if (!cross.isEmpty()) {
                throw GIVE_UP;
            }
            return new CenterProfile(top.values.get("id").text(), top.values.get("name").text(), Location.of(file, line, 1),
                    top.values, top.accelerators, top.scenarios, List.of());
        }

        /** A map of schema object {@code obj} at nesting level {@code depth}; its START_OBJECT is current. */
        void object(Field obj, String path, Target t, boolean inList, int depth) throws IOException {
            object(obj, path, t, inList, depth, null);
        }

        /** As above; {@code itemKeys}, when not null: the paths of this list item's keys, made once (see {@link ItemPaths}). */
        void object(Field obj, String path, Target t, boolean inList, int depth, Map<String, String> itemKeys) throws IOException {
            opening(depth);
            // The keys met in this map, above those of the maps it is in (one stack for the record: the keys of a map
            // are searched, and a map's nesting ends before its parent's next key).
            int base = seenTop;
            JsonToken tok;
            while ((tok = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                if (key.length() > limits.maxStringLength()) {
                    throw GIVE_UP;
                }
                Field f = obj.child(key);
                if (f == null) {
                    throw GIVE_UP;
                }
                for (int i = base; i < seenTop; i++) {
                    if (seen[i] == f) {
                        throw GIVE_UP;
                    }
                }
                if (seenTop == seen.length) {
                    seen = java.util.Arrays.copyOf(seen, seenTop * 2);
                }
                seen[seenTop++] = f;
                String fp = !inList ? f.path() : itemKeys != null ? itemKeys.getOrDefault(key, path + "." + key)
                        : path.isEmpty() ? key : path + "." + key;
                p.nextToken();
                field(f, fp, t, inList, depth + 1);
            }
            if (tok != JsonToken.END_OBJECT) {
                throw GIVE_UP;
            }
            seenTop = base;
        }

        void field(Field f, String path, Target t, boolean inList, int depth) throws IOException {
            JsonToken tok = p.currentToken();
            if (tok == JsonToken.VALUE_NULL) {
                return; // an explicit null is the same as leaving the key out
            }
            switch (f.type()) {
                case OBJECT -> {
                    if (tok != JsonToken.START_OBJECT) {
                        throw GIVE_UP;
                    }
                    object(f, path, t, inList, depth);
                }
                case NUMBER, BOOLEAN, ID_LIST -> metric(f, path, t, inList, depth);
                case TEXT -> {
                    Node.ScalarNode s = scalar();
                    if (f.pattern() != null && !f.pattern().matcher(s.text()).matches()) {
                        throw GIVE_UP;
                    }
                    t.put(f, path, Datum.text(s.text(), at(s, path)));
                }
                case CHOICE -> {
                    Node.ScalarNode s = scalar();
                    t.put(f, path, Datum.text(choice(s.text(), f), at(s, path)));
                }
                case CHOICE_LIST -> choiceList(f, path, t, depth);
                case DATE -> {
                    Node.ScalarNode s = scalar();
                    LocalDate d = date(s.text(), f.monthPrecision());
                    t.put(f, path, Datum.date(d, s.text().strip(), at(s, path)));
                }
                case OBJECT_LIST -> accelerators(f, path, t, depth);
                // Benchmark files named by the record: read through the located path, as the issue of their own.
                case PATH_LIST -> throw GIVE_UP;
            }
        }

        /** A metric: a bare value, or a map with value, evidence, source, date, audit and its conditions. */
        void metric(Field f, String path, Target t, boolean inList, int depth) throws IOException {
            Object value;
            Evidence evidence = Evidence.DECLARED;
            String note = null;
            LocalDate date = null;
            String audit = null;
            if (p.currentToken() == JsonToken.START_OBJECT) {
                opening(depth);
                value = null;
                boolean hasValue = false;
                String[] seen = new String[8];
                int n = 0;
                JsonToken tok;
                while ((tok = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    if (key.length() > limits.maxStringLength()) {
                        throw GIVE_UP;
                    }
                    for (int i = 0; i < n; i++) {
                        if (seen[i].equals(key)) {
                            throw GIVE_UP;
                        }
                    }
                    if (n == seen.length) {
                        seen = java.util.Arrays.copyOf(seen, n * 2);
                    }
                    seen[n++] = key;
                    p.nextToken();
                    switch (key) {
                        case "value" -> {
                            value = metricValue(f, depth + 1);
                            hasValue = true;
                        }
                        case "evidence" -> {
                            String s = textOrNull();
                            if (s != null) {
                                evidence = Evidence.parse(s);
                                if (evidence == null) {
                                    throw GIVE_UP;
                                }
                            }
                        }
                        case "source" -> note = textOrNull();
                        case "audit" -> audit = textOrNull();
                        case "date" -> {
                            String s = textOrNull();
                            if (s != null) {
                                date = date(s, false);
                            }
                        }
                        default -> {
                            Field c = conditionOf(f, key);
                            if (c == null) {
                                throw GIVE_UP;
                            }
                            field(c, path + "." + key, t, inList, depth + 1);
                        }
                    }
                }
                if (tok != JsonToken.END_OBJECT || !hasValue) {
                    throw GIVE_UP;
                }
                if (value instanceof Node.ScalarNode s && s.isNull()) {
                    return;
                }
            } else {
                value = metricValue(f, depth);
            }
            switch (f.type()) {
                case NUMBER -> {
                    Node.ScalarNode s = (Node.ScalarNode) value;
                    double v = s.kind() == Node.ScalarKind.STRING ? Double.NaN
                            : Values.plainValue(s.text(), s.kind() == Node.ScalarKind.FLOAT, f);
                    if (v != v) {
                        Values.Result r = Values.number(s, f);
                        if (!r.ok() || r.warning() != null) {
                            throw GIVE_UP;
                        }
                        v = r.value();
                    }
                    t.put(f, path, earn(Datum.number(v, evidence, note, date, at(s, path)), audit, date));
                }
                case BOOLEAN -> {
                    Node.ScalarNode s = (Node.ScalarNode) value;
                    Values.Result r = Values.bool(s);
                    if (!r.ok() || r.warning() != null) {
                        throw GIVE_UP;
                    }
                    t.put(f, path, earn(Datum.bool(r.value() != 0, evidence, note, date, at(s, path)), audit, date));
                }
                default -> {
                    List<Node.ScalarNode> listed;
                    Location loc;
                    if (value instanceof Items l) {
                        listed = l.items();
                        loc = new Location(file, l.line(), l.column(), path);
                    } else {
                        Node.ScalarNode s = (Node.ScalarNode) value;
                        if (s.kind() != Node.ScalarKind.STRING) {
                            throw GIVE_UP;
                        }
                        listed = List.of(s); // "a; b; c" in one text, as catalogs write lists
                        loc = at(s, path);
                    }
                    List<String> items = new ArrayList<>();
                    java.util.Set<String> listedIds = null; // made only for a long list: a short one is searched
                    List<Location> origins = new ArrayList<>();
                    for (Node.ScalarNode item : listed) {
                        if (item.isNull()) {
                            continue;
                        }
                        if (item.kind() != Node.ScalarKind.STRING) {
                            throw GIVE_UP;
                        }
                        for (String part : ProfileReader.splitList(item.text())) {
                            String id = Values.identifier(part);
                            if (id.isEmpty()) {
                                continue;
                            }
                            if (listedIds == null && items.size() >= 16) {
                                listedIds = new java.util.HashSet<>(items);
                            }
                            if (listedIds != null ? !listedIds.add(id) : items.contains(id)) {
                                throw GIVE_UP; // listed twice: a warning of the located path
                            }
                            items.add(id);
                            origins.add(at(item, path));
                        }
                    }
                    t.put(f, path, earn(Datum.list(items, origins, evidence, note, date, loc), audit, date));
                }
            }
        }

        /** The value of a metric: a scalar, or for a list of ids a list of scalars. */
        Object metricValue(Field f, int depth) throws IOException {
            JsonToken tok = p.currentToken();
            if (tok == JsonToken.START_ARRAY && f.type() == Field.Type.ID_LIST) {
                return items(depth);
            }
            return scalar();
        }

        /** A list of scalars whose START_ARRAY is current. */
        Items items(int depth) throws IOException {
            opening(depth);
            int line = p.tokenLine() + lineOffset;
            int column = p.tokenColumn();
            List<Node.ScalarNode> out = new ArrayList<>();
            JsonToken tok;
            while ((tok = p.nextToken()) != JsonToken.END_ARRAY) {
                if (tok == null || !tok.isScalarValue() || out.size() >= limits.maxElements()) {
                    throw GIVE_UP;
                }
                out.add(scalar());
            }
            return new Items(line, column, out);
        }

        void choiceList(Field f, String path, Target t, int depth) throws IOException {
            Location at = new Location(file, p.tokenLine() + lineOffset, p.tokenColumn(), path);
            List<Node.ScalarNode> listed;
            if (p.currentToken() == JsonToken.START_ARRAY) {
                listed = items(depth).items();
            } else {
                Node.ScalarNode s = scalar();
                if (s.kind() != Node.ScalarKind.STRING) {
                    throw GIVE_UP;
                }
                listed = List.of(s);
            }
            List<String> out = new ArrayList<>();
            for (Node.ScalarNode item : listed) {
                if (item.isNull()) {
                    continue;
                }
                for (String part : ProfileReader.splitList(item.text())) {
                    String c = choice(part, f);
                    if (!out.contains(c)) {
                        out.add(c);
                    }
                }
            }
            if (f.path().equals("scenarios")) {
                t.scenarios.addAll(out);
            }
            t.put(f, path, Datum.list(out, null, Evidence.DECLARED, null, null, at));
        }

        void accelerators(Field f, String path, Target t, int depth) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw GIVE_UP;
            }
            opening(depth);
            int i = 0;
            JsonToken tok;
            while ((tok = p.nextToken()) != JsonToken.END_ARRAY) {
                if (tok != JsonToken.START_OBJECT || i >= limits.maxElements()) {
                    throw GIVE_UP;
                }
                ItemPaths paths = ItemPaths.of(path, f.item(), i);
                String ip = paths.item();
                Location at = new Location(file, p.tokenLine() + lineOffset, p.tokenColumn(), ip);
                Target sub = new Target(16);
                object(f.item(), ip, sub, true, depth + 1, paths.keys());
                t.accelerators.add(new Accelerator(sub.text(paths.key("vendor")), sub.text(paths.key("model")),
                        sub.text(paths.key("kind")), sub.number(paths.key("count")), sub.number(paths.key("fp16_tflops")),
                        sub.number(paths.key("memory_gb")), at));
                i++;
            }
        }

        /** A labelled value keeps its label only when a source and a date earn it; when none does, the located path warns. */
        Datum earn(Datum d, String audit, LocalDate date) {
            if (d.evidence() == Evidence.DECLARED) {
                return d;
            }
            List<Provenance> sources = audit == null || audit.isBlank() ? List.of()
                    : List.of(Provenance.audit(audit.strip(), date, file));
            Datum earned = d.earned(sources);
            if (earned.unearned() != null) {
                throw GIVE_UP;
            }
            return earned;
        }

        /** A choice of {@code f} by its id or one of its names, as the located path reads it; anything it refuses gives up. */
        String choice(String raw, Field f) {
            Values.Choice c = Values.choice(raw, f);
            if (c.error() != null || c.id() == null) {
                throw GIVE_UP;
            }
            return c.id();
        }

        LocalDate date(String text, boolean monthOk) {
            LocalDate d = Values.date(text, monthOk);
            if (d == null || referenceDate != null && d.isAfter(referenceDate)) {
                throw GIVE_UP;
            }
            return d;
        }

        /** The current token as a scalar, as the tree builder makes it; anything else gives up. */
        Node.ScalarNode scalar() throws IOException {
            JsonToken tok = p.currentToken();
            Node.ScalarKind kind = switch (tok) {
                case VALUE_STRING -> Node.ScalarKind.STRING;
                case VALUE_NUMBER_INT -> Node.ScalarKind.INTEGER;
                case VALUE_NUMBER_FLOAT -> Node.ScalarKind.FLOAT;
                case VALUE_TRUE, VALUE_FALSE -> Node.ScalarKind.BOOLEAN;
                case VALUE_NULL -> Node.ScalarKind.NULL;
                default -> throw GIVE_UP;
            };
            plainYaml();
            String text = p.getText();
            if (kind != Node.ScalarKind.NULL && text.length() > limits.maxStringLength()) {
                throw GIVE_UP;
            }
            return new Node.ScalarNode(p.tokenLine() + lineOffset, p.tokenColumn(), text, kind);
        }

        /** The current scalar's text, null for null; a map or list gives up. */
        String textOrNull() throws IOException {
            Node.ScalarNode s = scalar();
            return s.isNull() ? null : s.text();
        }

        /** A map or list opened at nesting level {@code depth}: past the limit, the located path says so. */
        void opening(int depth) throws IOException {
            if (depth >= limits.maxDepth()) {
                throw GIVE_UP;
            }
            plainYaml();
        }

        Location at(Node.ScalarNode s, String path) {
            return new Location(file, s.line(), s.column(), path);
        }
    }

    /**
     * The path of item {@code index} of a list of objects ({@code compute.accelerators[2]}) and of each of its keys,
     * made once for the first {@link #KEPT} items of each list and kept: a catalog builds them for every accelerator
     * line of every record.
     */
    private record ItemPaths(Field of, String item, Map<String, String> keys) {
        static final int KEPT = 32;
        private static final Map<String, ItemPaths[]> MADE = new java.util.concurrent.ConcurrentHashMap<>();

        static ItemPaths of(String list, Field item, int index) {
            if (index >= KEPT) {
                return make(list, item, index);
            }
            ItemPaths[] made = MADE.get(list);
            if (made == null) {
                if (MADE.size() >= 64) {
                    return make(list, item, index); // only the schema's lists are expected; bounded all the same
                }
                made = MADE.computeIfAbsent(list, k -> new ItemPaths[KEPT]);
            }
            ItemPaths p = made[index];
            if (p == null || p.of != item) {
                p = make(list, item, index);
                made[index] = p;
            }
            return p;
        }

        private static ItemPaths make(String list, Field item, int index) {
            String ip = list + "[" + index + "]";
            Map<String, String> keys = new java.util.HashMap<>();
            for (String k : item.children().keySet()) {
                keys.put(k, ip + "." + k);
            }
            return new ItemPaths(item, ip, java.util.Collections.unmodifiableMap(keys)); // a hash map: probed by hash first
        }

        String key(String name) {
            String k = keys.get(name);
            return k != null ? k : item + "." + name;
        }
    }

    private static Field conditionOf(Field f, String key) {
        for (Field c : f.conditions()) {
            if (c.name().equals(key)) {
                return c;
            }
        }
        return null;
    }
}
