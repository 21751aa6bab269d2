package dev.cca.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast re-scoring of a kept catalog against the plain scorer, under judgements jqwik draws: every weight scaled
 * by its own factor, either missing-data policy for metrics and indicators, either aggregation. The plain scorer
 * reads a rule set rebuilt with those judgements, so the two share nothing but the rule-set definitions.
 */
class RescorerProperties {

    private static final RuleSet RULES = RuleSetLoader.loadDefault();
    private static final Plan PLAN = Plan.compile(RULES);
    private static final int WEIGHTS = new Rescorer(new CatalogColumns(PLAN)).weightCount();

    /** One center: per plan column a value (NaN when missing) and its evidence code. */
    record Center(double[] value, byte[] evidence) {
    }

    @Provide
    Arbitrary<List<Center>> centers() {
        return center().list().ofMinSize(1).ofMaxSize(12);
    }

    Arbitrary<Center> center() {
        int nc = PLAN.columnCount();
        Arbitrary<List<Integer>> kinds = Arbitraries.integers().between(0, 9).list().ofSize(nc);
        Arbitrary<List<Double>> magnitudes = Arbitraries.doubles().between(-3, 7).list().ofSize(nc);
        Arbitrary<List<Integer>> evidence = Arbitraries.integers().between(1, 3).list().ofSize(nc);
        return Combinators.combine(kinds, magnitudes, evidence).as((k, m, e) -> {
            double[] v = new double[nc];
            byte[] ev = new byte[nc];
            for (int c = 0; c < nc; c++) {
                int kind = k.get(c);
                if (kind == 0) {
                    v[c] = Double.NaN;
                } else if (PLAN.column(c).mode() == Column.Mode.COVERAGE) {
                    v[c] = (m.get(c) + 3) / 10;
                } else {
                    v[c] = kind == 1 ? 0 : kind == 2 ? 1 : Math.pow(10, m.get(c));
                }
                ev[c] = Double.isNaN(v[c]) ? 0 : e.get(c).byteValue();
            }
            return new Center(v, ev);
        });
    }

    @Provide
    Arbitrary<List<Double>> factors() {
        return Arbitraries.doubles().between(0.05, 5).list().ofSize(WEIGHTS);
    }

    @Property(tries = 150)
    void re_scoring_under_random_judgements_equals_the_plain_scorer(@ForAll("centers") List<Center> centers,
                                                                    @ForAll("factors") List<Double> factors,
                                                                    @ForAll boolean excludeMetrics, @ForAll boolean excludeIndicators,
                                                                    @ForAll boolean geometric) {
        CatalogColumns catalog = new CatalogColumns(PLAN);
        Batch one = new Batch(PLAN, 1);
        for (Center c : centers) {
            for (int col = 0; col < PLAN.columnCount(); col++) {
                one.set(col, 0, c.value()[col], c.evidence()[col]);
            }
            one.setSize(1);
            catalog.add(one, 0);
        }
        Rescorer rescorer = new Rescorer(catalog);
        Rescorer.Variation v = rescorer.variation();
        double[] weights = new double[WEIGHTS];
        for (int j = 0; j < WEIGHTS; j++) {
            weights[j] = rescorer.nominalWeight(j) * factors.get(j);
            v.weight(j, weights[j]);
        }
        RuleSet.Missing metric = excludeMetrics ? RuleSet.Missing.EXCLUDE : RuleSet.Missing.ZERO;
        RuleSet.Missing indicator = excludeIndicators ? RuleSet.Missing.EXCLUDE : RuleSet.Missing.ZERO;
        RuleSet.Combine combine = geometric ? RuleSet.Combine.WEIGHTED_GEOMETRIC_MEAN : RuleSet.Combine.WEIGHTED_MEAN;
        v.metricMissing(metric);
        v.indicatorMissing(indicator);
        v.combine(combine);
        v.commit();
        Scores out = rescorer.scratch();
        rescorer.score(v, 0, out);

        Plan varied = Plan.compile(judged(rescorer, weights, metric, indicator, combine));
        NaiveScorer naive = new NaiveScorer(varied);
        for (int i = 0; i < centers.size(); i++) {
            NaiveScorer.Result r = naive.score(centers.get(i).value(), centers.get(i).evidence());
            for (int k = 0; k < PLAN.indicatorCount(); k++) {
                assertEquals(r.indicators().get(PLAN.indicatorId(k)), out.indicator(k, i), 1e-9, "indicator " + PLAN.indicatorId(k));
            }
            for (int s = 0; s < PLAN.scenarioCount(); s++) {
                double score = r.scenario()[s];
                assertEquals(score, out.scenario(s, i), 1e-9, "scenario " + PLAN.scenarioId(s));
                if (!nearABoundary(score)) {
                    assertEquals(r.grade()[s], out.grade(s, i), "grade " + PLAN.scenarioId(s) + " at " + score);
                }
            }
        }
    }

