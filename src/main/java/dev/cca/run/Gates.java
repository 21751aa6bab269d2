package dev.cca.run;

import dev.cca.diag.GateCode;
import dev.cca.diag.Localized;
import dev.cca.diag.Message;
import dev.cca.gate.GatePolicy;
import dev.cca.model.Evidence;
import dev.cca.model.Numbers;
import dev.cca.result.AssessmentResult;
import dev.cca.result.BatchResult;
import dev.cca.result.BatchRow;
import dev.cca.result.CenterResult;
import dev.cca.result.GateReport;
import dev.cca.result.GateStatus;
import dev.cca.result.IndicatorResult;
import dev.cca.result.MetricResult;
import dev.cca.result.ScenarioResult;
import dev.cca.result.ScenarioStatus;
import dev.cca.result.TableResult;
import dev.cca.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The CI gate of assess and batch: a {@link GatePolicy} (from a gate file, the quick options, or both) checked
 * against every center, with a {@link Baseline} for regression bounds, into a {@link GateReport} that becomes
 * part of the result. One path for both commands: a center is seen through {@link Subject}, which an explained
 * {@link CenterResult} and a compact {@link BatchRow} both provide.
 *
 * <p>Each assertion bound becomes one check per scenario it applies to (an overall assertion: every scenario
 * of the rule set; a table or indicator: each scenario that scores it). A scenario a center is not scored in
 * is {@code skipped} with the reason, never a silent pass.
 *
 * <p>The rating status of a scenario decides before any bound: a scenario the center does not claim is
 * {@code skipped} by every check ("not claimed by the profile": a center is not failed for work it does not
 * offer); a claimed scenario with insufficient data has no grade, so its grade and score bounds fail, saying
 * how much of the weight was reported, and a regression bound fails when the baseline had a grade; its table
 * and indicator checks are made on what was reported.
 */
public final class Gates {

    private Gates() {
    }

    /** What the gate reads of one center. */
    interface Subject {
        String id();

        String file();

        int line();

        /** The scenario's score, NaN when the center is not scored in it. */
        double score(int s);

        /** Whether the scenario's grade stands (null when not scored). */
        ScenarioStatus status(int s);

        /** The share (0-1) of the scenario's weight with a reported value. */
        double reported(int s);

        int grade(int s);

        /** The table's score in scenario {@code s}, NaN when absent. */
        double table(int s, String table);

        /** The indicator's score in scenario {@code s}, NaN when not assessed. */
        double indicator(int s, String indicator);

        /**
         * The weakest evidence among the values of the indicator in scenario {@code s}; null when it has no value.
         *
         * @throws UnsupportedOperationException when this kind of result does not keep evidence levels
         */
        Evidence evidence(int s, String indicator);

        /** The metric whose evidence {@link #evidence} returned, for the message. */
        String weakestMetric(int s, String indicator);

        /**
         * Where a metric's value is written (its line in the profile or benchmark file), or null when this kind of
         * result does not keep it: an outcome about one metric is located there, not at the profile's first line.
         */
        default dev.cca.diag.Location metricAt(int s, String metric) {
            return null;
        }
    }

    /** The gate of one or more single assessments: every outcome is listed. */
    public static GateReport check(GatePolicy policy, AssessmentResult r, RuleSet rules, Baseline baseline, LocalDate reference) {
        return check(policy, r, rules, baseline, null, reference);
    }

    /**
     * As {@link #check(GatePolicy, AssessmentResult, RuleSet, Baseline, LocalDate)}, with the baseline's own inputs
     * re-scored under this run's rules ({@code rescored}; null when the rules did not change or the inputs are
     * not at hand): a regression bound then judges only the change that comes from the data, and says how much
     * came from the rules.
     */
    public static GateReport check(GatePolicy policy, AssessmentResult r, RuleSet rules, Baseline baseline, Baseline rescored,
                                   LocalDate reference) {
        Plan plan = new Plan(policy, rules, reference);
        plan.rescored = rescored;
        List<GateReport.Outcome> outcomes = new ArrayList<>();
        long[] counts = new long[GateStatus.values().length];
        for (CenterResult c : r.centers()) {
            plan.center(new ExplainedSubject(c, rules), baseline, outcomes, counts, true);
        }
        return plan.report(outcomes, counts, true);
    }

