package dev.cca.input.catalog;

import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.InputFiles;
import dev.cca.input.JsonReader;
import dev.cca.input.Node;
import dev.cca.input.SourceFile;
import dev.cca.input.StreamingProfileReader;
import dev.cca.input.TextDecoder;
import dev.cca.input.YamlReader;
import dev.cca.model.CenterProfile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * YAML and JSON files, which are read whole (within {@link dev.cca.input.Limits#maxFileBytes()}) because
 * a document can span the file. A YAML stream is cut at its {@code ---} markers here, cheaply; each
 * document is parsed by its raw record, on whichever thread the caller chooses. A JSON object file is one
 * record, parsed likewise. A JSON array file is streamed by {@link JsonArrayRecords}; one that arrives here
 * read whole (standard input) is cut by it all the same.
 */
final class TextFileRecords implements FileRecords {

    private final Deque<RawRecord> pending = new ArrayDeque<>();
    private final Context ctx;
    private List<YamlReader.Chunk> chunks;
    private int nextChunk;
    private int index;
    /** Records of a JSON file, for {@link #progress()}. */
    private int total;
    private SourceFile source;
    private YamlReader yaml;
    /** The elements of a JSON array file, when the file is one. */
    private JsonArrayRecords array;

    private TextFileRecords(Context ctx) {
        this.ctx = ctx;
    }

    /**
     * A YAML stream: standard input ({@code stdin}), else the file's bytes when the caller has read them already
     * ({@code bytes}, within the size limit), else the file, read here.
     */
    static TextFileRecords yaml(Context ctx, InputStream stdin, byte[] bytes, YamlReader yaml) {
        TextFileRecords r = new TextFileRecords(ctx);
        r.source = read(ctx, stdin, bytes);
        if (r.source != null) {
            r.yaml = yaml;
            r.chunks = YamlReader.split(r.source.text());
        }
        return r;
    }

    /** A JSON file or standard input, its text as for {@link #yaml}. */
    static TextFileRecords json(Context ctx, InputStream stdin, byte[] bytes, JsonReader json) {
        TextFileRecords r = new TextFileRecords(ctx);
        SourceFile src = read(ctx, stdin, bytes);
        if (src == null) {
            return r;
        }
        r.source = src;
        r.total = 1;
        if (JsonArrayRecords.startsArray(src.text())) {
            // An array read whole (standard input, or one whose head is all white space): cut as a file's is.
            r.array = new JsonArrayRecords(ctx, src, json);
            return r;
        }
        r.pending.add(new JsonFile(src, json));
        return r;
    }

    private static SourceFile read(Context ctx, InputStream stdin, byte[] whole) {
        try {
            if (ctx.path() != null && whole != null) {
                TextDecoder.Decoded d = TextDecoder.decode(whole, ctx.options().encoding(), ctx.name());
                return new SourceFile(ctx.name(), ctx.path(), d.text(), d.note());
            }
            if (ctx.path() != null) {
                return InputFiles.read(ctx.path(), ctx.name(), ctx.options().limits(), ctx.options().encoding());
            }
            byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, ctx.options().limits().maxFileBytes() + 1));
            if (bytes.length > ctx.options().limits().maxFileBytes()) {
                ctx.error(Messages.inputTooLarge(ctx.options().limits().maxFileBytes()));
                return null;
            }
            TextDecoder.Decoded d = TextDecoder.decode(bytes, ctx.options().encoding(), ctx.name());
            return new SourceFile(ctx.name(), null, d.text(), d.note());
        } catch (InputException e) {
            e.diagnostics().forEach(ctx.report());
            return null;
        } catch (IOException e) {
            ctx.error(Messages.cannotRead(e.getMessage()));
            return null;
        }
    }

    /** A whole JSON file holding one object. */
    private record JsonFile(SourceFile source, JsonReader json) implements RawRecord {
        @Override
        public Location location() {
            return Location.of(source.name(), 1, 1);
        }

        @Override
        public ParsedRecord parse() {
            Problems problems = new Problems();
            JsonReader.Read read = json.read(source.text(), source.name(), 0, 0, problems);
            int line = read.root() == null ? 1 : read.root().line();
            return new ParsedRecord(new Document(source, 0, line, read.root(), read.declaredId()), Location.of(source.name(), line, 1),
                    problems);
        }
    }

    /** One document of a YAML stream. */
    private record YamlDocument(SourceFile source, YamlReader yaml, YamlReader.Chunk chunk, int index)
            implements RawRecord {
        @Override
        public Location location() {
            return Location.of(source.name(), chunk.firstLine() + 1, 1);
        }

        @Override
        public ParsedRecord parse(StreamingProfileReader fast) {
            if (fast != null) {
                CenterProfile p = yaml.fast(source, chunk, fast);
                if (p != null) {
                    int line = p.origin().line();
                    return new ParsedRecord(new Document(source, index, line, null), Location.of(source.name(), line, 1),
                            new Problems(), null, p);
                }
            }
            return parse();
        }

        @Override
        public ParsedRecord parse() {
            Problems problems = new Problems();
            Document d = yaml.parse(source, chunk, index, problems);
            if (d == null) {
                // Only comments after a '---': cutting kept it, parsing finds nothing; an empty record.
                d = new Document(source, index, chunk.firstLine() + 1, null);
            }
            return new ParsedRecord(d, Location.of(source.name(), d.line(), 1), problems);
        }
    }

    @Override
    public RawRecord next() {
        if (array != null) {
            return array.next();
        }
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        while (chunks != null && nextChunk < chunks.size()) {
            YamlReader.Chunk c = chunks.get(nextChunk++);
            if (YamlReader.isEmptyDocument(c.text())) {
                continue;
            }
            if (index >= ctx.options().limits().maxDocuments()) {
                ctx.error(c.firstLine() + 1, 1, Messages.tooManyDocuments(ctx.options().limits().maxDocuments()));
                chunks = null;
                return null;
            }
            return new YamlDocument(source, yaml, c, index++);
        }
        if (chunks != null && index == 0) {
            ctx.error(Messages.noDocument());
            chunks = null;
        }
        return null;
    }

    /** The file's text, or null when it could not be read. */
    SourceFile source() {
        return source;
    }

    @Override
    public double progress() {
        if (array != null) {
            return -1;
        }
        if (chunks != null && !chunks.isEmpty()) {
            return (double) nextChunk / chunks.size();
        }
        return total == 0 ? 1 : (double) (total - pending.size()) / total;
    }

    @Override
    public void close() {
        chunks = null;
        pending.clear();
    }
}
