package dev.cca.input.bench;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.JsonReader;
import dev.cca.input.Limits;
import dev.cca.input.Node;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * MLPerf Training result logs ({@code result_N.txt}): one {@code :::MLLOG {json}} event per line, as the
 * mlperf-logging library writes them, and optionally {@code :::SYSJSON {json}} lines that describe the system.
 *
 * <p>Time to train is {@code run_stop.time_ms - run_start.time_ms}, the quantity MLPerf Training scores,
 * reported in minutes. A {@code run_stop} whose {@code metadata.status} is not {@code success} (an aborted
 * run, one that did not reach the target quality) does not count: the reader throws a
 * {@link RejectedRunException} pointing at that line. A log without {@code run_start} or {@code run_stop} is
 * incomplete and is an error. MLPerf scores a benchmark over several such logs (result_0..result_N); each log
 * is one run here, and the caller aggregates them by their median like any other runs.
 */
public final class MlperfTrainingReader implements LogReader {

    public static final String FORMAT = BenchmarkTool.MLPERF_TRAINING.id();

    private static final String MLLOG = ":::MLLOG";
    private static final String SYSJSON = ":::SYSJSON";

    private final JsonReader json;
    private final Limits limits;

    public MlperfTrainingReader() {
        this(Limits.DEFAULT);
    }

