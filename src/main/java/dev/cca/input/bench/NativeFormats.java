package dev.cca.input.bench;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.input.Limits;
import dev.cca.input.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The native benchmark formats: the readers of each tool of {@link BenchmarkTool} that has any, in its order (a tool
 * may have several, such as nccl-tests' text and JSON, under one format name). {@link #detect(SourceFile)} chooses a reader by what the file
 * contains (key names, header lines); the file name only breaks a tie between two readers that both claim
 * it. A file no reader claims is refused with a message listing every format cca reads.
 */
public final class NativeFormats {

    private final List<NativeReader> readers;

    private final Limits limits;

    public NativeFormats(Limits limits) {
        this.limits = limits;
        List<NativeReader> all = new ArrayList<>();
        for (BenchmarkTool t : BenchmarkTool.values()) {
            all.addAll(t.readers(limits));
        }
        this.readers = List.copyOf(all);
    }

    /** The formats with the default limits. */
    public static NativeFormats standard() {
        return new NativeFormats(Limits.DEFAULT);
    }

    public List<NativeReader> readers() {
        return readers;
    }

    /** The format names, in registration order, each once. */
    public List<String> formats() {
        return readers.stream().map(NativeReader::format).distinct().toList();
    }

    public Optional<NativeReader> byFormat(String format) {
        return readers.stream().filter(r -> r.format().equals(format)).findFirst();
    }

    /** Every reader whose detection claims {@code content}. */
    public List<NativeReader> candidates(String content) {
        List<NativeReader> out = new ArrayList<>();
        for (NativeReader r : readers) {
            if (r.detect(content)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The reader for a file, chosen by its content.
     *
     * @throws InputException when no format claims the file (the message lists the formats cca reads), or
     *                        when two do and the file name does not settle it
     */
    public NativeReader detect(SourceFile file) throws InputException {
        List<NativeReader> found = candidates(file.text());
        if (found.size() > 1) {
            List<NativeReader> named = found.stream().filter(r -> r.nameHint(baseName(file.name()))).toList();
            if (named.size() == 1) {
                return named.get(0);
            }
            throw new InputException(Diagnostic.error(Location.file(file.name()), ambiguous(found)));
        }
        if (found.isEmpty()) {
            String t = file.text().stripLeading();
            if (t.startsWith("{") || t.startsWith("[")) {
                // JSON that does not parse is most often a truncated or hand-edited tool output: say where it breaks.
                List<Diagnostic> broken = jsonSyntax(file);
                if (!broken.isEmpty()) {
                    throw new InputException(broken);
                }
            }
            throw new InputException(Diagnostic.error(Location.file(file.name()), unrecognised()));
        }
        return found.get(0);
    }

    /** Detects the file's format and reads every result in it. */
    public List<NativeRun> readAll(SourceFile file) throws InputException {
        NativeReader r = detect(file);
        try {
            return r.readAll(file);
        } catch (TextLog.Unreadable e) {
            throw e.asInputException();
        }
    }

    /** Text given to detection at a time when a log is streamed: detection markers sit within a few lines. */
    static final int DETECTION_CHUNK = 1 << 20;

    /**
     * Reads a file on disk that may be too long to hold: its lines are streamed, a chunk at a time, to detection,
     * and a text log (training logs, MLPerf, nccl-tests) is then streamed to its reader, so memory stays bounded by
     * a chunk and the longest line kept, whatever the file's length. A JSON result is read whole with
     * {@code whole} (its size is capped by {@code --max-file-size} like every file read whole).
     *
     * @return the runs, or null when the file is JSON or a benchmark-run document: read it whole instead
     */
    public List<NativeRun> readStreaming(Path path, String name) throws InputException {
        TextLog log = TextLog.stream(path, name, limits.maxRecordBytes());
        StringBuilder chunk = new StringBuilder();
        try {
            return detectAndRead(log, chunk, path, name);
        } catch (WholeFile e) {
            return null;
        }
    }

    private List<NativeRun> detectAndRead(TextLog log, StringBuilder chunk, Path path, String name) throws InputException {
        boolean first = true;
        try {
            for (TextLog.Line line : log) {
                if (first && (line.text().stripLeading().startsWith("{") || line.text().stripLeading().startsWith("["))) {
                    return readJson(path, name);
                }
                first = false;
                if (line.matchable()) {
                    chunk.append(line.text()).append('\n');
                }
                if (chunk.length() >= DETECTION_CHUNK) {
                    List<NativeRun> runs = readIfDetected(chunk.toString(), path, name);
                    if (runs != null) {
                        return runs;
                    }
                    chunk.setLength(0);
                }
            }
            List<NativeRun> runs = chunk.length() == 0 ? null : readIfDetected(chunk.toString(), path, name);
            if (runs != null) {
                return runs;
            }
        } catch (TextLog.Unreadable e) {
            throw e.asInputException();
        }
        if (first) {
            throw new InputException(Diagnostic.error(Location.of(name, 1, 1), BenchCode.FILE_EMPTY));
        }
        throw new InputException(Diagnostic.error(Location.file(name), unrecognised()));
    }

    /**
     * A JSON result too long to hold (vLLM's and SGLang's with per-request detail, a GenAI-Perf export): told by its
     * head, where the tools write their summary, then parsed as it is read, keeping at most
     * {@link JsonInput#KEPT_LIST_ELEMENTS} elements of each list. Null (read it whole) when no JSON reader claims the
     * head, or it is a benchmark-run document: reading it whole reports why.
     */
    private List<NativeRun> readJson(Path path, String name) throws InputException {
        byte[] head;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(path)) {
            head = in.readNBytes(DETECTION_CHUNK);
        } catch (java.io.IOException e) {
            return null;
        }
        String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
        if (text.contains(dev.cca.input.bench.BenchmarkRunReader.FORMAT)) {
            return null;
        }
        List<NativeReader> found = candidates(text).stream().filter(r -> !(r instanceof LogReader)).toList();
        if (found.size() > 1) {
            found = found.stream().filter(r -> r.nameHint(baseName(name))).toList();
        }
        if (found.size() != 1) {
            return null;
        }
        return found.get(0).readAll(new SourceFile(name, path, "", ""));
    }

    /** The runs of the file when a log reader claims this chunk of it; null when none does. */
    private List<NativeRun> readIfDetected(String chunk, Path path, String name) throws InputException {
        if (chunk.contains(dev.cca.input.bench.BenchmarkRunReader.FORMAT)) {
            throw new WholeFile();
        }
        List<NativeReader> found = candidates(chunk);
        if (found.isEmpty()) {
            return null;
        }
        NativeReader r = found.size() == 1 ? found.get(0) : found.stream().filter(x -> x.nameHint(baseName(name))).findFirst()
                .orElseThrow(() -> new InputException(Diagnostic.error(Location.file(name), ambiguous(found))));
        if (!(r instanceof LogReader log)) {
            throw new WholeFile();
        }
        return log.readAll(TextLog.stream(path, name, limits.maxRecordBytes()));
    }

    /** Thrown inside {@link #readStreaming} when the file turns out to be one that is read whole. */
    static final class WholeFile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WholeFile() {
            super(null, null, false, false);
        }
    }

    private static dev.cca.diag.Message ambiguous(List<NativeReader> found) {
        List<String> names = found.stream().map(NativeReader::format).toList();
        return new dev.cca.diag.Message(dev.cca.diag.BenchCode.AMBIGUOUS_OUTPUT,
                dev.cca.diag.Localized.of(String.join(" and of ", names), String.join(" 或 ", names)));
    }

    private dev.cca.diag.Message unrecognised() {
        StringBuilder sb = new StringBuilder();
        for (NativeReader r : readers) {
            sb.append("\n  ").append(r.format()).append(": ").append(r.describe());
        }
        return new dev.cca.diag.Message(dev.cca.diag.BenchCode.UNRECOGNISED_OUTPUT, sb.toString());
    }

    /** The first JSON syntax error of a JSON or JSON Lines file, or nothing when every value parses. */
    private List<Diagnostic> jsonSyntax(SourceFile file) {
        dev.cca.input.JsonReader json = new dev.cca.input.JsonReader(limits);
        dev.cca.diag.Problems whole = new dev.cca.diag.Problems();
        if (json.parse(file.text(), file.name(), 0, whole) != null) {
            return List.of();
        }
        String[] lines = file.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            dev.cca.diag.Problems one = new dev.cca.diag.Problems();
            if (json.parse(lines[i], file.name(), i, one) == null) {
                List<Diagnostic> broken = lines.length > 1 && i == 0 && whole.hasErrors() && !lines[0].strip().endsWith("}")
                        ? whole.all() : one.all();
                // A limit met on the way (a list of more elements than --max-elements, a value too long, nesting too deep)
                // says nothing of what the file is: no reader claimed it, and none would with the limit raised.
                return broken.stream().anyMatch(d -> LIMITS.contains(d.code())) ? List.of() : broken;
            }
        }
        return List.of();
    }

    /** The errors of a JSON reader that meets one of cca's limits, not broken syntax. */
    private static final java.util.Set<dev.cca.diag.Code> LIMITS = java.util.Set.of(dev.cca.diag.FileCode.LIST_MORE_ELEMENTS,
            dev.cca.diag.FileCode.MAP_MORE_KEYS, dev.cca.diag.FileCode.VALUE_CHARACTERS_OVER_CHARACTER,
            dev.cca.diag.FileCode.KEY_CHARACTERS_OVER_CHARACTER, dev.cca.diag.FileCode.VALUES_ARE_NESTED_MORE,
            dev.cca.diag.FileCode.NUMBER_TOO_LONG);

    private static String baseName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
