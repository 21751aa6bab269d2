package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import net.jqwik.api.ForAll;
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
}