    /** The gate of a catalog run, over its compact rows: outcomes that are not a pass are listed, all are counted. */
    public static GateReport check(GatePolicy policy, BatchResult r, RuleSet rules, Baseline baseline, LocalDate reference) {
        Plan plan = new Plan(policy, rules, reference);
        List<GateReport.Outcome> outcomes = new ArrayList<>();
        long[] counts = new long[GateStatus.values().length];
        if (!plan.checks.isEmpty()) {
            for (BatchRow row : r.rows()) {
                plan.center(new RowSubject(row, r, rules), baseline, outcomes, counts, false);
            }
        }
        return plan.report(outcomes, counts, false);
    }

    /** The checks of a policy: each assertion bound in each scenario it applies to. */
    private static final class Plan {
        final List<GateReport.Check> checks = new ArrayList<>();
        final List<GatePolicy.Assertion> assertion = new ArrayList<>();
        final List<String> bound = new ArrayList<>();
        final List<Integer> scenario = new ArrayList<>();
        /** Per check: the waiver whose expiry it checks, or null for an assertion's bound. */
        final List<GatePolicy.Waiver> waiverOf = new ArrayList<>();
        final GatePolicy policy;
        final RuleSet rules;
        final LocalDate reference;
        /** The baseline's inputs scored under this run's rules, or null. */
        Baseline rescored;

        Plan(GatePolicy policy, RuleSet rules, LocalDate reference) {
            this.policy = policy;
            this.rules = rules;
            this.reference = reference;
            for (GatePolicy.Assertion a : policy.assertions()) {
                if (a.effectiveLevel() == GatePolicy.Level.OFF) {
                    continue;
                }
                for (int s = 0; s < rules.scenarios().size(); s++) {
                    String sid = rules.scenarios().get(s).id();
                    if (a.scenarioFilter() != null && !a.scenarioFilter().equals(sid) || !applies(a, sid)) {
                        continue;
                    }
                    if (a.minScore() != null) {
                        add(a, "min_score", Numbers.format(a.minScore()), s);
                    }
                    if (a.minGrade() != null) {
                        add(a, "min_grade", gradeText(a.minGrade()), s);
                    }
                    if (a.maxDrop() != null) {
                        add(a, "max_drop", Numbers.format(a.maxDrop()), s);
                    }
                    if (a.requiredEvidence() != null) {
                        add(a, "required_evidence", a.requiredEvidence().id(), s);
                    }
                }
            }
            // A waiver is checked for expiry on its own, for each center it names: an expired one fails even when
            // the check it waives passes, so that stale waivers are removed rather than kept "just in case".
            for (GatePolicy.Waiver w : policy.waivers()) {
                checks.add(new GateReport.Check("waiver", w.indicator(), null, "expires", w.expires().toString(),
                        GatePolicy.Level.ERROR.id(), w.definedAt(), w.centers()));
                assertion.add(null);
                bound.add("expires");
                scenario.add(-1);
                waiverOf.add(w);
            }
        }

        private boolean applies(GatePolicy.Assertion a, String sid) {
            return switch (a.on()) {
                case OVERALL, SCENARIO -> true;
                case TABLE -> rules.tables().stream().anyMatch(t -> t.id().equals(a.id()) && !t.uses(sid).isEmpty());
                case INDICATOR -> rules.tables().stream().anyMatch(t -> t.uses(sid).stream().anyMatch(u -> u.indicator().equals(a.id())));
            };
        }

        private void add(GatePolicy.Assertion a, String b, String limit, int s) {
            checks.add(new GateReport.Check(a.on().id(), a.id(), rules.scenarios().get(s).id(), b, limit, a.effectiveLevel().id(), a.definedAt(),
                    List.of()));
            assertion.add(a);
            bound.add(b);
            scenario.add(s);
            waiverOf.add(null);
        }

        String gradeText(int g) {
            return grade(g).get("en");
        }

        /** "3 Proficient", "3 良好". */
        Localized grade(int g) {
            RuleSet.Grade gr = rules.grade(g);
            return gr == null ? plain(String.valueOf(g)) : lang -> g + " " + gr.label().get(lang);
        }

        void center(Subject c, Baseline baseline, List<GateReport.Outcome> out, long[] counts, boolean listPasses) {
            for (int k = 0; k < checks.size(); k++) {
                if (!checks.get(k).appliesTo(c.id())) {
                    continue;
                }
                GateReport.Outcome o = outcome(c, k, baseline);
                counts[o.status().ordinal()]++;
                if (listPasses || o.status() != GateStatus.PASS) {
                    out.add(o);
                }
            }
        }

