package dev.cca.run;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.InputFiles;
import dev.cca.input.Limits;
import dev.cca.input.NamedFiles;
import dev.cca.input.Node;
import dev.cca.input.ProfileReader;
import dev.cca.input.SourceFile;
import dev.cca.input.YamlReader;
import dev.cca.input.bench.BenchmarkRun;
import dev.cca.input.bench.BenchmarkRunReader;
import dev.cca.evidence.MeasuredEvidence;
import dev.cca.input.bench.NativeFormats;
import dev.cca.input.bench.NativeRun;
import dev.cca.input.bench.RejectedRunException;
import dev.cca.model.CenterProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gathers the benchmark runs of each center: the files a profile names in {@code benchmarks:} (relative to
 * the profile), benchmark-run documents given among the inputs, and files given with {@code --bench}
 * (folders mean every file in them). A file is a benchmark-run document if it says so, else a native tool
 * output recognised by its content. Problems are located; a run that its own tool declares invalid is
 * reported and left out, not scored.
 */
public final class BenchmarkInputs {

    private final Limits limits;
    private final BenchmarkRunReader docs;
    private final NativeFormats natives;
    private final Map<String, String> extraConditions;
    private final Problems problems = new Problems();
    private final Map<String, List<MeasuredEvidence.Run>> byCenter = new LinkedHashMap<>();
    private final List<MeasuredEvidence.Run> unassigned = new ArrayList<>();
    private final Map<String, SourceFile> sources = new LinkedHashMap<>();
    private final List<Path> imported = new ArrayList<>();
    private final List<Path> streamed = new ArrayList<>();

    private final LocalDate referenceDate;

    /** @param referenceDate the date the assessment is made for: a run dated after it is an error */
    public BenchmarkInputs(Limits limits, LocalDate referenceDate, Map<String, String> extraConditions) {
        this.limits = limits;
        this.referenceDate = referenceDate;
        this.docs = new BenchmarkRunReader(referenceDate, limits);
        this.natives = new NativeFormats(limits);
        this.extraConditions = extraConditions;
    }

