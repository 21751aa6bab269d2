package dev.cca.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.cca.model.Numbers;
import dev.cca.result.AssessmentResult;
import dev.cca.result.BatchResult;
import dev.cca.result.BatchRow;
import dev.cca.result.CenterResult;
import dev.cca.result.ScenarioResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CI gates of assess and batch: minimum score, minimum grade, and no regression against a baseline (an
 * earlier {@code cca-result/v1} or {@code cca-batch/v1} JSON, either for either command).
 */
public final class Gates {

    private Gates() {
    }

    /** The gates of one or more single assessments. */
    public static GateResult check(AssessmentResult r, Double failUnder, Integer minGrade, Baselines baseline, double maxDrop) {
        List<String> failures = new ArrayList<>();
        for (CenterResult c : r.centers()) {
            for (ScenarioResult s : c.scenarios()) {
                check(failures, c.id(), s.id(), s.score(), s.grade(), failUnder, minGrade, baseline, maxDrop);
            }
        }
        return new GateResult(failures);
    }

    /** The gates of a catalog run, over its compact rows. */
    public static GateResult check(BatchResult r, Double failUnder, Integer minGrade, Baselines baseline, double maxDrop) {
        List<String> failures = new ArrayList<>();
        if (failUnder == null && minGrade == null && baseline.isEmpty()) {
            return new GateResult(failures);
        }
        for (BatchRow row : r.rows()) {
            for (int s = 0; s < r.scenarios().size(); s++) {
                check(failures, row.id(), r.scenarios().get(s).id(), row.scenario()[s], row.grade()[s], failUnder, minGrade,
                        baseline, maxDrop);
            }
        }
        return new GateResult(failures);
    }

    private static void check(List<String> failures, String id, String scenario, double score, int grade, Double failUnder,
                              Integer minGrade, Baselines baseline, double maxDrop) {
        String who = id + " " + scenario;
        if (failUnder != null && !(score >= failUnder)) {
            failures.add(who + ": score " + Numbers.score(score) + " is below --fail-under " + Numbers.format(failUnder));
        }
        if (minGrade != null && grade < minGrade) {
            failures.add(who + ": grade " + grade + " is below --min-grade " + minGrade);
        }
        int at = baseline.indexOf(id);
        if (at < 0) {
            return;
        }
        int bg = baseline.grade(at, scenario);
        double bs = baseline.score(at, scenario);
        if (bg > 0 && grade < bg) {
            failures.add(who + ": grade fell from " + bg + " to " + grade + " against the baseline");
        }
        // Compared at the precision results are written and ranked at (two decimals), so that a baseline read
        // back from JSON equals the run that wrote it.
        if (bs == bs && !(hundredths(score) >= hundredths(bs) - Math.round(maxDrop * 100))) {
            failures.add(who + ": score fell from " + Numbers.score(bs) + " to " + Numbers.score(score)
                    + " against the baseline (allowed drop " + Numbers.format(maxDrop) + ")");
        }
    }

    private static long hundredths(double score) {
        return score == score ? Math.round(score * 100) : Long.MIN_VALUE;
    }

    /**
     * Scores and grades of an earlier result, per center id and scenario, in arrays: a baseline of a
     * million-center catalog costs one map entry per center, not an object per score.
     */
    public static final class Baselines {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> scenarios = new ArrayList<>();
        private double[][] score = new double[0][];
        private int[][] grade = new int[0][];
        private int size;

        public boolean isEmpty() {
            return size == 0;
        }

        public int size() {
            return size;
        }

        /** The row of a center, or -1 when the baseline does not have it (a new center passes). */
        public int indexOf(String id) {
            Integer i = index.get(id);
            return i == null ? -1 : i;
        }

        /** The baseline score, NaN when it had none. */
        public double score(int row, String scenario) {
            int s = scenarios.indexOf(scenario);
            return s < 0 ? Double.NaN : score[s][row];
        }

        /** The baseline grade, 0 when it had none. */
        public int grade(int row, String scenario) {
            int s = scenarios.indexOf(scenario);
            return s < 0 ? 0 : grade[s][row];
        }

