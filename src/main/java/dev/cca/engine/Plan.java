package dev.cca.engine;

import dev.cca.model.Evidence;
import dev.cca.model.Field;
import dev.cca.model.MetricCatalog;
import dev.cca.rules.Curve;
import dev.cca.rules.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule set compiled for the columnar core: flat arrays indexed by term, indicator, scenario and table,
 * built once and shared read-only by every thread. Terms are grouped by indicator so that one indicator's
 * aggregation is a contiguous run. Weights live in arrays apart from curves, so that a future re-scoring
 * under other weights needs no re-parsing and no re-evaluation of curves.
 */
public final class Plan {

    final RuleSet rules;

    // Columns: what each center contributes.
    final Column[] columns;

    // Terms: one per (indicator, metric rule).
    final int[] termColumn;
    final Curve[] termCurve;
    final double[] termWeight;
    final boolean[] termExcludeMissing;
    final int[] termIndicator;
    final RuleSet.MetricRule[] termRule;

    // Indicators: terms [from, to).
    final String[] indicatorIds;
    final int[] indTermFrom;
    final int[] indTermTo;
    final double[] indTermWeightSum;
    final boolean[] indHasExcluded;     // an indicator with a metric whose weight drops out when missing
    boolean indicatorExcludeMissing;      // not final: a re-scoring variation changes it in its own copy

    // Scenarios and tables.
    final String[] scenarioIds;
    final boolean[] geometric;
    final String[] tableIds;
    final double[][] tableWeight;        // [s][t]
    final int[][][] useIndicator;        // [s][t][u], weighted uses only
    final double[][][] useWeight;        // [s][t][u]
    final double[][] useWeightSum;       // [s][t]
    final int[][][] informativeUses;     // [s][t][u]

    // Grades, highest first.
    final double[] gradeMin;
    final int[] gradeNumber;
    final int lowestGrade;

    // Caps.
    final RuleSet.Cap[] caps;
    final int[] capColumn;          // for metric conditions, else -1
    final int[] capIndicator;       // for indicator conditions, else -1
    final boolean[][] capApplies;   // [cap][s]
    final boolean[] capListColumn;  // the cap's metric is a capability list

    // Evidence factors by evidence code (0 unused), and the tables the core turns a cell's code and strength into
    // its factor (base + premium x strength: the declared factor plus the level's premium over it, 0 when missing)
    // and its coverage weight (earned x strength: 1 for measured and audited evidence, 0 otherwise).
    final double[] evidenceFactor = new double[4];
    final double[] evidenceBase = new double[4];
    final double[] evidencePremium = new double[4];
    final double[] evidenceEarned = new double[4];

    // Rating: which scoring scenarios a claimed target scenario stands for, and how much must be reported.
    // The names a center may claim and the scenario bits each stands for, side by side: a center claims two or three
    // of a handful, so a scan (the choice ids of a profile are the rule set's own strings) beats hashing each.
    private final String[] claimNames;
    private final int[] claimBits;
    final double minReported;
    // Scale classes of standing among peers: the column of the class metric (-1 without one) and each class's minimum.
    final int scaleColumn;
    final double[] scaleMin;

