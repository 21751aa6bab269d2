package dev.cca.input;

import dev.cca.diag.FileCode;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML streams into located {@link Node} trees, one document at a time.
 *
 * <p>The stream is first cut into documents at their {@code ---} markers (a marker at the start of a line
 * ends any block scalar, so the cut follows the YAML specification), and each document is parsed on its
 * own. That is what lets a catalog with one broken document still deliver all the others: a YAML parser
 * cannot resynchronise after a syntax error, but the next document's parser never saw it.
 */
public final class YamlReader {

    private final Limits limits;
    private final YAMLFactory factory;

    public YamlReader(Limits limits) {
        this.limits = limits;
        LoaderOptions lo = new LoaderOptions();
        // Our own builder enforces depth and alias limits with better messages; these only back it up.
        lo.setNestingDepthLimit(limits.maxDepth() + 8);
        lo.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes() + 1024));
        lo.setAllowDuplicateKeys(true);
        this.factory = new AnchoredYamlFactory(YAMLFactory.builder()
                .loaderOptions(lo)
                .streamReadConstraints(JsonReader.constraints(limits)), lo, limits.maxStringLength());
    }

    /**
     * A stretch of the stream that holds one document; {@code firstLine} is where it starts (0-based).
     * Public so that catalog readers can cut a stream cheaply on one thread ({@link #split}) and parse the
     * chunks on others ({@link #parse(SourceFile, Chunk, int, Problems)}).
     */
    public record Chunk(int firstLine, String text) {
    }

    /**
     * Every non-empty document of the file. Problems of a broken document are added to {@code problems}
     * and that document is returned with a {@code null} root, so callers can count and skip it.
     */
    public List<Document> readAll(SourceFile source, Problems problems) {
        List<Document> out = new ArrayList<>();
        Iterator<Document> it = documents(source, problems);
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }

    /**
     * The documents of a file, parsed lazily so that a large multi-document catalog is never held as
     * trees all at once. Empty documents (only comments, or a trailing {@code ---}) are skipped.
     */
    public Iterator<Document> documents(SourceFile source, Problems problems) {
        List<Chunk> chunks = split(source.text());
        return new Iterator<>() {
            int next;
            int index;
            Document pending;

            @Override
            public boolean hasNext() {
                while (pending == null && next < chunks.size()) {
                    if (index >= limits.maxDocuments()) {
                        problems.error(Location.of(source.name(), chunks.get(next).firstLine() + 1, 1),
                                FileCode.MORE_THAN_DOCUMENTS_ONE, limits.maxDocuments());
                        next = chunks.size();
                        break;
                    }
                    Chunk c = chunks.get(next++);
                    pending = parse(source, c, index, problems);
                    if (pending != null) {
                        index++;
                    }
                }
                return pending != null;
            }

            @Override
            public Document next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Document d = pending;
                pending = null;
                return d;
            }
        };
    }

    /** A parser of the YAML text {@code text}, as the located path reads it (for tests that compare tokens). */
    JsonParser parser(String text) throws IOException {
        return factory.createParser(text);
    }

    /**
     * Parses one chunk; {@code null} when it holds no document at all. Thread-safe. Tabs that separate tokens on a line
     * are read as the spaces YAML 1.2 takes them for ({@link SeparatingTabs}); one inside a value stays the value's own.
     */
    public Document parse(SourceFile source, Chunk c, int index, Problems problems) {
        int separator = lineSeparator(c.text());
        if (separator >= 0) {
            problems.add(lineSeparatorError(source, c, separator));
            return new Document(source, index, c.firstLine() + 1, null);
        }
        SeparatingTabs tabs = SeparatingTabs.of(c.text(), null);
        for (int reading = 0; tabs != null && reading < 2; reading++) {
            Problems trial = new Problems();
            Document d = parse(source, c, tabs, index, trial);
            if (!tabs.touchedAScalar()) {
                problems.addAll(trial);
                return d;
            }
            tabs = SeparatingTabs.of(c.text(), tabs.inside());
        }
        return parse(source, c, null, index, problems);
    }

    /** {@link #parse(SourceFile, Chunk, int, Problems)} of the chunk with {@code tabs} as spaces (null: as written). */
    Document parse(SourceFile source, Chunk c, SeparatingTabs tabs, int index, Problems problems) {
        int mark = problems.mark();
        try (JsonParser p = factory.createParser(tabs == null ? c.text() : tabs.text)) {
            AnchoredYamlFactory.watch(p, tabs);
            JsonToken t = p.nextToken();
            boolean blank = t == JsonToken.VALUE_NULL || (t == JsonToken.VALUE_STRING && p.getText().isEmpty());
            if (t == null || (blank && isEmptyDocument(c.text()))) {
                return null;
            }
            int line = p.currentTokenLocation().getLineNr() + c.firstLine();
            Node root;
            TreeBuilder builder = new TreeBuilder(p, source.name(), c.firstLine(), limits, problems);
            try {
                root = builder.build();
            } catch (TreeBuilder.LimitExceeded e) {
                return new Document(source, index, line, null);
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                // Only a parser quirk can get here: the chunk held a second document without a marker.
                problems.error(Location.of(source.name(), p.currentTokenLocation().getLineNr() + c.firstLine(), 1),
                        FileCode.SECOND_DOCUMENT_STARTS_HERE);
            }
            return problems.errorsSince(mark) ? new Document(source, index, line, null, after == null ? builder.declaredId(root) : null)
                    : new Document(source, index, line, root);
        } catch (JsonProcessingException e) {
            problems.add(syntaxError(source, c, e));
            return new Document(source, index, c.firstLine() + 1, null);
        } catch (IOException e) {
            problems.error(Location.of(source.name(), c.firstLine() + 1, 1), FileCode.CANNOT_READ_DOCUMENT, e.getMessage());
            return new Document(source, index, c.firstLine() + 1, null);
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            problems.add(notAllowed(source, c, e));
            return new Document(source, index, c.firstLine() + 1, null);
        } catch (RuntimeException e) {
            // SnakeYAML reports some malformed input (bad escapes) as runtime exceptions.
            problems.error(Location.of(source.name(), c.firstLine() + 1, 1), FileCode.NOT_VALID_YAML,
                    YamlSyntax.describe(firstLine(e.getMessage())));
            return new Document(source, index, c.firstLine() + 1, null);
        }
    }

    /**
     * The profile of one chunk read by the fast path ({@link StreamingProfileReader#read(JsonParser, String, int)}), or
     * null when the located path must read it. A chunk in the block YAML that profiles are written in is read by
     * {@link BlockYamlParser}, which gives the same tokens as the YAML parser the located path builds its tree from
     * (then a profile the fast path gives up is given up by the same path over that parser's tokens, and goes straight
     * to the located path); any other chunk is read over that parser's tokens.
     */
    public dev.cca.model.CenterProfile fast(SourceFile source, Chunk c, StreamingProfileReader fast) {
        BlockYamlParser block = BlockYamlParser.scan(c.text(), limits.maxDepth(), limits.maxStringLength(), limits.maxElements());
        if (block != null) {
            return fast.read(block, source.name(), c.firstLine());
        }
        return parserFast(source, c, fast);
    }

    /** Whether {@link #fast} reads the chunk with {@link BlockYamlParser} (its text is in that scanner's subset). */
    public boolean scans(Chunk c) {
        return BlockYamlParser.scan(c.text(), limits.maxDepth(), limits.maxStringLength(), limits.maxElements()) != null;
    }

    /** {@link #fast} over the tokens of the YAML parser the located path builds its tree from. */
    dev.cca.model.CenterProfile parserFast(SourceFile source, Chunk c, StreamingProfileReader fast) {
        if (lineSeparator(c.text()) >= 0) {
            return null;
        }
        SeparatingTabs tabs = SeparatingTabs.of(c.text(), null);
        try (JsonParser p = factory.createParser(tabs == null ? c.text() : tabs.text)) {
            AnchoredYamlFactory.watch(p, tabs);
            dev.cca.model.CenterProfile read = fast.read(p, source.name(), c.firstLine());
            // A tab inside a value was read as a space: the located path reads the value as written.
            return tabs != null && tabs.touchedAScalar() ? null : read;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The index of the first NEL (U+0085), line separator (U+2028) or paragraph separator (U+2029) of {@code text}, or -1.
     * SnakeYAML, a YAML 1.1 reader, takes each for a line end (YAML 1.2 and editors do not): a value or comment that holds
     * one was cut there, its rest read as the next line, a quoted text folded to a space, and an error put on a line the
     * file does not have as its editor shows it.
     */
    private static int lineSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\u0085' || ch == '\u2028' || ch == '\u2029') {
                return i;
            }
        }
        return -1;
    }

    private static dev.cca.diag.Diagnostic lineSeparatorError(SourceFile source, Chunk c, int at) {
        String text = c.text();
        int line = 1;
        int column = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(text.charAt(i)) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                column++;
            }
        }
        char ch = text.charAt(at);
        String code = String.format("U+%04X", (int) ch);
        String en = ch == '\u0085' ? "a next-line character (NEL, " + code + ")" : ch == '\u2028' ? "a line separator (" + code + ")"
                : "a paragraph separator (" + code + ")";
        String zh = ch == '\u0085' ? "下一行字符（NEL，" + code + "）" : ch == '\u2028' ? "行分隔符（" + code + "）" : "段分隔符（" + code + "）";
        return dev.cca.diag.Diagnostic.error(Location.of(source.name(), c.firstLine() + line, column), FileCode.NOT_VALID_YAML,
                dev.cca.diag.Localized.of(en + ", which YAML 1.1 readers take for a line end where an editor shows none; remove it,"
                                + " or write it as an escape in double quotes (\\u" + code.substring(2) + ")",
                        zh + "，YAML 1.1 解析器会把它当作换行，而编辑器中看不到换行；请删除，或在双引号中写成转义（\\u" + code.substring(2) + "）"));
    }

    /**
     * A character YAML allows nowhere (a control, DEL, an unpaired surrogate), at its place in the chunk: SnakeYAML's
     * reader says only where in the stream it is, and the error was put at the document's first line.
     */
    private static dev.cca.diag.Diagnostic notAllowed(SourceFile source, Chunk c, org.yaml.snakeyaml.reader.ReaderException e) {
        int[] at = place(c.text(), e.getPosition());
        String code = String.format("U+%04X", e.getCodePoint());
        return dev.cca.diag.Diagnostic.error(Location.of(source.name(), c.firstLine() + at[0], at[1]), FileCode.NOT_VALID_YAML,
                dev.cca.diag.Localized.of("a control character (" + code + ") that YAML does not allow in a text; remove it, or"
                                + " write it as an escape in double quotes (\\u" + code.substring(2) + ")",
                        "YAML 文本中不允许的控制字符（" + code + "）；请删除，或在双引号中写成转义（\\u" + code.substring(2) + "）"));
    }

    private dev.cca.diag.Diagnostic syntaxError(SourceFile source, Chunk c, JsonProcessingException e) {
        if (e.getCause() instanceof org.yaml.snakeyaml.reader.ReaderException r) {
            return notAllowed(source, c, r);
        }
        if (e instanceof AnchoredYamlFactory.NonScalarKey k) {
            Location at = Location.of(source.name(), k.line + c.firstLine(), k.column);
            return switch (k.kind) {
                case ALIAS -> dev.cca.diag.Diagnostic.error(at, dev.cca.diag.ProfileCode.ALIAS_KEY, k.alias);
                case LIST -> dev.cca.diag.Diagnostic.error(at, FileCode.COMPLEX_KEY,
                        dev.cca.diag.Localized.of("a list ('? [a, b]')", "列表（“? [a, b]”）"));
                case MAP -> dev.cca.diag.Diagnostic.error(at, FileCode.COMPLEX_KEY,
                        dev.cca.diag.Localized.of("a map ('{a: 1}: 2' or '? {a: 1}')", "映射（“{a: 1}: 2”或“? {a: 1}”）"));
            };
        }
        if (e.getCause() instanceof LinearStreamReader.TooLong t) {
            FileCode code = switch (t.kind) {
                case VALUE -> FileCode.VALUE_LONGER_THAN_LIMIT;
                case COMMENT -> FileCode.COMMENT_LONGER_THAN_LIMIT;
                case BLANKS -> FileCode.BLANKS_LONGER_THAN_LIMIT;
            };
            return dev.cca.diag.Diagnostic.error(Location.of(source.name(), t.line + 1 + c.firstLine(), t.column + 1), code, t.limit);
        }
        JsonLocation loc = e.getLocation();
        int line = loc == null || loc.getLineNr() < 1 ? c.firstLine() + 1 : loc.getLineNr() + c.firstLine();
        int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
        // SnakeYAML knows where the problem itself is (the tab, the stray colon); Jackson reports where the
        // construct began. Point at the problem.
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
            line = m.getProblemMark().getLine() + 1 + c.firstLine();
            col = m.getProblemMark().getColumn() + 1;
        }
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getContextMark() != null
                && "while scanning a simple key".equals(m.getContext()) && "could not find expected ':'".equals(m.getProblem())) {
            int keyLine = m.getContextMark().getLine() + 1 + c.firstLine();
            int keyColumn = m.getContextMark().getColumn();
            int length = keyLength(source, keyLine, keyColumn);
            if (length > 1024) {
                return dev.cca.diag.Diagnostic.error(Location.of(source.name(), keyLine, keyColumn + 1), FileCode.YAML_KEY_TOO_LONG, length);
            }
        }
        String msg = cleanMessage(raw);
        dev.cca.diag.Localized said = YamlSyntax.describe(msg);
        String text = source.line(line);
        if (said.get("en").startsWith("a tab") && col > 1 && col - 1 <= text.length() && !text.substring(0, col - 1).isBlank()) {
            // Not indentation, and not a tab between tokens (those are read as spaces): one after the '-', '?' or ':' that
            // opens the line's entry.
            said = dev.cca.diag.Localized.of("a tab after the '-', '?' or ':' that opens the line's entry, where cca reads only a"
                            + " space (YAML refuses a tab there before a nested list or map); write a space instead",
                    "制表符位于行首条目的“-”“?”或“:”之后，此处 cca 只读取空格（YAML 不允许在此处的嵌套列表或映射前使用制表符）；请改为空格");
        }
        int colonAt = lookAlikeLine(source, line, "\uFF1A");
        int spaceAt = lookAlikeLine(source, line, ":\u00A0");
        if (colonAt > 0) {
            dev.cca.diag.Localized plain = said;
            said = dev.cca.diag.Localized.of(plain.get("en") + " (" + (colonAt == line ? "this line" : "line " + colonAt)
                            + " has '：', a full-width colon: YAML separates a key from its value with ':' and a space)",
                    plain.get("zh") + "（" + (colonAt == line ? "这一行" : "第 " + colonAt + " 行")
                            + "有全角冒号“：”：YAML 用半角“:”加一个空格分隔键与值）");
        } else if (spaceAt > 0) {
            dev.cca.diag.Localized plain = said;
            said = dev.cca.diag.Localized.of(plain.get("en") + " (" + (spaceAt == line ? "this line" : "line " + spaceAt)
                            + " has a no-break space, U+00A0, after a ':', which YAML does not read as a space: type an ordinary space)",
                    plain.get("zh") + "（" + (spaceAt == line ? "这一行" : "第 " + spaceAt + " 行")
                            + "的“:”之后是不换行空格（U+00A0），YAML 不把它当作空格：请改为普通空格）");
        }
        if (tabInIndentation(text) && !text.strip().startsWith("#") && !said.get("en").startsWith("a tab")) {
            dev.cca.diag.Localized plain = said;
            said = dev.cca.diag.Localized.of(plain.get("en") + " (this line has a tab: YAML indents with spaces only)",
                    plain.get("zh") + "（这一行有制表符：YAML 只能用空格缩进）");
        }
        return dev.cca.diag.Diagnostic.error(Location.of(source.name(), line, col), FileCode.NOT_VALID_YAML, said);
    }

    /**
     * The line (1-based within {@code text}) and column (1-based, in code points, as SnakeYAML counts columns) of the code
     * point {@code index} of {@code text}; line ends are LF (the text's line ends are normalised when it is decoded).
     */
    static int[] place(String text, int index) {
        int line = 1;
        int column = 1;
        int cp = 0;
        for (int i = 0; i < text.length() && cp < index; i++, cp++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
        }
        return new int[] {line, column};
    }

    /**
     * Whether the line has a tab before its first character that is not a blank or one of the indicators {@code - ? :}:
     * where a tab is indentation, or comes before a nested list or map. A tab after other text separates tokens, as a
     * space does ({@link SeparatingTabs}), and has no part in an error.
     */
    private static boolean tabInIndentation(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                return true;
            }
            if (c != ' ' && c != '-' && c != '?' && c != ':') {
                return false;
            }
        }
        return false;
    }

    /**
     * The line of a syntax error, or the line above it, when it holds {@code what} after a key outside a comment: a
     * full-width colon ({@code compute：} or {@code pue：1.3}, as a Chinese input method types them) or a colon followed by
     * a no-break space (as text copied from a web page or a word processor has it); 0 when neither does.
     */
    private static int lookAlikeLine(SourceFile source, int line, String what) {
        for (int l = line; l >= Math.max(1, line - 1); l--) {
            String t = source.line(l);
            int hash = t.indexOf(" #");
            int colon = t.indexOf(what);
            if (colon > 0 && (hash < 0 || colon < hash) && !t.strip().startsWith("#") && !t.substring(0, colon).isBlank()) {
                return l;
            }
        }
        return 0;
    }

    /**
     * The length of the plain key that starts at {@code column} (0-based) of {@code line} and ends at a colon followed by a
     * blank or the line's end; 0 when there is none on the line.
     */
    private static int keyLength(SourceFile source, int line, int column) {
        String text = source.text();
        if (source.lineStart(line) < 0) {
            return 0;
        }
        int start = source.lineStart(line) + column;
        int end = source.lineEnd(line);
        for (int i = Math.max(0, start); i < end && i < text.length(); i++) {
            if (text.charAt(i) == ':' && (i + 1 >= end || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                int k = i;
                while (k > start && text.charAt(k - 1) == ' ') {
                    k--;
                }
                return k - start;
            }
        }
        return 0;
    }

    /** SnakeYAML messages repeat the position and quote the source; keep only what went wrong. */
    static String cleanMessage(String raw) {
        if (raw == null) {
            return "syntax error";
        }
        String[] lines = raw.split("\n");
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            String s = l.strip();
            if (s.isEmpty() || s.startsWith("in 'reader'") || s.startsWith("in 'string'") || s.startsWith("^")
                    || s.startsWith("at [Source") || l.startsWith("    ")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(s);
        }
        String out = sb.toString();
        return out.isEmpty() ? "syntax error" : out;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    /** Cuts a stream at lines that start a document ({@code ---}); directives stay with the next document. */
    public static List<Chunk> split(String text) {
        List<Chunk> chunks = new ArrayList<>();
        int lineNo = 0;
        int chunkStart = 0;
        int chunkLine = 0;
        boolean hasContent = false;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            if (isDocumentStart(text, pos, eol)) {
                if (hasContent) {
                    chunks.add(new Chunk(chunkLine, text.substring(chunkStart, pos)));
                    chunkStart = pos;
                    chunkLine = lineNo;
                }
                hasContent = true;
            } else if (!hasContent && !isBlankCommentOrDirective(text, pos, eol)) {
                hasContent = true;
            }
            pos = eol + 1;
            lineNo++;
        }
        if (chunkStart < n && hasContent) {
            chunks.add(new Chunk(chunkLine, text.substring(chunkStart)));
        }
        return chunks;
    }

    /** True when a chunk holds only its {@code ---} marker, comments, blank lines and directives. */
    public static boolean isEmptyDocument(String text) {
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            String line = text.substring(pos, eol).strip();
            if (line.startsWith("---")) {
                line = line.substring(3).strip();
            } else if (line.startsWith("...")) {
                line = line.substring(3).strip();
            }
            if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith("%")) {
                return false;
            }
            pos = eol + 1;
        }
        return true;
    }

    private static boolean isDocumentStart(String text, int from, int to) {
        return to - from >= 3 && text.startsWith("---", from)
                && (to - from == 3 || text.charAt(from + 3) == ' ' || text.charAt(from + 3) == '\t');
    }

    private static boolean isBlankCommentOrDirective(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                continue;
            }
            return c == '#' || (c == '%' && i == from);
        }
        return true;
    }
}