        /** One check of one center. */
        private GateReport.Outcome outcome(Subject c, int k, Baseline baseline) {
            GatePolicy.Waiver waiver = waiverOf.get(k);
            if (waiver != null) {
                return expiry(c, k, waiver);
            }
            GatePolicy.Assertion a = assertion.get(k);
            int s = scenario.get(k);
            String sid = rules.scenarios().get(s).id();
            String b = bound.get(k);
            double score = c.score(s);
            if (score != score) {
                return make(c, k, GateStatus.SKIPPED, null, msg(GateCode.NOT_SCORED_IN, rules.scenarios().get(s).label()), null);
            }
            ScenarioStatus status = c.status(s);
            if (status == ScenarioStatus.NOT_CLAIMED) {
                return make(c, k, GateStatus.SKIPPED, null, msg(GateCode.NOT_CLAIMED), null);
            }
            boolean scoreLevel = a.on() == GatePolicy.On.OVERALL || a.on() == GatePolicy.On.SCENARIO;
            if (status == ScenarioStatus.INSUFFICIENT_DATA && scoreLevel) {
                Localized why = msg(GateCode.INSUFFICIENT_DATA, Numbers.format(c.reported(s) * 100, 0));
                if (b.equals("max_drop")) {
                    int row = baseline.indexOf(c.id());
                    int bg = row < 0 ? 0 : baseline.grade(row, sid);
                    if (bg <= 0) {
                        return make(c, k, GateStatus.SKIPPED, null, msg(GateCode.BASELINE_HAD_NONE, why), null);
                    }
                    why = msg(GateCode.BASELINE_HAD_GRADE, why, grade(bg));
                }
                return make(c, k, a.effectiveLevel() == GatePolicy.Level.WARN ? GateStatus.WARN : GateStatus.FAIL,
                        Localized.of(status.id(), status.zh()), why, null);
            }
            Localized value;
            Localized failure;
            dev.cca.diag.Location at = null;
            switch (b) {
                case "min_score" -> {
                    double v = switch (a.on()) {
                        case OVERALL, SCENARIO -> score;
                        case TABLE -> c.table(s, a.id());
                        case INDICATOR -> c.indicator(s, a.id());
                    };
                    value = v == v ? plain(Numbers.score(v)) : null;
                    if (v != v) {
                        failure = msg(GateCode.NO_SCORE);
                    } else {
                        failure = hundredths(v) >= hundredths(a.minScore()) ? null
                                : msg(GateCode.SCORE_BELOW, Numbers.score(v), Numbers.format(a.minScore()));
                    }
                }
                case "min_grade" -> {
                    value = grade(c.grade(s));
                    failure = c.grade(s) >= a.minGrade() ? null : msg(GateCode.GRADE_BELOW, value, grade(a.minGrade()));
                }
                case "max_drop" -> {
                    if (baseline.isEmpty() && baseline.file().isEmpty()) {
                        return make(c, k, GateStatus.SKIPPED, null, msg(GateCode.NO_BASELINE), null);
                    }
                    int row = baseline.indexOf(c.id());
                    double bs = row < 0 ? Double.NaN : baseline.score(row, sid);
                    if (bs != bs) {
                        return make(c, k, GateStatus.SKIPPED, null, row < 0 ? msg(GateCode.NOT_IN_BASELINE, baseline.file())
                                : msg(GateCode.NO_SCORE_IN_BASELINE, rules.scenarios().get(s).label(), baseline.file()), null);
                    }
                    int bg = baseline.grade(row, sid);
                    String now = Numbers.score(score);
                    value = plain(now);
                    long allowed = Math.round(Math.min(a.maxDrop(), 1000) * 100);
                    String allowedText = Numbers.format(a.maxDrop());
                    int rrow = rescored == null ? -1 : rescored.indexOf(c.id());
                    double rs = rrow < 0 ? Double.NaN : rescored.score(rrow, sid);
                    if (rs == rs) {
                        // The rules changed and the baseline's inputs were re-scored: the data's change is judged,
                        // the rules' change is said.
                        int rg = rescored.grade(rrow, sid);
                        if (rg > 0 && c.grade(s) < rg) {
                            failure = msg(GateCode.GRADE_FELL_RESCORED, grade(rg), grade(c.grade(s)), signed(rs - bs), signed(score - rs));
                        } else if (hundredths(score) < hundredths(rs) - allowed) {
                            failure = msg(GateCode.SCORE_FELL_RESCORED, Numbers.score(bs), Numbers.score(rs), now, signed(rs - bs),
                                    signed(score - rs), allowedText);
                        } else {
                            failure = null;
                            value = msg(GateCode.RESCORED_VALUE, Numbers.score(bs), Numbers.score(rs), now);
                        }
                        break;
                    }
                    Localized note = baseline.scoredByOther(rules) ? msg(GateCode.BASELINE_OTHER_RULES, baseline.rules()) : Localized.EMPTY;
                    if (bg > 0 && c.grade(s) < bg) {
                        failure = msg(GateCode.GRADE_FELL, grade(bg), grade(c.grade(s)), note);
                    } else if (hundredths(score) < hundredths(bs) - allowed) {
                        failure = msg(GateCode.SCORE_FELL, Numbers.score(bs), now, allowedText, note);
                    } else {
                        failure = null;
                    }
                    if (failure == null) {
                        value = plain(Numbers.score(bs) + " -> " + now);
                    }
                }
                case "required_evidence" -> {
                    try {
                        String[] weakest = weakestEvidence(c, a, s);
                        value = weakest[0] == null ? null : evidence(Evidence.parse(weakest[0]));
                        at = weakest[0] == null ? null : c.metricAt(s, weakest[1]);
                        if (weakest[0] == null) {
                            failure = msg(GateCode.NO_EVIDENCE);
                        } else {
                            Evidence e = Evidence.parse(weakest[0]);
                            failure = e.atLeast(a.requiredEvidence()) ? null
                                    : msg(GateCode.EVIDENCE_BELOW, weakest[1], value, evidence(a.requiredEvidence()));
                        }
                    } catch (UnsupportedOperationException e) {
                        return make(c, k, GateStatus.SKIPPED, null, msg(GateCode.NO_EVIDENCE_IN_CATALOG), null);
                    }
                }
                default -> throw new IllegalStateException(b);
            }
            if (failure == null) {
                return located(make(c, k, GateStatus.PASS, value, Localized.EMPTY, null), at);
            }
            GatePolicy.Waiver w = waiver(a, c.id());
            if (w != null) {
                if (!reference.isAfter(w.expires())) {
                    return located(make(c, k, GateStatus.WAIVED, value, msg(GateCode.WAIVED_UNTIL, failure, w.expires(), w.reason()), w), at);
                }
                return located(make(c, k, GateStatus.FAIL, value, msg(GateCode.WAIVER_EXPIRED_ON, failure, w.expires(), w.reason()), w), at);
            }
            return located(make(c, k, a.effectiveLevel() == GatePolicy.Level.WARN ? GateStatus.WARN : GateStatus.FAIL, value, failure,
                    null), at);
        }

