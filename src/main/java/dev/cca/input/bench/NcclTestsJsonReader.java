package dev.cca.input.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.cca.diag.BenchCode;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Localized;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.Limits;
import dev.cca.input.SourceFile;
import dev.cca.model.Numbers;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON that nccl-tests writes with {@code -J FILE} ({@code --output_file}), as its {@code src/util.cu} writes it
 * (JSON version 3 in nccl-tests 2.19.6, 2 in 2.19.2 to 2.19.5, 1 in 2.17.3 to 2.19.1): one object per run,
 * on one line, with {@code version}, {@code start_time} ({@code %Y-%m-%d %H:%M:%S}, local time), {@code args} (the
 * command line, the program first), {@code env}, {@code nccl_version}, {@code config} (threads and GPUs per process and
 * {@code devices}, one entry per process: its first rank's host and device), {@code results} (one object per message
 * size, type and operation: {@code size} in bytes, {@code out_of_place} and {@code in_place} with {@code time} or
 * {@code cpu_time} in microseconds, {@code alg_bw} and {@code bus_bw} in GB/s and {@code nwrong}, null without a data
 * check), then {@code out_of_bounds} and {@code average_bus_bandwidth} (spelled {@code average_bus_bandwidith} with
 * {@code bandwidith} before 2.17.9) and {@code errors}. Booleans are written as the texts "true" and "false"; a NaN as
 * the text "nan".
 *
 * <p>The values are those of the text output ({@link NcclTestsReader}) and are read to the same measurements under
 * the same rules: the average bus bandwidth, the peak busbw and algbw over both halves of every row, the collective
 * from the program's name (only {@code all_reduce_perf} gives an all-reduce), ranks, nodes and the device. A run
 * whose {@code nwrong} counts wrong values, whose out-of-bounds count is not 0 or whose average is not "okay" (below
 * {@code NCCL_TESTS_MIN_BW}) was failed by nccl-tests and does not count ({@link RejectedRunException}).
 *
 * <p>The file is parsed as a stream of tokens, never as a tree: memory holds the run's peaks and its set of hosts,
 * whatever the number of rows, per-iteration times or environment variables. Files appended one after another (a job
 * that ran several programs into one file) give one run each, as a text log of several runs does.
 */
public final class NcclTestsJsonReader implements NativeReader {

    public static final String FORMAT = BenchmarkTool.NCCL_TESTS.id();

    /** The newest JSON version that nccl-tests writes (src/util.cu JSON_FILE_VERSION, nccl-tests 2.19.6). */
    static final int KNOWN_VERSION = 3;

    /** More distinct hosts than this in one run is no job's output: refused rather than held. */
    static final int MAX_HOSTS = 1 << 16;

    private final Limits limits;
    private final JsonFactory factory;

    public NcclTestsJsonReader() {
        this(Limits.DEFAULT);
    }

