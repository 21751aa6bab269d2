package dev.cca.input.bench;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Localized;
import dev.cca.diag.Location;
import dev.cca.diag.Message;
import dev.cca.diag.Problems;
import dev.cca.input.SourceFile;
import dev.cca.model.Numbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text output of nccl-tests ({@code all_reduce_perf}, {@code all_gather_perf} and friends): a commented
 * header naming the ranks and devices, a column header, one row per message size with out-of-place and in-place
 * time, algbw and busbw, and a closing {@code # Avg bus bandwidth : X} line. The output may sit inside a longer
 * launcher log (mpirun, kubectl, srun), its lines possibly tagged by the launcher ({@link TextLog#launcherPrefix});
 * other lines are skipped.
 *
 * <p>Where each value sits in a row is read from the column header ({@code #  size count type redop root time
 * algbw busbw #wrong ...}), not assumed: {@code -I 1} adds {@code i_min i_max i_p99 i_cv%} after each half,
 * {@code -S 1} a two-word timestamp after the in-place half, older releases call {@code #wrong} {@code error}
 * (a largest deviation, not a count), and all_gather has no reduction column in old releases.
 *
 * <p>A log may hold several runs, one after another (a job script running all_reduce_perf then all_gather_perf),
 * or interleaved when each launcher task runs its own program ({@code srun -l} without MPI): a run starts at
 * its {@code # nccl-tests version}, {@code # Collective test starting} or {@code # nThread} line once the run
 * before it has its table, and the lines of each launcher tag belong to that tag's runs. Every run is read by
 * itself, never mixed with another: {@link #readAll} returns one result per run, {@link #read} refuses a log of
 * several.
 *
 * <p>nccl-tests prints bandwidths in GB/s, decimal gigabytes per second; the vocabulary keeps bandwidth in
 * gigabits per second, like the profile's network keys, so every value is multiplied by 8. A run whose
 * {@code #wrong} column counts wrong values, whose "Out of bounds values" line says FAILED, or whose average is
 * marked FAILED (below {@code NCCL_TESTS_MIN_BW}) was failed by nccl-tests itself and does not count
 * ({@link RejectedRunException}).
 */
public final class NcclTestsReader implements LogReader {

    public static final String FORMAT = BenchmarkTool.NCCL_TESTS.id();

    /** More runs than this in one log is not a job's output: refused rather than held. */
    static final int MAX_RUNS = 256;

    private static final Pattern AVG = Pattern.compile("#\\s*Avg bus bandwidth\\s*:\\s*(\\S+)\\s*(\\S*).*");
    private static final Pattern OUT_OF_BOUNDS = Pattern.compile("#\\s*Out of bounds values\\s*:\\s*(\\d+)\\s*(\\w*).*");
    private static final Pattern RANK = Pattern.compile(
            "#\\s*Rank\\s+(\\d{1,9})\\s+(?:Group\\s+\\d+\\s+)?Pid\\s+(\\d{1,12})\\s+on\\s+(\\S+)\\s+device\\s+\\d+\\s+\\[[^\\]]*\\]\\s+(\\S.*?)\\s*");
    private static final Pattern COLLECTIVE = Pattern.compile("#\\s*Collective test starting:\\s*(\\w+?)(?:_perf)?\\s*");
    private static final Pattern STARTS = Pattern.compile("#\\s*(?:nccl-tests version\\s|nThread\\s).*");
    /** The first line of every release's header: {@code # nThread 1 nGpus 8 minBytes 8 maxBytes 8589934592 ...}. */
    private static final Pattern THREADS = Pattern.compile("#\\s*nThread\\s+\\d{1,9}\\s+nGpus\\s+\\d{1,9}\\s+minBytes\\s+\\d.*");

    /** More ranks than this in one run is no job's: refused rather than held (the JSON reader's bound on hosts). */
    static final int MAX_RANKS = 65_536;

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String describe() {
        return "nccl-tests output (all_reduce_perf and the other *_perf programs), text";
    }

    @Override
    public boolean detect(String content) {
        // nccl-tests' JSON (-J) is NcclTestsJsonReader's, whatever its env list holds.
        return (content.contains("busbw") && (content.contains("Avg bus bandwidth") || content.contains("out-of-place"))
                || header(content)) && !NcclTestsJsonReader.isNcclJson(content);
    }

    /**
     * True when the content holds nccl-tests' first header line. The table can start megabytes into a log: the
     * NCCL INFO lines of every rank's communicator set-up ({@code NCCL_DEBUG=INFO}) come between the header and the
     * column header, and a look at a log's head must still know it.
     */
    private static boolean header(String content) {
        return content.contains("nGpus") && content.contains("minBytes") && TextLog.anyLine(content,
                l -> l.contains("nThread") && THREADS.matcher(l.substring(TextLog.launcherPrefix(l)).strip()).matches());
    }

    @Override
    public boolean nameHint(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).contains("nccl");
    }

    /** One half of a row (out-of-place or in-place): the indexes of its columns; {@code wrong} -1 when not a count. */
    private record Half(int alg, int bus, int wrong) {
    }

    /** The columns of a run's rows, as its column header names them. */
    private record Layout(int line, int columns, List<Half> halves) {
    }

    /** One run of the log: one program's output, from its first header line to its average line. */
    private static final class Run {
        final String tag;
        final int start;
        int last;
        String collective;
        Layout layout;
        boolean closed;
        /** Each rank's "host pid", as its rank line gives them. */
        final Map<Integer, String> ranks = new HashMap<>();
        final Set<String> hosts = new LinkedHashSet<>();
        String device;
        boolean mixedDevices;
        boolean tooManyRanks;
        boolean rankTwice;
        int rows;
        double maxBytes;
        double peakBus = -1;
        int peakBusLine;
        int peakBusColumn;
        double peakBusBytes;
        double peakAlg = -1;
        int peakAlgLine;
        int peakAlgColumn;
        double peakAlgBytes;
        Double avg;
        Location avgAt;

        Run(String tag, int start) {
            this.tag = tag;
            this.start = start;
            this.last = start;
        }

        /** True once the run has more than its preamble: a line that starts a run then starts the next one. */
        boolean begun() {
            return closed || layout != null || rows > 0;
        }
    }

    @Override
    public NativeRun read(TextLog log) throws InputException {
        List<NativeRun> runs = readAll(log);
        if (runs.size() > 1) {
            throw new InputException(several(log.name(), runs, BenchCode.NCCL_SEVERAL_RUNS));
        }
        return runs.get(0);
    }

    /** Every run of the log, in the order they start; see the class comment. */
    @Override
    public List<NativeRun> readAll(TextLog log) throws InputException {
        String name = log.name();
        Problems problems = new Problems();
        List<Diagnostic> rejections = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        Map<String, Run> current = new HashMap<>();
        int lastLine = 1;
        for (TextLog.Line line : log) {
            lastLine = line.number();
            if (!line.matchable()) {
                continue;
            }
            String raw = line.text();
            int from = TextLog.launcherPrefix(raw);
            String tag = raw.substring(0, from).strip();
            String text = raw.substring(from).strip();
            if (text.isEmpty()) {
                continue;
            }
            Run run = current.get(tag);
            if (text.charAt(0) != '#') {
                if (run != null && run.layout != null && !run.closed) {
                    row(line, from, run, name, problems, rejections);
                }
                continue;
            }
            Matcher mm = COLLECTIVE.matcher(text);
            boolean starts = mm.matches() || STARTS.matcher(text).matches();
            if (!starts && !ofTable(text)) {
                continue; // "#", "# Using devices", "# Collective test concluded", units, other tools' comments
            }
            if (run == null || run.closed || starts && run.begun()) {
                if (runs.size() == MAX_RUNS) {
                    problems.error(Location.of(name, line.number(), 1), BenchCode.NCCL_TOO_MANY_RUNS, MAX_RUNS);
                    break;
                }
                run = new Run(tag, line.number());
                runs.add(run);
                current.put(tag, run);
            }
            run.last = line.number();
            header(text, mm, line, from, run, name, problems, rejections);
        }
        List<NativeRun> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            NativeRun n = finish(r, name, i == runs.size() - 1 ? lastLine : r.last, problems);
            if (n != null) {
                out.add(n);
            }
        }
        if (runs.isEmpty()) {
            problems.error(Location.of(name, lastLine, 1), BenchCode.NO_RESULT_ROWS_SIZE);
        }
        if (problems.hasErrors()) {
            throw new InputException(problems.all());
        }
        if (!rejections.isEmpty()) {
            throw new RejectedRunException(rejections);
        }
        return out;
    }

    /**
     * True for a comment line that nccl-tests prints in a run besides its start: a rank line, the column header,
     * the footer. Only such lines open a run, so another tool's comment that merely names a rank opens none.
     */
    private static boolean ofTable(String text) {
        if (text.contains("busbw")) {
            String rest = text.substring(1).stripLeading();
            return rest.startsWith("size") && (rest.length() == 4 || Character.isWhitespace(rest.charAt(4)));
        }
        return text.contains("Rank") && RANK.matcher(text).matches()
                || text.contains("Avg bus bandwidth") && AVG.matcher(text).matches()
                || text.contains("Out of bounds values") && OUT_OF_BOUNDS.matcher(text).matches();
    }

    /** A comment line of a run: its start, a rank, the column header, the footer. */
    private static void header(String text, Matcher collective, TextLog.Line line, int from, Run run, String name,
                               Problems problems, List<Diagnostic> rejections) {
        Matcher mm;
        if (collective.matches()) {
            run.collective = collective.group(1);
        } else if ((mm = RANK.matcher(text)).matches()) {
            rank(mm, line, from, run, name, problems);
        } else if ((mm = AVG.matcher(text)).matches()) {
            String raw = line.text();
            int at = raw.indexOf(mm.group(1), from);
            run.avgAt = new Location(name, line.number(), TextLog.column(at), "Avg bus bandwidth");
            run.avg = TextLog.number(mm.group(1));
            run.closed = true;
            if (run.avg == null) {
                problems.error(run.avgAt, BenchCode.NOT_BANDWIDTH, mm.group(1));
            }
            if (mm.group(2).equalsIgnoreCase("FAILED")) {
                // NCCL_TESTS_MIN_BW was set and the average fell below 90% of it: nccl-tests exits non-zero.
                rejections.add(Diagnostic.error(new Location(name, line.number(),
                        TextLog.column(raw.indexOf(mm.group(2), at + mm.group(1).length())), "Avg bus bandwidth"),
                        BenchCode.NCCL_AVG_FAILED, mm.group(1)));
            }
        } else if ((mm = OUT_OF_BOUNDS.matcher(text)).matches()) {
            if (!mm.group(1).equals("0") || mm.group(2).equalsIgnoreCase("FAILED")) {
                rejections.add(Diagnostic.error(Location.of(name, line.number(), from + 1).withPath("Out of bounds values"),
                        BenchCode.NCCL_TESTS_FOUND_OUT, mm.group(1), mm.group(2)));
            }
        } else {
            layout(line, from, run, name, problems);
        }
    }

    /**
     * A rank line, {@code #  Rank 3 Group 0 Pid 1890 on worker-1 device 3 [0000:99:00] NVIDIA H100 80GB HBM3}: one per
     * accelerator, each rank once. A rank on two hosts (or in two processes) means each process ran a test of its own,
     * nccl-tests' output when it is built without MPI and started by a launcher: not one collective.
     */
    private static void rank(Matcher mm, TextLog.Line line, int from, Run run, String name, Problems problems) {
        int rank = Integer.parseInt(mm.group(1));
        String where = mm.group(3) + " pid " + mm.group(2);
        String before = run.ranks.get(rank);
        if (before == null && run.ranks.size() == MAX_RANKS) {
            if (!run.tooManyRanks) {
                problems.error(Location.of(name, line.number(), from + 1), BenchCode.NCCL_TOO_MANY_RANKS, MAX_RANKS);
                run.tooManyRanks = true;
            }
            return;
        }
        if (before != null) {
            if (!before.equals(where) && !run.rankTwice) {
                problems.error(Location.of(name, line.number(), from + 1).withPath("Rank " + rank), BenchCode.NCCL_RANK_TWICE,
                        rank, before, where);
                run.rankTwice = true;
            }
            return;
        }
        run.ranks.put(rank, where);
        run.hosts.add(mm.group(3));
        if (run.device == null) {
            run.device = mm.group(4);
        } else if (!run.device.equals(mm.group(4))) {
            run.mixedDevices = true;
        }
    }

    /**
     * The column header, {@code #  size count type redop root time algbw busbw #wrong [i_min i_max i_p99 i_cv%]
     * time algbw busbw #wrong [...] [timestamp]}: each {@code algbw busbw} pair is a half, out-of-place then
     * in-place; a {@code #wrong} right after it counts wrong values ({@code error}, in old releases, is a largest
     * deviation and is not read); {@code timestamp} is printed as two words, date and time.
     */
    private static void layout(TextLog.Line line, int from, Run run, String name, Problems problems) {
        String text = line.text().substring(from).strip().substring(1);
        List<int[]> tokens = tokens(text);
        if (tokens.isEmpty() || !word(text, tokens.get(0)).equals("size")) {
            return;
        }
        List<Half> halves = new ArrayList<>();
        int columns = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            String w = word(text, tokens.get(i));
            if (w.equals("algbw") && i + 1 < tokens.size() && word(text, tokens.get(i + 1)).equals("busbw")) {
                boolean counts = i + 2 < tokens.size() && word(text, tokens.get(i + 2)).equals("#wrong");
                halves.add(new Half(i, i + 1, counts ? i + 2 : -1));
            } else if (w.equals("timestamp")) {
                columns++;
            }
        }
        if (halves.isEmpty()) {
            return; // a "size" comment that is not the table's header
        }
        if (halves.size() != 2) {
            problems.error(Location.of(name, line.number(), from + 1), BenchCode.NCCL_HEADER_HALVES, halves.size());
            return;
        }
        run.layout = new Layout(line.number(), columns, List.copyOf(halves));
    }

    /** A result row of a run whose column header has been read; other lines are skipped. */
    private static void row(TextLog.Line line, int from, Run run, String file, Problems problems, List<Diagnostic> rejections) {
        String raw = line.text();
        List<int[]> t = tokens(raw, from);
        if (t.size() < 2 || !digits(raw, t.get(0)) || !digits(raw, t.get(1))) {
            return;
        }
        run.last = line.number();
        String size = word(raw, t.get(0));
        Location at = Location.of(file, line.number(), t.get(0)[0] + 1).withPath(new Message(BenchCode.NCCL_ROW, size));
        Layout layout = run.layout;
        if (t.size() != layout.columns()) {
            problems.error(at, BenchCode.NCCL_ROW_COLUMNS, t.size(), layout.line(), layout.columns());
            return;
        }
        double bytes = Double.parseDouble(size);
        boolean any = false;
        for (int h = 0; h < layout.halves().size(); h++) {
            Half half = layout.halves().get(h);
            String algText = word(raw, t.get(half.alg()));
            String busText = word(raw, t.get(half.bus()));
            if (algText.equalsIgnoreCase("N/A") || busText.equalsIgnoreCase("N/A")) {
                continue; // a half that nccl-tests did not run
            }
            Double alg = TextLog.number(algText);
            Double bus = TextLog.number(busText);
            if (alg == null || bus == null || alg.isNaN() || bus.isNaN() || alg < 0 || bus < 0
                    || alg.isInfinite() || bus.isInfinite()) {
                problems.error(at, BenchCode.ALGBW_BUSBW_MUST_NON, algText, busText);
                return;
            }
            if (half.wrong() >= 0) {
                String wrong = word(raw, t.get(half.wrong()));
                if (!wrong.equalsIgnoreCase("N/A") && !wrong.equals("0")) {
                    rejections.add(Diagnostic.error(Location.of(file, line.number(), t.get(half.wrong())[0] + 1)
                                    .withPath(new Message(BenchCode.NCCL_ROW, size)), BenchCode.NCCL_WRONG_VALUES, wrong, size,
                            h == 0 ? Localized.of("out-of-place", "非原地") : Localized.of("in-place", "原地")));
                }
            }
            any = true;
            if (bus > run.peakBus) {
                run.peakBus = bus;
                run.peakBusLine = line.number();
                run.peakBusColumn = t.get(half.bus())[0] + 1;
                run.peakBusBytes = bytes;
            }
            if (alg > run.peakAlg) {
                run.peakAlg = alg;
                run.peakAlgLine = line.number();
                run.peakAlgColumn = t.get(half.alg())[0] + 1;
                run.peakAlgBytes = bytes;
            }
        }
        if (any) {
            run.rows++;
            run.maxBytes = Math.max(run.maxBytes, bytes);
        }
    }

    /** The result of a run, or null (with its problems recorded) when it has none. */
    private static NativeRun finish(Run run, String name, int lastLine, Problems problems) {
        Location end = Location.of(name, lastLine, 1);
        Problems own = new Problems();
        RunConditions c = new RunConditions(own);
        if (run.rows == 0) {
            own.error(end, BenchCode.NO_RESULT_ROWS_SIZE);
        } else if (run.avg == null && run.avgAt == null) {
            own.error(end, BenchCode.NO_AVG_BUS_BANDWIDTH); // an average line that is no number is said at its line
        }
        MeasurementSet m = new MeasurementSet(own);
        if (run.avg != null) {
            m.add(MetricKeys.BUSBW_GBPS, NativeUnits.gigabytesToGigabits(run.avg), run.avgAt);
        }
        if (run.rows > 0) {
            m.add(MetricKeys.PEAK_BUSBW_GBPS, NativeUnits.gigabytesToGigabits(run.peakBus),
                    new Location(name, run.peakBusLine, run.peakBusColumn, "")
                            .withPath(new Message(BenchCode.NCCL_PEAK_AT, "busbw", Numbers.format(run.peakBusBytes))));
            m.add(MetricKeys.PEAK_ALGBW_GBPS, NativeUnits.gigabytesToGigabits(run.peakAlg),
                    new Location(name, run.peakAlgLine, run.peakAlgColumn, "")
                            .withPath(new Message(BenchCode.NCCL_PEAK_AT, "algbw", Numbers.format(run.peakAlgBytes))));
            c.count("max_message_bytes", run.maxBytes, end);
        }
        if (run.collective != null) {
            c.text(RunConditions.COLLECTIVE, run.collective);
        }
        if (!run.ranks.isEmpty()) {
            c.count(RunConditions.ACCELERATORS, (double) run.ranks.size(), end);
            c.count(RunConditions.NODES, (double) run.hosts.size(), end);
            if (!run.mixedDevices) {
                c.text(RunConditions.ACCELERATOR_MODEL, run.device);
            }
        }
        List<Measurement> list = m.finish();
        problems.addAll(own.all());
        if (own.hasErrors()) {
            return null;
        }
        return new NativeRun(FORMAT, BenchmarkKinds.COLLECTIVE_COMMUNICATION, c.toMap(), list, own.all());
    }

    /**
     * The refusal of {@link #read} for a file of several runs, at the start of the second, with {@code code}: the log's
     * ({@link BenchCode#NCCL_SEVERAL_RUNS}) or the JSON file's ({@link BenchCode#NCCL_JSON_SEVERAL_RUNS}).
     */
    static Diagnostic several(String name, List<NativeRun> runs, BenchCode code) {
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        int second = 1;
        for (int i = 0; i < runs.size(); i++) {
            NativeRun r = runs.get(i);
            String collective = r.conditions().getOrDefault(RunConditions.COLLECTIVE, "?");
            int line = r.measurements().isEmpty() ? 0 : r.measurements().get(0).source().line();
            if (i == 1) {
                second = Math.max(1, line);
            }
            en.append(i == 0 ? "" : ", ").append(i + 1).append(": ").append(collective).append(" (average at line ").append(line).append(')');
            zh.append(i == 0 ? "" : "，").append(i + 1).append("：").append(collective).append("（平均值在第 ").append(line).append(" 行）");
        }
        return Diagnostic.error(Location.of(name, second, 1), code, runs.size(),
                Localized.of(en.toString(), zh.toString()));
    }

    /** The start and end of each whitespace-separated word of {@code s} from {@code from}. */
    private static List<int[]> tokens(String s, int from) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    private static List<int[]> tokens(String s) {
        return tokens(s, 0);
    }

    private static String word(String s, int[] token) {
        return s.substring(token[0], token[1]);
    }

    private static boolean digits(String s, int[] token) {
        if (token[1] - token[0] > 18) {
            return false;
        }
        for (int i = token[0]; i < token[1]; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