        /** The outcome located at {@code at} (a metric's line) instead of the profile's, when known. */
        private static GateReport.Outcome located(GateReport.Outcome o, dev.cca.diag.Location at) {
            if (at == null || at.line() <= 0) {
                return o;
            }
            return new GateReport.Outcome(o.center(), o.scenario(), o.check(), o.status(), o.value(), o.message(), o.waiver(),
                    o.expires(), at.file(), at.line(), Math.max(1, at.column()));
        }

        /**
         * A waiver's own check for a center it names: passes while it holds on the reference date; once expired, an
         * error located at its {@code expires} in the gate file, whatever the check it waives says.
         */
        private GateReport.Outcome expiry(Subject c, int k, GatePolicy.Waiver w) {
            boolean holds = !reference.isAfter(w.expires());
            Localized value = msg(holds ? GateCode.UNTIL : GateCode.EXPIRED, w.expires());
            Localized message = holds ? Localized.EMPTY
                    : msg(GateCode.WAIVER_EXPIRED, w.indicator(), c.id(), w.reason(), w.expires(), reference);
            dev.cca.diag.Location at = w.expiresAt();
            return new GateReport.Outcome(c.id(), null, k, holds ? GateStatus.PASS : GateStatus.FAIL, value, message, w.reason(),
                    w.expires().toString(), at.file(), at.line(), at.column());
        }

        /** {evidence id, metric or indicator} of the weakest value the assertion covers; {null, null} when none. */
        private String[] weakestEvidence(Subject c, GatePolicy.Assertion a, int s) {
            List<String> indicators = new ArrayList<>();
            if (a.on() == GatePolicy.On.INDICATOR) {
                indicators.add(a.id());
            } else {
                for (RuleSet.Table t : rules.tables()) {
                    if (t.id().equals(a.id())) {
                        for (RuleSet.IndicatorUse u : t.uses(rules.scenarios().get(s).id())) {
                            if (!u.informative()) {
                                indicators.add(u.indicator());
                            }
                        }
                    }
                }
            }
            Evidence weakest = null;
            String where = null;
            for (String ind : indicators) {
                Evidence e = c.evidence(s, ind);
                if (e != null && (weakest == null || !e.atLeast(weakest))) {
                    weakest = e;
                    where = c.weakestMetric(s, ind);
                }
            }
            return new String[] {weakest == null ? null : weakest.id(), where};
        }

