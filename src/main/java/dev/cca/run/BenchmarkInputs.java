package dev.cca.run;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.evidence.MeasuredEvidence;
import dev.cca.input.Document;
import dev.cca.input.InputFiles;
import dev.cca.input.Limits;
import dev.cca.input.NamedFiles;
import dev.cca.input.Node;
import dev.cca.input.ProfileReader;
import dev.cca.input.SourceFile;
import dev.cca.input.TextDecoder;
import dev.cca.input.YamlReader;
import dev.cca.input.bench.BenchmarkRun;
import dev.cca.input.bench.BenchmarkRunReader;
import dev.cca.input.bench.NativeFormats;
import dev.cca.input.bench.NativeRun;
import dev.cca.input.bench.RejectedRunException;
import dev.cca.input.catalog.FileKind;
import dev.cca.model.CenterProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Reads benchmark files: benchmark-run documents (with the tool output they import) and tools' own outputs,
 * found by their content. Each file is read once per command however many profiles name it and whichever way
 * it came (a profile's {@code benchmarks:}, {@code --bench}, a folder among the inputs), and its problems are
 * kept with it, so that they are reported once. Safe to use from the parsing threads.
 *
 * <p>A run that its own tool declares invalid is reported (a warning) and left out, not scored.
 */
public final class BenchmarkInputs {

    /**
     * What one benchmark file gave: its runs, its problems, its text (for showing a problem's line and for the
     * result's input digests) and the tool outputs its documents import (inputs too: never overwritten).
     */
    public record FileRead(String name, List<MeasuredEvidence.Run> runs, List<Diagnostic> problems, SourceFile source,
                           List<Path> imported) {
    }

    /** The runs of the files a profile names, each file once, and the problems of pairing them with the profile. */
    public record Referenced(List<MeasuredEvidence.Run> runs, List<FileRead> files, List<Diagnostic> problems) {
    }

    private final Limits limits;
    /** The date the assessment is made for: a run dated after it is an error. */
    private final LocalDate referenceDate;
    private final NativeFormats natives;
    private final Map<String, String> extraConditions;
    private final Map<String, FileRead> cache = new ConcurrentHashMap<>();

    /** @param referenceDate the date the assessment is made for: a run dated after it is an error */
    public BenchmarkInputs(Limits limits, LocalDate referenceDate, Map<String, String> extraConditions) {
        this.limits = limits;
        this.referenceDate = referenceDate;
        this.natives = new NativeFormats(limits);
        this.extraConditions = extraConditions;
    }

    /**
     * What MLPerf LoadGen writes beside its summary (mlperf_log_summary.txt) in a run's folder: the detailed log, the
     * accuracy log and the trace, and the accuracy script's report. The summary holds the result; these hold nothing
     * cca scores, so a folder that holds the summary is read without them. Named alone, each is still an error that
     * says where the result is (the detailed log: CCA-B131).
     */
    static final java.util.Set<String> LOADGEN_COMPANIONS = java.util.Set.of("mlperf_log_detail.txt",
            "mlperf_log_accuracy.json", "mlperf_log_trace.json", "accuracy.txt");
    static final String LOADGEN_SUMMARY = "mlperf_log_summary.txt";

    /**
     * The files of a {@code --bench} argument: the file itself, or every file of a folder (not hidden, sorted; beside
     * a LoadGen summary, not the files LoadGen writes with it, {@link #LOADGEN_COMPANIONS}).
     * Problems of the argument itself (an empty folder) go to {@code problems}.
     */
    public static List<Path> expand(String arg, Problems problems) {
        Path p = Path.of(arg);
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.list(p)) {
            List<Path> listed = s.filter(Files::isRegularFile).filter(x -> !x.getFileName().toString().startsWith("."))
                    .sorted().toList();
            boolean summary = listed.stream().anyMatch(x -> x.getFileName().toString().equals(LOADGEN_SUMMARY));
            List<Path> files = !summary ? listed : listed.stream()
                    .filter(x -> !LOADGEN_COMPANIONS.contains(x.getFileName().toString())).toList();
            if (files.isEmpty()) {
                problems.error(Location.file(arg), BenchCode.FOLDER_HOLDS_NO_FILES);
            }
            return files;
        } catch (IOException e) {
            problems.error(Location.file(arg), BenchCode.CANNOT_LIST_FOLDER, e.getMessage());
            return List.of();
        }
    }

    /** A benchmark file, read once per command (by its real path). */
    public FileRead file(Path path, String name) {
        return cache.computeIfAbsent(key(path), k -> readFile(path, name, null));
    }

    /** A benchmark file given on standard input. */
    public FileRead stdin(String name, byte[] content) {
        return readFile(null, name, content);
    }

    /** A benchmark-run document found among center records (a document of a YAML stream). */
    public FileRead document(Document d) {
        Problems problems = new Problems();
        List<Path> imported = new ArrayList<>();
        MeasuredEvidence.Run r = fromDocument(d, problems, imported);
        return new FileRead(d.name(), r == null ? List.of() : List.of(r), problems.all(), d.source(), imported);
    }

    /**
     * The runs of the files a profile lists in {@code benchmarks:}, relative to the profile's own file and confined to
     * the inputs' folders (or {@code --bench-root}, see {@link NamedFiles}); each file once.
     */
    public Referenced referenced(CenterProfile p) {
        List<MeasuredEvidence.Run> out = new ArrayList<>();
        List<FileRead> files = new ArrayList<>();
        Problems problems = new Problems();
        Set<String> seen = new HashSet<>();
        Path namer = p.origin().file().equals("<stdin>") ? null : Path.of(p.origin().file());
        for (CenterProfile.BenchmarkRef ref : p.benchmarks()) {
            Path f;
            try {
                // Relative to the profile's file, and confined to the inputs' folders (or --bench-root).
                f = NamedFiles.resolve(ref.path(), namer, limits, dev.cca.diag.Localized.of("benchmark file", "基准测试文件"), ref.origin());
            } catch (InputException e) {
                problems.addAll(e.diagnostics());
                continue;
            }
            if (!seen.add(key(f))) {
                problems.warning(ref.origin(), BenchCode.LISTED_MORE_THAN_ONCE, ref.path());
                continue;
            }
            FileRead read = file(f, f.toString());
            files.add(read);
            for (MeasuredEvidence.Run r : read.runs()) {
                if (r.center() != null && !r.center().equals(p.id())) {
                    problems.error(r.origin().withPath("center"), BenchCode.THIS_BENCHMARK_CENTER_BUT, r.center(), ref.origin().prefix(), p.id());
                    continue;
                }
                out.add(r);
            }
        }
        return new Referenced(out, files, problems.all());
    }

    /** The key a file is known by: its real path when it has one, so that two spellings of one file are one file. */
    static String key(Path p) {
        try {
            return p.toRealPath().toString();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize().toString();
        }
    }

    /** The runs of one file: a benchmark-run document (with its import read) or a native output's results. */
    private FileRead readFile(Path path, String name, byte[] content) {
        Problems problems = new Problems();
        if (path != null) {
            try {
                InputFiles.checkReadable(path, name);
                if (Files.size(path) > STREAM_ABOVE) {
                    List<NativeRun> runs = natives.readStreaming(path, name);
                    if (runs != null) {
                        return new FileRead(name, nativeRuns(runs, name, problems), problems.all(), null, List.of(path));
                    }
                }
            } catch (InputException e) {
                nativeRuns(e, problems);
                return new FileRead(name, List.of(), problems.all(), null, List.of());
            } catch (IOException e) {
                problems.error(Location.file(name), BenchCode.CANNOT_READ_FILE, e.getMessage());
                return new FileRead(name, List.of(), problems.all(), null, List.of());
            }
        }
        SourceFile src;
        try {
            if (content != null) {
                TextDecoder.Decoded d = TextDecoder.decode(content, null, name);
                src = new SourceFile(name, null, d.text(), d.note());
            } else {
                src = InputFiles.read(path, name, limits, null);
            }
        } catch (InputException e) {
            return new FileRead(name, List.of(), e.diagnostics(), null, List.of());
        }
        List<MeasuredEvidence.Run> out = new ArrayList<>();
        List<Path> imported = new ArrayList<>();
        if (FileKind.of(src.text()) == FileKind.BENCHMARK_RUN) {
            for (Document d : new YamlReader(limits).readAll(src, problems)) {
                if (d.root() != null && BenchmarkRunReader.FORMAT.equals(ProfileReader.formatOf(d.root()))) {
                    MeasuredEvidence.Run r = fromDocument(d, problems, imported);
                    if (r != null) {
                        out.add(r);
                    }
                } else if (d.root() != null) {
                    problems.error(Location.of(name, d.line(), 1), BenchCode.EXPECTED_BENCHMARK_RUN_V1);
                }
            }
            return new FileRead(name, out, problems.all(), src, imported);
        }
        try {
            out.addAll(nativeRuns(natives.readAll(src), name, problems));
        } catch (InputException e) {
            nativeRuns(e, problems);
        }
        return new FileRead(name, out, problems.all(), src, List.of());
    }

    /**
     * Files above this size are streamed line by line when they are text logs (their memory stays bounded whatever
     * their length); smaller ones are read whole, which keeps their text for showing the line of a problem.
     */
    static final long STREAM_ABOVE = 8L << 20;

    /** The runs of a tool's own output, with its warnings kept; a run dated after the reference date is an error, not used. */
    private List<MeasuredEvidence.Run> nativeRuns(List<NativeRun> runs, String name, Problems problems) {
        List<MeasuredEvidence.Run> out = new ArrayList<>();
        for (NativeRun n : runs) {
            problems.addAll(n.warnings());
            MeasuredEvidence.Run r = MeasuredEvidence.Run.of(n, name, extraConditions);
            dev.cca.diag.Message future = BenchmarkRunReader.futureDate(r.date(), referenceDate);
            if (future != null) {
                problems.error(Location.file(name).withPath("date"), future);
                continue;
            }
            out.add(r);
        }
        return out;
    }

    /** A tool's output that could not be read, or that its own tool declares invalid (reported, not used). */
    private static void nativeRuns(InputException e, Problems problems) {
        if (e instanceof RejectedRunException) {
            for (Diagnostic d : e.diagnostics()) {
                problems.warning(d.location(), BenchCode.NOT_USED, d.text());
            }
        } else {
            problems.addAll(e.diagnostics());
        }
    }

    private MeasuredEvidence.Run fromDocument(Document d, Problems problems, List<Path> imported) {
        BenchmarkRunReader docs = new BenchmarkRunReader(referenceDate, limits);
        int mark = problems.mark();
        BenchmarkRun run = docs.read(d, problems);
        if (run == null || problems.errorsSince(mark)) {
            return null;
        }
        try {
            BenchmarkRun resolved = docs.resolveImport(run, problems);
            if (resolved.importedFile() != null) {
                imported.add(Path.of(resolved.importedFile()));
            }
            Map<String, String> c = new LinkedHashMap<>(resolved.conditions());
            extraConditions.forEach(c::putIfAbsent);
            return MeasuredEvidence.Run.of(resolved, d.name(), c);
        } catch (RejectedRunException e) {
            for (Diagnostic diag : e.diagnostics()) {
                problems.warning(diag.location(), BenchCode.NOT_USED, diag.text());
            }
            return null;
        } catch (InputException e) {
            problems.addAll(e.diagnostics());
            return null;
        }
    }

    /**
     * Parses {@code --bench-conditions key=value,key=value} (repeatable) and checks the values with the validator
     * of a benchmark-run document's {@code conditions:}, so that {@code params_b=-72}, {@code accelerators=0} or
     * {@code NaN} are refused here as they are there. Each occurrence of the option is a line of the text the
     * problems point into; the first problem is the message of the usage error.
     */
    public static Map<String, String> parseConditions(List<String> specs) throws UsageException {
        if (specs.isEmpty()) {
            return Map.of();
        }
        String name = "--bench-conditions";
        Node.MapNode map = new Node.MapNode(1, 1);
        Problems problems = new Problems();
        for (int line = 1; line <= specs.size(); line++) {
            String spec = specs.get(line - 1);
            int from = 0;
            for (String part : spec.split(",", -1)) {
                int col = from + 1;
                from += part.length() + 1;
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new UsageException(dev.cca.diag.OptionCode.CONDITIONS_FORM, name, spec);
                }
                String k = part.substring(0, eq).strip();
                String v = part.substring(eq + 1).strip();
                int vcol = col + eq + 1;
                Node.Entry first = map.put(k, line, col, new Node.ScalarNode(line, vcol, v,
                        v.isEmpty() ? Node.ScalarKind.NULL : Node.ScalarKind.STRING));
                if (first != null) {
                    throw new UsageException(dev.cca.diag.OptionCode.CONDITION_TWICE, name, k);
                }
            }
        }
        SourceFile text = SourceFile.ofText(name, String.join("\n", specs));
        Map<String, String> out = new BenchmarkRunReader(null, Limits.DEFAULT)
                .conditions(new Document(text, 0, 1, map), map, problems);
        for (Diagnostic d : problems.all()) {
            if (d.isError()) {
                String path = d.location().path();
                String key = path.startsWith("conditions.") ? path.substring("conditions.".length()) : path;
                String spec = specs.get(Math.max(0, Math.min(specs.size() - 1, d.location().line() - 1)));
                throw new UsageException(dev.cca.diag.OptionCode.CONDITION_BAD, name, spec, d.code() == BenchCode.UNKNOWN_CONDITION_CONDITIONS_ARE ? d.text()
                        : new dev.cca.diag.Message(dev.cca.diag.ProfileCode.AT_PATH, key, d.text()));
            }
        }
        return out;
    }
}