    public MlperfTrainingReader(Limits limits) {
        this.json = new JsonReader(limits);
        this.limits = limits;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String describe() {
        return "MLPerf Training result logs (:::MLLOG lines, result_N.txt)";
    }

    /** {@code :::MLLOG} events, but not LoadGen's (an MLPerf Inference detailed log: {@link MlperfInferenceReader}). */
    @Override
    public boolean detect(String content) {
        return content.contains(MLLOG) && !MlperfInferenceReader.loadgenDetail(content);
    }

    /** One event: its JSON object and the line it was on. */
    private record Event(Node.MapNode root, int line) {
        String key() {
            return JsonInput.text(root, "key");
        }
    }

    @Override
    public NativeRun read(TextLog log) throws InputException {
        String name = log.name();
        Problems problems = new Problems();
        RunConditions c = new RunConditions(problems);
        Event start = null;
        Event stop = null;
        Node.MapNode system = null;
        int events = 0;
        int lastLine = 1;
        for (TextLog.Line line : log) {
            lastLine = line.number();
            String text = line.text();
            int at = text.indexOf(MLLOG);
            boolean isSystem = false;
            if (at < 0) {
                at = text.indexOf(SYSJSON);
                isSystem = at >= 0;
            }
            if (at < 0) {
                continue; // launcher output, framework logs: not events
            }
            int from = at + (isSystem ? SYSJSON.length() : MLLOG.length());
            if (line.length() - from > limits.maxRecordBytes() || line.cut()) {
                problems.error(Location.of(name, line.number(), 1), BenchCode.EVENT_LINE_CHARACTERS_OVER, line.length(), limits.maxRecordBytes());
                continue;
            }
            Node n = json.parse(text.substring(from), name, line.number() - 1, problems);
            if (n == null) {
                continue;
            }
            if (!(n instanceof Node.MapNode map)) {
                problems.error(new Location(name, line.number(), n.column(), ""), BenchCode.EXPECTED_JSON_OBJECT_AFTER, (isSystem ? SYSJSON : MLLOG), n.described());
                continue;
            }
            if (isSystem) {
                system = system == null ? map : system;
                continue;
            }
            events++;
            Event e = new Event(map, line.number());
            String key = e.key();
            if (key == null) {
                continue;
            }
            switch (key) {
                case "run_start" -> start = start == null ? e : start;
                case "run_stop" -> stop = stop == null ? e : stop;
                case "submission_benchmark" -> c.text(RunConditions.BENCHMARK, JsonInput.text(map, "value"));
                case "global_batch_size" -> c.count(RunConditions.GLOBAL_BATCH_SIZE,
                        JsonInput.number(map, "value", name, "/value", problems), where(name, e, "global_batch_size"));
                default -> {
                    // Hyper-parameters, evaluation accuracy, block and epoch markers: not results.
                }
            }
        }
        Location end = Location.of(name, lastLine, 1);
        if (events == 0 && !problems.hasErrors()) {
            problems.error(end, BenchCode.NO_EVENTS_THIS_FILE, MLLOG);
        }
        if (start == null && !problems.hasErrors()) {
            problems.error(end, BenchCode.LOG_HAS_NO_RUN);
        }
        if (stop == null && start != null && !problems.hasErrors()) {
            problems.error(end, BenchCode.LOG_HAS_NO_RUN_2);
        }
        MeasurementSet m = new MeasurementSet(problems);
        Double startMs = start == null ? null : timeMs(start, name, problems);
        Double stopMs = stop == null ? null : timeMs(stop, name, problems);
        if (startMs != null && stopMs != null) {
            if (stopMs < startMs) {
                problems.error(where(name, stop, "run_stop"), BenchCode.RUN_STOP_MS_BEFORE, stopMs.longValue(), startMs.longValue());
            } else if (stopMs.equals(startMs)) {
                // A time to train of 0 minutes would be the best any center could show: no log of a run says so.
                problems.error(where(name, stop, "run_stop"), BenchCode.MLPERF_NO_TIME, stopMs.longValue());
            } else {
                m.add(MetricKeys.TIME_TO_TRAIN_MINUTES, (stopMs - startMs) / 60_000.0, where(name, stop, "run_stop - run_start"));
            }
            c.date(LocalDate.ofInstant(Instant.ofEpochMilli(startMs.longValue()), ZoneOffset.UTC));
        }
        if (system != null) {
            systemConditions(system, name, c);
        }
        List<Measurement> list = m.finish();
        if (problems.hasErrors()) {
            throw new InputException(problems.all());
        }
        String status = stop == null ? null : JsonInput.text(metadata(stop.root()), "status");
        if (status == null || !status.toLowerCase(Locale.ROOT).equals("success")) {
            throw new RejectedRunException(List.of(Diagnostic.error(where(name, stop, "run_stop"),
                    dev.cca.diag.BenchCode.MLPERF_NOT_SUCCESS, status == null ? "(none)" : status)));
        }
        return new NativeRun(FORMAT, BenchmarkKinds.TRAINING_EFFICIENCY, c.toMap(), list, problems.all());
    }

    private static Node.MapNode metadata(Node.MapNode event) {
        return event.get("metadata") instanceof Node.MapNode md ? md : new Node.MapNode(0, 0);
    }

    private static Double timeMs(Event e, String file, Problems problems) {
        Node t = e.root().get("time_ms");
        if (t == null) {
            problems.error(where(file, e, e.key()), BenchCode.HAS_NO_TIME_MS, e.key());
            return null;
        }
        Double v = JsonInput.number(t, file, "/time_ms", problems);
        if (v != null && (Double.isNaN(v) || Double.isInfinite(v) || v < 0)) {
            problems.error(where(file, e, e.key()), BenchCode.HAS_TIME_MS_NOT, e.key(), v);
            return null;
        }
        return v;
    }

    /**
     * The system description of a submission: {@code number_of_nodes} times {@code accelerators_per_node}
     * accelerators of {@code accelerator_model_name}. Its values are texts ("128"); one that is not a number
     * is left out.
     */
    private static void systemConditions(Node.MapNode sys, String file, RunConditions c) {
        Double nodes = TextLog.number(orEmpty(JsonInput.text(sys, "number_of_nodes")));
        Double perNode = TextLog.number(orEmpty(JsonInput.text(sys, "accelerators_per_node")));
        Location none = Location.file(file).withPath(SYSJSON);
        c.count(RunConditions.NODES, nodes, none);
        if (nodes != null && perNode != null) {
            c.count(RunConditions.ACCELERATORS, nodes * perNode, none);
        }
        c.text(RunConditions.ACCELERATOR_MODEL, JsonInput.text(sys, "accelerator_model_name"));
        c.text("system_name", JsonInput.text(sys, "system_name"));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Location where(String file, Event e, String path) {
        return e == null ? Location.file(file) : Location.of(file, e.line(), 1).withPath(path);
    }
}
