package dev.cca.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.rules.Label;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The columnar rows of a catalog run hold exactly what the row records held: every row read back equals the row put
 * in, whether added as a record or copied from a chunk's rows; the aggregates computed over the columns (buckets and
 * linear medians) equal the ones a sort of each group's rows gives; and the bytes the rows retain grow linearly with
 * the centers, at a bounded cost per center.
 */
class BatchRowsProperties {

    /** The dimensions of a rule set's rows: scenarios, tables, indicators, grouping fields, kept evidence. */
    record Shape(int ns, int nt, int ni, int ng, boolean evidence) {
    }

    record Catalog(Shape shape, List<BatchRow> rows) {
    }

    private static final List<String> GROUP_VALUES = Arrays.asList(null, "广东", "北京", "(none)", "east-hub", "a,b", "");

    private static Arbitrary<Float> scores() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.floats().between(0, 100)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(0f, -0f, 85f, 50.5f, 100f)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Float.NaN)));
    }

    private static <T> Arbitrary<List<T>> n(Arbitrary<T> a, int size) {
        return a.list().ofSize(size);
    }

    private static float[] floats(List<Float> v) {
        float[] out = new float[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i);
        }
        return out;
    }

    private static byte[] bytes(List<Integer> v) {
        byte[] out = new byte[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (int) v.get(i);
        }
        return out;
    }

    static Arbitrary<BatchRow> row(Shape sh) {
        int ns = sh.ns();
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '智').ofMinLength(1).ofMaxLength(16);
        Arbitrary<String[]> groups = n(Arbitraries.of(GROUP_VALUES), sh.ng()).map(l -> l.toArray(String[]::new));
        Arbitrary<float[]> perScenario = n(scores(), ns).map(BatchRowsProperties::floats);
        Arbitrary<byte[]> codes = n(Arbitraries.integers().between(0, 2), ns).map(BatchRowsProperties::bytes);
        Arbitrary<byte[]> grades = n(Arbitraries.integers().between(0, 5), ns).map(BatchRowsProperties::bytes);
        Arbitrary<long[]> caps = n(Arbitraries.longs(), ns).map(l -> l.stream().mapToLong(Long::longValue).toArray());
        Arbitrary<float[]> tables = n(scores(), ns * sh.nt()).map(BatchRowsProperties::floats);
        Arbitrary<float[]> indicators = n(scores(), sh.ni()).map(BatchRowsProperties::floats);
        Arbitrary<int[]> counts = n(Arbitraries.integers().between(0, 1_000_000), 4).map(l -> l.stream().mapToInt(i -> i).toArray());
        Arbitrary<byte[]> evidence = sh.evidence() ? n(Arbitraries.integers().between(0, 4), sh.ni()).map(BatchRowsProperties::bytes)
                : Arbitraries.just(new byte[0]).injectNull(1.0);
        Arbitrary<String> file = Arbitraries.of("a.jsonl", "目录/b.csv", "c.yaml");
        List<Arbitrary<Object>> parts = new ArrayList<>();
        for (Arbitrary<?> a : List.of(ids, ids, groups, file, perScenario, codes, perScenario, grades, grades, caps, perScenario,
                tables, indicators, counts, evidence, Arbitraries.integers().between(-1, 5))) {
            parts.add(a.map(x -> (Object) x));
        }
        return Combinators.combine(parts).as(v -> {
            int[] c = (int[]) v.get(13);
            byte[] ev = (byte[]) v.get(14);
            String[] weakest = ev == null ? null : new String[ev.length];
            long[] at = ev == null ? null : new long[ev.length];
            String[] files = ev == null || ev.length == 0 || c[0] % 2 == 0 ? null : new String[ev.length];
            if (weakest != null) {
                for (int k = 0; k < weakest.length; k++) {
                    weakest[k] = ev[k] == 0 ? null : "metric-" + (k % 3);
                    at[k] = ev[k] == 0 ? 0 : BatchRow.at(k + 1, c[1] + 1);
                    if (files != null && k % 2 == 1) {
                        files[k] = "bench-" + k + ".log";
                    }
                }
            }
            return new BatchRow((String) v.get(0), (String) v.get(1), (String) v.get(2 + 1), c[0], (String[]) v.get(2),
                    (float[]) v.get(4), (byte[]) v.get(5), (float[]) v.get(6), (byte[]) v.get(7), (byte[]) v.get(8), (long[]) v.get(9),
                    (float[]) v.get(10), (float[]) v.get(11), (float[]) v.get(12), c[1], c[2], c[3], (byte) (int) (Integer) v.get(15),
                    ev, weakest, at, files);
        });
    }

    static Arbitrary<Shape> shapes() {
        return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 4), Arbitraries.of(false, true)).as(Shape::new);
    }

    @Provide
    Arbitrary<Catalog> catalogs() {
        return shapes().flatMap(sh -> row(sh).list().ofMaxSize(200).map(rows -> new Catalog(sh, rows)));
    }

    private static BatchRows store(Shape sh, BatchRows.Pool pool) {
        return new BatchRows(sh.ns(), sh.nt(), sh.ni(), sh.ng(), sh.evidence(), pool);
    }

    /** The row's components, arrays compared by content (a float NaN equals NaN, -0.0 differs from 0.0). */
    static void assertSameRow(BatchRow expected, BatchRow actual, String where) {
        for (RecordComponent rc : BatchRow.class.getRecordComponents()) {
            try {
                Object a = rc.getAccessor().invoke(expected);
                Object b = rc.getAccessor().invoke(actual);
                assertTrue(Arrays.deepEquals(new Object[] {a}, new Object[] {b}), () -> where + ", " + rc.getName() + ": "
                        + Arrays.deepToString(new Object[] {a}) + " became " + Arrays.deepToString(new Object[] {b}));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Rows put in come back the same, as records and through the column accessors, whether added as records or
     * copied from chunks that share the pool; a catalog longer than a page (its rows repeated) crosses pages intact.
     */
    @Property(tries = 25)
    void columns_hold_what_the_rows_held(@ForAll("catalogs") Catalog c, @ForAll boolean pages) {
        Shape sh = c.shape();
        List<BatchRow> rows = new ArrayList<>();
        int times = c.rows().isEmpty() ? 0 : pages ? (BatchRows.PAGE + 7) / c.rows().size() + 1 : 1;
        for (int k = 0; k < times && !c.rows().isEmpty(); k++) {
            rows.addAll(c.rows());
        }
        BatchRows.Pool pool = new BatchRows.Pool();
        BatchRows added = store(sh, pool);
        BatchRows copied = store(sh, pool);
        BatchRows chunk = store(sh, pool);
        for (int i = 0; i < rows.size(); i++) {
            added.add(rows.get(i));
            chunk.add(rows.get(i));
            if (chunk.size() == 128 || i == rows.size() - 1) {
                for (int j = 0; j < chunk.size(); j++) {
                    copied.append(chunk, j);
                }
                chunk = chunk.like();
            }
        }
        assertEquals(rows.size(), added.size());
        assertEquals(rows.size(), copied.size());
        for (int i = 0; i < rows.size(); i++) {
            BatchRow b = rows.get(i);
            assertSameRow(b, added.get(i), "row " + i + " added");
            assertSameRow(b, copied.get(i), "row " + i + " copied");
            for (int s = 0; s < sh.ns(); s++) {
                assertEquals(Float.floatToIntBits(b.scenario()[s]), Float.floatToIntBits(copied.scenario(i, s)), "score");
                assertEquals(b.rated(s), copied.rated(i, s), "rated");
                assertEquals(b.status(s), copied.status(i, s), "status");
                for (int t = 0; t < sh.nt(); t++) {
                    assertEquals(Float.floatToIntBits(b.table(s, t, sh.nt())), Float.floatToIntBits(copied.table(i, s, t)), "table");
                }
            }
            for (int g = 0; g < sh.ng(); g++) {
                assertEquals(b.group(g), copied.group(i, g), "group");
            }
        }
    }

    /** The aggregates as they were computed from the row records: groups of a sorted map, each group's scores sorted. */
    static List<BatchResult.Aggregate> sortedAggregates(List<BatchRow> rows, List<String> fields, List<BatchResult.ScenarioInfo> scenarios,
                                                        int maxGrade) {
        List<BatchResult.Aggregate> out = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            out.add(sortedStats("all", "all", scenarios.get(s).id(), rows, s, maxGrade));
        }
        for (int g = 0; g < fields.size(); g++) {
            Map<String, List<BatchRow>> byValue = new TreeMap<>();
            for (BatchRow r : rows) {
                String v = r.group(g);
                byValue.computeIfAbsent(v == null ? BatchStatistics.NONE : v, k -> new ArrayList<>()).add(r);
            }
            for (var e : byValue.entrySet()) {
                for (int s = 0; s < scenarios.size(); s++) {
                    out.add(sortedStats(fields.get(g), e.getKey(), scenarios.get(s).id(), e.getValue(), s, maxGrade));
                }
            }
        }
        return out;
    }

    private static BatchResult.Aggregate sortedStats(String field, String value, String scenario, List<BatchRow> rows, int s, int maxGrade) {
        float[] v = new float[rows.size()];
        int n = 0;
        int[] grades = new int[maxGrade + 1];
        int[] byStatus = new int[ScenarioStatus.values().length];
        double sum = 0;
        for (BatchRow r : rows) {
            byStatus[r.status()[s]]++;
            if (!r.rated(s)) {
                continue;
            }
            int g = r.grade()[s];
            if (g >= 0 && g <= maxGrade) {
                grades[g]++;
            }
            if (!Float.isNaN(r.scenario()[s])) {
                v[n++] = r.scenario()[s];
                sum += r.scenario()[s];
            }
        }
        if (n == 0) {
            return new BatchResult.Aggregate(field, value, scenario, rows.size(), byStatus[0], byStatus[1], byStatus[2],
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, grades);
        }
        float[] sorted = Arrays.copyOf(v, n);
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + (double) sorted[n / 2]) / 2;
        return new BatchResult.Aggregate(field, value, scenario, rows.size(), byStatus[0], byStatus[1], byStatus[2], sum / n,
                median, sorted[0], sorted[n - 1], grades);
    }

    @Property(tries = 100)
    void aggregates_over_columns_equal_those_of_sorted_rows(@ForAll("catalogs") Catalog c) {
        Shape sh = c.shape();
        BatchRows rows = store(sh, new BatchRows.Pool());
        c.rows().forEach(rows::add);
        List<String> fields = new ArrayList<>();
        for (int g = 0; g < sh.ng(); g++) {
            fields.add("field-" + g);
        }
        List<BatchResult.ScenarioInfo> scenarios = new ArrayList<>();
        for (int s = 0; s < sh.ns(); s++) {
            scenarios.add(new BatchResult.ScenarioInfo("s" + s, new Label("S" + s, "场景" + s)));
        }
        List<BatchResult.Aggregate> expected = sortedAggregates(c.rows(), fields, scenarios, 5);
        List<BatchResult.Aggregate> actual = BatchStatistics.aggregate(rows, fields, scenarios, 5);
        assertEquals(expected.size(), actual.size(), "groups");
        for (int i = 0; i < expected.size(); i++) {
            for (RecordComponent rc : BatchResult.Aggregate.class.getRecordComponents()) {
                try {
                    Object a = rc.getAccessor().invoke(expected.get(i));
                    Object b = rc.getAccessor().invoke(actual.get(i));
                    int at = i;
                    assertTrue(Arrays.deepEquals(new Object[] {a}, new Object[] {b}), () -> "aggregate " + at + " " + rc.getName() + ": "
                            + Arrays.deepToString(new Object[] {a}) + " against " + Arrays.deepToString(new Object[] {b}));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    /**
     * Rankings from one sort of the ids shared by all scenarios equal a sort of the rows by rounded score (unrated apart,
     * by status), then id, then position, with tied rows sharing the first rank of their run.
     */
    @Property(tries = 100)
    void rankings_order_ties_by_id_then_position(@ForAll("catalogs") Catalog c, @ForAll boolean repeatIds) {
        Shape sh = c.shape();
        BatchRows rows = store(sh, new BatchRows.Pool());
        c.rows().forEach(rows::add);
        if (repeatIds) {
            // The same ids again, later: ties between equal ids go by position.
            c.rows().forEach(rows::add);
        }
        int n = rows.size();
        int[] idOrder = BatchStatistics.idOrder(rows);
        for (int s = 0; s < sh.ns(); s++) {
            int sc = s;
            java.util.function.IntToLongFunction key = i -> {
                float v = rows.scenario(i, sc);
                long k = Float.isNaN(v) ? 10_001 : 10_000 - Math.round(v * 100.0);
                return rows.rated(i, sc) ? k : k + 20_000L * rows.statusCode(i, sc);
            };
            Integer[] expected = new Integer[n];
            for (int i = 0; i < n; i++) {
                expected[i] = i;
            }
            Arrays.sort(expected, java.util.Comparator.<Integer>comparingLong(key::applyAsLong).thenComparing(rows::id)
                    .thenComparingInt(i -> i));
            BatchResult.Ranking rk = BatchStatistics.rank(rows, s, "s", idOrder);
            for (int k = 0; k < n; k++) {
                assertEquals((int) expected[k], rk.order()[k], "position " + k);
                int first = k;
                while (first > 0 && key.applyAsLong(expected[first - 1]) == key.applyAsLong(expected[k])) {
                    first--;
                }
                assertEquals(rows.rated(expected[k], s) ? first + 1 : 0, rk.rank()[k], "rank at " + k);
            }
        }
    }

    /** A median by selection is the median of the sorted values, on values with many ties, signed zeros and runs. */
    @Property(tries = 300)
    void selection_finds_what_a_sort_puts_in_the_middle(@ForAll("manyTies") List<Float> values) {
        float[] a = floats(values);
        float[] sorted = a.clone();
        Arrays.sort(sorted);
        int n = a.length;
        double expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + (double) sorted[n / 2]) / 2;
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(Selection.median(a.clone(), n)), "median of " + values);
        assertEquals(Float.floatToIntBits(sorted[0]), Float.floatToIntBits(Selection.min(a, n)), "min");
        assertEquals(Float.floatToIntBits(sorted[n - 1]), Float.floatToIntBits(Selection.max(a, n)), "max");
    }

    @Provide
    Arbitrary<List<Float>> manyTies() {
        Arbitrary<Float> few = Arbitraries.of(0f, -0f, 1f, 2.5f, 85f, 100f);
        Arbitrary<List<Float>> any = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, few), net.jqwik.api.Tuple.of(1,
                Arbitraries.floats().between(-100, 100))).list().ofMinSize(1).ofMaxSize(500);
        // Sorted and reversed inputs too: the shapes that make a naive quickselect quadratic.
        return Combinators.combine(any, Arbitraries.integers().between(0, 2)).as((l, how) -> {
            List<Float> out = new ArrayList<>(l);
            if (how > 0) {
                out.sort(how == 1 ? null : java.util.Comparator.reverseOrder());
            }
            return out;
        });
    }

    /**
     * Memory is linear in the centers: the bytes the rows retain at n, 2n and 4n centers grow by equal steps per
     * center, and with the default rule set's shape (2 scenarios, 3 tables, 26 indicators, 3 groups) a center with an
     * id and a Chinese name costs under 360 bytes, against about 900 as a record of arrays.
     */
    @Property(tries = 3)
    void retained_bytes_grow_linearly_with_the_centers(@ForAll @IntRange(min = 1, max = 2) int pages) {
        Shape sh = new Shape(2, 3, 26, 3, false);
        BatchRow template = row(sh).sample();
        int n = pages * BatchRows.PAGE;
        long[] bytes = new long[3];
        for (int k = 0; k < 3; k++) {
            BatchRows rows = store(sh, new BatchRows.Pool());
            int size = n << k;
            for (int i = 0; i < size; i++) {
                rows.add(new BatchRow(String.format("center-%07d", i), "智算中心" + i, template.sourceFile(), i + 1, template.groups(),
                        template.scenario(), template.status(), template.reported(), template.grade(), template.uncapped(), template.caps(),
                        template.coverage(), template.tables(), template.indicators(), 0, 0, 0, (byte) 0, null, null, null, null));
            }
            bytes[k] = rows.retainedBytes();
        }
        double first = (double) (bytes[1] - bytes[0]) / n;
        double second = (double) (bytes[2] - bytes[1]) / (2 * n);
        assertEquals(first, second, first * 0.05, "bytes per center from n to 2n and from 2n to 4n: " + Arrays.toString(bytes));
        assertTrue(second < 360, "bytes per center: " + second);
    }
}
