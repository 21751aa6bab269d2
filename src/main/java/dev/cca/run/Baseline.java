package dev.cca.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores and grades of an earlier result ({@code --baseline}), per center id and scenario, kept in arrays:
 * a baseline of a million-center catalog costs one map entry per center, not an object per score.
 *
 * <p>Read streaming from either JSON result: {@code cca-result/v1} of {@code cca assess}, whose scenario objects
 * carry their id, or {@code cca-batch/v1} of {@code cca batch}, whose scenario objects follow the order of its
 * top-level {@code scenarios} list. Key order never matters (the top-level list may come after the centers:
 * scenario values are held by position until the list is known). Because a baseline decides whether a
 * regression gate can fail, nothing in it is skipped silently: an entry that cannot be read (a null center, a
 * center without an id, a score that is not a number from 0 to 100, a duplicate id) is a located error, and the
 * run ends with exit 3 rather than passing a gate against a baseline it did not understand. So is a scenario a
 * center lists twice (which score counts would be ambiguous), a scenario the top-level list names twice, and a
 * scenario id the run's rule set does not have ({@code TRAINING} for {@code training}): its scores would match no
 * scenario and the gate would pass without comparing them.
 */
public final class Baseline {

    /** No baseline: every center passes the regression gate. */
    public static final Baseline NONE = new Baseline("");

    /** Errors listed before the rest are only counted, so a baseline of a million broken entries stays readable. */
    private static final int MAX_ERRORS = 100;

    private final String file;
    private final Map<String, Integer> index = new HashMap<>();
    /** Scenario ids of the named columns; positional columns (batch results) are renamed once the list is known. */
    private final List<String> scenarios = new ArrayList<>();
    private double[][] score = new double[0][];
    private int[][] grade = new int[0][];
    private int size;
    /** The rule set that scored it ({@code rules.id}, {@code .version}, {@code .sha256}); null where the file does not say. */
    private String rulesId;
    private String rulesVersion;
    private String rulesSha256;
    /** The input files it was computed from, with their SHA-256, as its {@code inputs} list says (empty in older results). */
    private final List<dev.cca.result.InputDigest> inputs = new ArrayList<>();

    private Baseline(String file) {
        this.file = file;
    }

    /** "cca-default 2025.11.1", the rule set that scored the baseline; null when the file does not name it. */
    public String rules() {
        return rulesId == null ? null : rulesId + (rulesVersion == null ? "" : " " + rulesVersion);
    }

    /** Whether the baseline was scored by another rule set than {@code rs} (by id, version or content hash). */
    public boolean scoredByOther(dev.cca.rules.RuleSet rs) {
        if (rulesId == null) {
            return false;
        }
        return !rulesId.equals(rs.id()) || rulesVersion != null && !rulesVersion.equals(rs.version())
                || rulesSha256 != null && !rulesSha256.equals(rs.sha256());
    }

    /** The refusal of a baseline scored by another rule set than {@code rs}, as one line. */
    public UsageException otherRules(dev.cca.rules.RuleSet rs) {
        return new UsageException(dev.cca.diag.OptionCode.BASELINE_RULES, file, rules(), rs.id() + " " + rs.version());
    }

    /** The inputs the baseline names, with their hashes. */
    public List<dev.cca.result.InputDigest> inputs() {
        return List.copyOf(inputs);
    }