    private Plan(RuleSet rules, Builder b) {
        this.rules = rules;
        this.columns = b.columns.toArray(Column[]::new);
        int nt = b.termColumn.size();
        this.termColumn = new int[nt];
        this.termCurve = new Curve[nt];
        this.termWeight = new double[nt];
        this.termExcludeMissing = new boolean[nt];
        this.termIndicator = new int[nt];
        this.termRule = new RuleSet.MetricRule[nt];
        for (int t = 0; t < nt; t++) {
            termColumn[t] = b.termColumn.get(t);
            termCurve[t] = b.termRule.get(t).curve();
            termWeight[t] = b.termRule.get(t).weight();
            RuleSet.Missing m = b.termRule.get(t).missing() == null ? rules.missing().metric() : b.termRule.get(t).missing();
            termExcludeMissing[t] = m == RuleSet.Missing.EXCLUDE;
            termIndicator[t] = b.termIndicator.get(t);
            termRule[t] = b.termRule.get(t);
        }
        this.indicatorIds = b.indicatorIds.toArray(String[]::new);
        this.indTermFrom = b.indFrom.stream().mapToInt(Integer::intValue).toArray();
        this.indTermTo = b.indTo.stream().mapToInt(Integer::intValue).toArray();
        this.indicatorExcludeMissing = rules.missing().indicator() == RuleSet.Missing.EXCLUDE;
        this.indTermWeightSum = new double[indicatorIds.length];
        this.indHasExcluded = new boolean[indicatorIds.length];
        for (int k = 0; k < indicatorIds.length; k++) {
            for (int t = indTermFrom[k]; t < indTermTo[k]; t++) {
                indTermWeightSum[k] += termWeight[t];
                indHasExcluded[k] |= termExcludeMissing[t];
            }
        }

        int ns = rules.scenarios().size();
        int ntab = rules.tables().size();
        this.scenarioIds = new String[ns];
        this.geometric = new boolean[ns];
        this.tableIds = new String[ntab];
        this.tableWeight = new double[ns][ntab];
        this.useIndicator = new int[ns][ntab][];
        this.useWeight = new double[ns][ntab][];
        this.useWeightSum = new double[ns][ntab];
        this.informativeUses = new int[ns][ntab][];
        for (int t = 0; t < ntab; t++) {
            tableIds[t] = rules.tables().get(t).id();
        }
        for (int s = 0; s < ns; s++) {
            RuleSet.Scenario sc = rules.scenarios().get(s);
            scenarioIds[s] = sc.id();
            geometric[s] = sc.combine() == RuleSet.Combine.WEIGHTED_GEOMETRIC_MEAN;
            for (int t = 0; t < ntab; t++) {
                RuleSet.Table table = rules.tables().get(t);
                tableWeight[s][t] = table.weight(sc.id());
                List<Integer> ui = new ArrayList<>();
                List<Double> uw = new ArrayList<>();
                List<Integer> inf = new ArrayList<>();
                for (RuleSet.IndicatorUse u : table.uses(sc.id())) {
                    int idx = b.indicatorIds.indexOf(u.indicator());
                    if (u.informative()) {
                        inf.add(idx);
                    } else if (u.weight() > 0) {
                        ui.add(idx);
                        uw.add(u.weight());
                    }
                }
                useIndicator[s][t] = ui.stream().mapToInt(Integer::intValue).toArray();
                useWeight[s][t] = uw.stream().mapToDouble(Double::doubleValue).toArray();
                useWeightSum[s][t] = uw.stream().mapToDouble(Double::doubleValue).sum();
                informativeUses[s][t] = inf.stream().mapToInt(Integer::intValue).toArray();
            }
        }

        List<RuleSet.Grade> desc = rules.gradesDescending();
        this.gradeMin = desc.stream().mapToDouble(RuleSet.Grade::min).toArray();
        this.gradeNumber = desc.stream().mapToInt(RuleSet.Grade::grade).toArray();
        this.lowestGrade = gradeNumber.length == 0 ? 1 : gradeNumber[gradeNumber.length - 1];

        this.caps = rules.caps().toArray(RuleSet.Cap[]::new);
        this.capColumn = new int[caps.length];
        this.capIndicator = new int[caps.length];
        this.capApplies = new boolean[caps.length][ns];
        this.capListColumn = new boolean[caps.length];
        for (int c = 0; c < caps.length; c++) {
            RuleSet.Condition cond = caps[c].when();
            capColumn[c] = b.conditionColumn.getOrDefault(cond, -1);
            capIndicator[c] = cond.kind() == RuleSet.Condition.Kind.INDICATOR_BELOW ? b.indicatorIds.indexOf(cond.target()) : -1;
            MetricCatalog.Entry entry = cond.target() == null ? null : MetricCatalog.get(cond.target());
            capListColumn[c] = entry != null && entry.type() == Field.Type.ID_LIST;
            for (int s = 0; s < ns; s++) {
                capApplies[c][s] = caps[c].scenarios().contains(scenarioIds[s]);
            }
        }
        double declared = rules.evidence().factor(Evidence.DECLARED);
        for (Evidence e : Evidence.values()) {
            evidenceFactor[e.code()] = rules.evidence().factor(e);
            evidenceBase[e.code()] = declared;
            evidencePremium[e.code()] = rules.evidence().factor(e) - declared;
            evidenceEarned[e.code()] = e == Evidence.DECLARED ? 0 : 1;
        }
        // A claimed target scenario (pretraining, fine-tuning, inference) claims the scoring scenario its fit rule
        // is scored as, and a scoring scenario of the same name.
        Map<String, Integer> claims = new LinkedHashMap<>();
        for (RuleSet.FitRule f : rules.fit()) {
            int s = scenarioIndex(f.scoredAs());
            if (s >= 0) {
                claims.merge(f.scenario(), 1 << s, (a, c) -> a | c);
            }
        }
        for (int s = 0; s < ns; s++) {
            claims.merge(scenarioIds[s], 1 << s, (a, c) -> a | c);
        }
        this.claimNames = claims.keySet().toArray(String[]::new);
        this.claimBits = claims.values().stream().mapToInt(Integer::intValue).toArray();
        this.minReported = rules.missing().minReported();
        this.scaleColumn = b.scaleColumn;
        this.scaleMin = rules.robustness().peers().classes().stream().mapToDouble(RuleSet.ScaleClass::atLeast).toArray();
    }

