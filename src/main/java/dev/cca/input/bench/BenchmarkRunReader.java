package dev.cca.input.bench;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.diag.Suggest;
import dev.cca.input.Document;
import dev.cca.input.InputFiles;
import dev.cca.input.Limits;
import dev.cca.input.NamedFiles;
import dev.cca.input.Node;
import dev.cca.input.SourceFile;
import dev.cca.input.Values;
import dev.cca.model.Field;
import dev.cca.model.Numbers;
import dev.cca.model.ProfileSchema;
import dev.cca.model.Quantity;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates a {@code benchmark-run/v1} document and builds a {@link BenchmarkRun}. Like the profile reader it
 * collects every problem of the document, each with file, line, column and key path (unknown keys with a
 * "did you mean"), and returns a run only when there was no error.
 *
 * <p>A document gives its results either inline ({@code results}) or as a tool's own output file
 * ({@code import: {format, file}}, the file relative to the document). {@link #read} checks the document;
 * {@link #resolveImport} then reads the imported file with its native reader and completes the run.
 */
public final class BenchmarkRunReader {

    public static final String FORMAT = "benchmark-run/v1";

    private static final List<String> TOP_KEYS = List.of("cca", "center", "kind", "tool", "date", "conditions",
            "results", "import");
    private static final List<String> IMPORT_KEYS = List.of("format", "file", "record");
    private static final double MAX_COUNT = 100_000_000;

    /** Conditions the document may state; the first eight are the contract's, the others optional additions. */
    private static final Map<String, Field> CONDITIONS = new LinkedHashMap<>();
    private static final Set<String> TEXT_CONDITIONS = Set.of("model", "precision", "accelerator_model", "scenario",
            "collective", "benchmark");

    /** {@code ttft_ms_p99}: a profile-style latency key, which results spell {@code ttft_ms: {p99: ...}}. */
    private static final Pattern PROFILE_STYLE = Pattern.compile("(\\w+_ms)_(p\\d+(?:\\.\\d+)?|mean|median)");
    /** Gigabytes per second, as nccl-tests prints bandwidth: the capital B means bytes. */

    static {
        CONDITIONS.put("model", Field.text("model", "Model measured."));
        CONDITIONS.put("params_b", Field.number("params_b", Quantity.PARAMS_B, "Model size, billions of parameters.")
                .positive().plausibleMax(1_000_000));
        CONDITIONS.put("precision", Field.text("precision", "Numeric precision (bf16, fp8, int8, ...)."));
        CONDITIONS.put("accelerators", count("accelerators", "Accelerators used by the run."));
        CONDITIONS.put("accelerator_model", Field.text("accelerator_model", "Accelerator model."));
        CONDITIONS.put("concurrency", count("concurrency", "Concurrent requests."));
        CONDITIONS.put("input_tokens", count("input_tokens", "Input tokens per request."));
        CONDITIONS.put("output_tokens", count("output_tokens", "Output tokens per request."));
        CONDITIONS.put("nodes", count("nodes", "Servers the accelerators sit in."));
        CONDITIONS.put("request_rate", Field.number("request_rate", Quantity.NUMBER,
                "Requests per second offered (\"inf\" for all at once).").plausibleMax(1e12));
        CONDITIONS.put("peak_tflops_per_accelerator", Field.number("peak_tflops_per_accelerator",
                Quantity.COMPUTE_TFLOPS, "Peak TFLOPS of one accelerator at the run's precision, for MFU.")
                .positive().plausibleMax(100_000));
        CONDITIONS.put("baseline_accelerators", count("baseline_accelerators",
                "Accelerators of the smaller run that linear_speedup is relative to."));
        CONDITIONS.put("global_batch_size", count("global_batch_size", "Global batch size, sequences."));
        CONDITIONS.put("sequence_length", count("sequence_length", "Training sequence length, tokens."));
        CONDITIONS.put("scenario", Field.text("scenario", "MLPerf scenario (Server, Offline, ...)."));
        CONDITIONS.put("collective", Field.text("collective", "Collective measured (all_reduce, ...)."));
        CONDITIONS.put("benchmark", Field.text("benchmark", "Benchmark name (llama2_70b_lora, ...)."));
    }

    private static Field count(String name, String doc) {
        return Field.number(name, Quantity.COUNT, doc).positive().plausibleMax(MAX_COUNT);
    }

    private final LocalDate referenceDate;
    private final Limits limits;
    private final NativeFormats formats;

    /**
     * @param referenceDate the date the assessment is made for ({@code --as-of}, else today): a run dated after it
     *                      is an error (a measurement cannot come from after the assessment); may be null (no check)
     */
    public BenchmarkRunReader(LocalDate referenceDate, Limits limits) {
        this.referenceDate = referenceDate;
        this.limits = limits;
        this.formats = new NativeFormats(limits);
    }

    public BenchmarkRunReader(LocalDate referenceDate) {
        this(referenceDate, Limits.DEFAULT);
    }

    /**
     * Why a run's date cannot be (it is after the reference date: nothing used in an assessment was measured after
     * it, and such a date would keep the run fresh for years), or null. One rule for benchmark-run documents and the dates tools write.
     */
    /** "a or b" in English, "a 或 b" in Chinese. */
    static dev.cca.diag.Localized or(List<String> names) {
        return dev.cca.diag.Localized.of(String.join(" or ", names), String.join(" 或 ", names));
    }

    public static dev.cca.diag.Message futureDate(LocalDate date, LocalDate referenceDate) {
        if (date != null && date.getYear() < Values.FIRST_YEAR) {
            return new dev.cca.diag.Message(BenchCode.RUN_BEFORE_FIRST_YEAR, date, Values.FIRST_YEAR);
        }
        return date != null && referenceDate != null && date.isAfter(referenceDate)
                ? new dev.cca.diag.Message(BenchCode.RUN_AFTER_REFERENCE, date, referenceDate) : null;
    }

    /** True when a document's {@code cca} tag says it is a benchmark run. */
    public static boolean isBenchmarkRun(Node root) {
        return root instanceof Node.MapNode m && m.get("cca") instanceof Node.ScalarNode s && FORMAT.equals(s.text().strip());
    }

    /** The conditions a document may state and how each is checked, in documentation order. */
    public static Map<String, Field> conditionFields() {
        return java.util.Collections.unmodifiableMap(CONDITIONS);
    }

    /** True for a condition that is text (a model, a precision), not a number. */
    public static boolean isTextCondition(String key) {
        return TEXT_CONDITIONS.contains(key);
    }

    /** The native formats {@code import.format} names. */
    public static List<String> importFormats() {
        return new NativeFormats(Limits.DEFAULT).formats();
    }

    /** The keys of a document, and of its import map. */
    public static List<String> topKeys() {
        return TOP_KEYS;
    }

    public static List<String> importKeys() {
        return IMPORT_KEYS;
    }

    /** The conditions a document may state, in documentation order. */
    public static List<String> conditionKeys() {
        return List.copyOf(CONDITIONS.keySet());
    }

    /**
     * Checks conditions given outside a document ({@code --bench-conditions}) exactly as a document's
     * {@code conditions:} map is checked, so that an option cannot pass what a file may not: one validator for
     * both. {@code where} names the text they came from, for the locations of problems.
     */
    public Map<String, String> conditions(Document where, Node.MapNode conditions, Problems problems) {
        return new Walk(where, problems).conditions(conditions);
    }

    /** Reads one document; returns null (with the problems recorded) when it is not a valid benchmark run. */
    public BenchmarkRun read(Document doc, Problems problems) {
        return new Walk(doc, problems).run();
    }

    private final class Walk {
        final Document doc;
        final String file;
        final Problems problems;
        final int mark;
        String kind;
        String tool;

        Walk(Document doc, Problems problems) {
            this.doc = doc;
            this.file = doc.name();
            this.problems = problems;
            this.mark = problems.mark();
        }

        BenchmarkRun run() {
            Node root = doc.root();
            if (root == null) {
                problems.error(Location.of(file, doc.line(), 1), BenchCode.DOCUMENT_EMPTY_BENCHMARK_RUN);
                return null;
            }
            if (!(root instanceof Node.MapNode map)) {
                problems.error(at(root, ""), BenchCode.BENCHMARK_RUN_MAP_KEYS, root.described());
                return null;
            }
            for (Node.Entry e : map.entries()) {
                if (!TOP_KEYS.contains(e.key())) {
                    problems.error(new Location(file, e.line(), e.column(), e.key()), BenchCode.UNKNOWN_KEY_BENCHMARK_RUN, e.key(), Suggest.hint(e.key(), TOP_KEYS), String.join(", ", TOP_KEYS));
                }
            }
            String tag = requiredText(map, "cca", "cca: " + FORMAT);
            if (tag != null && !tag.equals(FORMAT)) {
                problems.error(at(map.get("cca"), "cca"), BenchCode.UNSUPPORTED_FORMAT, tag, FORMAT,
                        tag.equals(ProfileSchema.FORMAT) ? dev.cca.diag.Localized.of(" (this is a center profile)", "（这是中心档案）")
                                : dev.cca.diag.Localized.EMPTY);
                return null;
            }
            String center = requiredText(map, "center", "center: wuhan-aicc");
            if (center != null && !center.matches(ProfileSchema.ID_PATTERN)) {
                problems.error(at(map.get("center"), "center"), BenchCode.NOT_CENTER_ID_USE, center);
            }
            kind = choice(map, "kind", BenchmarkKinds.KINDS);
            tool = choice(map, "tool", BenchmarkTool.ids());
            if (kind != null && tool != null && !BenchmarkTool.kindsOf(tool).contains(kind)) {
                problems.error(at(map.get("kind"), "kind"), BenchCode.TOOL_DOES_NOT_MEASURE, tool, kind,
                        or(BenchmarkTool.kindsOf(tool).stream().sorted().toList()));
            }
            LocalDate date = date(map);
            Map<String, String> conditions = conditions(map.get("conditions"));
            Node results = map.get("results");
            Node imp = map.get("import");
            List<Measurement> measurements = List.of();
            BenchmarkRun.Import imported = null;
            if (isAbsent(results) && isAbsent(imp)) {
                problems.error(Location.of(file, root.line(), root.column()), BenchCode.BENCHMARK_RUN_NEEDS_RESULTS);
            } else if (!isAbsent(results) && !isAbsent(imp)) {
                problems.error(at(imp, "import"), BenchCode.GIVE_EITHER_RESULTS_IMPORT);
            } else if (!isAbsent(results)) {
                measurements = results(results);
            } else {
                imported = importSpec(imp, map.entry("import"));
            }
            crossChecks(conditions, measurements, map);
            if (problems.errorsSince(mark)) {
                return null;
            }
            return new BenchmarkRun(center, kind, tool, date, conditions, measurements,
                    Location.of(file, doc.line(), 1), imported);
        }

        // ---- top-level values ------------------------------------------------------------------------

        String requiredText(Node.MapNode map, String key, String example) {
            Node n = map.get(key);
            if (isAbsent(n)) {
                problems.error(Location.of(file, map.line(), map.column()).withPath(key), BenchCode.MISSING_REQUIRED_KEY_EXAMPLE, key, example);
                return null;
            }
            return text(n, key);
        }

        String choice(Node.MapNode map, String key, List<String> choices) {
            String raw = requiredText(map, key, key + ": " + choices.get(0));
            if (raw == null) {
                return null;
            }
            String id = Values.identifier(raw);
            if (!choices.contains(id)) {
                problems.error(at(map.get(key), key), BenchCode.NOT_KNOWN_USE_ONE, raw, key, Suggest.hint(id, choices), String.join(", ", choices));
                return null;
            }
            return id;
        }

        LocalDate date(Node.MapNode map) {
            String raw = requiredText(map, "date", "date: 2025-09-01");
            if (raw == null) {
                return null;
            }
            Values.Why err = new Values.Why();
            LocalDate d = Values.date(raw, false, err);
            if (d == null) {
                problems.error(at(map.get("date"), "date"), err.message());
            } else if (futureDate(d, referenceDate) != null) {
                problems.error(at(map.get("date"), "date"), futureDate(d, referenceDate));
            }
            return d;
        }

        // ---- conditions --------------------------------------------------------------------------------

        Map<String, String> conditions(Node n) {
            Map<String, String> out = new LinkedHashMap<>();
            if (isAbsent(n)) {
                return out;
            }
            if (!(n instanceof Node.MapNode map)) {
                expected(n, "conditions", dev.cca.diag.Localized.of("a map of conditions (" + String.join(", ", CONDITIONS.keySet()) + ")",
                        "条件的映射（" + String.join("、", CONDITIONS.keySet()) + "）"));
                return out;
            }
            for (Node.Entry e : map.entries()) {
                String path = "conditions." + e.key();
                Field f = CONDITIONS.get(e.key());
                if (f == null) {
                    problems.error(new Location(file, e.line(), e.column(), path), BenchCode.UNKNOWN_CONDITION_CONDITIONS_ARE, e.key(), Suggest.hint(e.key(), CONDITIONS.keySet()), String.join(", ", CONDITIONS.keySet()));
                    continue;
                }
                if (isAbsent(e.value())) {
                    continue;
                }
                if (TEXT_CONDITIONS.contains(e.key())) {
                    String t = text(e.value(), path);
                    if (t != null && !t.isBlank()) {
                        out.put(e.key(), e.key().equals("precision") ? Values.identifier(t) : t.strip());
                    }
                    continue;
                }
                if (e.key().equals("request_rate") && e.value() instanceof Node.ScalarNode s
                        && s.text().strip().equalsIgnoreCase("inf")) {
                    out.put(e.key(), "inf"); // vLLM and SGLang send every request at once when the rate is inf
                    continue;
                }
                Double v = number(e.value(), f, path);
                if (v != null) {
                    out.put(e.key(), Numbers.format(v));
                }
            }
            return out;
        }

        // ---- results -----------------------------------------------------------------------------------

        List<Measurement> results(Node n) {
            if (!(n instanceof Node.MapNode map)) {
                expected(n, "results", dev.cca.diag.Localized.of("a map of results (output_tokens_per_s: 5200, ttft_ms: {p50: 180, p99: 420}, ...)",
                        "结果的映射（output_tokens_per_s: 5200, ttft_ms: {p50: 180, p99: 420}, ...）"));
                return List.of();
            }
            if (map.size() == 0) {
                problems.error(at(map, "results"), BenchCode.RESULTS_EMPTY_GIVE_LEAST);
                return List.of();
            }
            MeasurementSet m = new MeasurementSet(problems);
            for (Node.Entry e : map.entries()) {
                String path = "results." + e.key();
                Location keyAt = new Location(file, e.line(), e.column(), path);
                MetricKeys.Spec spec = MetricKeys.named(e.key());
                if (spec == null && MetricKeys.spec(e.key()) != null) {
                    // A canonical dotted key (ttft_ms.p99), as reports print them.
                    spec = MetricKeys.spec(e.key());
                    if (fitsKind(spec, keyAt)) {
                        scalarResult(e.key(), e.value(), spec, path, m);
                    }
                    continue;
                }
                if (spec == null) {
                    unknownResult(e.key(), keyAt);
                    continue;
                }
                if (!fitsKind(spec, keyAt) || isAbsent(e.value())) {
                    continue;
                }
                if (spec.distribution()) {
                    distribution(spec, e.value(), path, m);
                } else {
                    scalarResult(spec.name(), e.value(), spec, path, m);
                }
            }
            return m.finish();
        }

        void unknownResult(String key, Location at) {
            Matcher pm = PROFILE_STYLE.matcher(key);
            String hint;
            if (pm.matches() && MetricKeys.named(pm.group(1)) != null) {
                String stat = pm.group(2).equals("median") ? "p50" : pm.group(2);
                hint = " (write it as " + pm.group(1) + ": {" + stat + ": ...})";
            } else {
                hint = Suggest.didYouMean(key, MetricKeys.all().keySet());
            }
            problems.error(at, BenchCode.UNKNOWN_RESULT_SEE_DOCS, key, hint);
        }

        boolean fitsKind(MetricKeys.Spec spec, Location at) {
            if (kind == null || spec.kinds().contains(kind)) {
                return true;
            }
            problems.error(at, BenchCode.RESULT_OF_OTHER_KIND, spec.name(), kind, or(spec.kinds().stream().sorted().toList()));
            return false;
        }

        void distribution(MetricKeys.Spec spec, Node n, String path, MeasurementSet m) {
            if (!(n instanceof Node.MapNode stats)) {
                expected(n, path, dev.cca.diag.Localized.of("a map of statistics, such as " + spec.name() + ": {p50: 180, p99: 420} ("
                        + MetricKeys.statsDoc() + ")", "统计量的映射，例如 " + spec.name() + ": {p50: 180, p99: 420}（"
                        + MetricKeys.statsDoc() + "）"));
                return;
            }
            Set<String> seen = new HashSet<>();
            for (Node.Entry s : stats.entries()) {
                String stat = s.key().equals("median") ? MetricKeys.MEDIAN : s.key();
                String statPath = path + "." + s.key();
                if (!MetricKeys.isStat(stat)) {
                    problems.error(new Location(file, s.line(), s.column(), statPath), BenchCode.NOT_STATISTIC_USE, s.key(), Suggest.hint(s.key(), List.of("mean", "median", "std",
                            "min", "max", "p50", "p90", "p95", "p99", "p99.9")), MetricKeys.statsDoc());
                    continue;
                }
                if (!seen.add(stat)) {
                    problems.error(new Location(file, s.line(), s.column(), statPath), BenchCode.STATISTIC_REPEATED, s.key(),
                            stat.equals(MetricKeys.MEDIAN) ? dev.cca.diag.Localized.of("median (p50 and median are the same statistic)",
                                    "中位数（p50 与 median 是同一统计量）") : stat);
                    continue;
                }
                if (!isAbsent(s.value())) {
                    scalarResult(MetricKeys.key(spec.name(), stat), s.value(), spec, statPath, m);
                }
            }
        }

        void scalarResult(String key, Node n, MetricKeys.Spec spec, String path, MeasurementSet m) {
            Double v = number(n, spec.field(), path);
            if (v != null) {
                m.add(key, v, at(n, path));
            }
        }

        // ---- import ------------------------------------------------------------------------------------

        BenchmarkRun.Import importSpec(Node n, Node.Entry entry) {
            if (!(n instanceof Node.MapNode map)) {
                expected(n, "import", dev.cca.diag.Localized.of("a map: import: {format: vllm-bench, file: raw/result.json}",
                        "映射：import: {format: vllm-bench, file: raw/result.json}"));
                return null;
            }
            for (Node.Entry e : map.entries()) {
                if (!IMPORT_KEYS.contains(e.key())) {
                    problems.error(new Location(file, e.line(), e.column(), "import." + e.key()), BenchCode.UNKNOWN_KEY_IMPORT_IMPORT, e.key(), Suggest.hint(e.key(), IMPORT_KEYS), String.join(", ", IMPORT_KEYS));
                }
            }
            String format = null;
            Node fmt = map.get("format");
            if (isAbsent(fmt)) {
                problems.error(at(map, "import.format"), BenchCode.MISSING_IMPORT_FORMAT_NAME, String.join(", ", formats.formats()));
            } else {
                String raw = text(fmt, "import.format");
                if (raw != null) {
                    format = Values.identifier(raw);
                    if (formats.byFormat(format).isEmpty()) {
                        problems.error(at(fmt, "import.format"), BenchCode.NOT_FORMAT_CCA_READS, raw, Suggest.hint(format, formats.formats()), String.join(", ", formats.formats()));
                        format = null;
                    } else if (tool != null && !tool.equals(BenchmarkTool.CUSTOM.id()) && !tool.equals(format)) {
                        problems.error(at(fmt, "import.format"), BenchCode.IMPORT_FORMAT_BUT_TOOL, format, tool);
                    }
                }
            }
            String path = null;
            String written = null;
            Node fileNode = map.get("file");
            if (isAbsent(fileNode)) {
                problems.error(at(map, "import.file"), BenchCode.MISSING_IMPORT_FILE_TOOL);
            } else {
                written = text(fileNode, "import.file");
                if (written != null && written.isBlank()) {
                    problems.error(at(fileNode, "import.file"), BenchCode.IMPORT_FILE_EMPTY);
                    written = null;
                }
                if (written != null) {
                    try {
                        path = resolve(written.strip());
                    } catch (InvalidPathException e) {
                        problems.error(at(fileNode, "import.file"), BenchCode.NOT_VALID_PATH, written, e.getReason());
                    }
                }
            }
            int record = 0;
            Node rec = map.get("record");
            if (!isAbsent(rec)) {
                Double v = number(rec, count("record", ""), "import.record");
                record = v == null ? 0 : (int) Math.min(Integer.MAX_VALUE, v);
            }
            return format == null || path == null ? null : new BenchmarkRun.Import(format, written.strip(), path, record,
                    new Location(file, entry.line(), entry.column(), "import"));
        }

        /** The imported file's path: relative paths are taken from the document's own directory. */
        String resolve(String written) {
            Path p = Path.of(written);
            if (p.isAbsolute()) {
                return p.normalize().toString();
            }
            // Resolved against the document's path as the user gave it (relative stays relative), so that reports
            // name files the same way on every machine.
            Path base = doc.source().path();
            Path dir = base != null ? base.getParent() : Path.of(doc.name()).getParent();
            return (dir == null ? p : dir.resolve(p)).normalize().toString();
        }

        // ---- checks across keys ------------------------------------------------------------------------

        void crossChecks(Map<String, String> conditions, List<Measurement> measurements, Node.MapNode map) {
            double base = parse(conditions.get("baseline_accelerators"));
            double acc = parse(conditions.get("accelerators"));
            Location condAt = map.get("conditions") == null ? Location.of(file, map.line(), map.column())
                    : at(map.get("conditions"), "conditions");
            if (!Double.isNaN(base) && !Double.isNaN(acc) && base >= acc) {
                problems.warning(condAt.withPath("conditions.baseline_accelerators"), BenchCode.SPEED_UP_BASELINE_ACCELERATORS, Numbers.format(base), Numbers.format(acc));
            }
            for (Measurement m : measurements) {
                if (m.key().equals(MetricKeys.LINEAR_SPEEDUP) && (Double.isNaN(base) || Double.isNaN(acc))) {
                    problems.warning(m.source(), BenchCode.LINEAR_SPEEDUP_NEEDS_CONDITIONS);
                }
            }
        }

        // ---- scalars -----------------------------------------------------------------------------------

        Double number(Node n, Field f, String path) {
            if (!(n instanceof Node.ScalarNode s)) {
                expected(n, path, dev.cca.diag.Localized.of("a number" + (f.quantity().unit().isEmpty() ? "" : " in " + f.quantity().unit()),
                        "数字" + (f.quantity().unit().isEmpty() ? "" : "（单位 " + f.quantity().unit() + "）")));
                return null;
            }
            // Units, bandwidth's bits and bytes among them, are read by the one table profiles use (Quantity).
            Values.Result r = Values.number(s, f);
            if (!r.ok()) {
                problems.error(at(n, path), r.error());
                return null;
            }
            if (r.warning() != null) {
                problems.warning(at(n, path), r.warning());
            }
            return r.value();
        }

        String text(Node n, String path) {
            if (n instanceof Node.ScalarNode s) {
                return s.isNull() ? null : s.text();
            }
            expected(n, path, dev.cca.diag.Localized.of("text", "文本"));
            return null;
        }

        void expected(Node n, String path, dev.cca.diag.Localized what) {
            problems.error(at(n, path), BenchCode.EXPECTED_GOT, what, n.described());
        }

        Location at(Node n, String path) {
            return new Location(file, n.line(), n.column(), path);
        }
    }

    private static boolean isAbsent(Node n) {
        return n == null || n instanceof Node.ScalarNode s && s.isNull();
    }

    private static double parse(String v) {
        if (v == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    // ---- resolving an import -----------------------------------------------------------------------------

    /**
     * Reads the run's imported file with the native reader its {@code import.format} names and returns the
     * run completed with the file's measurements. Conditions the document leaves out are taken from the file;
     * where both give one and they disagree, the document's value is kept and the disagreement is a warning.
     * The native reader's warnings are added to {@code problems}.
     *
     * @throws RejectedRunException when the file is fine but its tool says the run does not count
     * @throws InputException       when the file cannot be read, is not of the named format, or holds several
     *                              results and {@code import.record} does not say which one
     */
    public BenchmarkRun resolveImport(BenchmarkRun run, Problems problems) throws InputException {
        BenchmarkRun.Import imp = run.imported();
        if (imp == null) {
            return run;
        }
        Location origin = imp.origin();
        SourceFile source;
        try {
            // Confined as every path a submitted file names is: inside the document's folder (or --bench-root).
            Path docFolder = origin.file().isEmpty() || origin.file().startsWith("<") ? Path.of("").toAbsolutePath()
                    : Path.of(origin.file()).toAbsolutePath().getParent();
            NamedFiles.check(imp.file(), Path.of(imp.path()), docFolder, limits, dev.cca.diag.Localized.of("imported file", "导入的文件"), origin.withPath("import.file"));
            source = InputFiles.read(Path.of(imp.path()), imp.path(), limits, null);
        } catch (InputException e) {
            List<Diagnostic> ds = new ArrayList<>();
            ds.add(Diagnostic.error(origin.withPath("import.file"), BenchCode.CANNOT_READ_IMPORTED_FILE, imp.file()));
            ds.addAll(e.diagnostics());
            throw new InputException(ds);
        }
        List<NativeReader> claimed = formats.candidates(source.text());
        // A tool with several output forms (nccl-tests' text and JSON): the reader of its format that claims the file.
        NativeReader reader = claimed.stream().filter(r -> r.format().equals(imp.format())).findFirst()
                .orElseGet(() -> formats.byFormat(imp.format()).orElseThrow());
        if (!claimed.isEmpty() && !claimed.contains(reader)) {
            throw new InputException(Diagnostic.error(origin.withPath("import.format"), BenchCode.IMPORT_FORMAT_LOOKS_LIKE,
                    imp.format(), imp.file(), or(claimed.stream().map(NativeReader::format).toList())));
        }
        List<NativeRun> runs = reader.readAll(source);
        NativeRun chosen;
        if (imp.record() > 0) {
            if (imp.record() > runs.size()) {
                throw new InputException(Diagnostic.error(origin.withPath("import.record"), BenchCode.IMPORT_RECORD_BUT_HOLDS, imp.record(), imp.file(), runs.size()));
            }
            chosen = runs.get(imp.record() - 1);
        } else if (runs.size() > 1) {
            throw new InputException(Diagnostic.error(origin.withPath("import"), BenchCode.HOLDS_RESULTS_SAY_WHICH, imp.file(), runs.size()));
        } else {
            chosen = runs.get(0);
        }
        // One rule for a run however it arrives: a file dated after the reference date is an error whether it is
        // given with --bench or imported by a document (which may give an earlier date of its own), never a warning.
        dev.cca.diag.Message future = futureDate(chosen.date(), referenceDate);
        if (future != null) {
            throw new InputException(Diagnostic.error(origin.withPath("import.file"), BenchCode.IMPORTED_FILE_DATE, imp.file(), future));
        }
        problems.addAll(chosen.warnings());
        Map<String, String> merged = new LinkedHashMap<>(run.conditions());
        java.time.LocalDate[] date = {run.date()};
        chosen.conditions().forEach((k, v) -> {
            if (k.equals(RunConditions.DATE)) {
                if (run.date() != null && !v.equals(run.date().toString())) {
                    // The tool dated its own file; a document giving a later date would make its evidence younger.
                    java.time.LocalDate own = fileDate(v);
                    if (own != null && own.isBefore(run.date())) {
                        date[0] = own;
                    }
                    problems.warning(origin, BenchCode.IMPORTED_FILE_DATED_DOCUMENT, v, run.date(), date[0]);
                }
                return;
            }
            String mine = merged.get(k);
            if (mine == null) {
                merged.put(k, v);
            } else if (!sameCondition(mine, v)) {
                // The tool wrote what it ran (a model of 7B parameters, concurrency 32); a document that says otherwise
                // would have its throughput normalised by another model's parameters. The document gives only what the
                // file lacks.
                merged.put(k, v);
                problems.warning(origin.withPath("conditions." + k), BenchCode.CONDITIONS_HERE_BUT_IMPORTED, k, mine, v);
            }
        });
        for (Measurement m : chosen.measurements()) {
            MetricKeys.Spec spec = MetricKeys.spec(m.key());
            if (spec != null && !spec.kinds().contains(run.kind())) {
                throw new InputException(Diagnostic.error(m.source(), BenchCode.NOT_RESULT_RUN_CHECK, m.key(), run.kind()));
            }
        }
        return new BenchmarkRun(run.center(), run.kind(), run.tool(), date[0], merged, chosen.measurements(),
                run.origin(), imp);
    }

    /** A native file's date condition (YYYY-MM-DD, as {@link RunConditions} writes it), or null. */
    private static java.time.LocalDate fileDate(String v) {
        try {
            return java.time.LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static boolean sameCondition(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        double x = parse(a);
        double y = parse(b);
        return !Double.isNaN(x) && x == y;
    }
}
