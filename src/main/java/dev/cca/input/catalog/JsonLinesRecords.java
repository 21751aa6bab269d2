package dev.cca.input.catalog;

import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.JsonReader;
import dev.cca.input.Node;
import dev.cca.input.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;

/**
 * The lines of a JSON Lines file, read as a stream: one JSON object per line, blank lines skipped, each
 * line at most {@link dev.cca.input.Limits#maxRecordBytes()} characters (a longer one is reported and
 * skipped, and reading goes on with the next line).
 */
final class JsonLinesRecords implements FileRecords {

    private final Context ctx;
    private final InputStream stream;
    private final JsonReader json;
    private final int limit;
    private final StringBuilder sb = new StringBuilder(4096);
    private SourceFile source;
    private CharStream chars;
    private int index;
    private boolean done;

    JsonLinesRecords(Context ctx, InputStream stream, JsonReader json) {
        this.ctx = ctx;
        this.stream = stream;
        this.json = json;
        this.limit = ctx.options().limits().maxRecordBytes();
        try {
            TextInput text = TextInput.open(stream, ctx.name(), ctx.options().encoding());
            source = new SourceFile(ctx.name(), ctx.path(), "", text.note());
            chars = new CharStream(text.reader());
        } catch (InputException e) {
            e.diagnostics().forEach(ctx.report());
            done = true;
        } catch (IOException e) {
            ctx.error(Messages.cannotRead(e.getMessage()));
            done = true;
        }
    }

    /** One line of the file, parsed on whichever thread calls {@link #parse()}. */
    private record Line(SourceFile source, JsonReader json, int index, int line, String text) implements RawRecord {
        @Override
        public Location location() {
            return Location.of(source.name(), line, 1);
        }

        @Override
        public Record parse() {
            Problems problems = new Problems();
            Node root = json.parse(text, source.name(), line - 1, problems);
            return new Record(new Document(source, index, line, root), location(), problems);
        }
    }

    @Override
    public RawRecord next() {
        if (done) {
            return null;
        }
        try {
            while (true) {
                int c = chars.peek();
                if (c == CharStream.EOF) {
                    done = true;
                    return null;
                }
                int line = chars.line();
                sb.setLength(0);
                int n = chars.readRun(sb, '\n', limit + 1);
                if (n > limit) {
                    chars.skipLine();
                    return Ready.broken(source, index++, line, line, 1, Messages.recordTooLong(limit));
                }
                chars.read();
                if (isBlank(sb)) {
                    continue;
                }
                return new Line(source, json, index++, line, sb.toString());
            }
        } catch (CharacterCodingException e) {
            ctx.error(chars.line(), 0, Messages.decodeErrorMidFile(
                    ctx.options().encoding() == null ? "UTF-8" : ctx.options().encoding().name()));
        } catch (IOException e) {
            ctx.error(chars.line(), 0, Messages.cannotRead(e.getMessage()));
        }
        done = true;
        return null;
    }

    private static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            // An input that fails to close has lost nothing.
        }
    }
}
