package dev.cca.input.catalog;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.InputFiles;
import dev.cca.input.JsonReader;
import dev.cca.input.YamlReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The records of a catalog: any mix of directory trees, YAML (multi-document) and JSON files, JSON Lines,
 * CSV and XLSX tables, cut into {@link RawRecord}s lazily, one file open at a time, in a stable order
 * (the inputs as given; directories as {@link InputWalk} documents; records in file order).
 *
 * <p>The source is the cheap, sequential half of reading: it walks, opens, decodes and cuts. The
 * expensive half, {@link RawRecord#parse()}, is left to the caller, on as many threads as it likes
 * ({@link RecordPipeline} does that in order and with bounded memory). Nothing of a record is kept
 * after it is handed out, so memory does not grow with the catalog.
 *
 * <p>Files that hold something other than center records are told apart by their content ({@link FileKind}):
 * a benchmark-run document, a benchmark tool's own output or a rule set is not cut into records but handed
 * to the {@link #onOtherFile} listener (by default it is skipped with a warning), whether it was named on the
 * command line or found in a folder.
 *
 * <p>Problems come two ways. A broken record carries its own located problems ({@link ParsedRecord#problems()})
 * and costs no other record. A problem of a whole file (unreadable, unsupported, a bad table header, a
 * corrupt workbook, a symbolic link loop) is collected in {@link #fileProblems()}; the file's records
 * that could be cut before it are still delivered.
 *
 * <pre>{@code
 * try (CatalogSource source = CatalogSource.open(List.of(Path.of("catalog/")), CatalogOptions.DEFAULT)) {
 *     RecordPipeline.run(source.iterator(), 2, rec -> rec.profile(reader), result -> ...);
 *     source.fileProblems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class CatalogSource implements AutoCloseable, Iterable<RawRecord> {

    private final CatalogOptions options;
    private final InputWalk walk;
    private final Problems fileProblems = new Problems();
    private final JsonReader json;
    private final YamlReader yaml;
    private InputStream stream;
    private String streamName;
    private Format streamFormat;
    private FileRecords current;
    private RawRecord pending;
    private int files;
    private boolean iterated;

    /** A file among the inputs that holds no center records; {@code content} is set only for standard input. */
    public record OtherFile(FileKind kind, Path path, String name, boolean given, byte[] content) {
    }

    private java.util.function.Consumer<OtherFile> otherFiles = f -> report(Diagnostic.warning(Location.file(f.name()),
            Messages.notCenters(f.kind())));
    private InputStream stdin;
    private long doneBytes;
    private long currentSize;
    private long currentStart;

    private CatalogSource(List<Path> inputs, CatalogOptions options) {
        this.options = options;
        this.walk = new InputWalk(inputs, this::report);
        this.json = new JsonReader(options.limits());
        this.yaml = new YamlReader(options.limits());
    }

    /** A source over files and directories, read in the order given. Nothing is opened yet. */
    public static CatalogSource open(List<Path> inputs, CatalogOptions options) {
        return new CatalogSource(inputs, options);
    }

    /**
     * A source over inputs as a command line names them: files and folders, and {@code -} for standard input
     * (read where it stands among the others).
     */
    public static CatalogSource open(List<String> inputs, CatalogOptions options, InputStream stdin) {
        List<Path> paths = new java.util.ArrayList<>();
        for (String in : inputs) {
            paths.add(in.equals("-") ? InputWalk.STDIN : Path.of(in));
        }
        CatalogSource s = new CatalogSource(paths, options);
        s.stdin = stdin;
        return s;
    }

    private java.util.function.Consumer<Path> opened;
    private dev.cca.input.SourceFile stdinSource;

    /** Told of every file opened for its center records, in order (null: nobody listens). */
    public CatalogSource onFileOpened(java.util.function.Consumer<Path> listener) {
        this.opened = listener;
        return this;
    }

    /** Standard input as read, when it was read whole (YAML or JSON); null otherwise. */
    public dev.cca.input.SourceFile stdinSource() {
        return stdinSource;
    }

    /**
     * Where files that hold no center records go (benchmark files, rule sets), on the thread that reads the
     * source, in catalog order. By default each is skipped with a warning.
     */
    public CatalogSource onOtherFile(java.util.function.Consumer<OtherFile> listener) {
        this.otherFiles = listener;
        return this;
    }

    /**
     * How far cutting has come, in bytes of the catalog: the files done, and the share of the current file
     * cut so far. Read after taking a record, it is that record's place in the catalog (for progress shown
     * by records delivered, not by bytes read ahead).
     */
    public long position() {
        if (current == null) {
            return doneBytes;
        }
        double f = current.progress();
        long within = f >= 0 ? (long) (f * currentSize) : Math.min(currentSize, bytesRead.get() - currentStart);
        return doneBytes + Math.max(0, Math.min(currentSize, within));
    }

    public static CatalogSource open(Path... inputs) {
        return open(List.of(inputs), CatalogOptions.DEFAULT);
    }

    /**
     * A source over one stream (standard input, named {@code name} in messages). With {@code format}
     * null the format is sniffed from the first bytes. XLSX needs a file.
     */
    public static CatalogSource ofStream(String name, InputStream in, Format format, CatalogOptions options) {
        CatalogSource s = new CatalogSource(List.of(), options);
        s.stream = in;
        s.streamName = name;
        s.streamFormat = format;
        return s;
    }

    /** The records, lazily, in catalog order. A source can be iterated once. */
    @Override
    public Iterator<RawRecord> iterator() {
        if (iterated) {
            throw new IllegalStateException("a catalog source is read once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (pending == null) {
                    pending = advance();
                }
                return pending != null;
            }

            @Override
            public RawRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RawRecord r = pending;
                pending = null;
                return r;
            }
        };
    }

    /** The records as a sequential, ordered stream; closing the stream closes the source. */
    public Stream<RawRecord> records() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /**
     * Problems of whole files and of the walk, so far (a snapshot; safe to call from any thread).
     * Errors among them make the input invalid (exit code 3) even when every record was valid.
     */
    public List<Diagnostic> fileProblems() {
        synchronized (fileProblems) {
            return List.copyOf(fileProblems.all());
        }
    }

    public boolean hasFileErrors() {
        synchronized (fileProblems) {
            return fileProblems.hasErrors();
        }
    }

    private final java.util.concurrent.atomic.AtomicLong bytesRead = new java.util.concurrent.atomic.AtomicLong();

    /** Bytes of input consumed so far (files read whole count when opened), for progress and ETA displays. */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** The total size of the regular files below {@code inputs} (symbolic links not followed): the denominator of an ETA. */
    public static long totalBytes(List<Path> inputs) {
        long total = 0;
        for (Path in : inputs) {
            try (Stream<Path> s = Files.walk(in)) {
                total += s.filter(Files::isRegularFile).mapToLong(p -> {
                    try {
                        return Files.size(p);
                    } catch (IOException e) {
                        return 0;
                    }
                }).sum();
            } catch (IOException | java.io.UncheckedIOException e) {
                // a problem the source itself reports when it gets there
            }
        }
        return total;
    }

    /** The SHA-256 of each file read to its end as a stream (JSON Lines, CSV), taken from the bytes as they were read. */
    private final java.util.Map<Path, String> digests = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The hex SHA-256 of every file among the inputs that was read to its end as a stream (JSON Lines and CSV files),
     * computed from the same bytes as they were read, so that a result's input digests need no second pass over a large
     * catalog. A file read whole (YAML, JSON, XLSX) or not read to its end is not here.
     */
    public java.util.Map<Path, String> digests() {
        return java.util.Collections.unmodifiableMap(digests);
    }

    /** The bytes of file {@code path}, counted for progress and digested on the way. */
    private InputStream counted(InputStream in, Path path) {
        java.security.MessageDigest md;
        try {
            md = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new java.io.FilterInputStream(in) {
            private boolean ended;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead.incrementAndGet();
                    md.update((byte) b);
                } else {
                    end();
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    bytesRead.addAndGet(n);
                    md.update(buf, off, n);
                } else if (n < 0) {
                    end();
                }
                return n;
            }

            /** Skipped bytes are read, so that the digest still covers every byte. */
            @Override
            public long skip(long n) throws IOException {
                if (n <= 0) {
                    return 0;
                }
                byte[] scratch = new byte[(int) Math.min(n, 8192)];
                long done = 0;
                while (done < n) {
                    int k = read(scratch, 0, (int) Math.min(scratch.length, n - done));
                    if (k < 0) {
                        break;
                    }
                    done += k;
                }
                return done;
            }

            @Override
            public boolean markSupported() {
                return false;
            }

            private void end() {
                if (!ended) {
                    ended = true;
                    digests.put(path, java.util.HexFormat.of().formatHex(md.digest()));
                }
            }
        };
    }

    /** How many files were opened so far. */
    public int filesRead() {
        return files;
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // Reading is over; nothing is lost when an input fails to close.
            }
            stream = null;
        }
    }

    private void report(Diagnostic d) {
        synchronized (fileProblems) {
            fileProblems.add(d);
        }
    }

    private RawRecord advance() {
        while (true) {
            if (current != null) {
                RawRecord r = current.next();
                if (r != null) {
                    return r;
                }
                current.close();
                current = null;
                doneBytes += currentSize;
                currentSize = 0;
            }
            if (stream != null) {
                current = openStream();
                stream = null;
                continue;
            }
            InputWalk.Found f = walk.next();
            if (f == null) {
                return null;
            }
            if (f.path() == InputWalk.STDIN) {
                if (stdin == null) {
                    report(Diagnostic.error(Location.file("-"), Messages.noSuchInput()));
                    continue;
                }
                stream = stdin;
                streamName = "<stdin>";
                streamFormat = null;
                stdin = null;
                continue;
            }
            currentStart = bytesRead.get();
            current = openFile(f);
            if (current != null) {
                try {
                    currentSize = Files.size(f.path());
                } catch (IOException e) {
                    currentSize = 0;
                }
            }
        }
    }

    private FileRecords openFile(InputWalk.Found f) {
        FileRecords.Context ctx = new FileRecords.Context(f.path(), f.name(), options, this::report);
        try {
            // Files found in a walk are regular files already; YAML and JSON are checked again as they are read.
            if (f.given()) {
                InputFiles.checkReadable(f.path(), f.name());
            }
            Format format = f.format();
            if (format == null) {
                dev.cca.diag.Message reason = Format.unsupportedReason(f.name());
                if (reason != null) {
                    ctx.error(reason);
                    return null;
                }
            }
            // A JSON array is streamed, element by element, whatever its size (its head tells it). Any other YAML or JSON
            // file within the size limit is read once: its kind told from the head of the bytes read, which are then its
            // records' text (no second open, no separate buffer for the head).
            boolean array = false;
            FileKind kind = null;
            if (format == Format.JSON) {
                String head = head(f.path());
                array = head != null && JsonArrayRecords.startsArray(head);
                kind = array ? FileKind.of(head) : null;
            }
            byte[] whole = !array && (format == Format.YAML || format == Format.JSON) ? whole(f.path()) : null;
            if (kind == null) {
                kind = whole != null ? FileKind.of(dev.cca.input.KindHead.of(whole, whole.length, dev.cca.input.KindHead.CHARS,
                        options.encoding())) : kindOf(f.path(), options);
            }
            if (kind != FileKind.CENTERS) {
                otherFiles.accept(new OtherFile(kind, f.path(), f.name(), f.given(), null));
                return null;
            }
            if (format == null) {
                byte[] head = new byte[TextInput.HEAD];
                int n;
                try (InputStream in = Files.newInputStream(f.path())) {
                    n = in.readNBytes(head, 0, head.length);
                }
                format = Format.sniff(head, n);
                if (format == null) {
                    ctx.error(Messages.unknownContent());
                    return null;
                }
            }
            files++;
            if (opened != null) {
                opened.accept(f.path());
            }
            boolean tsv = Format.extension(f.name()).equals("tsv");
            return switch (format) {
                case JSON_LINES -> new JsonLinesRecords(ctx, counted(Files.newInputStream(f.path()), f.path()), json);
                case JSON -> array ? new JsonArrayRecords(ctx, counted(Files.newInputStream(f.path()), f.path()), json)
                        : wholeFile(ctx, format, whole, f.path());
                case CSV -> new CsvRecords(ctx, counted(Files.newInputStream(f.path()), f.path()), tsv);
                case YAML, XLSX -> wholeFile(ctx, format, whole, f.path());
            };
        } catch (InputException e) {
            e.diagnostics().forEach(this::report);
        } catch (java.nio.file.AccessDeniedException e) {
            report(Diagnostic.error(Location.file(f.name()), Messages.cannotRead("permission denied")));
        } catch (IOException e) {
            report(Diagnostic.error(Location.file(f.name()), Messages.cannotRead(e.getMessage())));
        }
        return null;
    }

    /** A file read whole (YAML, JSON other than an array, XLSX): counted as done when it is opened. */
    private FileRecords wholeFile(FileRecords.Context ctx, Format format, byte[] whole, Path path) throws IOException {
        bytesRead.addAndGet(whole != null ? whole.length : Files.size(path));
        return switch (format) {
            case XLSX -> new XlsxRecords(ctx);
            case YAML -> TextFileRecords.yaml(ctx, null, whole, yaml);
            default -> TextFileRecords.json(ctx, null, whole, json);
        };
    }

    /**
     * The head of a file as text from its first character that is not white space (decoded leniently), or null when it
     * cannot be read (reading it then says why).
     */
    private String head(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return dev.cca.input.KindHead.read(in, dev.cca.input.KindHead.CHARS, options.encoding());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The bytes of a regular file within {@link dev.cca.input.Limits#maxFileBytes()}, or null: larger, gone, unreadable
     * (the usual path then tells its kind from its head, and reading it reports what it reports).
     */
    private byte[] whole(Path path) {
        try {
            if (Files.size(path) > options.limits().maxFileBytes()) {
                return null;
            }
            byte[] b = Files.readAllBytes(path);
            return b.length > options.limits().maxFileBytes() ? null : b;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }

    /**
     * What a file holds, by its content: the one test every command sorts its inputs with. Tables (CSV, XLSX)
     * hold centers; YAML, JSON and JSON Lines files, and files of no catalog format, are told by their head.
     */
    public static FileKind kindOf(Path path, CatalogOptions options) {
        Format format = Format.byFileName(path.getFileName() == null ? "" : path.getFileName().toString());
        if (format == Format.CSV) {
            return batchCsv(path) ? FileKind.REPORT : FileKind.CENTERS;
        }
        if (format != null && !format.mayHoldOtherThanCenters()) {
            return FileKind.CENTERS;
        }
        // Told from its head after any leading white space, however much of it there is (a benchmark result after more
        // blank lines than a head holds was taken for a profile); a log's markers can come after a long preamble, so a
        // file of no catalog format gets a longer look.
        try (InputStream in = Files.newInputStream(path)) {
            return FileKind.of(dev.cca.input.KindHead.read(in, format == null ? dev.cca.input.KindHead.LONG_CHARS
                    : dev.cca.input.KindHead.CHARS, options.encoding()));
        } catch (IOException | RuntimeException e) {
            return FileKind.CENTERS; // reading it as center records reports why it cannot be read
        }
    }

    /** True for the CSV ranking {@code cca batch} writes: read back as a catalog, its columns would all be unknown. */
    private static boolean batchCsv(Path path) {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        String text = new String(head, 0, n, java.nio.charset.StandardCharsets.UTF_8);
        int eol = text.indexOf('\n');
        return FileKind.isBatchCsvHeader(eol < 0 ? text : text.substring(0, eol));
    }

    /** The head of a file as text, for telling its kind: decoded leniently (a bad byte costs nothing here). */
    private static String headText(byte[] head, int n, CatalogOptions options) {
        dev.cca.input.TextDecoder.Bom bom = dev.cca.input.TextDecoder.bom(head, n);
        java.nio.charset.Charset cs = bom.charset() != null ? bom.charset()
                : options.encoding() != null ? options.encoding() : java.nio.charset.StandardCharsets.UTF_8;
        return new String(head, bom.length(), n - bom.length(), cs);
    }

    private FileRecords kept(TextFileRecords r) {
        stdinSource = r.source();
        return r;
    }

    private FileRecords openStream() {
        FileRecords.Context ctx = new FileRecords.Context(null, streamName, options, this::report);
        try {
            InputStream in = new BufferedInputStream(stream, TextInput.HEAD);
            Format format = streamFormat;
            if (format == null || format.mayHoldOtherThanCenters()) {
                in.mark(TextInput.HEAD);
                byte[] head = in.readNBytes(TextInput.HEAD);
                in.reset();
                FileKind kind = FileKind.of(headText(head, head.length, options));
                if (kind != FileKind.CENTERS) {
                    long max = options.limits().maxFileBytes();
                    byte[] all = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                    if (all.length > max) {
                        ctx.error(Messages.inputTooLarge(max));
                        return null;
                    }
                    otherFiles.accept(new OtherFile(kind, null, streamName, true, all));
                    return null;
                }
            }
            if (format == null) {
                in.mark(TextInput.HEAD);
                byte[] head = in.readNBytes(TextInput.HEAD);
                in.reset();
                format = Format.sniff(head, head.length);
                if (format == null) {
                    ctx.error(Messages.unknownContent());
                    return null;
                }
            }
            files++;
            return switch (format) {
                case YAML -> kept(TextFileRecords.yaml(ctx, in, null, yaml));
                case JSON -> {
                    in.mark(TextInput.HEAD);
                    byte[] head = in.readNBytes(TextInput.HEAD);
                    in.reset();
                    yield JsonArrayRecords.startsArray(headText(head, head.length, options)) ? new JsonArrayRecords(ctx, in, json)
                            : kept(TextFileRecords.json(ctx, in, null, json));
                }
                case JSON_LINES -> new JsonLinesRecords(ctx, in, json);
                case CSV -> new CsvRecords(ctx, in, false);
                case XLSX -> {
                    ctx.error(Messages.xlsxFromStream());
                    yield null;
                }
            };
        } catch (IOException e) {
            ctx.error(Messages.cannotRead(e.getMessage()));
            return null;
        }
    }
}
