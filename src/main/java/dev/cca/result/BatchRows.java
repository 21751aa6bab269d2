package dev.cca.result;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The centers of a catalog run as columns: what a {@link BatchRow} holds, kept in primitive arrays (scores as
 * floats, statuses and grades as bytes, caps as bit sets, file names and group values as indexes into a shared
 * {@link Pool}), so that a million centers cost a few hundred bytes each and no object per center beyond its id
 * and name. Rows are appended in catalog order; a row's position is its index everywhere (rankings refer to it).
 *
 * <p>The rows are stored in pages of {@link #PAGE} rows, each page one array per kind (row-major within the page:
 * a center's floats lie together, as the reports read them), so that growing never copies the catalog. Writers
 * and statistics read the columns through the accessors ({@link #scenario}, {@link #grade}, ...); {@link #get}
 * materialises a {@link BatchRow} for the readers that want one, and costs only that row.
 */
public final class BatchRows extends AbstractList<BatchRow> implements RandomAccess {

    /** Rows per page: large enough that the page index is cheap, small enough that a half-full last page is not. */
    static final int PAGE_BITS = 12;
    static final int PAGE = 1 << PAGE_BITS;
    private static final int MASK = PAGE - 1;

    /**
     * Strings many rows share (source files, group values), each stored once and named by its index. Thread-safe:
     * the scorers of all parsing threads add to one pool, so rows move between a chunk and the catalog by copying
     * indexes.
     */
    public static final class Pool {
        private final ConcurrentHashMap<String, Integer> index = new ConcurrentHashMap<>();
        private volatile String[] values = new String[64];
        private int size;

        /** The index of {@code s} (added when new); -1 for null. */
        public int of(String s) {
            if (s == null) {
                return -1;
            }
            Integer i = index.get(s);
            return i != null ? i : add(s);
        }

        private synchronized int add(String s) {
            Integer i = index.get(s);
            if (i != null) {
                return i;
            }
            String[] v = values;
            if (size == v.length) {
                v = Arrays.copyOf(v, v.length * 2);
            }
            v[size] = s;
            values = v;
            index.put(s, size);
            return size++;
        }

        /** The string of index {@code i}; null for -1. */
        public String get(int i) {
            return i < 0 ? null : values[i];
        }

        /** Strings held. */
        public synchronized int size() {
            return size;
        }
    }

    private final int ns;
    private final int nt;
    private final int ni;
    private final int ng;
    private final boolean evidence;
    private final Pool pool;
    /** Per row: scenario scores, reported shares, coverages (ns each), table scores (ns x nt), indicator scores (ni). */
    private final int nf;
    /** Per row: source file (pool), source line, groups (pool, ng), warnings, findings, adjusted. */
    private final int nint;
    /** Per row: statuses, grades, grades before caps (ns each), scale class. */
    private final int nb;
    private final List<String[]> strings = new ArrayList<>();
    private final List<float[]> floats = new ArrayList<>();
    private final List<int[]> ints = new ArrayList<>();
    private final List<byte[]> bytes = new ArrayList<>();
    private final List<long[]> caps = new ArrayList<>();
    /** Per row, when kept: the weakest evidence codes, the metrics they are of, where those are written and in which file. */
    private final List<Object[]> evidences;
    private int size;
    /** Rows the first page holds before it first grows. */
    private final int firstPage;

    /**
     * @param scenarios  scenarios of the rule set
     * @param tables     tables per scenario
     * @param indicators indicators of the plan
     * @param groups     grouping fields
     * @param evidence   whether rows keep the weakest evidence of each indicator
     */
    public BatchRows(int scenarios, int tables, int indicators, int groups, boolean evidence, Pool pool) {
        this(scenarios, tables, indicators, groups, evidence, pool, 64);
    }

    /**
     * As {@link #BatchRows(int, int, int, int, boolean, Pool)}, with room for {@code expected} rows before the first
     * page grows (a chunk's rows, whose number is known: no page is copied, no slack allocated).
     */
    public BatchRows(int scenarios, int tables, int indicators, int groups, boolean evidence, Pool pool, int expected) {
        this.firstPage = Math.max(1, Math.min(PAGE, expected));
        this.ns = scenarios;
        this.nt = tables;
        this.ni = indicators;
        this.ng = groups;
        this.evidence = evidence;
        this.pool = pool;
        this.nf = 3 * ns + ns * nt + ni;
        this.nint = 5 + ng;
        this.nb = 3 * ns + 1;
        this.evidences = evidence ? new ArrayList<>() : null;
    }

    /** An empty store of the same shape and pool. */
    public BatchRows like() {
        return new BatchRows(ns, nt, ni, ng, evidence, pool);
    }

    public Pool pool() {
        return pool;
    }

    @Override
    public int size() {
        return size;
    }

    public int scenarioCount() {
        return ns;
    }

    public int tableCount() {
        return nt;
    }

    public int indicatorCount() {
        return ni;
    }

    public int groupCount() {
        return ng;
    }

    /** Whether rows keep the weakest evidence of each indicator. */
    public boolean keepsEvidence() {
        return evidence;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    public String id(int r) {
        return strings.get(r >>> PAGE_BITS)[(r & MASK) * 2];
    }

    public String name(int r) {
        return strings.get(r >>> PAGE_BITS)[(r & MASK) * 2 + 1];
    }

    private int intAt(int r, int k) {
        return ints.get(r >>> PAGE_BITS)[(r & MASK) * nint + k];
    }

    private float floatAt(int r, int k) {
        return floats.get(r >>> PAGE_BITS)[(r & MASK) * nf + k];
    }

    private byte byteAt(int r, int k) {
        return bytes.get(r >>> PAGE_BITS)[(r & MASK) * nb + k];
    }

    public String sourceFile(int r) {
        return pool.get(intAt(r, 0));
    }

    /** The pool index of the row's source file. */
    public int sourceFileIndex(int r) {
        return intAt(r, 0);
    }

    public int sourceLine(int r) {
        return intAt(r, 1);
    }

    /** The value of grouping field {@code g}, null when absent. */
    public String group(int r, int g) {
        return pool.get(intAt(r, 2 + g));
    }

    /** The pool index of the value of grouping field {@code g}, -1 when absent. */
    public int groupIndex(int r, int g) {
        return intAt(r, 2 + g);
    }

    public int warnings(int r) {
        return intAt(r, 2 + ng);
    }

    public int findings(int r) {
        return intAt(r, 3 + ng);
    }

    /** The findings of the claim checks over every row. */
    public long findings() {
        long n = 0;
        for (int r = 0; r < size(); r++) {
            n += findings(r);
        }
        return n;
    }

    public int adjusted(int r) {
        return intAt(r, 4 + ng);
    }

    /** The score of scenario {@code s} (NaN when not assessed). */
    public float scenario(int r, int s) {
        return floatAt(r, s);
    }

    public float reported(int r, int s) {
        return floatAt(r, ns + s);
    }

    public float coverage(int r, int s) {
        return floatAt(r, 2 * ns + s);
    }

    public float table(int r, int s, int t) {
        return floatAt(r, 3 * ns + s * nt + t);
    }

    public float indicator(int r, int k) {
        return floatAt(r, 3 * ns + ns * nt + k);
    }

    /** The {@link ScenarioStatus} code of scenario {@code s}. */
    public byte statusCode(int r, int s) {
        return byteAt(r, s);
    }

    public ScenarioStatus status(int r, int s) {
        return ScenarioStatus.fromCode(byteAt(r, s));
    }

    public boolean rated(int r, int s) {
        return byteAt(r, s) == ScenarioStatus.RATED.code();
    }

    public byte grade(int r, int s) {
        return byteAt(r, ns + s);
    }

    public byte uncapped(int r, int s) {
        return byteAt(r, 2 * ns + s);
    }

    public byte scaleClass(int r) {
        return byteAt(r, 3 * ns);
    }

    /** Bit c set when cap c lowered the grade of scenario {@code s}. */
    public long caps(int r, int s) {
        return caps.get(r >>> PAGE_BITS)[(r & MASK) * ns + s];
    }

    /** The weakest evidence codes per indicator, null unless kept. */
    public byte[] evidence(int r) {
        return evidence ? (byte[]) evidences.get(r >>> PAGE_BITS)[(r & MASK) * EV] : null;
    }

    /** The metric each indicator's weakest evidence is of, null unless kept. */
    public String[] weakest(int r) {
        return evidence ? (String[]) evidences.get(r >>> PAGE_BITS)[(r & MASK) * EV + 1] : null;
    }

    /** Where each indicator's weakest evidence is written ({@link BatchRow#at}), null unless kept. */
    public long[] weakestAt(int r) {
        return evidence ? (long[]) evidences.get(r >>> PAGE_BITS)[(r & MASK) * EV + 2] : null;
    }

    /** The files of those places that are not the row's source file, null when all are (or unless kept). */
    public String[] weakestFiles(int r) {
        return evidence ? (String[]) evidences.get(r >>> PAGE_BITS)[(r & MASK) * EV + 3] : null;
    }

    /** Slots per row of the kept evidence: codes, metrics, places, files. */
    private static final int EV = 4;

    /** Row {@code r} as a record of its own (its arrays are copies). */
    @Override
    public BatchRow get(int r) {
        java.util.Objects.checkIndex(r, size);
        String[] groups = new String[ng];
        for (int g = 0; g < ng; g++) {
            groups[g] = group(r, g);
        }
        float[] f = floats.get(r >>> PAGE_BITS);
        int fo = (r & MASK) * nf;
        byte[] b = bytes.get(r >>> PAGE_BITS);
        int bo = (r & MASK) * nb;
        long[] c = caps.get(r >>> PAGE_BITS);
        int co = (r & MASK) * ns;
        return new BatchRow(id(r), name(r), sourceFile(r), sourceLine(r), groups,
                Arrays.copyOfRange(f, fo, fo + ns), Arrays.copyOfRange(b, bo, bo + ns), Arrays.copyOfRange(f, fo + ns, fo + 2 * ns),
                Arrays.copyOfRange(b, bo + ns, bo + 2 * ns), Arrays.copyOfRange(b, bo + 2 * ns, bo + 3 * ns),
                Arrays.copyOfRange(c, co, co + ns), Arrays.copyOfRange(f, fo + 2 * ns, fo + 3 * ns),
                Arrays.copyOfRange(f, fo + 3 * ns, fo + 3 * ns + ns * nt), Arrays.copyOfRange(f, fo + 3 * ns + ns * nt, fo + nf),
                warnings(r), findings(r), adjusted(r), scaleClass(r), evidence(r), weakest(r), weakestAt(r),
                weakestFiles(r));
    }

    // ---- writing ------------------------------------------------------------------------------------------

    /** Makes room for one more row and returns its index; its cells are set with the setters below. */
    private int grow() {
        int r = size;
        int p = r >>> PAGE_BITS;
        int at = r & MASK;
        if (p == floats.size()) {
            int cap = p == 0 ? firstPage : PAGE;
            strings.add(new String[cap * 2]);
            floats.add(new float[cap * nf]);
            ints.add(new int[cap * nint]);
            bytes.add(new byte[cap * nb]);
            caps.add(new long[cap * ns]);
            if (evidence) {
                evidences.add(new Object[cap * EV]);
            }
        } else if (at * nb == bytes.get(p).length) {
            // Only the first page starts small (a chunk's rows, a small catalog); it doubles up to a full page.
            int cap = Math.min(PAGE, at * 2);
            strings.set(p, Arrays.copyOf(strings.get(p), cap * 2));
            floats.set(p, Arrays.copyOf(floats.get(p), cap * nf));
            ints.set(p, Arrays.copyOf(ints.get(p), cap * nint));
            bytes.set(p, Arrays.copyOf(bytes.get(p), cap * nb));
            caps.set(p, Arrays.copyOf(caps.get(p), cap * ns));
            if (evidence) {
                evidences.set(p, Arrays.copyOf(evidences.get(p), cap * EV));
            }
        }
        size++;
        return r;
    }

    /**
     * Appends a row with its identity and counts; its scores, grades and groups are then set by row index
     * ({@link #setScenario}, {@link #setTable}, {@link #setIndicator}, {@link #setGroup}), and are 0 (groups absent)
     * until they are.
     */
    public int addRow(String id, String name, String sourceFile, int sourceLine, int warnings, int findings, int adjusted,
                      byte scaleClass) {
        int r = grow();
        int p = r >>> PAGE_BITS;
        int at = r & MASK;
        String[] s = strings.get(p);
        s[at * 2] = id;
        s[at * 2 + 1] = name;
        int[] in = ints.get(p);
        int io = at * nint;
        in[io] = pool.of(sourceFile);
        in[io + 1] = sourceLine;
        Arrays.fill(in, io + 2, io + 2 + ng, -1);
        in[io + 2 + ng] = warnings;
        in[io + 3 + ng] = findings;
        in[io + 4 + ng] = adjusted;
        bytes.get(p)[at * nb + 3 * ns] = scaleClass;
        return r;
    }

    public void setGroup(int r, int g, String value) {
        ints.get(r >>> PAGE_BITS)[(r & MASK) * nint + 2 + g] = pool.of(value);
    }

    /** Sets what a row has of scenario {@code s}. */
    public void setScenario(int r, int s, float score, byte status, float reported, byte grade, byte uncapped, long lowered,
                            float coverage) {
        int p = r >>> PAGE_BITS;
        int at = r & MASK;
        float[] f = floats.get(p);
        f[at * nf + s] = score;
        f[at * nf + ns + s] = reported;
        f[at * nf + 2 * ns + s] = coverage;
        byte[] b = bytes.get(p);
        b[at * nb + s] = status;
        b[at * nb + ns + s] = grade;
        b[at * nb + 2 * ns + s] = uncapped;
        caps.get(p)[at * ns + s] = lowered;
    }

    public void setTable(int r, int s, int t, float v) {
        floats.get(r >>> PAGE_BITS)[(r & MASK) * nf + 3 * ns + s * nt + t] = v;
    }

    public void setIndicator(int r, int k, float v) {
        floats.get(r >>> PAGE_BITS)[(r & MASK) * nf + 3 * ns + ns * nt + k] = v;
    }

    /**
     * Sets the weakest evidence of each indicator, the metrics it is of, where they are written ({@link BatchRow#at})
     * and the files of those places that are not the row's (null when none) (rows that keep evidence only).
     */
    public void setEvidence(int r, byte[] codes, String[] metrics, long[] at, String[] files) {
        Object[] e = evidences.get(r >>> PAGE_BITS);
        int o = (r & MASK) * EV;
        e[o] = codes;
        e[o + 1] = metrics;
        e[o + 2] = at;
        e[o + 3] = files;
    }

    /** Appends row {@code r} of {@code src}, a store of the same shape and pool. */
    public void append(BatchRows src, int r) {
        if (src.pool != pool || src.nf != nf || src.nint != nint || src.evidence != evidence) {
            throw new IllegalArgumentException("rows of another shape or pool");
        }
        int to = grow();
        int p = to >>> PAGE_BITS;
        int at = to & MASK;
        int sp = r >>> PAGE_BITS;
        int sa = r & MASK;
        System.arraycopy(src.strings.get(sp), sa * 2, strings.get(p), at * 2, 2);
        System.arraycopy(src.floats.get(sp), sa * nf, floats.get(p), at * nf, nf);
        System.arraycopy(src.ints.get(sp), sa * nint, ints.get(p), at * nint, nint);
        System.arraycopy(src.bytes.get(sp), sa * nb, bytes.get(p), at * nb, nb);
        System.arraycopy(src.caps.get(sp), sa * ns, caps.get(p), at * ns, ns);
        if (evidence) {
            System.arraycopy(src.evidences.get(sp), sa * EV, evidences.get(p), at * EV, EV);
        }
    }

    /** Appends a row given as a record of the same shape. */
    @Override
    public boolean add(BatchRow b) {
        if (b.scenario().length != ns || b.indicators().length != ni || b.groups().length != ng || (b.evidence() != null) != evidence) {
            throw new IllegalArgumentException("a row of another shape");
        }
        int r = addRow(b.id(), b.name(), b.sourceFile(), b.sourceLine(), b.warnings(), b.findings(), b.adjusted(), b.scaleClass());
        for (int g = 0; g < ng; g++) {
            setGroup(r, g, b.group(g));
        }
        for (int s = 0; s < ns; s++) {
            setScenario(r, s, b.scenario()[s], b.status()[s], b.reported()[s], b.grade()[s], b.uncapped()[s], b.caps()[s],
                    b.coverage()[s]);
            for (int t = 0; t < nt; t++) {
                setTable(r, s, t, b.table(s, t, nt));
            }
        }
        for (int k = 0; k < ni; k++) {
            setIndicator(r, k, b.indicators()[k]);
        }
        if (evidence) {
            setEvidence(r, b.evidence(), b.weakest(), b.weakestAt(), b.weakestFiles());
        }
        return true;
    }

    /**
     * Bytes held by the rows' arrays, ids and names: what the store costs, page slack included (the pool, shared, is
     * not counted). An estimate of the JVM's layout (compressed references, 16-byte array headers, compact strings).
     */
    public long retainedBytes() {
        long b = 0;
        for (int p = 0; p < floats.size(); p++) {
            b += array(strings.get(p).length, 4) + array(floats.get(p).length, 4) + array(ints.get(p).length, 4)
                    + array(bytes.get(p).length, 1) + array(caps.get(p).length, 8);
            if (evidence) {
                b += array(evidences.get(p).length, 4);
            }
        }
        for (int r = 0; r < size; r++) {
            b += string(id(r)) + string(name(r));
            if (evidence) {
                byte[] e = evidence(r);
                b += e == null ? 0 : array(e.length, 1) + array(e.length, 4) + array(e.length, 8);
                String[] files = weakestFiles(r);
                b += files == null ? 0 : array(files.length, 4);
            }
        }
        return b;
    }

    private static long array(long n, int width) {
        return (16 + n * width + 7) & ~7L;
    }

    private static long string(String s) {
        if (s == null) {
            return 0;
        }
        boolean latin1 = s.chars().allMatch(c -> c < 256);
        return 24 + array(s.length(), latin1 ? 1 : 2);
    }
}
