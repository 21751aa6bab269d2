package dev.cca.run;

import dev.cca.diag.BenchCode;
import dev.cca.diag.CatalogCode;
import dev.cca.check.ClaimChecks;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.engine.RuleWarnings;
import dev.cca.evidence.MeasuredEvidence;
import dev.cca.input.NamedFiles;
import dev.cca.input.Node;
import dev.cca.input.ProfileReader;
import dev.cca.input.SourceFile;
import dev.cca.input.StreamingProfileReader;
import dev.cca.input.bench.BenchmarkRunReader;
import dev.cca.input.catalog.CatalogOptions;
import dev.cca.input.catalog.CatalogSource;
import dev.cca.input.catalog.FileKind;
import dev.cca.input.catalog.ParsedRecord;
import dev.cca.input.catalog.RawRecord;
import dev.cca.input.catalog.RecordPipeline;
import dev.cca.model.CenterProfile;
import dev.cca.result.BenchmarkSummary;
import dev.cca.rules.RuleSet;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way every command reads its centers: {@code assess}, {@code validate} and {@code batch} all call
 * {@link #run}, so that the same inputs give the same centers, errors and warnings whichever command reads them.
 *
 * <pre>
 *   inputs (files, folders, -)  --CatalogSource-->  raw records, in catalog order       (calling thread)
 *     benchmark files and rule sets among them are told apart by content (FileKind)
 *   raw record --parse--> tree --ProfileReader--> profile or located errors             (worker threads)
 *     (a JSON Lines line with no problem: --StreamingProfileReader--> the same profile, no tree)
 *     --> measured evidence applied (benchmarks: files, --bench, files named on the command line)
 *     --> claims checks, rule-set warnings  --> the command's work (score a chunk, explain a center)
 *   results, in catalog order --> duplicate ids, error/warning split, counts, progress  (calling thread)
 * </pre>
 *
 * <p>A benchmark file is read once per command, however many profiles name it. Benchmark files found in a
 * folder among the inputs are checked, and apply through the profiles that name them; benchmark files named on
 * the command line (and {@code --bench}) apply to the center they name, or, when they name none, to the one
 * center of the inputs.
 */
public final class Intake {

    /**
     * What to read.
     *
     * @param inputs          files, folders and {@code -} (standard input), as the command line gives them
     * @param benches         {@code --bench} files and folders
     * @param benchConditions conditions for tool outputs that do not state them ({@code --bench-conditions})
     * @param referenceDate   the date the assessment is made for ({@code --as-of}, else today): evidence age is
     *                        judged against it, and no date of an input may be after it
     * @param threads         parsing threads
     * @param listFiles       whether to list every file read (for a result's input digests; a catalog of a million
     *                        files does not need the list)
     * @param explain         whether the checks stage's findings carry their text (a catalog run only counts them)
     */
    public record Config(List<String> inputs, List<String> benches, Map<String, String> benchConditions,
                         CatalogOptions options, LocalDate referenceDate, int threads, boolean listFiles,
                         boolean explain) {

        /** A catalog run: no list of files, findings counted without their text. */
        public Config(List<String> inputs, List<String> benches, Map<String, String> benchConditions,
                      CatalogOptions options, LocalDate referenceDate, int threads) {
            this(inputs, benches, benchConditions, options, referenceDate, threads, false, false);
        }
    }

    /**
     * One center record after reading, checking and applying its measured evidence. Its profile is null when the
     * record is invalid (its errors say why). The command's work may add warnings (scenario fit) on the worker
     * thread, before the record reaches the sink.
     */
    public static final class Center {
        private final Location location;
        private final String id;
        private final CenterProfile profile;
        private final List<Diagnostic> errors;
        private final List<Diagnostic> warnings;
        private final List<BenchmarkSummary> benchmarks;
        private final ClaimChecks.Report checks;

        Center(Location location, String id, CenterProfile profile, List<Diagnostic> errors, List<Diagnostic> warnings,
               List<BenchmarkSummary> benchmarks, ClaimChecks.Report checks) {
            this.location = location;
            this.id = id;
            this.profile = errors.isEmpty() ? profile : null;
            this.errors = errors;
            this.warnings = warnings;
            this.benchmarks = benchmarks;
            this.checks = checks;
        }

        /** Where the record starts. */
        public Location location() {
            return location;
        }

        /** The record's id, when it has one (also for an invalid record: a later record with the same id is a duplicate). */
        public String id() {
            return id;
        }

        /** The valid profile, or null. */
        public CenterProfile profile() {
            return profile;
        }

        public boolean valid() {
            return profile != null;
        }

        public List<Diagnostic> errors() {
            return errors;
        }

        /** The record's warnings: reading, evidence, checks, and what the command's work added. */
        public List<Diagnostic> warnings() {
            return warnings;
        }

        /** Adds a warning; for the command's work, on the worker thread. */
        public void warn(Diagnostic d) {
            warnings.add(d);
        }

        /** The benchmark runs applied to the profile. */
        public List<BenchmarkSummary> benchmarks() {
            return benchmarks;
        }

        /** What the checks stage found: shown by assess, warnings at the claims in validate, counted by batch. */
        public ClaimChecks.Report checks() {
            return checks;
        }
    }

    /** The command's work on a batch of valid centers, on a worker thread: one result per center, in order. */
    public interface Work<T> {
        List<T> apply(List<Center> centers);
    }

    /** Receives every center record in catalog order, on the calling thread; {@code result} is null when not valid. */
    public interface Sink<T> {
        void accept(Center center, T result);

        /**
         * Whether the warnings of the valid centers still to come may be listed (and so printed with their source
         * lines); asked from the worker threads. A sink that lists only the first so many (batch) says no once it has
         * them, and no source line is then kept for a later valid center's warnings: they are only counted. Since
         * centers reach the sink in catalog order, a no is final.
         */
        default boolean listsWarnings() {
            return true;
        }
    }

    /** Progress of a long read, on the calling thread. */
    public interface Progress {
        /** Whether anyone is watching; when not, the input size is not measured beforehand. */
        boolean wanted();

        /**
         * @param records    records delivered so far
         * @param position   the catalog's bytes up to the last record delivered
         * @param totalBytes the catalog's size, or 0 when unknown (standard input)
         */
        void update(long records, long invalid, long position, long totalBytes);

        void done(long records);

        Progress NONE = new Progress() {
            @Override
            public boolean wanted() {
                return false;
            }

            @Override
            public void update(long records, long invalid, long position, long totalBytes) {
            }

            @Override
            public void done(long records) {
            }
        };
    }

    /**
     * What was read.
     *
     * @param records  center records read (valid, invalid and duplicates)
     * @param valid    centers delivered with a profile (duplicates not counted)
     * @param invalid  records not scored: invalid ones and duplicates
     * @param warnings every warning, of centers and of files
     * @param problems every problem in catalog order except the warnings of valid centers (those stay with the
     *                 center): errors, warnings of invalid records, problems of files and benchmark files
     * @param inputPaths benchmark files read (named, listed by profiles, imported by documents), for refusing to
     *                   overwrite one
     * @param files      with {@link Config#listFiles()}: every file read, in the order read (center files, then
     *                   benchmark files); else empty
     * @param stdin      standard input as read, when it was read whole (a YAML or JSON profile), else empty
     * @param digests    the SHA-256 of each file read to its end as a stream (JSON Lines, CSV), taken while reading it
     *                   (see {@link CatalogSource#digests()}): a result's input digests need no second pass over it
     */
    public record Summary(long records, long valid, long invalid, long warnings, List<Diagnostic> problems,
                          SourceLines lines, List<Path> inputPaths, List<FileKindCount> others, List<Path> files,
                          List<SourceFile> stdin, Map<Path, String> digests) {

        public boolean hasErrors() {
            return problems.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** How many files of a kind other than center records were found (benchmark files, rule sets). */
    public record FileKindCount(FileKind kind, int files) {
    }

    /**
     * The source excerpts of the problems found, for printing them with a caret: taken while a record's text is at
     * hand, so that no file's text is kept. Bounded: past {@link #MAX} problems, excerpts are not kept (only the
     * first problems are printed unless asked for all).
     */
    public static final class SourceLines {
        static final int MAX = 100_000;
        private final Map<String, SourceFile.Excerpt> excerpts = new ConcurrentHashMap<>();

        private static String key(String file, int line, int column) {
            return file + '\u0000' + line + '\u0000' + column;
        }

        /** Whether no more excerpts are kept: then none need be made. */
        boolean full() {
            return excerpts.size() >= MAX;
        }

        void put(Diagnostic d, SourceFile.Excerpt e) {
            if (e != null && excerpts.size() < MAX) {
                excerpts.putIfAbsent(key(d.location().file(), d.location().line(), d.location().column()), e);
            }
        }

        void putAll(SourceFile src, List<Diagnostic> diagnostics) {
            if (src == null || src.text().isEmpty()) {
                return;
            }
            for (Diagnostic d : diagnostics) {
                if (d.location().line() > 0 && d.location().file().equals(src.name())) {
                    put(d, src.excerpt(d.location().line(), d.location().column()));
                }
            }
        }

        /**
         * The lines of a benchmark log that was streamed (above {@link BenchmarkInputs#STREAM_ABOVE}, so its text was
         * never held): read again from the file, only the lines that problems point at.
         */
        void putFromFile(Path path, String name, List<Diagnostic> diagnostics) {
            java.util.SortedSet<Integer> wanted = new java.util.TreeSet<>();
            for (Diagnostic d : diagnostics) {
                if (d.location().line() > 0 && d.location().file().equals(name) && wanted.size() < 1000) {
                    wanted.add(d.location().line());
                }
            }
            if (wanted.isEmpty()) {
                return;
            }
            Map<Integer, String> texts = dev.cca.input.bench.LogLines.of(path, name, wanted);
            for (Diagnostic d : diagnostics) {
                String text = d.location().file().equals(name) ? texts.get(d.location().line()) : null;
                if (text != null) {
                    put(d, SourceFile.ofText(name, text).excerpt(1, d.location().column()));
                }
            }
        }

        /** The excerpt of a line of a file around a column, or null when it was not kept. */
        public SourceFile.Excerpt excerpt(String file, int line, int column) {
            return excerpts.get(key(file, line, column));
        }
    }

    /**
     * Handles a rule set or gate file found among the inputs ({@code cca validate} checks it; the others skip it).
     */
    public interface RuleSetFiles {
        /** @return the file's problems, or null to skip the file with a warning */
        List<Diagnostic> check(CatalogSource.OtherFile file, SourceLines lines);
    }

    private final Config cfg;
    private final RuleSet rules;
    private final ProfileReader reader;
    /** Reads a JSON Lines record with no problem straight to its profile; null: every record through the located path. */
    private final StreamingProfileReader fast;
    private final BenchmarkInputs bench;
    private final RuleSetFiles ruleSets;
    private final SourceLines lines = new SourceLines();
    /** Runs named on the command line (benchmark files among the inputs, --bench), by center; null key: no center. */
    private final Map<String, List<Run>> named = new LinkedHashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Set<String> reportedFiles = new HashSet<>();
    private final Map<FileKind, Integer> others = new LinkedHashMap<>();
    /** Benchmark files read, in the order first read, and the tool outputs their documents import. */
    private final List<Path> inputPaths = new ArrayList<>();
    private final List<Path> benchmarkFiles = new ArrayList<>();
    private final List<Path> centerFiles = new ArrayList<>();
    private SourceFile stdinSource;
    private final ClaimChecks checks;
    private final Set<String> namedOnCommandLine = new HashSet<>();
    /** Whether runs without a center apply: decided by looking ahead for a second center. */
    private volatile boolean single;

    /** A run named on the command line. */
    private record Run(MeasuredEvidence.Run run) {
    }

    private Intake(Config cfg, RuleSet rules, RuleSetFiles ruleSets, boolean fastPath) {
        this.cfg = cfg;
        this.rules = rules;
        this.reader = new ProfileReader(cfg.referenceDate());
        this.fast = fastPath ? new StreamingProfileReader(cfg.referenceDate(), cfg.options().limits()) : null;
        // Files that profiles and benchmark documents name stay in the folders of what the command line names.
        List<String> named = new ArrayList<>(cfg.inputs());
        named.addAll(cfg.benches());
        this.bench = new BenchmarkInputs(cfg.options().limits().withInputRoots(NamedFiles.roots(named)), cfg.referenceDate(),
                cfg.benchConditions());
        this.ruleSets = ruleSets;
        this.checks = new ClaimChecks(rules);
    }

    /**
     * Reads every center of the inputs; {@code work} runs on the parsing threads for each batch of valid centers,
     * {@code sink} on the calling thread for every center record in catalog order.
     *
     * @param ruleSets what to do with rule-set files among the inputs, or null to skip them with a warning
     */
    public static <T> Summary run(Config cfg, RuleSet rules, InputStream stdin, RuleSetFiles ruleSets, Progress progress,
                                  Work<T> work, Sink<T> sink) {
        return run(cfg, rules, stdin, ruleSets, progress, work, sink, true);
    }

    /**
     * As {@link #run(Config, RuleSet, InputStream, RuleSetFiles, Progress, Work, Sink)}; without {@code fastPath} every
     * record is read through the located path (tree, then validation), which the fast path must equal.
     */
    static <T> Summary run(Config cfg, RuleSet rules, InputStream stdin, RuleSetFiles ruleSets, Progress progress,
                           Work<T> work, Sink<T> sink, boolean fastPath) {
        return new Intake(cfg, rules, ruleSets, fastPath).read(stdin, progress, work, sink);
    }

    private <T> Summary read(InputStream stdin, Progress progress, Work<T> work, Sink<T> sink) {
        List<String> catalog = new ArrayList<>();
        List<Path> given = new ArrayList<>();
        for (String in : cfg.inputs()) {
            Path p = in.equals("-") ? null : Path.of(in);
            if (p != null) {
                given.add(p);
            }
            FileKind kind = p != null && Files.isRegularFile(p) ? CatalogSource.kindOf(p, cfg.options()) : FileKind.CENTERS;
            if (kind.isBenchmark()) {
                count(kind);
                if (namedOnCommandLine.add(BenchmarkInputs.key(p))) {
                    addNamed(bench.file(p, in));
                } else {
                    problems.add(Diagnostic.warning(Location.file(in), BenchCode.LISTED_MORE_THAN_ONCE, in));
                }
            } else {
                catalog.add(in);
            }
        }
        Problems argProblems = new Problems();
        for (String b : cfg.benches()) {
            for (Path f : BenchmarkInputs.expand(b, argProblems)) {
                String name = f.equals(Path.of(b)) ? b : f.toString();
                if (!namedOnCommandLine.add(BenchmarkInputs.key(f))) {
                    // The same file twice (or under two spellings, or also inside a folder given): its runs count once.
                    argProblems.warning(Location.file(name), BenchCode.LISTED_MORE_THAN_ONCE, name);
                    continue;
                }
                given.add(f);
                addNamed(bench.file(f, name));
            }
        }
        problems.addAll(argProblems.all());
        long totalBytes = progress.wanted() ? CatalogSource.totalBytes(given) : 0;
        long[] counts = new long[4]; // records, valid, invalid, warnings
        CenterIds ids = new CenterIds();
        int[] fileProblemsSeen = {0};
        Map<Path, String> digests;
        try (CatalogSource source = CatalogSource.open(catalog, cfg.options(), stdin).onOtherFile(this::otherFile)
                .onFileOpened(cfg.listFiles() ? centerFiles::add : null)) {
            ArrayDeque<Long> positions = new ArrayDeque<>();
            Iterator<RawRecord> records = new Positions(source, positions);
            if (named.containsKey(null)) {
                records = lookAhead(records);
            }
            RecordPipeline.runBatches(records, cfg.threads(), r -> r.parse(fast), batch -> process(batch, work, sink), (Processed<T> p) -> {
                long position = positions.isEmpty() ? 0 : positions.poll();
                drainFileProblems(source, fileProblemsSeen);
                report(p.fileProblems);
                if (p.center == null) {
                    return; // a benchmark-run document among the records
                }
                Center c = p.center;
                counts[0]++;
                T result = p.result;
                List<Diagnostic> errors = c.errors;
                if (c.id != null) {
                    Location first = ids.firstOrAdd(c.id, c.location);
                    if (first != null) {
                        Diagnostic dup = Diagnostic.error(c.location.withPath("id"), CatalogCode.DUPLICATE_CENTER_ID, c.id, first.prefix());
                        errors = new ArrayList<>(errors);
                        errors.add(dup);
                        problems.add(dup);
                        result = null;
                    }
                }
                if (!errors.isEmpty()) {
                    counts[2]++;
                    problems.addAll(c.errors);
                    problems.addAll(c.warnings);
                    result = null;
                } else {
                    counts[1]++;
                    if (c.id != null) {
                        ids.markValid(c.id);
                    }
                }
                counts[3] += c.warnings.size();
                sink.accept(errors == c.errors ? c : new Center(c.location, c.id, null, errors, c.warnings, c.benchmarks, c.checks), result);
                if ((counts[0] & 255) == 0) {
                    progress.update(counts[0], counts[2], position, totalBytes);
                }
            });
            drainFileProblems(source, fileProblemsSeen);
            stdinSource = source.stdinSource();
            digests = Map.copyOf(source.digests());
        }
        progress.done(counts[0]);
        for (Map.Entry<String, List<Run>> e : named.entrySet()) {
            for (Run r : e.getValue()) {
                if (e.getKey() == null && !single && counts[0] > 1) {
                    problems.add(Diagnostic.error(r.run().origin(), CatalogCode.TOOL_OWN_OUTPUT_NAMES));
                } else if (e.getKey() != null && !ids.valid(e.getKey())) {
                    problems.add(Diagnostic.error(r.run().origin().withPath("center"), CatalogCode.BENCHMARK_FOR_NO_PROFILE, e.getKey()));
                }
            }
        }
        if (counts[0] == 0 && others.isEmpty() && !cfg.inputs().isEmpty() && problems.stream().noneMatch(Diagnostic::isError)) {
            String first = cfg.inputs().get(0);
            problems.add(Diagnostic.error(Location.file(first.equals("-") ? "<stdin>" : first),
                    CatalogCode.NO_CENTER_RECORD, likelyCause()));
        }
        for (Diagnostic d : problems) {
            if (!d.isError()) {
                counts[3]++;
            }
        }
        List<FileKindCount> kinds = new ArrayList<>();
        others.forEach((k, n) -> kinds.add(new FileKindCount(k, n)));
        List<Path> files = new ArrayList<>(centerFiles);
        files.addAll(benchmarkFiles);
        return new Summary(counts[0], counts[1], counts[2], counts[3], List.copyOf(problems), lines, List.copyOf(inputPaths), kinds,
                files, stdinSource == null ? List.of() : List.of(stdinSource), digests);
    }

    /** Why inputs that are not empty gave no center record: the reason the user most likely has to fix. */
    private String likelyCause() {
        for (String in : cfg.inputs()) {
            Path p = in.equals("-") ? null : Path.of(in);
            if (p != null && Files.isDirectory(p)) {
                return "no file in " + in + " is a profile or catalog (" + dev.cca.input.catalog.Format.allExtensions() + ")";
            }
        }
        if (cfg.options().sheet() != null) {
            return "the sheet '" + cfg.options().sheet() + "' has a header and no rows (--sheet names the sheet to read)";
        }
        return "the files are empty, hold only comments, or a table has a header and no rows";
    }

    private void count(FileKind kind) {
        others.merge(kind, 1, Integer::sum);
    }

    /** Problems of whole files, as the source found them, in order. */
    private void drainFileProblems(CatalogSource source, int[] seen) {
        List<Diagnostic> all = source.fileProblems();
        for (int i = seen[0]; i < all.size(); i++) {
            problems.add(all.get(i));
        }
        seen[0] = all.size();
    }

    /** A benchmark file's own problems, reported once however many records name it. */
    private void report(List<BenchmarkInputs.FileRead> files) {
        for (BenchmarkInputs.FileRead f : files) {
            if (reportedFiles.add(f.name())) {
                lines.putAll(f.source(), f.problems());
                if (f.source() == null && !f.problems().isEmpty()) {
                    streamedLines(f);
                }
                problems.addAll(f.problems());
                if (f.source() != null && f.source().path() != null) {
                    inputPaths.add(f.source().path());
                    benchmarkFiles.add(f.source().path());
                }
                inputPaths.addAll(f.imported());
            }
        }
    }

    /** The lines of a streamed log's problems, read again from its file. */
    private void streamedLines(BenchmarkInputs.FileRead f) {
        try {
            Path p = Path.of(f.name());
            if (Files.isRegularFile(p) && Files.size(p) > BenchmarkInputs.STREAM_ABOVE) {
                lines.putFromFile(p, f.name(), f.problems());
            }
        } catch (java.nio.file.InvalidPathException | java.io.IOException | SecurityException e) {
            // no line to show; the problem itself is reported
        }
    }

    private void addNamed(BenchmarkInputs.FileRead f) {
        report(List.of(f));
        for (MeasuredEvidence.Run r : f.runs()) {
            named.computeIfAbsent(r.center(), k -> new ArrayList<>()).add(new Run(r));
        }
    }

    /** A file among the inputs that holds no center records, met in catalog order. */
    private void otherFile(CatalogSource.OtherFile f) {
        count(f.kind());
        if (f.kind().isBenchmark()) {
            if (f.path() != null && namedOnCommandLine.contains(BenchmarkInputs.key(f.path()))) {
                return;
            }
            // Checked here, in catalog order; applied through the profiles that name it.
            report(List.of(f.path() == null ? bench.stdin(f.name(), f.content()) : bench.file(f.path(), f.name())));
            return;
        }
        if (f.kind() == FileKind.REPORT) {
            problems.add(Diagnostic.warning(Location.file(f.name()), dev.cca.diag.FileCode.REPORT_SKIPPED));
            return;
        }
        List<Diagnostic> checked = ruleSets == null ? null : ruleSets.check(f, lines);
        if (checked == null) {
            boolean rules = f.kind() == FileKind.RULE_SET;
            problems.add(Diagnostic.warning(Location.file(f.name()), dev.cca.diag.FileCode.RULES_SKIPPED,
                    rules ? dev.cca.diag.Localized.of("a rule set", "规则集") : dev.cca.diag.Localized.of("a gate file", "门禁文件"),
                    f.given() ? dev.cca.diag.Localized.of("; give it with " + (rules ? "--rules" : "--gate") + " to use it",
                            "；要使用它，请用 " + (rules ? "--rules" : "--gate") + " 提供") : dev.cca.diag.Localized.EMPTY));
        } else {
            problems.addAll(checked);
        }
    }

    /** One record after a worker is done with it; {@code center} is null for a benchmark-run document. */
    private record Processed<T>(Center center, T result, List<BenchmarkInputs.FileRead> fileProblems) {
    }

    /** On a worker thread: reads, checks and applies evidence to a batch of records, then runs the command's work. */
    private <T> List<Processed<T>> process(List<ParsedRecord> batch, Work<T> work, Sink<T> sink) {
        List<Center> centers = new ArrayList<>(batch.size());
        List<List<BenchmarkInputs.FileRead>> files = new ArrayList<>(batch.size());
        List<Center> valid = new ArrayList<>(batch.size());
        for (ParsedRecord rec : batch) {
            List<BenchmarkInputs.FileRead> read = new ArrayList<>();
            if (isBenchmarkDocument(rec)) {
                read.add(bench.document(rec.document()));
                centers.add(null);
                files.add(read);
                continue;
            }
            Center c = center(rec, read);
            centers.add(c);
            files.add(read);
            if (c.valid()) {
                valid.add(c);
            }
        }
        List<T> results = valid.isEmpty() ? List.of() : work.apply(valid);
        List<Processed<T>> out = new ArrayList<>(batch.size());
        for (int i = 0, k = 0; i < batch.size(); i++) {
            Center c = centers.get(i);
            T result = c != null && c.valid() ? results.get(k++) : null;
            if (c != null) {
                keepLines(batch.get(i), c, sink.listsWarnings());
            }
            out.add(new Processed<>(c, result, files.get(i)));
        }
        return out;
    }

    private static boolean isBenchmarkDocument(ParsedRecord rec) {
        return rec.hasTree() && BenchmarkRunReader.FORMAT.equals(ProfileReader.formatOf(rec.document().root()));
    }

    /** Reading, evidence and checks of one center record. */
    private Center center(ParsedRecord rec, List<BenchmarkInputs.FileRead> read) {
        CenterProfile p = rec.profile(reader);
        List<Diagnostic> errors = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        split(rec.problems().all(), errors, warnings);
        if (p == null && errors.isEmpty()) {
            errors.add(Diagnostic.error(rec.location(), CatalogCode.RECORD_NOT_VALID_PROFILE));
        }
        String id = p != null ? p.id() : idOf(rec);
        if (p == null || !errors.isEmpty()) {
            return new Center(rec.location(), id, p, errors, warnings, List.of(), ClaimChecks.Report.NONE);
        }
        List<MeasuredEvidence.Run> runs = runs(p, read, errors, warnings);
        // The checks stage (after the measured evidence, so that measured claims are checked too).
        CenterInputs.Prepared prepared = CenterInputs.prepare(p, runs, rules, checks, cfg.referenceDate(), warnings,
                cfg.explain());
        warnings.addAll(RuleWarnings.unknownItems(rules, p));
        return new Center(rec.location(), id, p, errors, warnings, prepared.benchmarks(), prepared.checks());
    }

    /** The one split of a record's problems into errors and warnings. */
    private static void split(List<Diagnostic> all, List<Diagnostic> errors, List<Diagnostic> warnings) {
        for (Diagnostic d : all) {
            (d.isError() ? errors : warnings).add(d);
        }
    }

    /**
     * The id a record gives itself, even when it is not a valid profile: also when it was read whole but with errors
     * that leave its id as written (a duplicate key), so that the id is reserved like that of any invalid record.
     */
    private static String idOf(ParsedRecord rec) {
        if (rec.hasTree() && rec.document().root() instanceof Node.MapNode m && m.get("id") instanceof Node.ScalarNode s
                && !s.isNull() && !s.text().isBlank()) {
            return s.text().strip();
        }
        return rec.document().declaredId();
    }

    /**
     * The measured evidence of a profile: the runs of the files it names, and of benchmark files named on the
     * command line for this center (or for no center, when this is the only one), each run once.
     */
    private List<MeasuredEvidence.Run> runs(CenterProfile p, List<BenchmarkInputs.FileRead> read, List<Diagnostic> errors,
                                            List<Diagnostic> warnings) {
        List<MeasuredEvidence.Run> runs = new ArrayList<>();
        if (!p.benchmarks().isEmpty()) {
            BenchmarkInputs.Referenced ref = bench.referenced(p);
            read.addAll(ref.files());
            split(ref.problems(), errors, warnings);
            runs.addAll(ref.runs());
        }
        List<Run> mine = new ArrayList<>(named.getOrDefault(p.id(), List.of()));
        if (single) {
            mine.addAll(named.getOrDefault(null, List.of()));
        }
        // A file read once gives the same runs to every path it came by: a run counts once per center.
        Set<MeasuredEvidence.Run> have = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        have.addAll(runs);
        for (Run r : mine) {
            if (have.add(r.run())) {
                runs.add(r.run());
            }
        }
        return runs;
    }

    /**
     * Keeps the source excerpts of a record's problems and findings, while its text is at hand; a valid center's
     * warnings only while they may be {@code listed} ({@link Sink#listsWarnings}).
     */
    private void keepLines(ParsedRecord rec, Center c, boolean listed) {
        if (lines.full() || c.errors.isEmpty() && (c.warnings.isEmpty() || !listed) && !cfg.explain()) {
            return;
        }
        List<Diagnostic> all = new ArrayList<>(c.errors);
        all.addAll(c.warnings);
        if (cfg.explain()) {
            c.checks.findings().forEach(f -> all.add(f.diagnostic()));
        }
        for (Diagnostic d : all) {
            int line = d.location().line();
            if (line > 0 && d.location().file().equals(rec.document().name())) {
                lines.put(d, rec.excerpt(line, d.location().column()));
            }
        }
    }

    /** Records the catalog position of each record taken, for progress by records delivered. */
    private static final class Positions implements Iterator<RawRecord> {
        private final CatalogSource source;
        private final Iterator<RawRecord> it;
        private final ArrayDeque<Long> positions;

        Positions(CatalogSource source, ArrayDeque<Long> positions) {
            this.source = source;
            this.it = source.iterator();
            this.positions = positions;
        }

        @Override
        public boolean hasNext() {
            return it.hasNext();
        }

        @Override
        public RawRecord next() {
            RawRecord r = it.next();
            positions.add(source.position());
            return r;
        }
    }

    /**
     * Looks ahead for a second center record, so that runs naming no center are applied only when the inputs
     * hold one center. Parses at most the first two center records (and any benchmark documents before them)
     * early; they are handed on as parsed.
     */
    private Iterator<RawRecord> lookAhead(Iterator<RawRecord> records) {
        List<RawRecord> head = new ArrayList<>();
        int centers = 0;
        while (centers < 2 && records.hasNext()) {
            ParsedRecord p = records.next().parse();
            head.add(RawRecord.of(p));
            if (!isBenchmarkDocument(p)) {
                centers++;
            }
        }
        single = centers == 1;
        Iterator<RawRecord> first = head.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return first.hasNext() || records.hasNext();
            }

            @Override
            public RawRecord next() {
                if (first.hasNext()) {
                    return first.next();
                }
                if (!records.hasNext()) {
                    throw new NoSuchElementException();
                }
                return records.next();
            }
        };
    }
}