    private static boolean nearABoundary(double score) {
        for (RuleSet.Grade g : RULES.grades()) {
            if (Math.abs(score - g.min()) < 1e-7) {
                return true;
            }
        }
        return false;
    }

    /** The default rule set with the given weights (in the re-scorer's flat layout), policies and aggregation. */
    static RuleSet judged(Rescorer layout, double[] w, RuleSet.Missing metric, RuleSet.Missing indicator, RuleSet.Combine combine) {
        Map<String, RuleSet.Indicator> indicators = new LinkedHashMap<>();
        int j = 0;
        for (RuleSet.Indicator ind : RULES.indicators().values()) {
            List<RuleSet.MetricRule> metrics = new ArrayList<>();
            for (RuleSet.MetricRule m : ind.metrics()) {
                metrics.add(new RuleSet.MetricRule(m.metric(), m.label(), w[j++], m.higherIsBetter(), m.curve(), m.normalize(),
                        m.missing(), m.items(), m.cite()));
            }
            indicators.put(ind.id(), new RuleSet.Indicator(ind.id(), ind.label(), ind.measures(), ind.why(), ind.improve(), metrics));
        }
        List<RuleSet.Table> tables = new ArrayList<>();
        int tableBase = w.length - RULES.scenarios().size() * RULES.tables().size();
        List<Map<String, List<RuleSet.IndicatorUse>>> uses = new ArrayList<>();
        for (int t = 0; t < RULES.tables().size(); t++) {
            uses.add(new LinkedHashMap<>());
        }
        for (RuleSet.Scenario sc : RULES.scenarios()) {
            for (int t = 0; t < RULES.tables().size(); t++) {
                List<RuleSet.IndicatorUse> list = new ArrayList<>();
                for (RuleSet.IndicatorUse u : RULES.tables().get(t).uses(sc.id())) {
                    boolean weighted = !u.informative() && u.weight() > 0;
                    list.add(weighted ? new RuleSet.IndicatorUse(u.indicator(), w[j++], false, u.cite()) : u);
                }
                uses.get(t).put(sc.id(), list);
            }
        }
        if (j != tableBase) {
            throw new AssertionError("the flat layout has " + tableBase + " metric and indicator weights, the rule set " + j);
        }
        for (int t = 0; t < RULES.tables().size(); t++) {
            RuleSet.Table table = RULES.tables().get(t);
            Map<String, Double> weights = new LinkedHashMap<>();
            for (int s = 0; s < RULES.scenarios().size(); s++) {
                weights.put(RULES.scenarios().get(s).id(), w[tableBase + s * RULES.tables().size() + t]);
            }
            tables.add(new RuleSet.Table(table.id(), table.label(), weights, uses.get(t), table.cite()));
        }
        List<RuleSet.Scenario> scenarios = RULES.scenarios().stream()
                .map(s -> new RuleSet.Scenario(s.id(), s.label(), combine)).toList();
        return new RuleSet(RULES.id(), RULES.version(), RULES.title(), RULES.sha256(), RULES.citations(), RULES.evidence(),
                new RuleSet.MissingPolicy(metric, indicator, RULES.missing().minReported()), RULES.grades(), scenarios, tables, indicators, RULES.references(),
                RULES.caps(), RULES.fit(), RULES.catalogs(), RULES.robustness());
    }
}