        /** Adds a center; returns its row, or -1 when the id was already there (the first is kept). */
        int add(String id) {
            if (index.putIfAbsent(id, size) != null) {
                return -1;
            }
            for (int s = 0; s < score.length; s++) {
                if (size == score[s].length) {
                    score[s] = Arrays.copyOf(score[s], Math.max(16, size * 2));
                    grade[s] = Arrays.copyOf(grade[s], score[s].length);
                }
                score[s][size] = Double.NaN;
            }
            return size++;
        }

        void set(int row, String scenario, double sc, int gr) {
            int s = scenarios.indexOf(scenario);
            if (s < 0) {
                s = scenarios.size();
                scenarios.add(scenario);
                score = Arrays.copyOf(score, s + 1);
                grade = Arrays.copyOf(grade, s + 1);
                score[s] = new double[Math.max(16, size)];
                grade[s] = new int[score[s].length];
                Arrays.fill(score[s], Double.NaN);
            }
            score[s][row] = sc;
            grade[s][row] = gr;
        }
    }

    /**
     * Reads an earlier JSON result, streaming (a batch result of a million centers is read in bounded memory
     * beyond the scores kept): {@code cca-result/v1} from {@code cca assess}, whose scenario objects carry
     * their id, or {@code cca-batch/v1} from {@code cca batch}, whose scenario objects follow the order of
     * its top-level {@code scenarios} list. No file: an empty baseline.
     */
    public static Baselines readBaseline(String file) throws UsageException {
        Baselines out = new Baselines();
        if (file == null) {
            return out;
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new UsageException("--baseline " + file + ": " + (Files.isDirectory(path) ? "is a directory" : "no such file"));
        }
        try (JsonParser p = new JsonFactory().createParser(path.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notAResult(file);
            }
            String format = null;
            List<String> scenarioOrder = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("format") && value == JsonToken.VALUE_STRING) {
                    format = p.getText();
                    if (!format.startsWith("cca-result/") && !format.startsWith("cca-batch/")) {
                        throw notAResult(file);
                    }
                } else if (field.equals("scenarios") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        scenarioOrder.add(idOf(p));
                    }
                } else if (field.equals("centers") && value == JsonToken.START_ARRAY) {
                    if (format == null) {
                        throw notAResult(file);
                    }
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        readCenter(p, scenarioOrder, out);
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (format == null) {
                throw notAResult(file);
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new UsageException("--baseline " + file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UsageException("--baseline " + file + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    private static UsageException notAResult(String file) {
        return new UsageException("--baseline " + file + ": not a cca JSON result (format: cca-result/v1 or cca-batch/v1)");
    }

    /** The {@code id} of the object the parser is at the start of; the rest of the object is skipped. */
    private static String idOf(JsonParser p) throws IOException {
        String id = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("id") && value == JsonToken.VALUE_STRING) {
                id = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return id;
    }

    private static void readCenter(JsonParser p, List<String> scenarioOrder, Baselines out) throws IOException {
        String id = null;
        List<String> ids = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("id") && value == JsonToken.VALUE_STRING) {
                id = p.getText();
            } else if (field.equals("scenarios") && value == JsonToken.START_ARRAY) {
                int k = 0;
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    String sid = k < scenarioOrder.size() ? scenarioOrder.get(k) : null;
                    double score = Double.NaN;
                    int grade = 0;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        JsonToken v = p.nextToken();
                        if (f.equals("id") && v == JsonToken.VALUE_STRING) {
                            sid = p.getText();
                        } else if (f.equals("score") && v.isNumeric()) {
                            score = p.getDoubleValue();
                        } else if (f.equals("grade") && v == JsonToken.VALUE_NUMBER_INT) {
                            grade = p.getIntValue();
                        } else {
                            p.skipChildren();
                        }
                    }
                    if (sid != null) {
                        ids.add(sid);
                        values.add(new double[] {score, grade});
                    }
                    k++;
                }
            } else {
                p.skipChildren();
            }
        }
        if (id == null) {
            return;
        }
        int row = out.add(id);
        if (row < 0) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            out.set(row, ids.get(i), values.get(i)[0], (int) values.get(i)[1]);
        }
    }
}
