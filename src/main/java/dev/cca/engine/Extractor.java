package dev.cca.engine;

import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.model.Evidence;
import dev.cca.rules.RuleSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Fills a chunk's columns from validated profiles: looks each column's metric up, applies the evidence
 * staleness policy, normalises (per accelerator, per parameter, per latency class) and turns capability
 * lists into counts or covered shares. This is the only place where per-center maps are read; the core
 * that follows sees primitive arrays only.
 */
public final class Extractor {

    /** One extracted cell with what reports need to explain it. Reused to avoid allocation per cell. */
    public static final class Cell {
        /** The value the curve scores (normalised), NaN when missing. */
        public double value;
        /** The metric's own value before normalisation (count of items for lists), NaN when missing. */
        public double raw;
        /** value = raw * factor (1 without normalisation). */
        public double factor;
        public byte evidence;
        /** How much of its level's premium over a declaration the evidence keeps at its age (1 fresh). */
        public double strength;
        /** The evidence date is older than the rule set's limit. */
        public boolean stale;
        /** Age of the evidence in days on the reference date, or -1 when it has no date. */
        public long ageDays;
        /** Why the value is missing although the metric has one (a normalising condition is absent), or null. */
        public String missingReason;
        /** The datum read, or null. */
        public Datum datum;

        void reset() {
            value = Double.NaN;
            raw = Double.NaN;
            factor = 1.0;
            evidence = 0;
            strength = 1.0;
            stale = false;
            ageDays = -1;
            missingReason = null;
            datum = null;
        }
    }

    private final Plan plan;
    private final RuleSet.EvidencePolicy policy;
    private final Cell scratch = new Cell();
    private final Coverage[] coverage;
    /** Per column, the keys of its metric and of the normalising conditions, compiled once. */
    private final CenterProfile.Key[] metric;
    private final CenterProfile.Key[][] multiplyBy;
    private final CenterProfile.Key[][] divideBy;
    private final CenterProfile.Key[] lookup;
    private static final CenterProfile.Key SCENARIOS = CenterProfile.key("scenarios");

    public Extractor(Plan plan) {
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
    private static final class Coverage {
        final RuleSet.ReferenceList ref;
        final double[] weight;
        final boolean[] counted;
        final double total;

        Coverage(Column col) {
            ref = col.reference();
            List<RuleSet.ReferenceItem> items = ref.items();
            weight = new double[items.size()];
            counted = new boolean[items.size()];
            for (String id : col.items()) {
                int k = ref.index(id);
                if (k >= 0) {
                    counted[k] = true;
                }
            }
            double t = 0;
            for (int i = 0; i < items.size(); i++) {
                RuleSet.ReferenceItem ri = items.get(i);
                weight[i] = ri.weight();
                counted[i] |= col.items().isEmpty();
                if (counted[i]) {
                    t += ri.weight();
                }
            }
            total = t;
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
        Cell c = scratch;
        for (int col = 0; col < plan.columns.length; col++) {
            extract(p, col, refDate, c);
            b.set(col, row, c.value, c.evidence, c.strength);
        }
        b.setClaims(row, plan.claimMask(p.get(SCENARIOS) != null, p.scenarios()));
    }

    public void extract(CenterProfile p, int col, LocalDate refDate, Cell out) {
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
    private String factor(CenterProfile p, int col, RuleSet.Normalization n, Cell out) {
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