    /** The file it was read from; empty for {@link #NONE}. */
    public String file() {
        return file;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Centers in the baseline. */
    public int size() {
        return size;
    }

    /** The scenario ids the baseline has scores for, in the order first met. */
    public List<String> scenarios() {
        return List.copyOf(scenarios);
    }

    /** The row of a center, or -1 when the baseline does not have it (a new center passes). */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /** The baseline score, from 0 to 100; NaN when the center had none in that scenario. */
    public double score(int row, String scenario) {
        int s = scenarios.indexOf(scenario);
        return s < 0 ? Double.NaN : score[s][row];
    }

    /** The baseline grade, 0 when the center had none in that scenario. */
    public int grade(int row, String scenario) {
        int s = scenarios.indexOf(scenario);
        return s < 0 ? 0 : grade[s][row];
    }

    /**
     * Reads {@code --baseline FILE} for a run whose rule set scores {@code scenarios} (the ids a baseline's scenario
     * results must have); null gives {@link #NONE}. A file that is missing, a folder, or not a cca result at all is a
     * usage error (the option names the wrong file); a cca result whose content cannot be read, wholly or in one
     * entry, is invalid input with every problem located.
     */
    public static Baseline read(String file, Limits limits, java.util.Collection<String> scenarios) throws UsageException, InputException {
        return read(file, limits, List.copyOf(scenarios));
    }

    /** As {@link #read(String, Limits, java.util.Collection)}; {@code known} null checks no scenario id (tests of the format). */
    static Baseline read(String file, Limits limits) throws UsageException, InputException {
        return read(file, limits, (List<String>) null);
    }

    private static Baseline read(String file, Limits limits, List<String> known) throws UsageException, InputException {
        if (file == null) {
            return NONE;
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new UsageException(dev.cca.diag.OptionCode.BASELINE_NOT_FILE, file, Files.isDirectory(path) ? dev.cca.diag.Localized.of("is a directory", "是文件夹")
                    : Files.exists(path) ? dev.cca.diag.Localized.of("not a regular file", "不是普通文件") : dev.cca.diag.Localized.of("no such file", "没有这个文件"));
        }
        if (!Files.isReadable(path)) {
            throw new UsageException(dev.cca.diag.OptionCode.BASELINE_UNREADABLE, file, dev.cca.diag.Localized.of("permission denied", "没有权限"));
        }
        Reader r = new Reader(new Baseline(file), limits, known);
        try (JsonParser p = r.factory().createParser(path.toFile())) {
            try {
                r.document(p);
            } catch (JsonProcessingException e) {
                // A limit (nesting, a string, a number's length) may come without a location: the parser's is the place.
                JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                if (!Reader.isResult(r.format)) {
                    throw new NotAResult(r.format);
                }
                // In cca's words, as every other JSON input's syntax errors (a number too long, a list never closed).
                dev.cca.diag.Diagnostic d = dev.cca.input.JsonReader.syntaxError(e, null, file, 0, 0);
                r.problems.add(e.getLocation() != null ? d : d.at(r.location(at)));
            }
            return r.finish();
        } catch (NotAResult e) {
            throw new UsageException(dev.cca.diag.OptionCode.BASELINE_NOT_RESULT, file, e.format != null && !e.format.isEmpty()
                    ? dev.cca.diag.Localized.of("; its format is '" + e.format + "'", "；其格式为“" + e.format + "”") : dev.cca.diag.Localized.EMPTY);
        } catch (IOException e) {
            throw new UsageException(dev.cca.diag.OptionCode.BASELINE_UNREADABLE, file, e.getMessage());
        }
    }

    /**
     * The scores of an assessment as a baseline: the baseline's own inputs re-scored under another rule set, so a
     * regression gate can tell the change the rules made from the change the data made.
     */
    static Baseline of(String file, dev.cca.result.AssessmentResult r) {
        Baseline b = new Baseline(file);
        for (dev.cca.result.CenterResult c : r.centers()) {
            int row = b.add(c.id());
            if (row < 0) {
                continue;
            }
            for (dev.cca.result.ScenarioResult s : c.scenarios()) {
                b.set(row, s.id(), s.score(), s.rated() ? s.grade() : 0);
            }
        }
        return b;
    }

    /** Adds a center; returns its row, or -1 when the id was already there. */
    private int add(String id) {
        if (index.putIfAbsent(id, size) != null) {
            return -1;
        }
        for (int s = 0; s < score.length; s++) {
            ensure(s, size + 1);
            score[s][size] = Double.NaN;
        }
        return size++;
    }

    private void ensure(int column, int rows) {
        if (rows > score[column].length) {
            int n = Math.max(16, Math.max(rows, score[column].length * 2));
            int old = score[column].length;
            score[column] = Arrays.copyOf(score[column], n);
            grade[column] = Arrays.copyOf(grade[column], n);
            Arrays.fill(score[column], old, n, Double.NaN);
        }
    }

    private int column(String scenario) {
        int s = scenarios.indexOf(scenario);
        if (s < 0) {
            s = scenarios.size();
            scenarios.add(scenario);
            score = Arrays.copyOf(score, s + 1);
            grade = Arrays.copyOf(grade, s + 1);
            score[s] = new double[0];
            grade[s] = new int[0];
            ensure(s, Math.max(size, 1));
        }
        return s;
    }

    private void set(int row, String scenario, double sc, int gr) {
        int s = column(scenario);
        ensure(s, row + 1);
        score[s][row] = sc;
        grade[s][row] = gr;
    }

    /** One scenario result of a center as read: its id (null in a batch result) or its position in the list. */
    private record Entry(String scenario, int position, double score, int grade, JsonLocation at) {
    }

    /** Thrown to stop reading a file whose format tag says it is no cca result. */
    private static final class NotAResult extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String format;

        NotAResult(String format) {
            super(null, null, false, false);
            this.format = format;
        }
    }

