package dev.cca.input.bench;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Message;
import dev.cca.diag.Problems;
import dev.cca.model.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text output of nccl-tests ({@code all_reduce_perf}, {@code all_gather_perf} and friends): a commented
 * header naming the ranks and devices, one row per message size with out-of-place and in-place time, algbw
 * and busbw, and a closing {@code # Avg bus bandwidth : X} line. The output may sit inside a longer launcher
 * log (mpirun, kubectl); other lines are skipped.
 *
 * <p>nccl-tests prints bandwidths in GB/s, decimal gigabytes per second; the vocabulary keeps bandwidth in
 * gigabits per second, like the profile's network keys, so every value is multiplied by 8. A run whose
 * {@code #wrong} column counts wrong values, or whose "Out of bounds values" line says FAILED, measured a
 * broken collective and does not count ({@link RejectedRunException}).
 */
public final class NcclTestsReader implements LogReader {

    public static final String FORMAT = BenchmarkTool.NCCL_TESTS.id();

    private static final Pattern AVG = Pattern.compile("#\\s*Avg bus bandwidth\\s*:\\s*(\\S+)\\s*(\\S*).*");
    private static final Pattern OUT_OF_BOUNDS = Pattern.compile("#\\s*Out of bounds values\\s*:\\s*(\\d+)\\s*(\\w*).*");
    private static final Pattern RANK = Pattern.compile(
            "#\\s*Rank\\s+(\\d+)\\s+(?:Group\\s+\\d+\\s+)?Pid\\s+\\d+\\s+on\\s+(\\S+)\\s+device\\s+\\d+\\s+\\[[^\\]]*\\]\\s+(\\S.*?)\\s*");
    private static final Pattern COLLECTIVE = Pattern.compile("#\\s*Collective test starting:\\s*(\\w+?)(?:_perf)?\\s*");
    private static final Pattern WS = Pattern.compile("\\s+");

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
        return content.contains("busbw") && (content.contains("Avg bus bandwidth") || content.contains("out-of-place"));
    }

    @Override
    public boolean nameHint(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).contains("nccl");
    }

    /** One message size: its row and the better of its out-of-place and in-place bandwidths. */
    private record Row(int line, double bytes, double algbw, double busbw, int busbwColumn) {
    }

    @Override
    public NativeRun read(TextLog log) throws InputException {
        String name = log.name();
        Problems problems = new Problems();
        RunConditions c = new RunConditions(problems);
        List<Diagnostic> rejections = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<Integer> ranks = new TreeSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        Set<String> devices = new LinkedHashSet<>();
        boolean countsWrong = false;
        Double avg = null;
        Location avgAt = null;
        int lastLine = 1;
        for (TextLog.Line line : log) {
            lastLine = line.number();
            if (!line.matchable()) {
                continue;
            }
            String text = line.text().strip();
            if (text.startsWith("#")) {
                Matcher mm;
                if ((mm = RANK.matcher(text)).matches()) {
                    ranks.add(Integer.parseInt(mm.group(1).length() > 9 ? "0" : mm.group(1)));
                    hosts.add(mm.group(2));
                    devices.add(mm.group(3));
                } else if ((mm = AVG.matcher(text)).matches() && avg == null) {
                    avgAt = new Location(name, line.number(), TextLog.column(line.text().indexOf(mm.group(1))),
                            "Avg bus bandwidth");
                    avg = TextLog.number(mm.group(1));
                    if (avg == null) {
                        problems.error(avgAt, BenchCode.NOT_BANDWIDTH, mm.group(1));
                    }
                    if (mm.group(2).equalsIgnoreCase("FAILED")) {
                        // NCCL_TESTS_MIN_BW was set and the average fell below 90% of it: nccl-tests exits non-zero.
                        rejections.add(Diagnostic.error(new Location(name, line.number(),
                                TextLog.column(line.text().indexOf(mm.group(2), line.text().indexOf(mm.group(1)) + mm.group(1).length())),
                                "Avg bus bandwidth"), BenchCode.NCCL_AVG_FAILED, mm.group(1)));
                    }
                } else if ((mm = OUT_OF_BOUNDS.matcher(text)).matches()) {
                    if (!mm.group(1).equals("0") || mm.group(2).equalsIgnoreCase("FAILED")) {
                        rejections.add(Diagnostic.error(Location.of(name, line.number(), 1).withPath("Out of bounds values"),
                                BenchCode.NCCL_TESTS_FOUND_OUT, mm.group(1), mm.group(2)));
                    }
                } else if ((mm = COLLECTIVE.matcher(text)).matches()) {
                    c.text(RunConditions.COLLECTIVE, mm.group(1));
                } else if (text.contains("#wrong")) {
                    countsWrong = true;
                }
                continue;
            }
            Row row = row(line, name, countsWrong, problems, rejections);
            if (row != null) {
                rows.add(row);
            }
        }
        Location end = Location.of(name, lastLine, 1);
        if (rows.isEmpty() && !problems.hasErrors()) {
            problems.error(end, BenchCode.NO_RESULT_ROWS_SIZE);
        }
        if (avg == null && !problems.hasErrors()) {
            problems.error(end, BenchCode.NO_AVG_BUS_BANDWIDTH);
        }
        MeasurementSet m = new MeasurementSet(problems);
        if (avg != null) {
            m.add(MetricKeys.BUSBW_GBPS, NativeUnits.gigabytesToGigabits(avg), avgAt);
        }
        Row peakBus = null;
        Row peakAlg = null;
        for (Row r : rows) {
            peakBus = peakBus == null || r.busbw() > peakBus.busbw() ? r : peakBus;
            peakAlg = peakAlg == null || r.algbw() > peakAlg.algbw() ? r : peakAlg;
        }
        if (peakBus != null) {
            m.add(MetricKeys.PEAK_BUSBW_GBPS, NativeUnits.gigabytesToGigabits(peakBus.busbw()),
                    new Location(name, peakBus.line(), peakBus.busbwColumn(), "")
                            .withPath(new Message(BenchCode.NCCL_PEAK_AT, "busbw", Numbers.format(peakBus.bytes()))));
            m.add(MetricKeys.PEAK_ALGBW_GBPS, NativeUnits.gigabytesToGigabits(peakAlg.algbw()),
                    Location.of(name, peakAlg.line(), 1).withPath(new Message(BenchCode.NCCL_PEAK_AT, "algbw", Numbers.format(peakAlg.bytes()))));
            c.count("max_message_bytes", rows.stream().mapToDouble(Row::bytes).max().orElse(0), end);
        }
        if (!ranks.isEmpty()) {
            c.count(RunConditions.ACCELERATORS, (double) ranks.size(), end);
            c.count(RunConditions.NODES, (double) hosts.size(), end);
            if (devices.size() == 1) {
                c.text(RunConditions.ACCELERATOR_MODEL, devices.iterator().next());
            }
        }
        List<Measurement> list = m.finish();
        if (problems.hasErrors()) {
            throw new InputException(problems.all());
        }
        if (!rejections.isEmpty()) {
            throw new RejectedRunException(rejections);
        }
        return new NativeRun(FORMAT, BenchmarkKinds.COLLECTIVE_COMMUNICATION, c.toMap(), list, problems.all());
    }

    /**
     * A result row, or null for any other line. Rows end with eight columns, out-of-place then in-place
     * {@code time algbw busbw #wrong}, whatever the columns before them (all_gather has no reduction op;
     * recent versions add a root column).
     */
    private static Row row(TextLog.Line line, String file, boolean countsWrong, Problems problems, List<Diagnostic> rejections) {
        String text = line.text().strip();
        if (text.isEmpty() || text.charAt(0) < '0' || text.charAt(0) > '9') {
            return null;
        }
        String[] t = WS.split(text);
        if (t.length < 10 || !digits(t[0]) || !digits(t[1])) {
            return null;
        }
        int n = t.length;
        Location at = Location.of(file, line.number(), 1).withPath(new Message(BenchCode.NCCL_ROW, t[0]));
        double bytes = Double.parseDouble(t[0]);
        double best = -1;
        double bestAlg = -1;
        for (int half = 0; half < 2; half++) {
            int base = n - 8 + half * 4;
            if (t[base + 1].equalsIgnoreCase("N/A") || t[base + 2].equalsIgnoreCase("N/A")) {
                continue; // a half that nccl-tests did not run
            }
            Double alg = TextLog.number(t[base + 1]);
            Double bus = TextLog.number(t[base + 2]);
            if (alg == null || bus == null || alg.isNaN() || bus.isNaN() || alg < 0 || bus < 0
                    || alg.isInfinite() || bus.isInfinite()) {
                problems.error(at, BenchCode.ALGBW_BUSBW_MUST_NON, t[base + 1], t[base + 2]);
                return null;
            }
            if (countsWrong && !t[base + 3].equalsIgnoreCase("N/A") && !t[base + 3].equals("0")) {
                rejections.add(Diagnostic.error(at, BenchCode.NCCL_WRONG_VALUES, t[base + 3], t[0],
                        half == 0 ? dev.cca.diag.Localized.of("out-of-place", "非原地") : dev.cca.diag.Localized.of("in-place", "原地")));
            }
            best = Math.max(best, bus);
            bestAlg = Math.max(bestAlg, alg);
        }
        if (best < 0) {
            return null;
        }
        int column = TextLog.column(line.text().lastIndexOf(t[n - 6]));
        return new Row(line.number(), bytes, bestAlg, best, Math.max(1, column));
    }

    private static boolean digits(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
