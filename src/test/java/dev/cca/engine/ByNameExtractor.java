package dev.cca.engine;

import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.model.Evidence;
import dev.cca.rules.RuleSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The extraction as it was before {@link Extractor} resolved its names once per plan: every look-up by name, per
 * record and column (the reference list's own {@link RuleSet.ReferenceList#index} for each listed item, the
 * normalisation read from the rule per cell). Kept as the reference the compiled extractor must agree with.
 */
final class ByNameExtractor {

    private final Plan plan;
    private final RuleSet.EvidencePolicy policy;
    private final Extractor.Cell scratch = new Extractor.Cell();
    private final Coverage[] coverage;
    /** Per column, the keys of its metric and of the normalising conditions, compiled once. */
    private final CenterProfile.Key[] metric;
    private final CenterProfile.Key[][] multiplyBy;
    private final CenterProfile.Key[][] divideBy;
    private final CenterProfile.Key[] lookup;
    private static final CenterProfile.Key SCENARIOS = CenterProfile.key("scenarios");

    ByNameExtractor(Plan plan) {
        this.plan = plan;
        this.policy = plan.rules.evidence();
        int n = plan.columns.length;
        this.coverage = new Coverage[n];
        this.metric = new CenterProfile.Key[n];
        this.multiplyBy = new CenterProfile.Key[n][];
        this.divideBy = new CenterProfile.Key[n][];
        this.lookup = new CenterProfile.Key[n];
        for (int c = 0; c < n; c++) {
            Column col = plan.columns[c];
            if (col.reference() != null) {
                coverage[c] = new Coverage(col);
            }
            metric[c] = CenterProfile.key(col.metric());
            RuleSet.Normalization norm = col.normalize() == null ? RuleSet.Normalization.NONE : col.normalize();
            multiplyBy[c] = norm.multiplyBy().stream().map(CenterProfile::key).toArray(CenterProfile.Key[]::new);
            divideBy[c] = norm.divideBy().stream().map(CenterProfile::key).toArray(CenterProfile.Key[]::new);
            lookup[c] = norm.divideByLookup() == null ? null : CenterProfile.key(norm.divideByLookup().field());
        }
    }

    /**
     * A reference list prepared for extraction: the slots' weights, and their total over the part of the list the
     * column counts. Built once per column; a listed item finds its slot by the list's own look-up
     * ({@link RuleSet.ReferenceList#index}: id, labels or alias, folded), one hash look-up per item.
     */
    static final class Coverage {
        final RuleSet.ReferenceList ref;
        final double[] weight;
        final boolean[] counted;
        final double total;

        /** The list's weights and the part the column counts, as the compiled extractor prepares them. */
        Coverage(Column col) {
            ref = col.reference();
            Extractor.Coverage prepared = new Extractor.Coverage(col, new Extractor.Listed(ref));
            weight = prepared.weight;
            counted = prepared.counted;
            total = prepared.total;
        }

        /** Weighted share of the counted items that {@code items} lists (each item once). */
        double share(List<String> items) {
            if (total <= 0) {
                return 0;
            }
            double covered = 0;
            long seen = 0;
            boolean[] seenBig = weight.length > 64 ? new boolean[weight.length] : null;
            for (String id : items) {
                int k = ref.index(id);
                if (k < 0 || !counted[k]) {
                    continue;
                }
                if (seenBig != null) {
                    if (seenBig[k]) {
                        continue;
                    }
                    seenBig[k] = true;
                } else {
                    if ((seen & (1L << k)) != 0) {
                        continue;
                    }
                    seen |= 1L << k;
                }
                covered += weight[k];
            }
            return covered / total;
        }

        /** Distinct items of the list that {@code items} names (an id and its alias count once). */
        int known(List<String> items) {
            java.util.BitSet seen = new java.util.BitSet(weight.length);
            for (String id : items) {
                int k = ref.index(id);
                if (k >= 0) {
                    seen.set(k);
                }
            }
            return seen.cardinality();
        }
    }

    /** Writes every column of {@code p} into row {@code row} of {@code b}. */
    public void fill(CenterProfile p, int row, Batch b, LocalDate refDate) {
        Extractor.Cell c = scratch;
        for (int col = 0; col < plan.columns.length; col++) {
            extract(p, col, refDate, c);
            b.set(col, row, c.value, c.evidence, c.strength);
        }
        b.setClaims(row, claimMask(p.get(SCENARIOS) != null, p.scenarios()));
    }