    public NcclTestsJsonReader(Limits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 8)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, Math.max(limits.maxStringLength() + 1L, 1 << 20)))
                        .maxNumberLength(1000)
                        .build())
                .build();
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String describe() {
        return "nccl-tests results written with -J FILE (--output_file, nccl-tests 2.17.3 and later), JSON";
    }

    /** A JSON object with nccl-tests' own members: {@code version}, {@code args} and {@code nccl_version}. */
    @Override
    public boolean detect(String content) {
        return isNcclJson(content);
    }

    /** {@link #detect}, for the text reader to leave such files to this one. */
    static boolean isNcclJson(String content) {
        return ServingJsonReader.jsonWith(content, "nccl_version", "args", "version");
    }

    @Override
    public boolean nameHint(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).contains("nccl");
    }

    @Override
    public NativeRun read(SourceFile file) throws InputException {
        List<NativeRun> runs = readAll(file);
        if (runs.size() > 1) {
            throw new InputException(NcclTestsReader.several(file.name(), runs, BenchCode.NCCL_JSON_SEVERAL_RUNS));
        }
        return runs.get(0);
    }

    /** Every run of the file, in order; see the class comment. */
    @Override
    public List<NativeRun> readAll(SourceFile file) throws InputException {
        String name = file.name();
        Problems problems = new Problems();
        List<Diagnostic> rejections = new ArrayList<>();
        List<NativeRun> out = new ArrayList<>();
        int runs = 0;
        int lastLine = 1;
        try (JsonParser p = parser(file)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonLocation at = p.currentTokenLocation();
                lastLine = at.getLineNr();
                if (t != JsonToken.START_OBJECT) {
                    problems.error(new Location(name, at.getLineNr(), at.getColumnNr(), ""), BenchCode.EXPECTED_JSON_OBJECT_RESULTS, kind(t));
                    p.skipChildren();
                    continue;
                }
                if (runs == NcclTestsReader.MAX_RUNS) {
                    problems.error(Location.of(name, at.getLineNr(), at.getColumnNr()), BenchCode.NCCL_JSON_TOO_MANY_RUNS, NcclTestsReader.MAX_RUNS);
                    break;
                }
                Run run = new Run(name, runs++, at.getLineNr(), at.getColumnNr(), problems, rejections);
                run.read(p);
                lastLine = p.currentLocation().getLineNr();
                NativeRun n = run.finish(p.currentLocation());
                if (n != null) {
                    out.add(n);
                }
            }
        } catch (JsonProcessingException e) {
            problems.addAll(syntax(file, e));
        } catch (IOException e) {
            problems.error(Location.file(name), BenchCode.CANNOT_READ_FILE, String.valueOf(e.getMessage()));
        }
        if (runs == 0 && !problems.hasErrors()) {
            problems.error(Location.of(name, lastLine, 1), BenchCode.FILE_EMPTY);
        }
        if (problems.hasErrors()) {
            throw new InputException(problems.all());
        }
        if (!rejections.isEmpty()) {
            throw new RejectedRunException(rejections);
        }
        return out;
    }

    private JsonParser parser(SourceFile file) throws IOException {
        if (file.text().isEmpty() && file.path() != null) {
            InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file.path()), 1 << 16);
            return factory.createParser(in);
        }
        return factory.createParser(file.text());
    }

    /**
     * A file that is not JSON, said in the words every JSON input gets ({@link dev.cca.input.JsonReader}): parsed once
     * more through it, keeping one element of each list, so memory stays bounded by the longest value.
     */
    private List<Diagnostic> syntax(SourceFile file, JsonProcessingException e) {
        Problems p = new Problems();
        dev.cca.input.JsonReader json = new dev.cca.input.JsonReader(limits, 1);
        try (InputStream in = file.text().isEmpty() && file.path() != null
                ? new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file.path()), 1 << 16)
                : new java.io.ByteArrayInputStream(file.text().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            json.parseAll(in, file.name(), p);
        } catch (IOException io) {
            // said below
        }
        if (p.hasErrors()) {
            return p.all();
        }
        JsonLocation l = e.getLocation();
        String raw = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().lines().findFirst().orElse("");
        return List.of(Diagnostic.error(l == null ? Location.file(file.name()) : Location.of(file.name(), l.getLineNr(), l.getColumnNr()),
                dev.cca.diag.FileCode.NOT_VALID_JSON, raw));
    }

    /** What a token starts, in the words of {@link dev.cca.input.Node#described}. */
    static Localized kind(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> Localized.of("a map", "映射");
            case START_ARRAY -> Localized.of("a list", "列表");
            case VALUE_STRING -> Localized.of("text", "文本");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Localized.of("a number", "数字");
            case VALUE_TRUE, VALUE_FALSE -> Localized.of("a boolean", "布尔值");
            default -> Localized.of("null", "空值");
        };
    }

    /** One half of a row as the file gives it. */
    private record Half(double alg, double bus, int algLine, int algColumn, int busLine, int busColumn) {
    }

    /** One run: one object of the file, read member by member. */
    private static final class Run {
        final String file;
        final int index;
        final int line;
        final int column;
        final Problems problems;
        final List<Diagnostic> rejections;
        final Problems own = new Problems();
        boolean versioned;
        String collective;
        LocalDate date;
        Location startTimeAt;
        String startTime;
        double threads = 1;
        double gpus = 1;
        Location configAt;
        long devices;
        final Set<String> hosts = new HashSet<>();
        String device;
        boolean mixedDevices;
        boolean resultsSeen;
        int rows;
        double maxBytes;
        double peakBus = -1;
        int peakBusLine;
        int peakBusColumn;
        String peakBusPointer;
        double peakAlg = -1;
        int peakAlgLine;
        int peakAlgColumn;
        String peakAlgPointer;
        Double avg;
        Location avgAt;
        boolean avgSeen;

        Run(String file, int index, int line, int column, Problems problems, List<Diagnostic> rejections) {
            this.file = file;
            this.index = index;
            this.line = line;
            this.column = column;
            this.problems = problems;
            this.rejections = rejections;
        }

        /** Reads the run's object; the parser is at its START_OBJECT and is left at its END_OBJECT. */
        void read(JsonParser p) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken t = p.nextToken();
                switch (key) {
                    case "version" -> version(p, t);
                    case "start_time" -> startTime(p, t);
                    case "args" -> args(p, t);
                    case "config" -> config(p, t);
                    case "results" -> results(p, t);
                    case "out_of_bounds" -> outOfBounds(p, t);
                    case "average_bus_bandwidth", "average_bus_bandwidith" -> average(p, t, "/" + key);
                    case "errors" -> errors(p, t);
                    default -> p.skipChildren(); // env, nccl_version, end_time, and members of later versions
                }
            }
        }

        private Location at(JsonParser p, String pointer) {
            JsonLocation l = p.currentTokenLocation();
            return new Location(file, l.getLineNr(), l.getColumnNr(), pointer);
        }

        private void version(JsonParser p, JsonToken t) throws IOException {
            versioned = true;
            if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER || p.getLongValue() < 1) {
                own.error(at(p, "/version"), BenchCode.NCCL_JSON_NOT_VERSION, p.getText());
                p.skipChildren();
                return;
            }
            long v = p.getLongValue();
            if (v > KNOWN_VERSION) {
                own.warning(at(p, "/version"), BenchCode.NCCL_JSON_NEWER, v, KNOWN_VERSION);
            }
        }

        private void startTime(JsonParser p, JsonToken t) throws IOException {
            if (t != JsonToken.VALUE_STRING) {
                p.skipChildren();
                return;
            }
            startTime = p.getText();
            startTimeAt = at(p, "/start_time");
            String s = startTime.strip();
            try {
                date = s.length() >= 10 ? LocalDate.parse(s.substring(0, 10)) : null;
            } catch (DateTimeParseException e) {
                date = null;
            }
            if (date == null) {
                own.warning(startTimeAt, BenchCode.START_TIME_NOT_DATE, startTime);
            }
        }

        /** The program, first of the command line: {@code ./build/all_reduce_perf} measured all_reduce. */
        private void args(JsonParser p, JsonToken t) throws IOException {
            if (t != JsonToken.START_ARRAY) {
                p.skipChildren();
                return;
            }
            boolean first = true;
            JsonToken item;
            while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                if (first && item == JsonToken.VALUE_STRING) {
                    collective = collective(p.getText());
                }
                first = false;
                p.skipChildren();
            }
        }

        static String collective(String program) {
            String s = program.strip();
            int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
            s = s.substring(slash + 1);
            int perf = s.indexOf("_perf");
            if (perf > 0) {
                s = s.substring(0, perf);
            }
            return s.matches("\\w+") ? s : null;
        }

        private void config(JsonParser p, JsonToken t) throws IOException {
            if (t != JsonToken.START_OBJECT) {
                own.error(at(p, "/config"), BenchCode.EXPECTED_GOT, Localized.of("a map", "映射"), kind(t));
                p.skipChildren();
                return;
            }
            configAt = at(p, "/config");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                switch (key) {
                    case "nthreads" -> threads = count(p, v, "/config/nthreads", threads);
                    case "ngpus" -> gpus = count(p, v, "/config/ngpus", gpus);
                    case "devices" -> devices(p, v);
                    default -> p.skipChildren();
                }
            }
        }

        private double count(JsonParser p, JsonToken t, String pointer, double otherwise) throws IOException {
            Double d = number(p, t, pointer);
            return d == null || !(d >= 1) || d != Math.rint(d) ? otherwise : d;
        }

        /** One entry per process (its first rank): hostname and device_info. */
        private void devices(JsonParser p, JsonToken t) throws IOException {
            if (t != JsonToken.START_ARRAY) {
                own.error(at(p, "/config/devices"), BenchCode.EXPECTED_GOT, Localized.of("a list", "列表"), kind(t));
                p.skipChildren();
                return;
            }
            JsonToken item;
            while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                if (item != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                devices++;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if (key.equals("hostname") && v == JsonToken.VALUE_STRING) {
                        if (hosts.size() < MAX_HOSTS) {
                            hosts.add(p.getText());
                        } else if (!hosts.contains(p.getText())) {
                            own.error(at(p, "/config/devices/" + (devices - 1) + "/hostname"), BenchCode.NCCL_JSON_HOSTS, MAX_HOSTS);
                        }
                    } else if (key.equals("device_info") && v == JsonToken.VALUE_STRING) {
                        String d = p.getText().strip();
                        if (device == null) {
                            device = d;
                        } else if (!device.equals(d)) {
                            mixedDevices = true;
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }

        private void results(JsonParser p, JsonToken t) throws IOException {
            resultsSeen = true;
            if (t != JsonToken.START_ARRAY) {
                own.error(at(p, "/results"), BenchCode.EXPECTED_GOT, Localized.of("a list", "列表"), kind(t));
                p.skipChildren();
                return;
            }
            int i = 0;
            JsonToken item;
            while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                String pointer = "/results/" + i++;
                if (item != JsonToken.START_OBJECT) {
                    own.error(at(p, pointer), BenchCode.EXPECTED_GOT, Localized.of("a map", "映射"), kind(item));
                    p.skipChildren();
                    continue;
                }
                row(p, pointer);
            }
        }

        /** One row: size, then each half (out_of_place, in_place) that nccl-tests ran. */
        private void row(JsonParser p, String pointer) throws IOException {
            Location rowAt = at(p, pointer);
            Double size = null;
            Half[] halves = new Half[2];
            Double[] wrong = new Double[2];
            Location[] wrongAt = new Location[2];
            boolean bad = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                int h = key.equals("out_of_place") ? 0 : key.equals("in_place") ? 1 : -1;
                if (key.equals("size")) {
                    size = number(p, v, pointer + "/size");
                    if (size != null && !(size >= 0 && size == Math.rint(size) && size < 1e18)) {
                        own.error(at(p, pointer + "/size"), BenchCode.NOT_COUNT_BYTES, p.getText());
                        bad = true;
                    }
                } else if (h >= 0 && v == JsonToken.START_OBJECT) {
                    String hp = pointer + "/" + key;
                    Double alg = null;
                    Double bus = null;
                    int[] algAt = null;
                    int[] busAt = null;
                    String algText = null;
                    String busText = null;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String k = p.currentName();
                        JsonToken hv = p.nextToken();
                        switch (k) {
                            case "alg_bw" -> {
                                algAt = new int[] {p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr()};
                                algText = p.getText();
                                alg = number(p, hv, hp + "/alg_bw");
                            }
                            case "bus_bw" -> {
                                busAt = new int[] {p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr()};
                                busText = p.getText();
                                bus = number(p, hv, hp + "/bus_bw");
                            }
                            case "nwrong" -> {
                                wrongAt[h] = at(p, hp + "/nwrong");
                                wrong[h] = number(p, hv, hp + "/nwrong");
                            }
                            default -> p.skipChildren();
                        }
                    }
                    if (alg == null || bus == null || alg.isNaN() || bus.isNaN() || alg < 0 || bus < 0
                            || alg.isInfinite() || bus.isInfinite()) {
                        own.error(new Location(file, algAt != null ? algAt[0] : rowAt.line(), algAt != null ? algAt[1] : rowAt.column(), hp),
                                BenchCode.ALGBW_BUSBW_MUST_NON, String.valueOf(algText), String.valueOf(busText));
                        bad = true;
                        continue;
                    }
                    halves[h] = new Half(alg, bus, algAt[0], algAt[1], busAt[0], busAt[1]);
                } else {
                    p.skipChildren(); // count, type, redop, root, per-iteration times, a null half (not run)
                }
            }
            if (size == null) {
                if (!bad) {
                    own.error(rowAt, BenchCode.MISSING_REQUIRED_KEY_EXAMPLE, "size", "\"size\": 8388608");
                }
                return;
            }
            if (bad) {
                return;
            }
            boolean any = false;
            for (int h = 0; h < 2; h++) {
                Half half = halves[h];
                if (half == null) {
                    continue;
                }
                String place = h == 0 ? "out_of_place" : "in_place";
                if (wrong[h] != null && wrong[h] != 0) {
                    rejections.add(Diagnostic.error(wrongAt[h], BenchCode.NCCL_WRONG_VALUES, Numbers.format(wrong[h]),
                            Numbers.format(size), h == 0 ? Localized.of("out-of-place", "非原地") : Localized.of("in-place", "原地")));
                }
                any = true;
                if (half.bus() > peakBus) {
                    peakBus = half.bus();
                    peakBusLine = half.busLine();
                    peakBusColumn = half.busColumn();
                    peakBusPointer = pointer + "/" + place + "/bus_bw";
                }
                if (half.alg() > peakAlg) {
                    peakAlg = half.alg();
                    peakAlgLine = half.algLine();
                    peakAlgColumn = half.algColumn();
                    peakAlgPointer = pointer + "/" + place + "/alg_bw";
                }
            }
            if (any) {
                rows++;
                maxBytes = Math.max(maxBytes, size);
            }
        }

        private void outOfBounds(JsonParser p, JsonToken t) throws IOException {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            Location countAt = at(p, "/out_of_bounds");
            Double count = null;
            String okay = null;
            Location okayAt = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                if (key.equals("count")) {
                    countAt = at(p, "/out_of_bounds/count");
                    count = number(p, v, "/out_of_bounds/count");
                } else if (key.equals("okay")) {
                    okayAt = at(p, "/out_of_bounds/okay");
                    okay = v.isScalarValue() ? p.getText() : null;
                    p.skipChildren();
                } else {
                    p.skipChildren();
                }
            }
            if (count != null && count != 0 || "false".equalsIgnoreCase(okay)) {
                rejections.add(Diagnostic.error(count != null && count != 0 ? countAt : okayAt, BenchCode.NCCL_TESTS_FOUND_OUT,
                        count == null ? "?" : Numbers.format(count), "okay: " + okay));
            }
        }

        private void average(JsonParser p, JsonToken t, String pointer) throws IOException {
            avgSeen = true;
            if (t != JsonToken.START_OBJECT) {
                own.error(at(p, pointer), BenchCode.EXPECTED_GOT, Localized.of("a map", "映射"), kind(t));
                p.skipChildren();
                return;
            }
            Location objectAt = at(p, pointer);
            String okay = null;
            Location okayAt = null;
            String text = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                if (key.equals("bandwidth") || key.equals("bandwidith")) {
                    avgAt = at(p, pointer + "/" + key);
                    text = p.getText();
                    if (v == JsonToken.VALUE_STRING) {
                        own.error(avgAt, BenchCode.NOT_BANDWIDTH, text); // "nan": no row was timed
                    } else {
                        avg = number(p, v, pointer + "/" + key);
                    }
                    p.skipChildren();
                } else if (key.equals("okay")) {
                    okayAt = at(p, pointer + "/okay");
                    okay = v.isScalarValue() ? p.getText() : null;
                    p.skipChildren();
                } else {
                    p.skipChildren();
                }
            }
            if (avgAt == null) {
                avgAt = objectAt;
                own.error(objectAt, BenchCode.NCCL_JSON_NO_AVERAGE);
            }
            if ("false".equalsIgnoreCase(okay)) {
                // NCCL_TESTS_MIN_BW was set and the average fell below 90% of it: nccl-tests exits non-zero.
                rejections.add(Diagnostic.error(okayAt, BenchCode.NCCL_AVG_FAILED, text == null ? "?" : text));
            }
        }

        /** NCCL's last error, as nccl-tests records it at the end: an empty text when there was none. */
        private void errors(JsonParser p, JsonToken t) throws IOException {
            if (t != JsonToken.START_ARRAY) {
                p.skipChildren();
                return;
            }
            int i = 0;
            JsonToken item;
            while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                if (item == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
                    own.warning(at(p, "/errors/" + i), BenchCode.NCCL_JSON_ERROR, dev.cca.report.Text.stripControls(p.getText().strip()));
                }
                i++;
                p.skipChildren();
            }
        }

        /** A number, or null with an error (null and absent values are null without one); "nan" is NaN. */
        private Double number(JsonParser p, JsonToken t, String pointer) throws IOException {
            switch (t) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    return p.getDoubleValue();
                }
                case VALUE_NULL -> {
                    return null;
                }
                case VALUE_STRING -> {
                    if (p.getText().strip().equalsIgnoreCase("nan") || p.getText().strip().equalsIgnoreCase("-nan")) {
                        return Double.NaN;
                    }
                    own.error(at(p, pointer), BenchCode.EXPECTED_NUMBER_GOT, kind(t), p.getText());
                    return null;
                }
                default -> {
                    own.error(at(p, pointer), BenchCode.EXPECTED_NUMBER_GOT_2, kind(t));
                    p.skipChildren();
                    return null;
                }
            }
        }

        /** The run's result, or null (with its problems recorded) when it has none. */
        NativeRun finish(JsonLocation endAt) {
            Location start = Location.of(file, line, column);
            Location end = Location.of(file, endAt.getLineNr(), Math.max(1, endAt.getColumnNr()));
            RunConditions c = new RunConditions(own);
            if (!versioned) {
                own.error(start, BenchCode.NCCL_JSON_NO_VERSION);
            }
            if (rows == 0 && !own.hasErrors()) {
                own.error(resultsSeen ? start : end, BenchCode.NCCL_JSON_NO_RESULTS);
            } else if (!avgSeen && !own.hasErrors()) {
                own.error(end, BenchCode.NCCL_JSON_NO_AVERAGE);
            }
            MeasurementSet m = new MeasurementSet(own);
            if (avg != null) {
                m.add(MetricKeys.BUSBW_GBPS, NativeUnits.gigabytesToGigabits(avg), avgAt);
            }
            if (rows > 0) {
                m.add(MetricKeys.PEAK_BUSBW_GBPS, NativeUnits.gigabytesToGigabits(peakBus),
                        new Location(file, peakBusLine, peakBusColumn, peakBusPointer));
                m.add(MetricKeys.PEAK_ALGBW_GBPS, NativeUnits.gigabytesToGigabits(peakAlg),
                        new Location(file, peakAlgLine, peakAlgColumn, peakAlgPointer));
                c.count("max_message_bytes", maxBytes, end);
            }
            if (collective != null) {
                c.text(RunConditions.COLLECTIVE, collective);
            }
            if (devices > 0) {
                // One entry per process; each process drives nthreads x ngpus ranks.
                c.count(RunConditions.ACCELERATORS, devices * threads * gpus, configAt != null ? configAt : start);
                c.count(RunConditions.NODES, (double) hosts.size(), configAt != null ? configAt : start);
                if (!mixedDevices) {
                    c.text(RunConditions.ACCELERATOR_MODEL, device);
                }
            }
            c.date(date);
            List<Measurement> list = m.finish();
            problems.addAll(own.all());
            if (own.hasErrors()) {
                return null;
            }
            return new NativeRun(FORMAT, BenchmarkKinds.COLLECTIVE_COMMUNICATION, c.toMap(), list, own.all());
        }
    }
}
