package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of the nccl-tests reader over outputs built as nccl-tests prints them. */
class NcclTestsPropertyTest {

    private final NcclTestsReader reader = new NcclTestsReader();

    /** The device report of {@code nodes} hosts of {@code gpus} ranks each, with or without "Group N" (before v2.13.6). */
    static String devices(int nodes, int gpus, boolean group) {
        StringBuilder b = new StringBuilder("# Using devices\n");
        int rank = 0;
        for (int n = 0; n < nodes; n++) {
            for (int g = 0; g < gpus; g++) {
                b.append(group
                        ? String.format("#  Rank %2d Group %2d Pid %6d on %10s device %2d [%04x:%02x:%02x] %s%n", rank, 0, 100 + g, "node-" + n, g, 0, 7 + g, 0, "NVIDIA H100 80GB HBM3")
                        : String.format("#   Rank %2d Pid %6d on %10s device %2d [0x%02x] %s%n", rank, 100 + g, "node-" + n, g, 7 + g, "NVIDIA H100 80GB HBM3"));
                rank++;
            }
        }
        return b.append("#\n").toString();
    }

    static final String TABLE = """
            #       size         count      type   redop    root     time   algbw   busbw  #wrong     time   algbw   busbw  #wrong
            #        (B)    (elements)                               (us)  (GB/s)  (GB/s)             (us)  (GB/s)  (GB/s)
                 8388608       2097152     float     sum      -1   400.10   20.97   39.31       0   404.10   20.76   38.92       0
            # Out of bounds values : 0 OK
            # Avg bus bandwidth    : 39.115
            """;

    @Property(tries = 60)
    void everyRankAndHostOfTheDeviceReportIsCountedWithOrWithoutGroup(@ForAll @IntRange(min = 1, max = 6) int nodes,
                                                                      @ForAll @IntRange(min = 1, max = 8) int gpus,
                                                                      @ForAll boolean group) throws InputException {
        String text = "# nThread 1 nGpus 1 minBytes 8388608 maxBytes 8388608 step: 2(factor) warmup iters: 5 iters: 20 validation: 1\n#\n"
                + devices(nodes, gpus, group) + TABLE;
        NativeRun run = reader.read(SourceFile.ofText("nccl.txt", text));
        assertEquals(String.valueOf(nodes * gpus), run.conditions().get("accelerators"));
        assertEquals(String.valueOf(nodes), run.conditions().get("nodes"));
    }

    /** A launcher's tag is taken whole, and what follows it is the line as the program printed it. */
    @Property(tries = 200)
    void aLaunchersTagIsCutExactly(@ForAll @IntRange(min = 0, max = 9999) int job, @ForAll @IntRange(min = 0, max = 99999) int rank,
                                   @ForAll boolean mpirun, @ForAll boolean stderr, @ForAll @IntRange(min = 0, max = 3) int pad,
                                   @ForAll("printed") String printed) {
        String tag = mpirun ? "[" + job + "," + rank + "]" + (stderr ? "<stderr>:" : "<stdout>:")
                : " ".repeat(pad) + rank % 10000 + ": ";
        assertEquals(tag.length(), TextLog.launcherPrefix(tag + printed));
        assertEquals(0, TextLog.launcherPrefix(printed));
    }

    /** What nccl-tests prints on a line: comments and rows, never taken for a launcher's tag. */
    @Provide
    Arbitrary<String> printed() {
        Arbitrary<String> row = Combinators.combine(Arbitraries.longs().between(0, 1L << 40), Arbitraries.integers().between(0, 14))
                .as((bytes, pad) -> " ".repeat(pad) + bytes + "     " + bytes / 4 + "     float     sum      -1   400.10   20.97   39.31       0");
        Arbitrary<String> comment = Arbitraries.of("# Avg bus bandwidth    : 64.5141 ", "#", "# Out of bounds values : 0 OK",
                "#  Rank  0 Group  0 Pid   1000 on gpu-node-01 device  0 [0000:07:00] NVIDIA H100 80GB HBM3", "");
        return Arbitraries.oneOf(row, comment);
    }

    /**
     * Whatever options shaped the table (-I per-iteration columns, -S timestamps, -c 0, the root column of recent
     * releases), the values read are those of the algbw and busbw columns the header names.
     */
    @Property(tries = 200)
    void theHeaderSaysWhereTheBandwidthsAre(@ForAll boolean perIter, @ForAll boolean timestamps, @ForAll boolean check,
                                            @ForAll boolean root, @ForAll("bandwidths") List<Double> bw) throws InputException {
        StringBuilder h = new StringBuilder("#       size         count      type   redop").append(root ? "    root" : "");
        for (int half = 0; half < 2; half++) {
            h.append("     time   algbw   busbw  #wrong").append(perIter ? "    i_min    i_max    i_p99    i_cv%" : "");
        }
        h.append(timestamps ? "           timestamp" : "").append('\n');
        StringBuilder rows = new StringBuilder();
        double peakBus = 0;
        double peakAlg = 0;
        long bytes = 1024;
        for (int i = 0; i + 1 < bw.size(); i += 2) {
            double alg = bw.get(i);
            double bus = bw.get(i + 1);
            rows.append(String.format(Locale.ROOT, "%12d  %12d  %8s  %6s", bytes, bytes / 4, "float", "sum")).append(root ? "      -1" : "");
            for (int half = 0; half < 2; half++) {
                // the in-place half a little slower, as a real run is; the per-iteration numbers larger than any bandwidth
                double a = half == 0 ? alg : alg * 0.99;
                double b = half == 0 ? bus : bus * 0.99;
                rows.append(String.format(Locale.ROOT, "  %7.2f  %6.2f  %6.2f  %6s", 400.0, a, b, check ? "0" : "N/A"))
                        .append(perIter ? "   9999.1   9999.9   9999.5     2.35" : "");
                peakBus = Math.max(peakBus, Double.parseDouble(String.format(Locale.ROOT, "%.2f", b)));
                peakAlg = Math.max(peakAlg, Double.parseDouble(String.format(Locale.ROOT, "%.2f", a)));
            }
            rows.append(timestamps ? "  2026-07-14 09:12:10" : "").append('\n');
            bytes *= 2;
        }
        String text = "# Collective test starting: all_reduce_perf\n" + h + rows + "# Out of bounds values : 0 OK\n# Avg bus bandwidth    : 12.5 \n";
        NativeRun run = reader.read(SourceFile.ofText("nccl.txt", text));
        assertEquals(peakBus * 8, run.value("peak_busbw_gbps"), 1e-9);
        assertEquals(peakAlg * 8, run.value("peak_algbw_gbps"), 1e-9);
        assertEquals(12.5 * 8, run.value("busbw_gbps"), 1e-9);
    }

    @Provide
    Arbitrary<List<Double>> bandwidths() {
        return Arbitraries.doubles().between(0, 999).ofScale(2).list().ofMinSize(2).ofMaxSize(16);
    }
}
