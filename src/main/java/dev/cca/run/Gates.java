package dev.cca.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cca.model.Numbers;
import dev.cca.result.AssessmentResult;
import dev.cca.result.CenterResult;
import dev.cca.result.ScenarioResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The CI gates of assess and batch: minimum score, minimum grade, and no regression against a baseline. */
public final class Gates {

    private Gates() {
    }

    public static GateResult check(AssessmentResult r, Double failUnder, Integer minGrade, Map<String, Baseline> baseline,
                                   double maxDrop) {
        List<String> failures = new ArrayList<>();
        for (CenterResult c : r.centers()) {
            for (ScenarioResult s : c.scenarios()) {
                String who = c.id() + " " + s.id();
                if (failUnder != null && !(s.score() >= failUnder)) {
                    failures.add(who + ": score " + Numbers.score(s.score()) + " is below --fail-under " + Numbers.format(failUnder));
                }
                if (minGrade != null && s.grade() < minGrade) {
                    failures.add(who + ": grade " + s.grade() + " is below --min-grade " + minGrade);
                }
                Baseline b = baseline.get(c.id() + "\u0000" + s.id());
                if (b != null) {
                    if (s.grade() < b.grade()) {
                        failures.add(who + ": grade fell from " + b.grade() + " to " + s.grade() + " against the baseline");
                    }
                    if (s.score() < b.score() - maxDrop - 1e-9) {
                        failures.add(who + ": score fell from " + Numbers.score(b.score()) + " to " + Numbers.score(s.score())
                                + " against the baseline (allowed drop " + Numbers.format(maxDrop) + ")");
                    }
                }
            }
        }
        return new GateResult(failures);
    }

    /** A center's score and grade in one scenario of an earlier result. */
    public record Baseline(double score, int grade) {
    }

    /** Reads an earlier {@code cca-result/v1} JSON; keys are "id NUL scenario". */
    public static Map<String, Baseline> readBaseline(String file) throws UsageException {
        Map<String, Baseline> out = new HashMap<>();
        if (file == null) {
            return out;
        }
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(Path.of(file)));
            if (root == null || !root.path("format").asText().startsWith("cca-result/")) {
                throw new UsageException("--baseline " + file + ": not a cca JSON result (no format: cca-result/v1)");
            }
            for (JsonNode c : root.path("centers")) {
                for (JsonNode s : c.path("scenarios")) {
                    if (s.path("score").isNumber()) {
                        out.put(c.path("id").asText() + "\u0000" + s.path("id").asText(),
                                new Baseline(s.path("score").asDouble(), s.path("grade").asInt()));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UsageException("--baseline " + file + ": cannot read it (" + e.getMessage() + ")");
        }
    }
}
