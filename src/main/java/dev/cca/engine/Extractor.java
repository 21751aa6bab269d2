package dev.cca.engine;

import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.model.Evidence;
import dev.cca.rules.RuleSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a chunk's columns from validated profiles: looks each column's metric up, applies the evidence
 * staleness policy, normalises (per accelerator, per parameter, per latency class) and turns capability
 * lists into counts or covered shares. This is the only place where per-center maps are read; the core
 * that follows sees primitive arrays only.
 *
 * <p>Everything a column needs is resolved by name once, when the extractor is made: the slot of its metric and of
 * its normalising conditions, whether and how it normalises, and for a capability list a table from each name of
 * its reference list to the item's position. A record is then read by slot and array index; the only look-up by
 * name left is one per listed item, and the columns of one list (a coverage and a cap on the same metric, two
 * coverages of parts of it) share it.
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

    /** The reference day of a run without one ({@link LocalDate#toEpochDay} never gives it). */
    private static final long NO_DAY = Long.MIN_VALUE;
    private static final CenterProfile.Key SCENARIOS = CenterProfile.key("scenarios");

    private final Plan plan;
    private final RuleSet.EvidencePolicy policy;
    /** The rule set's age limit in days (0: none), and whether evidence past it is ignored rather than declared. */
    private final int maxAgeDays;
    private final boolean ignoreStale;
    private final Cell scratch = new Cell();
    /** Per column: the key of its metric, whether it reads the value (else a covered share), its normalisation
     * (null: none) and its reference list (null: none). */
    private final CenterProfile.Key[] metric;
    private final boolean[] valueMode;
    private final Factor[] factor;
    private final Coverage[] coverage;

    public Extractor(Plan plan) {
        this.plan = plan;
        this.policy = plan.rules.evidence();
        this.maxAgeDays = policy.maxAgeDays();
        this.ignoreStale = policy.stale() == RuleSet.StaleTreatment.IGNORE;
        int n = plan.columns.length;
        this.metric = new CenterProfile.Key[n];
        this.valueMode = new boolean[n];
        this.factor = new Factor[n];
        this.coverage = new Coverage[n];
        Map<RuleSet.ReferenceList, Listed> lists = new IdentityHashMap<>();
        for (int c = 0; c < n; c++) {
            Column col = plan.columns[c];
            metric[c] = CenterProfile.key(col.metric());
            valueMode[c] = col.mode() == Column.Mode.VALUE;
            RuleSet.Normalization norm = col.normalize();
            factor[c] = valueMode[c] && norm != null && !norm.isNone() ? new Factor(norm) : null;
            if (col.reference() != null) {
                coverage[c] = new Coverage(col, lists.computeIfAbsent(col.reference(), Listed::new));
            }
        }
    }

    /**
     * The names of a reference list, to the position of the item each names, in a table of their own: open
     * addressing over arrays, so that a look-up is one hash, a probe of an int array and one comparison. A name
     * spelled otherwise than the rule set writes it is looked up by the list itself ({@link RuleSet.ReferenceList#index},
     * which folds it), so the two always agree.
     */
    static final class ItemNames {
        private final RuleSet.ReferenceList ref;
        private final String[] names;
        private final int[] hashes;
        private final int[] positions;
        private final int mask;

        ItemNames(RuleSet.ReferenceList ref) {
            this.ref = ref;
            Map<String, Integer> spelled = ref.spelled();
            int size = Integer.highestOneBit(Math.max(4, spelled.size() * 2 + 1)) << 1;
            this.names = new String[size];
            this.hashes = new int[size];
            this.positions = new int[size];
            this.mask = size - 1;
            for (Map.Entry<String, Integer> e : spelled.entrySet()) {
                int h = e.getKey().hashCode();
                int i = spread(h) & mask;
                while (names[i] != null) {
                    i = (i + 1) & mask;
                }
                names[i] = e.getKey();
                hashes[i] = h;
                positions[i] = e.getValue();
            }
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }

        /** As {@link RuleSet.ReferenceList#index}: the position of the item {@code name} names, or -1. */
        int index(String name) {
            if (name == null) {
                return -1;
            }
            int h = name.hashCode();
            for (int i = spread(h) & mask; names[i] != null; i = (i + 1) & mask) {
                if (hashes[i] == h && names[i].equals(name)) {
                    return positions[i];
                }
            }
            return ref.index(name);
        }
    }

    /**
     * A capability list's items as positions in its reference list: resolved once per datum, and shared by the
     * columns of that list (a datum is immutable, so the last one resolved is recognised by identity).
     */
    static final class Listed {
        final ItemNames names;
        private Datum of;
        int[] at = new int[8];
        int n;

        Listed(RuleSet.ReferenceList ref) {
            this.names = new ItemNames(ref);
        }

        void resolve(Datum d) {
            if (d == of) {
                return;
            }
            List<String> items = d.items();
            n = items.size();
            if (at.length < n) {
                at = new int[Math.max(n, at.length * 2)];
            }
            for (int i = 0; i < n; i++) {
                at[i] = names.index(items.get(i));
            }
            of = d;
        }
    }

    /**
     * A reference list prepared for extraction: the slots' weights, and their total over the part of the list the
     * column counts. Built once per column; the items of a listed datum are found through {@link Listed}.
     */
    static final class Coverage {
        final Listed listed;
        final double[] weight;
        final boolean[] counted;
        final double total;
        /** Which positions a list has named so far, one bit each: cleared per list. */
        private final long[] seen;

        Coverage(Column col, Listed listed) {
            this.listed = listed;
            RuleSet.ReferenceList ref = col.reference();
            List<RuleSet.ReferenceItem> items = ref.items();
            weight = new double[items.size()];
            counted = new boolean[items.size()];
            seen = new long[(items.size() + 63) >>> 6];
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

        /** Whether position {@code k} is named for the first time in this list (and marks it). */
        private boolean first(int k) {
            long bit = 1L << k;
            long w = seen[k >>> 6];
            seen[k >>> 6] = w | bit;
            return (w & bit) == 0;
        }

        /** Weighted share of the counted items that {@code d} lists (each item once), summed in the list's order. */
        double share(Datum d) {
            return total <= 0 ? 0 : distinct(d, counted, weight) / total;
        }

        /** Distinct items of the list that {@code d} names (an id and its alias count once). */
        int known(Datum d) {
            return (int) distinct(d, null, null);
        }

        /**
         * The sum, over the distinct items {@code d} names that {@code only} counts (all when null), of their
         * {@code weights} (1 each when null), in the order the datum lists them.
         */
        private double distinct(Datum d, boolean[] only, double[] weights) {
            listed.resolve(d);
            Arrays.fill(seen, 0L);
            double sum = 0;
            int[] at = listed.at;
            for (int i = 0; i < listed.n; i++) {
                int k = at[i];
                if (k >= 0 && (only == null || only[k]) && first(k)) {
                    sum += weights == null ? 1 : weights[k];
                }
            }
            return sum;
        }
    }

    /**
     * A column's normalisation with its conditions' keys: the multiplier of a center is {@code scale} times the
     * conditions it multiplies by, over those it divides by, over the value its look-up field selects.
     */
    private static final class Factor {
        final double scale;
        final CenterProfile.Key[] multiplyBy;
        final CenterProfile.Key[] divideBy;
        /** The descriptive field whose value selects a divisor (or null), the values it selects by, their divisors, and
         * the divisor of any other value: side by side, a handful each. */
        final CenterProfile.Key lookup;
        final String[] selectors;
        final double[] divisors;
        final double fallback;

        Factor(RuleSet.Normalization n) {
            this.scale = n.scale();
            this.multiplyBy = n.multiplyBy().stream().map(CenterProfile::key).toArray(CenterProfile.Key[]::new);
            this.divideBy = n.divideBy().stream().map(CenterProfile::key).toArray(CenterProfile.Key[]::new);
            RuleSet.Lookup l = n.divideByLookup();
            this.lookup = l == null ? null : CenterProfile.key(l.field());
            Map<String, Double> values = l == null ? Map.of() : l.values();
            this.selectors = values.keySet().toArray(String[]::new);
            this.divisors = new double[selectors.length];
            for (int i = 0; i < selectors.length; i++) {
                divisors[i] = values.get(selectors[i]);
            }
            this.fallback = l == null ? Double.NaN : l.fallback();
        }

        /**
         * Sets {@code out.factor} to the multiplier for this center, NaN when a condition is absent (then returns
         * false; {@link #needs} says which).
         */
        boolean apply(CenterProfile p, Cell out) {
            double f = scale;
            boolean complete = true;
            for (CenterProfile.Key m : multiplyBy) {
                double v = p.number(m);
                if (!(v == v)) {
                    complete = false;
                } else {
                    f *= v;
                }
            }
            for (CenterProfile.Key m : divideBy) {
                double v = p.number(m);
                if (!(v > 0)) {
                    complete = false;
                } else {
                    f /= v;
                }
            }
            if (!complete) {
                out.factor = Double.NaN;
                return false;
            }
            if (lookup != null) {
                f /= divisor(p.text(lookup));
            }
            out.factor = f;
            return true;
        }

        /** The divisor the look-up field's value {@code key} selects (null: the field is absent). */
        private double divisor(String key) {
            if (key != null) {
                for (int i = 0; i < selectors.length; i++) {
                    if (selectors[i].equals(key)) {
                        return divisors[i];
                    }
                }
            }
            return fallback;
        }

        /** Why the factor cannot be computed for this center: the conditions it lacks, in the rule's order. */
        String needs(CenterProfile p) {
            List<String> missing = new java.util.ArrayList<>();
            for (CenterProfile.Key m : multiplyBy) {
                double v = p.number(m);
                if (!(v == v)) {
                    missing.add(m.path());
                }
            }
            for (CenterProfile.Key m : divideBy) {
                if (!(p.number(m) > 0)) {
                    missing.add(m.path());
                }
            }
            return "needs " + String.join(" and ", missing) + " to normalise";
        }
    }

    /** Writes every column of {@code p} into row {@code row} of {@code b}. */
    public void fill(CenterProfile p, int row, Batch b, LocalDate refDate) {
        Cell c = scratch;
        long day = refDate == null ? NO_DAY : refDate.toEpochDay();
        for (int col = 0; col < metric.length; col++) {
            extract(p, col, day, c, false);
            b.set(col, row, c.value, c.evidence, c.strength);
        }
        b.setClaims(row, plan.claimMask(p.get(SCENARIOS) != null, p.scenarios()));
    }

    /** One cell of {@code p} with everything that explains it. */
    public void extract(CenterProfile p, int col, LocalDate refDate, Cell out) {
        extract(p, col, refDate == null ? NO_DAY : refDate.toEpochDay(), out, true);
    }

    /**
     * One cell; with {@code explain} also its factor when the metric is missing and why a value it has is not used.
     * Without, the value, evidence and strength are the same, and nothing is allocated.
     */
    private void extract(CenterProfile p, int col, long refDay, Cell out, boolean explain) {
        out.reset();
        Datum d = p.get(metric[col]);
        Factor norm = factor[col];
        boolean normalised = norm == null || (d == null && !explain) || norm.apply(p, out);
        if (d == null) {
            return;
        }
        out.datum = d;
        // The level the value earned (a label without a source and a date is already declared), then its age:
        // measured or audited evidence keeps 2^(-age / half-life) of its premium over a declaration.
        Evidence ev = d.evidence();
        LocalDate dated = d.evidenceDate();
        if (dated != null && refDay != NO_DAY && ev != Evidence.DECLARED) {
            out.ageDays = refDay - dated.toEpochDay();
            // Rounded to the float the chunk keeps, so that reports show exactly what the core multiplied by.
            out.strength = (float) policy.strength(out.ageDays);
            if (maxAgeDays > 0 && out.ageDays > maxAgeDays) {
                out.stale = true;
                if (ignoreStale) {
                    out.missingReason = explain
                            ? "evidence is " + out.ageDays + " days old, over the " + maxAgeDays + "-day limit" : null;
                    return;
                }
                ev = Evidence.DECLARED;
            }
        }
        out.evidence = ev.code();
        switch (d.kind()) {
            case NUMBER, BOOLEAN -> out.raw = d.number();
            case LIST -> {
                Coverage cov = coverage[col];
                out.raw = !valueMode[col] ? cov.share(d) : cov == null ? d.items().size() : cov.known(d);
            }
            default -> {
                return;
            }
        }
        if (!normalised) {
            out.missingReason = explain ? norm.needs(p) : null;
            return;
        }
        out.value = out.raw * out.factor;
    }
}
