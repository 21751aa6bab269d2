package dev.cca.rules;

import dev.cca.model.Evidence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded, cross-checked rule set: how metrics become indicator scores, indicators table scores, tables a
 * scenario score and scores grades, plus caps, scenario fit and the evidence and missing-data policies.
 * Immutable once built by {@link RuleSetLoader}; compiled once into a columnar plan for scoring.
 */
public record RuleSet(
        String id,
        String version,
        Label title,
        String sha256,
        Map<String, Citation> citations,
        EvidencePolicy evidence,
        MissingPolicy missing,
        List<Grade> grades,
        List<Scenario> scenarios,
        List<Table> tables,
        Map<String, Indicator> indicators,
        Map<String, ReferenceList> references,
        List<Cap> caps,
        List<FitRule> fit,
        Catalogs catalogs,
        Robustness robustness) {

    /**
     * The most caps a rule set may have: the engine and catalog rows record which caps hold for a center as the
     * bits of one {@code long} per scenario, so a 65th cap would share a bit with the first.
     */
    public static final int MAX_CAPS = Long.SIZE;

    /** A rule set without a {@code robustness:} section varies as {@link Robustness#DEFAULT} says. */
    public RuleSet(String id, String version, Label title, String sha256, Map<String, Citation> citations,
                   EvidencePolicy evidence, MissingPolicy missing, List<Grade> grades, List<Scenario> scenarios,
                   List<Table> tables, Map<String, Indicator> indicators, Map<String, ReferenceList> references,
                   List<Cap> caps, List<FitRule> fit, Catalogs catalogs) {
        this(id, version, title, sha256, citations, evidence, missing, grades, scenarios, tables, indicators, references,
                caps, fit, catalogs, Robustness.DEFAULT);
    }

    /** A source for the numbers of the rule set: the report, a public benchmark, or the project's judgement. */
    public record Citation(String id, String source, String text) {
    }

    /**
     * Score multipliers by evidence level, how they decay with age, and how old evidence may be.
     *
     * @param halfLifeDays the age at which measured or audited evidence keeps half of its premium over a
     *                     declaration (its strength is 2^(-age / halfLifeDays)); 0: no decay
     * @param maxAgeDays   evidence older than this is stale (counts as declared, or is ignored); 0: no limit
     */
    public record EvidencePolicy(Map<Evidence, Double> factors, double halfLifeDays, int maxAgeDays, StaleTreatment stale,
                                 List<String> cite) {
        public double factor(Evidence e) {
            Double f = factors.get(e);
            return f == null ? 1.0 : f;
        }

        /** How much of its premium over a declaration evidence of this age keeps: 1 when fresh or without decay. */
        public double strength(long ageDays) {
            if (!(halfLifeDays > 0) || ageDays <= 0) {
                return 1.0;
            }
            return Math.pow(2, -ageDays / halfLifeDays);
        }

        /** The factor of evidence {@code e} at strength {@code s}: the declared factor plus the level's premium times s. */
        public double factor(Evidence e, double s) {
            double declared = factor(Evidence.DECLARED);
            return declared + (factor(e) - declared) * s;
        }
    }

    /** What happens to evidence older than the limit: it counts as declared, or it is not used at all. */
    public enum StaleTreatment { DECLARED, IGNORE }

    /** What a missing value means. ZERO scores it 0 with its full weight; EXCLUDE drops its weight. */
    public enum Missing { ZERO, EXCLUDE }

    /**
     * How missing values score, and how much of a scenario must be reported to grade it.
     *
     * @param minReported the share (0-1) of a scenario's weight that must have a reported value for it to get
     *                    a grade; below it the scenario is "insufficient data" (0: every scenario is graded)
     */
    public record MissingPolicy(Missing metric, Missing indicator, double minReported) {
    }

    /** A grade band: scores at or above {@code min} earn it (the highest band that fits). */
    public record Grade(int grade, double min, Label label, List<String> cite) {
    }

    /** How table scores combine into a scenario score. */
    public enum Combine { WEIGHTED_MEAN, WEIGHTED_GEOMETRIC_MEAN }

    /** A scoring scenario: training or inference (the report's two columns). */
    public record Scenario(String id, Label label, Combine combine) {
    }

    /** One indicator's place in a table for a scenario. */
    public record IndicatorUse(String indicator, double weight, boolean informative, List<String> cite) {
    }

    /** A capability table (foundational support, innovation service, operations assurance). */
    public record Table(String id, Label label, Map<String, Double> weights, Map<String, List<IndicatorUse>> uses,
                        List<String> cite) {
        public double weight(String scenario) {
            Double w = weights.get(scenario);
            return w == null ? 0 : w;
        }

        public List<IndicatorUse> uses(String scenario) {
            return uses.getOrDefault(scenario, List.of());
        }
    }

    /** An indicator of the report, with the metrics that evidence it and what to say about it. */
    public record Indicator(String id, Label label, Label measures, Label why, Label improve, List<MetricRule> metrics) {
    }

    /**
     * How one metric scores within an indicator. {@code items} narrows a coverage curve to part of the
     * metric's reference list (development tools for training, say); empty means the whole list.
     * {@code anchors} are the figures of the report or a benchmark that the curve was set by, in the unit the
     * curve scores: shown by {@code cca rules explain} and marked on {@code cca rules plot}.
     */
    public record MetricRule(String metric, Label label, double weight, boolean higherIsBetter, Curve curve,
                             Normalization normalize, Missing missing, List<String> items, List<String> cite,
                             List<Anchor> anchors) {

        /** A rule without anchors (rule sets built in code: variations, tests). */
        public MetricRule(String metric, Label label, double weight, boolean higherIsBetter, Curve curve,
                          Normalization normalize, Missing missing, List<String> items, List<String> cite) {
            this(metric, label, weight, higherIsBetter, curve, normalize, missing, items, cite, List.of());
        }
    }

    /** A figure a curve is set by: "MFU of 40-50% is fairly excellent" at 45, with where it comes from. */
    public record Anchor(double value, Label label, List<String> cite) {
    }

    /**
     * Turns a raw metric into the value the curve scores: multiplied and divided by other metrics (its
     * conditions), optionally divided by a value looked up from a descriptive field, and scaled.
     */
    public record Normalization(List<String> divideBy, List<String> multiplyBy, double scale, Lookup divideByLookup,
                                String unit) {
        public static final Normalization NONE = new Normalization(List.of(), List.of(), 1.0, null, null);

        public boolean isNone() {
            return divideBy.isEmpty() && multiplyBy.isEmpty() && scale == 1.0 && divideByLookup == null;
        }
    }

    /** A value chosen by a descriptive field, e.g. the latency target of the declared latency class. */
    public record Lookup(String field, Map<String, Double> values, double fallback) {
    }

    /**
     * A reference list for a capability-list metric: the identifiers it knows and what each is worth. A listed name
     * finds its item by the item's id, English or Chinese label, or any alias, spelled any way {@link Names#key}
     * folds together (full-width letters, case, spaces, hyphens): "等保三级", "MLPS level 3" and "ＭＬＰＳ-Level-3"
     * all name {@code mlps-level-3}. This is the one look-up of list items; scoring, caps, warnings and the rule
     * set's own cross-references all go through {@link #index}.
     */
    public record ReferenceList(String metric, List<ReferenceItem> items, Map<String, Integer> keys,
                                Map<String, Integer> spelled) {

        public ReferenceList(String metric, List<ReferenceItem> items) {
            this(metric, items, keysOf(items));
        }

        private ReferenceList(String metric, List<ReferenceItem> items, Map<String, Integer> keys) {
            this(metric, items, keys, spelledOf(items, keys));
        }

        /**
         * @param keys    each name of each item, folded ({@link Names#key}), to the item's position
         * @param spelled each name of each item as the rule set writes it, to the position its folded key has: the
         *                names a profile lists are almost always written so, and then found without folding them
         */
        public ReferenceList {
            items = List.copyOf(items);
            // Hash maps, not Map.copyOf: the immutable map's probe compares keys without their hashes first, and every
            // listed item of every record is looked up here, twice.
            keys = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(keys));
            spelled = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(spelled));
        }

        /** Each name of each item, folded, to the item's position; the first item to claim a key keeps it. */
        static Map<String, Integer> keysOf(List<ReferenceItem> items) {
            Map<String, Integer> m = new java.util.HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                for (String name : items.get(i).names()) {
                    String k = Names.key(name);
                    if (!k.isEmpty()) {
                        m.putIfAbsent(k, i);
                    }
                }
            }
            return m;
        }

        /** Each name of each item as written to the position its folded key finds (the first claimer's). */
        private static Map<String, Integer> spelledOf(List<ReferenceItem> items, Map<String, Integer> keys) {
            Map<String, Integer> m = new java.util.HashMap<>();
            for (ReferenceItem item : items) {
                for (String name : item.names()) {
                    Integer i = name == null ? null : keys.get(Names.key(name));
                    if (i != null) {
                        m.putIfAbsent(name, i);
                    }
                }
            }
            return m;
        }

        /**
         * The position of the item {@code name} names, or -1 when the list does not know it. A name written as the
         * rule set writes one is found as it is; any other spelling is folded first.
         */
        public int index(String name) {
            Integer i = name == null ? null : spelled.get(name);
            if (i == null) {
                i = keys.get(Names.key(name));
            }
            return i == null ? -1 : i;
        }

        /** The item {@code name} names, or null. */
        public ReferenceItem item(String name) {
            int i = index(name);
            return i < 0 ? null : items.get(i);
        }

        /**
         * The id of the item with a name closest to {@code name} (any of its names, as a typo of it), or null:
         * "等保二级" suggests {@code mlps-level-3} through its label 等保三级.
         */
        public String suggest(String name) {
            Map<String, String> byName = new LinkedHashMap<>();
            for (ReferenceItem i : items) {
                for (String n : i.names()) {
                    if (n != null) {
                        byName.putIfAbsent(n, i.id());
                    }
                }
            }
            String close = dev.cca.diag.Suggest.closest(name, byName.keySet());
            return close == null ? null : byName.get(close);
        }
    }

    public record ReferenceItem(String id, Label label, double weight, List<String> aliases) {

        /** Every name the item answers to: its id, its labels and its aliases (null labels left out). */
        public List<String> names() {
            List<String> out = new java.util.ArrayList<>(aliases.size() + 3);
            out.add(id);
            if (label != null) {
                if (label.en() != null) {
                    out.add(label.en());
                }
                if (label.zh() != null) {
                    out.add(label.zh());
                }
            }
            out.addAll(aliases);
            return out;
        }
    }

    /** A grade cap: when the condition holds, the grade of the listed scenarios is at most {@code maxGrade}. */
    public record Cap(String id, Label label, Condition when, int maxGrade, List<String> scenarios, List<String> cite) {
    }

    /** Conditions of caps and fit levels. */
    public record Condition(Kind kind, String target, double threshold) {

        /*
         * equals and hashCode as a record's own (threshold compared as Double.compare does), written out: the plan keys
         * a map by conditions on every run, and the generated ones link a method-handle tree on first call.
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof Condition c && kind == c.kind && java.util.Objects.equals(target, c.target)
                    && Double.compare(threshold, c.threshold) == 0;
        }

        @Override
        public int hashCode() {
            return (31 * kind.hashCode() + java.util.Objects.hashCode(target)) * 31 + Double.hashCode(threshold);
        }

        /** "compute.largest_cluster.pflops_fp16 >= 1000 PFLOPS", "operations.security missing". */
        public String describe() {
            dev.cca.model.MetricCatalog.Entry e = target == null ? null : dev.cca.model.MetricCatalog.get(target);
            String unit = e == null || e.unit().isEmpty() ? "" : " " + e.unit();
            return switch (kind) {
                case METRIC_AT_LEAST -> target + " >= " + dev.cca.model.Numbers.format(threshold) + unit;
                case METRIC_BELOW -> target + " < " + dev.cca.model.Numbers.format(threshold) + unit;
                case METRIC_MISSING -> target + " missing";
                case INDICATOR_BELOW -> target + " score < " + dev.cca.model.Numbers.format(threshold);
                case EVIDENCE_COVERAGE_BELOW -> "evidence coverage < " + dev.cca.model.Numbers.format(threshold);
            };
        }

        public enum Kind {
            /** The metric has no value (an empty list counts as no value). */
            METRIC_MISSING,
            /** The metric's value is below the threshold (missing counts as below). */
            METRIC_BELOW,
            /** The metric's value is at least the threshold (missing counts as not). */
            METRIC_AT_LEAST,
            /** The indicator's score is below the threshold (not assessed counts as below). */
            INDICATOR_BELOW,
            /** The share of the scenario's weight backed by measured or audited values is below the threshold. */
            EVIDENCE_COVERAGE_BELOW
        }
    }

    /** Which of pre-training, fine-tuning and inference a center can serve, judged by its scale. */
    public record FitRule(String scenario, Label label, String scoredAs, List<FitLevel> levels) {
    }

    /** A fit level; the first whose conditions all hold applies. {@code fit} is full, limited or none. */
    public record FitLevel(String fit, List<Condition> when, Label note, List<String> cite) {
    }

    /** How the weights of a variation are drawn around the rule set's own. */
    public enum WeightDistribution {
        /** Each weight times a factor drawn uniformly from [1 - spread, 1 + spread], then renormalised in its group. */
        UNIFORM_FACTOR,
        /** The shares of a group drawn from a Dirichlet distribution with parameters concentration x nominal share. */
        DIRICHLET
    }

    /**
     * What an uncertainty analysis ({@code --robustness N}) varies, and the scale classes that standing among peers
     * compares within. Empty alternative lists mean "the rule set's own choice only".
     *
     * @param aggregation      how a variation combines tables into a scenario score; each variation picks one, uniformly
     * @param metricMissing    missing-data policies a variation may apply to metrics without their own {@code missing:}
     * @param indicatorMissing missing-data policies a variation may apply to indicators none of whose metrics has a value
     * @param lowPercentile    the interval reported per center: from this percentile ...
     * @param highPercentile   ... to this one
     */
    public record Robustness(WeightDistribution distribution, double spread, double concentration, List<Combine> aggregation,
                             List<Missing> metricMissing, List<Missing> indicatorMissing, int lowPercentile,
                             int highPercentile, PeerClasses peers, List<String> cite) {

        /** Used when a rule set says nothing: weights within +/-25%, both means, both metric policies, one class. */
        public static final Robustness DEFAULT = new Robustness(WeightDistribution.UNIFORM_FACTOR, 0.25, 0,
                List.of(Combine.WEIGHTED_MEAN, Combine.WEIGHTED_GEOMETRIC_MEAN), List.of(Missing.ZERO, Missing.EXCLUDE),
                List.of(), 5, 95, PeerClasses.NONE, List.of());
    }

    /**
     * Scale classes of standing among peers: a center belongs to the first class whose {@code atLeast} its value of
     * {@code metric} reaches; a center without the value is in no class ("scale not given").
     */
    public record PeerClasses(String metric, List<ScaleClass> classes, List<String> cite) {
        /** No metric: every center is in one class with every other. */
        public static final PeerClasses NONE = new PeerClasses(null, List.of(), List.of());
    }

    /** One scale class, e.g. the report's E-level (>= 1,000 PFLOPS) or 100-PFLOPS level. */
    public record ScaleClass(String id, Label label, double atLeast, List<String> cite) {
    }

    // ---- derived views -------------------------------------------------------------------------------

    public Scenario scenario(String id) {
        for (Scenario s : scenarios) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** Grades from the highest band down. */
    public List<Grade> gradesDescending() {
        List<Grade> g = new ArrayList<>(grades);
        g.sort((x, y) -> Double.compare(y.min(), x.min()));
        return g;
    }

    public Grade grade(int n) {
        for (Grade g : grades) {
            if (g.grade() == n) {
                return g;
            }
        }
        return null;
    }

    /** Every metric id a rule of this set scores, in order of first use. */
    public List<String> scoredMetrics() {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Indicator i : indicators.values()) {
            for (MetricRule m : i.metrics()) {
                seen.put(m.metric(), true);
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(seen.keySet()));
    }
}
