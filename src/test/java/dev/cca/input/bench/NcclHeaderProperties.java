package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * What nccl-tests' header says of a run: its first line tells the log apart before its table (which the NCCL INFO
 * lines of a large job push megabytes down), and its rank lines name each accelerator once.
 */
class NcclHeaderProperties {

    private final NativeFormats formats = NativeFormats.standard();

    private static final String THREADS = "# nThread 1 nGpus 1 minBytes 8388608 maxBytes 8388608 step: 2(factor) warmup iters: 5 iters: 20 agg iters: 1 validation: 1 graph: 0\n#\n";

    private static String info(int lines) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < lines; k++) {
            b.append(String.format("node-%d:%d:%d [%d] NCCL INFO Channel %02d/0 : %d[%d] -> %d[%d] via P2P/CUMEM/read%n",
                    k % 4, 4000 + k % 8, 4100 + k % 8, k % 8, k % 32, k % 16, k % 8, (k + 1) % 16, (k + 1) % 8));
        }
        return b.toString();
    }

    private static String tagged(String text, boolean mpirun) {
        return mpirun ? text.lines().map(l -> "[1,0]<stdout>:" + l).reduce("", (a, l) -> a + l + "\n") : text;
    }

    /**
     * However many NCCL INFO lines come between the device report and the table, the head of the log (what a look at
     * a file's first bytes sees) is claimed by nccl-tests alone, and the run read is the run without them.
     */
    @Property(tries = 40)
    void theHeadOfALogIsKnownHoweverFarDownItsTableIs(@ForAll @IntRange(min = 0, max = 30_000) int infoLines,
                                                        @ForAll @IntRange(min = 1, max = 4) int nodes, @ForAll boolean mpirun)
            throws InputException {
        String header = THREADS + NcclTestsPropertyTest.devices(nodes, 8, true);
        String log = tagged(header, mpirun) + info(infoLines) + tagged(NcclTestsPropertyTest.TABLE, mpirun);
        String head = log.substring(0, Math.min(log.length(), tagged(header, mpirun).length() + 100));
        assertEquals(List.of(NcclTestsReader.FORMAT), formats.candidates(head).stream().map(NativeReader::format).toList());
        NativeRun with = new NcclTestsReader().read(SourceFile.ofText("nccl.log", log));
        NativeRun without = new NcclTestsReader().read(SourceFile.ofText("nccl.log", tagged(header + NcclTestsPropertyTest.TABLE, mpirun)));
        assertEquals(without.conditions(), with.conditions());
        for (Measurement m : without.measurements()) {
            assertEquals(m.value(), with.value(m.key()), m.key());
        }
    }

    /** A rank listed a second time on another host or by another process is refused at that line (CCA-B214). */
    @Property(tries = 100)
    void aRankOnTwoHostsIsRefusedAtItsSecondLine(@ForAll @IntRange(min = 1, max = 4) int nodes,
                                                 @ForAll @IntRange(min = 1, max = 8) int gpus,
                                                 @ForAll @IntRange(min = 0, max = 31) int pick, @ForAll boolean otherHost) {
        int rank = pick % (nodes * gpus);
        String devices = NcclTestsPropertyTest.devices(nodes, gpus, true);
        String twice = String.format("#  Rank %2d Group %2d Pid %6d on %10s device %2d [%04x:%02x:%02x] %s%n", rank, 0,
                otherHost ? 100 + rank % gpus : 99_999, otherHost ? "elsewhere" : "node-" + rank / gpus, 0, 0, 7, 0, "NVIDIA H100 80GB HBM3");
        String text = THREADS + devices.replace("#\n", twice + "#\n") + NcclTestsPropertyTest.TABLE;
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> new NcclTestsReader().read(SourceFile.ofText("nccl.txt", text)));
        Diagnostic d = e.diagnostics().stream().filter(x -> x.code().id().equals("CCA-B214")).findFirst()
                .orElseThrow(() -> new AssertionError(e.diagnostics().toString()));
        assertEquals(2 + 1 + nodes * gpus + 1, d.location().line(), d.format());
        assertTrue(d.message("zh").contains("rank " + rank), d.format());
    }
}
