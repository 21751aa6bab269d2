package dev.cca.report;

import dev.cca.diag.Diagnostic;
import dev.cca.model.Numbers;
import dev.cca.result.AssessmentResult;
import dev.cca.result.BatchResult;
import dev.cca.result.BatchRow;
import dev.cca.result.CenterResult;
import dev.cca.result.GateReport;
import dev.cca.result.GateStatus;
import dev.cca.result.ScenarioResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the CI formats (JUnit XML, SARIF) read of a result, the same for an assessment and a catalog run: the
 * tool and rule set, the invalid inputs, every center with its scenario scores, and the gate. A catalog run
 * lists only the gate outcomes that are not a pass; {@link #outcome} fills in the passes.
 */
record GateView(AssessmentResult.ToolInfo tool, AssessmentResult.RulesInfo rules, String asOf, List<Diagnostic> problems,
                List<Center> centers, GateReport gate) {

    /**
     * A center: identity, where its profile is, "training 58.6 grade 3" per scenario, and what the checks stage found
     * about its claims, each at the claim's line (none in a catalog run, which counts findings without their text).
     */
    record Center(String id, String name, String file, int line, List<String[]> scenarios, List<dev.cca.result.Finding> findings) {
    }

    static GateView of(AssessmentResult r) {
        List<Center> centers = new ArrayList<>();
        for (CenterResult c : r.centers()) {
            List<String[]> sc = new ArrayList<>();
            for (ScenarioResult s : c.scenarios()) {
                sc.add(new String[] {s.id(), Numbers.score(s.score()), String.valueOf(s.grade()), s.gradeLabel().en()});
            }
            centers.add(new Center(c.id(), c.name(), c.sourceFile(), c.sourceLine(), sc, c.findings()));
        }
        return new GateView(r.tool(), r.rules(), r.asOf(), r.problems(), centers, r.gate());
    }

    static GateView of(BatchResult r) {
        List<Center> centers = new ArrayList<>(r.rows().size());
        for (BatchRow row : r.rows()) {
            List<String[]> sc = new ArrayList<>();
            for (int s = 0; s < r.scenarios().size(); s++) {
                int g = row.grade()[s];
                String name = "";
                for (BatchResult.GradeInfo gi : r.grades()) {
                    if (gi.grade() == g) {
                        name = gi.label().en();
                    }
                }
                sc.add(new String[] {r.scenarios().get(s).id(), Numbers.score(row.scenario()[s]), String.valueOf(g), name});
            }
            centers.add(new Center(row.id(), row.name(), row.sourceFile(), row.sourceLine(), sc, List.of()));
        }
        return new GateView(r.tool(), r.rules(), r.asOf(), r.problems(), centers, r.gate());
    }

    /** The outcomes listed for each center, in the gate's order. */
    Map<String, List<GateReport.Outcome>> outcomesByCenter() {
        Map<String, List<GateReport.Outcome>> m = new HashMap<>();
        for (GateReport.Outcome o : gate.outcomes()) {
            m.computeIfAbsent(o.center(), k -> new ArrayList<>()).add(o);
        }
        return m;
    }

    /**
     * The outcome of check {@code k} for a center: the one listed, or (a catalog run lists none for a pass) a pass.
     */
    GateReport.Outcome outcome(Center c, int k, List<GateReport.Outcome> listed) {
        if (listed != null) {
            for (GateReport.Outcome o : listed) {
                if (o.check() == k) {
                    return o;
                }
            }
        }
        GateReport.Check check = gate.checks().get(k);
        return new GateReport.Outcome(c.id(), check.scenario(), k, GateStatus.PASS, null, dev.cca.diag.Localized.EMPTY, null, null, c.file(), c.line(), 1);
    }
}