    /** The streaming reader: one pass, every problem located, then one verdict. */
    private static final class Reader {
        private final Baseline out;
        private final Limits limits;
        private final Problems problems = new Problems();
        private int unlisted;
        private String format;
        private List<String> scenarioOrder;
        /** Scores of batch results by position in each center's scenario list, until the top-level list is known. */
        private final List<double[]> positionalScore = new ArrayList<>();
        private final List<int[]> positionalGrade = new ArrayList<>();
        private final List<JsonLocation> positionalAt = new ArrayList<>();
        /** The scenario ids of the run's rule set; null checks none. */
        private final List<String> known;

        Reader(Baseline out, Limits limits, List<String> known) {
            this.out = out;
            this.limits = limits;
            this.known = known;
        }

        /** Whether {@code scenario} is one the run scores; records the error at {@code at} when it is not. */
        private boolean knownScenario(String scenario, JsonLocation at, String path) {
            if (known == null || known.contains(scenario)) {
                return true;
            }
            error(at, path, new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_UNKNOWN_SCENARIO, scenario,
                    dev.cca.diag.Suggest.hint(scenario, known), String.join(", ", known)));
            return false;
        }

        JsonFactory factory() {
            // The caps of every other input (nesting, string length); a number of more than 100 digits is no score.
            JsonFactory f = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth()).maxStringLength(limits.maxStringLength()).maxNumberLength(100).build())
                    .build();
            // Two "centers" or two "scenarios" keys would let the second silently replace the first.
            f.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            return f;
        }

        Location location(JsonLocation at) {
            return Location.of(out.file, at.getLineNr(), at.getColumnNr());
        }

        void error(JsonLocation at, String path, dev.cca.diag.Message message) {
            if (problems.errorCount() >= MAX_ERRORS) {
                unlisted++;
                return;
            }
            problems.error(location(at).withPath(path), message);
        }

        void document(JsonParser p) throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new NotAResult(null);
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                JsonLocation at = p.currentTokenLocation();
                switch (field) {
                    case "format" -> {
                        format = value == JsonToken.VALUE_STRING ? p.getText() : "";
                        if (!isResult(format)) {
                            throw new NotAResult(format);
                        }
                        p.skipChildren();
                    }
                    case "scenarios" -> scenarioOrder = scenarioList(p, value, at);
                    case "centers" -> centers(p, value, at);
                    case "rules" -> rules(p, value);
                    case "inputs" -> inputs(p, value);
                    default -> p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT) {
                error(p.currentTokenLocation(), "", new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_NOT_ENDED));
            }
        }

        private static boolean isResult(String format) {
            return format != null && (format.startsWith("cca-result/") || format.startsWith("cca-batch/"));
        }

        /** {@code rules: {id, version, sha256, ...}}: which rule set scored the baseline. */
        private void rules(JsonParser p, JsonToken value) throws IOException {
            if (value != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                String text = v == JsonToken.VALUE_STRING ? p.getText() : null;
                switch (f) {
                    case "id" -> out.rulesId = text;
                    case "version" -> out.rulesVersion = text;
                    case "sha256" -> out.rulesSha256 = text;
                    default -> p.skipChildren();
                }
            }
        }

        /** {@code inputs: [{file, sha256}]}: what the baseline was computed from. */
        private void inputs(JsonParser p, JsonToken value) throws IOException {
            if (value != JsonToken.START_ARRAY) {
                p.skipChildren();
                return;
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                String file = null;
                String sha = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    JsonToken v = p.nextToken();
                    if (f.equals("file") && v == JsonToken.VALUE_STRING) {
                        file = p.getText();
                    } else if (f.equals("sha256") && v == JsonToken.VALUE_STRING) {
                        sha = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
                if (file != null && sha != null && out.inputs.size() < 1_000_000) {
                    out.inputs.add(new dev.cca.result.InputDigest(file, sha));
                }
            }
        }

        private List<String> scenarioList(JsonParser p, JsonToken value, JsonLocation at) throws IOException {
            List<String> ids = new ArrayList<>();
            if (value != JsonToken.START_ARRAY) {
                error(at, "scenarios", new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_SCENARIOS_LIST, kind(value)));
                p.skipChildren();
                return ids;
            }
            int k = 0;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                String path = "scenarios[" + k++ + "]";
                JsonLocation sat = p.currentTokenLocation();
                String id = null;
                if (t == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        if (p.nextToken() == JsonToken.VALUE_STRING && field.equals("id")) {
                            id = p.getText();
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
                if (id == null) {
                    error(sat, path, new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_SCENARIO_NO_ID));
                } else if (ids.contains(id)) {
                    error(sat, path + ".id", new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_SCENARIO_LISTED_TWICE, id,
                            ids.indexOf(id) + 1));
                    id = null; // its column is matched to nothing; the error ends the run
                } else {
                    knownScenario(id, sat, path + ".id");
                }
                ids.add(id);
            }
            return ids;
        }

        private void centers(JsonParser p, JsonToken value, JsonLocation at) throws IOException {
            if (value != JsonToken.START_ARRAY) {
                error(at, "centers", new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_CENTERS_LIST, kind(value)));
                p.skipChildren();
                return;
            }
            int k = 0;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                String path = "centers[" + k++ + "]";
                if (t != JsonToken.START_OBJECT) {
                    error(p.currentTokenLocation(), path, new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_CENTER, kind(t)));
                    p.skipChildren();
                    continue;
                }
                center(p, path);
            }
        }

        private void center(JsonParser p, String path) throws IOException {
            JsonLocation start = p.currentTokenLocation();
            String id = null;
            List<Entry> entries = null;
            int errorsBefore = problems.errorCount() + unlisted;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                JsonLocation at = p.currentTokenLocation();
                if (field.equals("id")) {
                    if (value == JsonToken.VALUE_STRING && !p.getText().isEmpty()) {
                        id = p.getText();
                    } else {
                        error(at, path + ".id", new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_CENTER_ID, kind(value)));
                        p.skipChildren();
                    }
                } else if (field.equals("scenarios")) {
                    entries = new ArrayList<>();
                    if (value != JsonToken.START_ARRAY) {
                        error(at, path + ".scenarios", new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_CENTER_SCENARIOS, kind(value)));
                        p.skipChildren();
                        continue;
                    }
                    int k = 0;
                    JsonToken t;
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        String sp = path + ".scenarios[" + k + "]";
                        if (t != JsonToken.START_OBJECT) {
                            error(p.currentTokenLocation(), sp, new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_SCENARIO_RESULT, kind(t)));
                            p.skipChildren();
                        } else {
                            Entry e = scenario(p, sp, k);
                            if (e != null) {
                                entries.add(e);
                            }
                        }
                        k++;
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (id == null) {
                if (problems.errorCount() + unlisted == errorsBefore) {
                    error(start, path, new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_CENTER_NO_ID));
                }
                return;
            }
            if (entries == null) {
                error(start, path, new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_CENTER_NO_SCENARIOS, id));
                return;
            }
            int row = out.add(id);
            if (row < 0) {
                error(start, path + ".id", new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_DUPLICATE_CENTER, id));
                return;
            }
            Map<String, Entry> named = new HashMap<>();
            for (Entry e : entries) {
                if (e.scenario() == null) {
                    continue;
                }
                Entry first = named.putIfAbsent(e.scenario(), e);
                if (first != null) {
                    error(e.at(), path + ".scenarios[" + e.position() + "].id", new dev.cca.diag.Message(
                            dev.cca.diag.FileCode.BASELINE_DUPLICATE_SCENARIO, id, e.scenario(), first.at().getLineNr()));
                }
            }
            for (Entry e : entries) {
                if (e.scenario() != null) {
                    out.set(row, e.scenario(), e.score(), e.grade());
                } else {
                    positional(row, e);
                }
            }
        }

        /** One scenario result; null when it cannot be read (the error is recorded). */
        private Entry scenario(JsonParser p, String path, int position) throws IOException {
            JsonLocation start = p.currentTokenLocation();
            String sid = null;
            double score = Double.NaN;
            int grade = 0;
            boolean ok = true;
            boolean sawScore = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                JsonLocation at = p.currentTokenLocation();
                switch (f) {
                    case "id" -> {
                        if (v == JsonToken.VALUE_STRING) {
                            sid = p.getText();
                            ok &= knownScenario(sid, at, path + ".id");
                        } else {
                            error(at, path + ".id", new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_SCENARIO_ID, kind(v)));
                            ok = false;
                            p.skipChildren();
                        }
                    }
                    case "score" -> {
                        sawScore = true;
                        double s = v.isNumeric() ? p.getDoubleValue() : Double.NaN;
                        if (v == JsonToken.VALUE_NULL) {
                            break; // not scored in that scenario: nothing to compare with
                        }
                        if (!(s >= 0 && s <= 100)) {
                            error(at, path + ".score", new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_SCORE, v.isNumeric() ? p.getText() : kind(v)));
                            ok = false;
                            p.skipChildren();
                        } else {
                            score = s;
                        }
                    }
                    case "grade" -> {
                        if (v == JsonToken.VALUE_NULL) {
                            break;
                        }
                        if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                                && p.getIntValue() >= 0 && p.getIntValue() <= 100) {
                            grade = p.getIntValue();
                        } else {
                            error(at, path + ".grade", new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_GRADE, v.isNumeric() ? p.getText() : kind(v)));
                            ok = false;
                            p.skipChildren();
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (ok && !sawScore) {
                error(start, path, new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_NO_SCORE));
                ok = false;
            }
            return ok ? new Entry(sid, position, score, grade, start) : null;
        }

        private void positional(int row, Entry e) {
            int k = e.position();
            while (positionalScore.size() <= k) {
                positionalScore.add(new double[0]);
                positionalGrade.add(new int[0]);
                positionalAt.add(e.at());
            }
            double[] s = positionalScore.get(k);
            if (row >= s.length) {
                int n = Math.max(16, Math.max(row + 1, s.length * 2));
                int old = s.length;
                s = Arrays.copyOf(s, n);
                Arrays.fill(s, old, n, Double.NaN);
                positionalScore.set(k, s);
                positionalGrade.set(k, Arrays.copyOf(positionalGrade.get(k), n));
            }
            s[row] = e.score();
            positionalGrade.get(k)[row] = e.grade();
        }

        /** Names the positional columns after the top-level list, then gives the one verdict. */
        Baseline finish() throws UsageException, InputException {
            if (!isResult(format)) {
                throw new NotAResult(format);
            }
            for (int k = 0; k < positionalScore.size(); k++) {
                String sid = scenarioOrder != null && k < scenarioOrder.size() ? scenarioOrder.get(k) : null;
                if (sid == null) {
                    if (scenarioOrder == null || k >= scenarioOrder.size()) {
                        error(positionalAt.get(k), "", scenarioOrder == null ? new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_POSITIONAL_NO_LIST, k + 1)
                                : new dev.cca.diag.Message(dev.cca.diag.FileCode.BASELINE_POSITIONAL_SHORT, k + 1, scenarioOrder.size()));
                    }
                    continue;
                }
                double[] s = positionalScore.get(k);
                int[] g = positionalGrade.get(k);
                for (int row = 0; row < Math.min(s.length, out.size); row++) {
                    if (s[row] == s[row] || g[row] != 0) {
                        out.set(row, sid, s[row], g[row]);
                    }
                }
            }
            if (unlisted > 0) {
                problems.error(Location.file(out.file), dev.cca.diag.FileCode.BASELINE_MORE, unlisted);
            }
            if (problems.hasErrors()) {
                throw new InputException(problems.all());
            }
            return out;
        }

        private static dev.cca.diag.Localized kind(JsonToken t) {
            if (t == null) {
                return dev.cca.diag.Localized.of("the end of the file", "文件末尾");
            }
            return switch (t) {
                case START_OBJECT -> dev.cca.diag.Localized.of("an object", "对象");
                case START_ARRAY -> dev.cca.diag.Localized.of("a list", "列表");
                case VALUE_STRING -> dev.cca.diag.Localized.of("text", "文本");
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> dev.cca.diag.Localized.of("a number", "数字");
                case VALUE_TRUE, VALUE_FALSE -> dev.cca.diag.Localized.of("true/false", "true/false");
                case VALUE_NULL -> dev.cca.diag.Localized.of("null", "null");
                default -> dev.cca.diag.Localized.of(t.toString(), t.toString());
            };
        }
    }
}