        private GatePolicy.Waiver waiver(GatePolicy.Assertion a, String center) {
            if (a.on() != GatePolicy.On.INDICATOR) {
                return null;
            }
            GatePolicy.Waiver found = null;
            for (GatePolicy.Waiver w : policy.waivers()) {
                if (w.indicator().equals(a.id()) && w.centers().contains(center)
                        && (found == null || w.expires().isAfter(found.expires()))) {
                    found = w;
                }
            }
            return found;
        }

        private GateReport.Outcome make(Subject c, int k, GateStatus status, Localized value, Localized message, GatePolicy.Waiver w) {
            return new GateReport.Outcome(c.id(), rules.scenarios().get(scenario.get(k)).id(), k, status, value, message,
                    w == null ? null : w.reason(), w == null ? null : w.expires().toString(), c.file(), c.line(), 1);
        }

        GateReport report(List<GateReport.Outcome> outcomes, long[] counts, boolean passesListed) {
            GateReport.Counts n = new GateReport.Counts(counts[GateStatus.PASS.ordinal()], counts[GateStatus.WARN.ordinal()],
                    counts[GateStatus.FAIL.ordinal()], counts[GateStatus.WAIVED.ordinal()], counts[GateStatus.SKIPPED.ordinal()]);
            if (checks.isEmpty() && policy.sources().isEmpty()) {
                return GateReport.NONE;
            }
            return new GateReport(policy.sources(), reference.toString(), checks, outcomes, passesListed, n);
        }
    }

    private static Localized msg(GateCode code, Object... args) {
        return new Message(code, args);
    }

    /** A value that reads the same in every language: a score, an identifier. */
    private static Localized plain(String text) {
        return lang -> text;
    }

    private static Localized evidence(Evidence e) {
        return Localized.of(e.id(), e.zh());
    }

    /** "+1.5", "-3", "0". */
    private static String signed(double d) {
        String t = Numbers.score(d);
        return d > 0 && !t.equals("0") ? "+" + t : t;
    }

    /**
     * A score in hundredths, the precision results are written and ranked at, so that a score read back from a
     * JSON baseline equals the run that wrote it. Scores are 0-100 (a baseline's are checked when read), so this
     * never saturates; NaN (no score) is below every score.
     */
    private static long hundredths(double score) {
        return score == score ? Math.round(Math.max(-1, Math.min(101, score)) * 100) : Long.MIN_VALUE / 2;
    }

    /** A center of an assessment, with everything explained. */
    private record ExplainedSubject(CenterResult c, RuleSet rules) implements Subject {
        public String id() {
            return c.id();
        }

        public String file() {
            return c.sourceFile();
        }

        public int line() {
            return c.sourceLine();
        }

        private ScenarioResult sc(int s) {
            return c.scenario(rules.scenarios().get(s).id());
        }

        public double score(int s) {
            ScenarioResult r = sc(s);
            return r == null ? Double.NaN : r.score();
        }

        public int grade(int s) {
            ScenarioResult r = sc(s);
            return r == null ? 0 : r.grade();
        }

        public ScenarioStatus status(int s) {
            ScenarioResult r = sc(s);
            return r == null ? null : r.status();
        }

        public double reported(int s) {
            ScenarioResult r = sc(s);
            return r == null ? 0 : r.reportedShare();
        }

        public double table(int s, String table) {
            ScenarioResult r = sc(s);
            if (r != null) {
                for (TableResult t : r.tables()) {
                    if (t.id().equals(table)) {
                        return t.score();
                    }
                }
            }
            return Double.NaN;
        }

        private IndicatorResult ind(int s, String indicator) {
            ScenarioResult r = sc(s);
            if (r != null) {
                for (TableResult t : r.tables()) {
                    for (IndicatorResult i : t.indicators()) {
                        if (i.id().equals(indicator)) {
                            return i;
                        }
                    }
                }
            }
            return null;
        }

        public double indicator(int s, String indicator) {
            IndicatorResult i = ind(s, indicator);
            return i == null || !i.assessed() ? Double.NaN : i.score();
        }