    /** Reads everything that applies to {@code profiles}; afterwards {@link #runs(String)} and {@link #problems()}. */
    public void read(ProfileSet profiles, List<String> benchArgs) {
        for (ProfileSet.Entry e : profiles.profiles()) {
            CenterProfile p = e.profile();
            List<MeasuredEvidence.Run> runs = referenced(p);
            if (!runs.isEmpty()) {
                byCenter.computeIfAbsent(p.id(), k -> new ArrayList<>()).addAll(runs);
            }
        }
        for (Document d : profiles.benchmarkDocuments()) {
            MeasuredEvidence.Run r = fromDocument(d);
            if (r != null) {
                assign(r, profiles);
            }
        }
        List<String> args = new ArrayList<>(profiles.nativeBenchmarkFiles());
        args.addAll(benchArgs);
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    List<Path> files = s.filter(Files::isRegularFile).filter(x -> !x.getFileName().toString().startsWith("."))
                            .sorted().toList();
                    if (files.isEmpty()) {
                        problems.error(Location.file(arg), "the folder holds no files");
                    }
                    for (Path f : files) {
                        readFile(f, f.toString()).forEach(r -> assign(r, profiles));
                    }
                } catch (IOException e) {
                    problems.error(Location.file(arg), "cannot list the folder: " + e.getMessage());
                }
            } else {
                readFile(p, arg).forEach(r -> assign(r, profiles));
            }
        }
        if (!unassigned.isEmpty()) {
            if (profiles.profiles().size() == 1) {
                byCenter.computeIfAbsent(profiles.profiles().get(0).profile().id(), k -> new ArrayList<>()).addAll(unassigned);
            } else if (!profiles.profiles().isEmpty()) {
                for (MeasuredEvidence.Run r : unassigned) {
                    problems.error(r.origin(), "a tool's own output names no center, and " + profiles.profiles().size()
                            + " profiles are assessed; wrap it in a benchmark-run document (cca: benchmark-run/v1) whose"
                            + " center says which");
                }
            }
        }
    }

    /**
     * Checks the benchmark documents and native outputs found among {@code files} without applying them to any
     * profile ({@code cca validate}): document shape, imports, and the native files' own contents.
     */
    public void check(ProfileSet files) {
        for (Document d : files.benchmarkDocuments()) {
            fromDocument(d);
        }
        for (String f : files.nativeBenchmarkFiles()) {
            readFile(Path.of(f), f);
        }
    }

    /**
     * The runs of the files a profile lists in {@code benchmarks:}, relative to the profile's own file and confined
     * to its folder (or {@code --bench-root}); see {@link NamedFiles}.
     */
    public List<MeasuredEvidence.Run> referenced(CenterProfile p) {
        List<MeasuredEvidence.Run> out = new ArrayList<>();
        Path namer = p.origin().file().equals("<stdin>") ? null : Path.of(p.origin().file());
        for (CenterProfile.BenchmarkRef ref : p.benchmarks()) {
            Path f;
            try {
                f = NamedFiles.resolve(ref.path(), namer, limits, "benchmark file", ref.origin());
            } catch (InputException e) {
                problems.addAll(e.diagnostics());
                continue;
            }
            for (MeasuredEvidence.Run r : readFile(f, f.toString())) {
                if (r.center() != null && !r.center().equals(p.id())) {
                    problems.error(r.origin().withPath("center"), "this benchmark is for center '" + r.center()
                            + "', but the profile that names it (" + ref.origin().prefix() + ") is '" + p.id() + "'");
                    continue;
                }
                out.add(r);
            }
        }
        return out;
    }

    private void assign(MeasuredEvidence.Run r, ProfileSet profiles) {
        if (r.center() == null) {
            unassigned.add(r);
            return;
        }
        boolean known = profiles.profiles().stream().anyMatch(e -> e.profile().id().equals(r.center()));
        if (!known) {
            problems.error(r.origin().withPath("center"), "this benchmark is for center '" + r.center()
                    + "', which is not among the profiles assessed");
            return;
        }
        byCenter.computeIfAbsent(r.center(), k -> new ArrayList<>()).add(r);
    }

    /**
     * Files above this size are streamed line by line when they are text logs (their memory stays bounded whatever
     * their length); smaller ones are read whole, which keeps their text for showing the line of a problem.
     */
    static final long STREAM_ABOVE = 8L << 20;

    /** The runs of one file: a benchmark-run document (with its import read) or a native output's results. */
    private List<MeasuredEvidence.Run> readFile(Path path, String name) {
        try {
            InputFiles.checkReadable(path, name);
            if (Files.size(path) > STREAM_ABOVE) {
                List<NativeRun> runs = natives.readStreaming(path, name);
                if (runs != null) {
                    streamed.add(path);
                    return nativeRuns(runs, name);
                }
            }
        } catch (InputException e) {
            return nativeRuns(e, name);
        } catch (IOException e) {
            problems.error(Location.file(name), "cannot read the file: " + e.getMessage());
            return List.of();
        }
        SourceFile src;
        try {
            src = InputFiles.read(path, name, limits, null);
        } catch (InputException e) {
            problems.addAll(e.diagnostics());
            return List.of();
        }
        sources.put(name, src);
        if (src.text().contains(BenchmarkRunReader.FORMAT)) {
            List<Document> ds = new YamlReader(limits).readAll(src, problems);
            List<MeasuredEvidence.Run> out = new ArrayList<>();
            for (Document d : ds) {
                if (d.root() != null && BenchmarkRunReader.FORMAT.equals(ProfileReader.formatOf(d.root()))) {
                    MeasuredEvidence.Run r = fromDocument(d);
                    if (r != null) {
                        out.add(r);
                    }
                } else if (d.root() != null) {
                    problems.error(Location.of(name, d.line(), 1), "expected a benchmark-run/v1 document here");
                }
            }
            return out;
        }
        try {
            return nativeRuns(natives.readAll(src), name);
        } catch (InputException e) {
            return nativeRuns(e, name);
        }
    }

    /** The runs of a tool's own output, with its warnings kept; a run dated after the reference date is an error, not used. */
    private List<MeasuredEvidence.Run> nativeRuns(List<NativeRun> runs, String name) {
        List<MeasuredEvidence.Run> out = new ArrayList<>();
        for (NativeRun n : runs) {
            problems.addAll(n.warnings());
            MeasuredEvidence.Run r = MeasuredEvidence.Run.of(n, name, extraConditions);
            String future = BenchmarkRunReader.futureDate(r.date(), referenceDate);
            if (future != null) {
                problems.error(Location.file(name).withPath("date"), future);
                continue;
            }
            out.add(r);
        }
        return out;
    }

    /** A tool's output that could not be read, or that its own tool declares invalid (reported, not used). */
    private List<MeasuredEvidence.Run> nativeRuns(InputException e, String name) {
        if (e instanceof RejectedRunException) {
            for (Diagnostic d : e.diagnostics()) {
                problems.warning(d.location(), "not used: " + d.message());
            }
        } else {
            problems.addAll(e.diagnostics());
        }
        return List.of();
    }

    private MeasuredEvidence.Run fromDocument(Document d) {
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
                problems.warning(diag.location(), "not used: " + diag.message());
            }
            return null;
        } catch (InputException e) {
            problems.addAll(e.diagnostics());
            return null;
        }
    }

    public List<MeasuredEvidence.Run> runs(String centerId) {
        return byCenter.getOrDefault(centerId, List.of());
    }

    public Problems problems() {
        return problems;
    }

    /** The benchmark files read (a profile's {@code benchmarks:}, {@code --bench}, imports), for refusing to overwrite one. */
    public List<Path> files() {
        List<Path> out = new ArrayList<>(imported);
        out.addAll(streamed);
        for (SourceFile s : sources.values()) {
            if (s.path() != null) {
                out.add(s.path());
            }
        }
        return out;
    }

    /** The text of a benchmark file read, for showing the offending line of a problem. */
    /** Every benchmark file read, in the order read. */
    public java.util.Collection<SourceFile> sources() {
        return sources.values();
    }

    public SourceFile source(String name) {
        return sources.get(name);
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
                    throw new UsageException(name + " " + spec + ": write key=value,key=value");
                }
                String k = part.substring(0, eq).strip();
                String v = part.substring(eq + 1).strip();
                int vcol = col + eq + 1;
                Node.Entry first = map.put(k, line, col, new Node.ScalarNode(line, vcol, v,
                        v.isEmpty() ? Node.ScalarKind.NULL : Node.ScalarKind.STRING));
                if (first != null) {
                    throw new UsageException(name + ": '" + k + "' is given twice; which value counts would be ambiguous");
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
                throw new UsageException(name + " " + spec + ": " + (d.message().startsWith("unknown condition") ? ""
                        : key + ": ") + d.message());
            }
        }
        return out;
    }
}