    /**
     * The scoring scenarios a center claims, as bits (bit s for scenario s): those its claimed target scenarios
     * stand for. A center that does not say what it claims ({@code stated} false) is rated in every scenario.
     */
    public int claimMask(boolean stated, List<String> claimed) {
        if (!stated) {
            return -1;
        }
        int mask = 0;
        for (int i = 0; i < claimed.size(); i++) {
            String c = claimed.get(i);
            for (int k = 0; k < claimNames.length; k++) {
                if (claimNames[k].equals(c)) {
                    mask |= claimBits[k];
                    break;
                }
            }
        }
        return mask;
    }

    /** The share of a scenario's weight that must be reported for a grade. */
    public double minReported() {
        return minReported;
    }

    /**
     * A copy for re-scoring under other judgements: its weights, missing-data policies and aggregation are its own
     * arrays (changed by {@link Rescorer.Variation}); everything else is shared with this plan, read-only.
     */
    private Plan(Plan o) {
        this.rules = o.rules;
        this.columns = o.columns;
        this.termColumn = o.termColumn;
        this.termCurve = o.termCurve;
        this.termWeight = o.termWeight.clone();
        this.termExcludeMissing = o.termExcludeMissing.clone();
        this.termIndicator = o.termIndicator;
        this.termRule = o.termRule;
        this.indicatorIds = o.indicatorIds;
        this.indTermFrom = o.indTermFrom;
        this.indTermTo = o.indTermTo;
        this.indTermWeightSum = o.indTermWeightSum.clone();
        this.indHasExcluded = o.indHasExcluded.clone();
        this.indicatorExcludeMissing = o.indicatorExcludeMissing;
        this.scenarioIds = o.scenarioIds;
        this.geometric = o.geometric.clone();
        this.tableIds = o.tableIds;
        this.tableWeight = deepCopy(o.tableWeight);
        this.useIndicator = o.useIndicator;
        this.useWeight = new double[o.useWeight.length][][];
        for (int s = 0; s < useWeight.length; s++) {
            useWeight[s] = deepCopy(o.useWeight[s]);
        }
        this.useWeightSum = deepCopy(o.useWeightSum);
        this.informativeUses = o.informativeUses;
        this.gradeMin = o.gradeMin;
        this.gradeNumber = o.gradeNumber;
        this.lowestGrade = o.lowestGrade;
        this.caps = o.caps;
        this.capColumn = o.capColumn;
        this.capIndicator = o.capIndicator;
        this.capApplies = o.capApplies;
        this.capListColumn = o.capListColumn;
        System.arraycopy(o.evidenceFactor, 0, evidenceFactor, 0, evidenceFactor.length);
        this.claimNames = o.claimNames;
        this.claimBits = o.claimBits;
        this.minReported = o.minReported;
        this.scaleColumn = o.scaleColumn;
        this.scaleMin = o.scaleMin;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** A copy whose judgements a re-scoring variation may change; see {@link #Plan(Plan)}. */
    Plan variable() {
        return new Plan(this);
    }

    /** Compiles a rule set. The rule set has been validated, so every reference resolves. */
    public static Plan compile(RuleSet rules) {
        Builder b = new Builder(rules);
        for (RuleSet.Indicator ind : rules.indicators().values()) {
            b.indicatorIds.add(ind.id());
            b.indFrom.add(b.termColumn.size());
            for (RuleSet.MetricRule r : ind.metrics()) {
                Column.Mode mode = r.curve() instanceof Curve.Coverage ? Column.Mode.COVERAGE : Column.Mode.VALUE;
                b.termColumn.add(b.column(new Column(r.metric(), mode, r.normalize(), rules.references().get(r.metric()),
                        r.items())));
                b.termIndicator.add(b.indicatorIds.size() - 1);
                b.termRule.add(r);
            }
            b.indTo.add(b.termColumn.size());
        }
        for (RuleSet.Cap cap : rules.caps()) {
            b.conditionColumn(cap.when());
        }
        for (RuleSet.FitRule f : rules.fit()) {
            for (RuleSet.FitLevel l : f.levels()) {
                l.when().forEach(b::conditionColumn);
            }
        }
        String scaleMetric = rules.robustness().peers().metric();
        if (scaleMetric != null) {
            b.scaleColumn = b.column(new Column(scaleMetric, Column.Mode.VALUE, RuleSet.Normalization.NONE,
                    rules.references().get(scaleMetric), List.of()));
        }
        return new Plan(rules, b);
    }

    private static final class Builder {
        final RuleSet rules;
        final List<Column> columns = new ArrayList<>();
        final Map<String, Integer> columnIndex = new LinkedHashMap<>();
        final List<Integer> termColumn = new ArrayList<>();
        final List<Integer> termIndicator = new ArrayList<>();
        final List<RuleSet.MetricRule> termRule = new ArrayList<>();
        final List<String> indicatorIds = new ArrayList<>();
        final List<Integer> indFrom = new ArrayList<>();
        final List<Integer> indTo = new ArrayList<>();
        final Map<RuleSet.Condition, Integer> conditionColumn = new LinkedHashMap<>();
        int scaleColumn = -1;

        Builder(RuleSet rules) {
            this.rules = rules;
        }

        int column(Column c) {
            return columnIndex.computeIfAbsent(c.key(), k -> {
                columns.add(c);
                return columns.size() - 1;
            });
        }

        void conditionColumn(RuleSet.Condition c) {
            if (c.target() != null && c.kind() != RuleSet.Condition.Kind.INDICATOR_BELOW) {
                conditionColumn.put(c, column(new Column(c.target(), Column.Mode.VALUE, RuleSet.Normalization.NONE,
                        rules.references().get(c.target()), List.of())));
            }
        }
    }

    // ---- read access for result building ---------------------------------------------------------------

    public RuleSet rules() {
        return rules;
    }

    public int columnCount() {
        return columns.length;
    }

    public Column column(int c) {
        return columns[c];
    }

    public int termCount() {
        return termColumn.length;
    }

    public int indicatorCount() {
        return indicatorIds.length;
    }

    public int scenarioCount() {
        return scenarioIds.length;
    }

    public int tableCount() {
        return tableIds.length;
    }

    public String scenarioId(int s) {
        return scenarioIds[s];
    }

    public int scenarioIndex(String id) {
        for (int s = 0; s < scenarioIds.length; s++) {
            if (scenarioIds[s].equals(id)) {
                return s;
            }
        }
        return -1;
    }

    public int indicatorIndex(String id) {
        for (int i = 0; i < indicatorIds.length; i++) {
            if (indicatorIds[i].equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public String indicatorId(int i) {
        return indicatorIds[i];
    }

    public int termColumn(int t) {
        return termColumn[t];
    }

    public RuleSet.MetricRule termRule(int t) {
        return termRule[t];
    }

    public int termIndicator(int t) {
        return termIndicator[t];
    }

    public int termFrom(int indicator) {
        return indTermFrom[indicator];
    }

    public int termTo(int indicator) {
        return indTermTo[indicator];
    }

    public double evidenceFactor(byte code) {
        return code <= 0 ? 1.0 : evidenceFactor[code];
    }

    /** The column a cap or fit condition reads, or -1. */
    public int conditionColumn(RuleSet.Condition c) {
        for (int i = 0; i < columns.length; i++) {
            Column col = columns[i];
            if (col.metric().equals(c.target()) && col.mode() == Column.Mode.VALUE && col.normalize().isNone()
                    && col.items().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** The grade a score earns (before caps). */
    public int gradeFor(double score) {
        for (int g = 0; g < gradeMin.length; g++) {
            if (score >= gradeMin[g]) {
                return gradeNumber[g];
            }
        }
        return lowestGrade;
    }

    /** The lowest score that earns {@code grade}, or NaN if there is no such grade. */
    public double minScoreFor(int grade) {
        for (int g = 0; g < gradeNumber.length; g++) {
            if (gradeNumber[g] == grade) {
                return gradeMin[g];
            }
        }
        return Double.NaN;
    }

    /**
     * The scale class of a chunk's row for standing among peers: the index of the first class of
     * {@code robustness.peers} whose minimum its value reaches; -1 when the value is missing (or below every class);
     * 0 for every center when the rule set names no class metric.
     */
    public int scaleClass(Batch b, int row) {
        if (scaleColumn < 0) {
            return 0;
        }
        if (b.evidence[scaleColumn][row] == 0) {
            return -1;
        }
        double v = b.value[scaleColumn][row];
        for (int k = 0; k < scaleMin.length; k++) {
            if (v >= scaleMin[k]) {
                return k;
            }
        }
        return -1;
    }

    public int highestGrade() {
        return gradeNumber.length == 0 ? lowestGrade : gradeNumber[0];
    }
}