        public Evidence evidence(int s, String indicator) {
            MetricResult m = weakest(s, indicator);
            return m == null ? null : Evidence.parse(m.evidence());
        }

        public String weakestMetric(int s, String indicator) {
            MetricResult m = weakest(s, indicator);
            return m == null ? indicator : m.metric();
        }

        /** From the metric's {@code source}, "file:line:column" with, after a space, the key path when it is another's. */
        public dev.cca.diag.Location metricAt(int s, String metric) {
            ScenarioResult r = sc(s);
            if (r == null) {
                return null;
            }
            for (TableResult t : r.tables()) {
                for (IndicatorResult i : t.indicators()) {
                    for (MetricResult m : i.metrics()) {
                        if (m.metric().equals(metric) && m.origin() != null) {
                            return parseOrigin(m.origin().en());
                        }
                    }
                }
            }
            return null;
        }

        private MetricResult weakest(int s, String indicator) {
            IndicatorResult i = ind(s, indicator);
            MetricResult found = null;
            if (i != null) {
                for (MetricResult m : i.metrics()) {
                    Evidence e = m.evidence() == null || !"ok".equals(m.status()) ? null : Evidence.parse(m.evidence());
                    if (e != null && (found == null || !e.atLeast(Evidence.parse(found.evidence())))) {
                        found = m;
                    }
                }
            }
            return found;
        }
    }

    /** "file:line:column" or "file:line:column (path)" as a location; null when it is not one. */
    static dev.cca.diag.Location parseOrigin(String origin) {
        String o = origin;
        int paren = o.lastIndexOf(" (");
        if (paren > 0 && o.endsWith(")")) {
            o = o.substring(0, paren);
        }
        int c2 = o.lastIndexOf(':');
        int c1 = c2 <= 0 ? -1 : o.lastIndexOf(':', c2 - 1);
        if (c1 <= 0) {
            return null;
        }
        try {
            return dev.cca.diag.Location.of(o.substring(0, c1), Integer.parseInt(o.substring(c1 + 1, c2)),
                    Integer.parseInt(o.substring(c2 + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A center of a catalog run: scores, grades, table and indicator scores; no evidence levels. */
    private record RowSubject(BatchRow row, BatchResult r, RuleSet rules) implements Subject {
        public String id() {
            return row.id();
        }

        public String file() {
            return row.sourceFile();
        }

        public int line() {
            return row.sourceLine();
        }

        public double score(int s) {
            return row.scenario()[s];
        }

        public int grade(int s) {
            return row.grade()[s];
        }

        public ScenarioStatus status(int s) {
            return row.status(s);
        }

        public double reported(int s) {
            return row.reported()[s];
        }

        public double table(int s, String table) {
            for (int t = 0; t < r.tables().size(); t++) {
                if (r.tables().get(t).id().equals(table)) {
                    return row.table(s, t, r.tables().size());
                }
            }
            return Double.NaN;
        }

        public double indicator(int s, String indicator) {
            for (int i = 0; i < r.indicators().size(); i++) {
                if (r.indicators().get(i).id().equals(indicator)) {
                    return row.indicators()[i];
                }
            }
            return Double.NaN;
        }

        private int indicatorIndex(String indicator) {
            for (int i = 0; i < r.indicators().size(); i++) {
                if (r.indicators().get(i).id().equals(indicator)) {
                    return i;
                }
            }
            return -1;
        }

        /** The weakest evidence the row kept for the indicator (a catalog run keeps it when its gate asks for evidence). */
        public Evidence evidence(int s, String indicator) {
            if (row.evidence() == null) {
                throw new UnsupportedOperationException(GateCode.NO_EVIDENCE_IN_CATALOG.en());
            }
            int k = indicatorIndex(indicator);
            return k < 0 ? null : Evidence.fromCode(row.evidence()[k]);
        }

        public String weakestMetric(int s, String indicator) {
            int k = indicatorIndex(indicator);
            return k < 0 || row.weakest() == null || row.weakest()[k] == null ? indicator : row.weakest()[k];
        }

        /** Where the row keeps a weakest metric's value written: an outcome about it is located there, as assess does. */
        @Override
        public dev.cca.diag.Location metricAt(int s, String metric) {
            String[] weakest = row.weakest();
            if (weakest == null) {
                return null;
            }
            for (int k = 0; k < weakest.length; k++) {
                if (metric.equals(weakest[k])) {
                    dev.cca.diag.Location at = row.weakestLocation(k);
                    if (at != null) {
                        return at;
                    }
                }
            }
            return null;
        }
    }
}
