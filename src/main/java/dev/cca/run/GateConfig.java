package dev.cca.run;

import dev.cca.diag.InputException;
import dev.cca.gate.GateFileReader;
import dev.cca.gate.GatePolicy;
import dev.cca.input.Limits;
import dev.cca.rules.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gate a run was asked for, as written on the command line: a gate file and the quick options, which are
 * assertions too (written over the file's overall and scenario assertions). Turned into one
 * {@link GatePolicy} once the rule set is known, since grade names and scenario ids belong to it.
 *
 * @param file              {@code --gate FILE}, or null
 * @param failUnder         {@code --fail-under SCORE}, or null
 * @param minGrade          {@code --min-grade GRADE} or {@code SCENARIO=GRADE,...}, or null
 * @param baseline          {@code --baseline OLD.json}, or null
 * @param maxDrop           {@code --max-drop POINTS}, or null (a baseline alone allows no drop)
 * @param allowRulesChange  {@code --allow-rules-change}: accept a baseline scored by another rule-set version
 */
public record GateConfig(String file, Double failUnder, String minGrade, String baseline, Double maxDrop, boolean allowRulesChange) {

    public static final GateConfig NONE = new GateConfig(null, null, null, null, null, false);

    /**
     * The problem with these options that needs no rule set, as one line, or null: a bound out of range, or a
     * drop without anything to drop from.
     */
    public dev.cca.diag.Message problem() {
        if (failUnder != null && !(failUnder >= 0 && failUnder <= 100)) {
            return new dev.cca.diag.Message(dev.cca.diag.OptionCode.FAIL_UNDER, number(failUnder));
        }
        if (maxDrop != null && !(maxDrop >= 0)) {
            return new dev.cca.diag.Message(dev.cca.diag.OptionCode.MAX_DROP, number(maxDrop));
        }
        if (maxDrop != null && baseline == null) {
            return new dev.cca.diag.Message(dev.cca.diag.OptionCode.MAX_DROP_BASELINE);
        }
        if (allowRulesChange && baseline == null) {
            return new dev.cca.diag.Message(dev.cca.diag.OptionCode.RULES_CHANGE_BASELINE);
        }
        return null;
    }

    private static String number(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? String.valueOf(v) : dev.cca.model.Numbers.format(v);
    }

    /**
     * The policy: the gate file's (with its presets), then the quick options written over it.
     *
     * @throws UsageException for an option the rule set makes impossible ({@code --min-grade 6})
     * @throws InputException for a gate file with problems, all located
     */
    public GatePolicy policy(RuleSet rules, Limits limits) throws UsageException, InputException {
        dev.cca.diag.Message p = problem();
        if (p != null) {
            throw new UsageException(p);
        }
        GatePolicy file = this.file == null ? GatePolicy.EMPTY : GateFileReader.read(this.file, rules, limits);
        List<GatePolicy.Assertion> quick = new ArrayList<>();
        Integer overallGrade = null;
        String overallGradeText = null;
        Map<String, String> perScenario = new LinkedHashMap<>();
        if (minGrade != null) {
            for (String part : minGrade.split(",", -1)) {
                String t = part.strip();
                int eq = t.indexOf('=');
                if (eq < 0 && minGrade.contains("=")) {
                    throw new UsageException(dev.cca.diag.OptionCode.MIN_GRADE_PARTS, minGrade);
                }
                if (eq < 0) {
                    overallGradeText = t;
                    overallGrade = grade("--min-grade " + minGrade, t, rules);
                    continue;
                }
                String sid = t.substring(0, eq).strip();
                if (rules.scenario(sid) == null) {
                    throw new UsageException(dev.cca.diag.OptionCode.MIN_GRADE_SCENARIO, minGrade, sid,
                            dev.cca.diag.Suggest.hint(sid, rules.scenarios().stream().map(RuleSet.Scenario::id).toList()),
                            String.join(", ", rules.scenarios().stream().map(RuleSet.Scenario::id).toList()));
                }
                if (perScenario.put(sid, t.substring(eq + 1).strip()) != null) {
                    throw new UsageException(dev.cca.diag.OptionCode.MIN_GRADE_TWICE, minGrade, sid);
                }
            }
        }
        // --baseline alone allows no drop, unless the gate file says how much: then the file's bounds hold.
        Double drop = baseline == null ? null : maxDrop != null ? maxDrop : file.usesBaseline() ? null : Double.valueOf(0);
        if (failUnder != null || overallGrade != null || drop != null) {
            List<String> names = new ArrayList<>();
            if (failUnder != null) {
                names.add("--fail-under");
            }
            if (overallGrade != null) {
                names.add("--min-grade");
            }
            if (drop != null) {
                names.add("--baseline");
            }
            quick.add(new GatePolicy.Assertion(GatePolicy.On.OVERALL, null, null, GatePolicy.Level.ERROR, failUnder, overallGrade,
                    overallGradeText, drop, null, String.join(" ", names)));
        }
        for (Map.Entry<String, String> e : perScenario.entrySet()) {
            quick.add(new GatePolicy.Assertion(GatePolicy.On.SCENARIO, e.getKey(), null, GatePolicy.Level.ERROR, null,
                    grade("--min-grade " + minGrade, e.getValue(), rules), e.getValue(), null, null, "--min-grade"));
        }
        return file.overriddenBy(new GatePolicy(quick, List.of(), List.of()));
    }

    private static int grade(String option, String text, RuleSet rules) throws UsageException {
        Integer g = GateFileReader.grade(text, rules);
        if (g == null) {
            throw new UsageException(dev.cca.diag.OptionCode.NOT_A_GRADE, option, text, GateFileReader.gradeNames(rules));
        }
        return g;
    }
}