    /** The scoring scenarios claimed, by the name of each claimed scenario (its fit rule's and its own). */
    private final java.util.Map<String, Integer> claimBits = new java.util.LinkedHashMap<>();

    private int claimMask(boolean stated, List<String> claimed) {
        if (claimBits.isEmpty()) {
            for (RuleSet.FitRule f : plan.rules().fit()) {
                int s = plan.scenarioIndex(f.scoredAs());
                if (s >= 0) {
                    claimBits.merge(f.scenario(), 1 << s, (a, c) -> a | c);
                }
            }
            for (int s = 0; s < plan.scenarioCount(); s++) {
                claimBits.merge(plan.scenarioId(s), 1 << s, (a, c) -> a | c);
            }
        }
        if (!stated) {
            return -1;
        }
        int mask = 0;
        for (String c : claimed) {
            mask |= claimBits.getOrDefault(c, 0);
        }
        return mask;
    }

    public void extract(CenterProfile p, int col, LocalDate refDate, Extractor.Cell out) {
        out.reset();
        Column column = plan.columns[col];
        String needs = column.mode() == Column.Mode.VALUE ? factor(p, col, column.normalize(), out) : null;
        Datum d = p.get(metric[col]);
        if (d == null) {
            return;
        }
        out.datum = d;
        // The level the value earned (a label without a source and a date is already declared), then its age:
        // measured or audited evidence keeps 2^(-age / half-life) of its premium over a declaration.
        Evidence ev = d.evidence();
        if (d.evidenceDate() != null && refDate != null && ev != Evidence.DECLARED) {
            out.ageDays = ChronoUnit.DAYS.between(d.evidenceDate(), refDate);
            // Rounded to the float the chunk keeps, so that reports show exactly what the core multiplied by.
            out.strength = (float) policy.strength(out.ageDays);
            if (policy.maxAgeDays() > 0 && out.ageDays > policy.maxAgeDays()) {
                out.stale = true;
                if (policy.stale() == RuleSet.StaleTreatment.IGNORE) {
                    out.missingReason = "evidence is " + out.ageDays + " days old, over the "
                            + policy.maxAgeDays() + "-day limit";
                    return;
                }
                ev = Evidence.DECLARED;
            }
        }
        out.evidence = ev.code();
        switch (d.kind()) {
            case NUMBER, BOOLEAN -> out.raw = d.number();
            case LIST -> out.raw = column.mode() == Column.Mode.COVERAGE ? coverage[col].share(d.items())
                    : coverage[col] == null ? d.items().size() : coverage[col].known(d.items());
            default -> {
                return;
            }
        }
        if (needs != null) {
            out.missingReason = needs;
            return;
        }
        out.value = out.raw * out.factor;
    }

    /**
     * Sets {@code out.factor} to the column's normalisation multiplier for this center, and returns why it
     * cannot be computed (a condition is absent), or null. Computed even when the metric itself is missing,
     * so that gap analysis can say what raw value a target means.
     */
    private String factor(CenterProfile p, int col, RuleSet.Normalization n, Extractor.Cell out) {
        if (n.isNone()) {
            return null;
        }
        double f = n.scale();
        List<String> missing = null;
        for (CenterProfile.Key m : multiplyBy[col]) {
            double v = p.number(m);
            if (!(v == v)) {
                missing = add(missing, m.path());
            } else {
                f *= v;
            }
        }
        for (CenterProfile.Key m : divideBy[col]) {
            double v = p.number(m);
            if (!(v > 0)) {
                missing = add(missing, m.path());
            } else {
                f /= v;
            }
        }
        if (missing != null) {
            out.factor = Double.NaN;
            return "needs " + String.join(" and ", missing) + " to normalise";
        }
        if (n.divideByLookup() != null) {
            String key = p.text(lookup[col]);
            Double v = key == null ? null : n.divideByLookup().values().get(key);
            f /= v == null ? n.divideByLookup().fallback() : v;
        }
        out.factor = f;
        return null;
    }

    private static List<String> add(List<String> l, String s) {
        List<String> out = l == null ? new java.util.ArrayList<>() : l;
        out.add(s);
        return out;
    }
}
