package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import java.math.BigDecimal;
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
import net.jqwik.api.constraints.IntRange;

/**
 * The JSON reader of nccl-tests against runs jqwik draws, written as nccl-tests 2.19.6 writes them ({@link NcclOutput}):
 * what is written reads back; the same run as text and as JSON gives the same measurements and conditions; and a
 * file cut, spliced or garbled gives located errors, never another exception.
 */
class NcclTestsJsonPropertyTest {

    private final NcclTestsJsonReader json = new NcclTestsJsonReader();
    private final NcclTestsReader text = new NcclTestsReader();

    /** A value as nccl-tests prints it in the text too: two decimals, below 1000. */
    private static Arbitrary<BigDecimal> bandwidth() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("999.99")).ofScale(2);
    }

    private static Arbitrary<NcclOutput.Half> half() {
        return Combinators.combine(Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("9999.99")).ofScale(2),
                bandwidth(), bandwidth()).as((t, a, b) -> new NcclOutput.Half(t, a, b, 0));
    }

    @Provide
    Arbitrary<NcclOutput.Run> runs() {
        Arbitrary<List<NcclOutput.Row>> rows = Combinators.combine(half(), half())
                .as((o, i) -> new NcclOutput.Row(0, 0, o, i)).list().ofMinSize(1).ofMaxSize(12)
                .map(l -> {
                    List<NcclOutput.Row> out = new ArrayList<>();
                    for (int k = 0; k < l.size(); k++) {
                        long size = 8L << k;
                        out.add(new NcclOutput.Row(size, size / 4, l.get(k).outOfPlace(), l.get(k).inPlace()));
                    }
                    return out;
                });
        return Combinators.combine(Arbitraries.of("all_reduce_perf", "all_gather_perf", "reduce_scatter_perf", "broadcast_perf",
                        "alltoall_perf", "sendrecv_perf"),
                Arbitraries.integers().between(1, 24), Arbitraries.integers().between(1, 2), Arbitraries.integers().between(1, 8),
                Arbitraries.integers().between(1, 6), Arbitraries.of("NVIDIA H100 80GB HBM3", "NVIDIA A800-SXM4-80GB", "NVIDIA H20"),
                rows, bandwidth())
                .as((program, processes, threads, gpus, hosts, device, r, avg) ->
                        new NcclOutput.Run(program, processes, threads, gpus, Math.min(hosts, processes), device, r, avg, 0, null));
    }

    private static double peak(NcclOutput.Run r, boolean bus) {
        double best = -1;
        for (NcclOutput.Row row : r.rows()) {
            for (NcclOutput.Half h : List.of(row.outOfPlace(), row.inPlace())) {
                best = Math.max(best, (bus ? h.bus() : h.alg()).doubleValue());
            }
        }
        return best;
    }

    @Property(tries = 300)
    void whatIsWrittenReadsBack(@ForAll("runs") NcclOutput.Run r) throws InputException {
        NativeRun run = json.read(SourceFile.ofText("nccl.json", NcclOutput.json(r)));
        assertEquals(r.average().doubleValue() * 8, run.value("busbw_gbps"), 1e-9);
        assertEquals(peak(r, true) * 8, run.value("peak_busbw_gbps"), 1e-9);
        assertEquals(peak(r, false) * 8, run.value("peak_algbw_gbps"), 1e-9);
        assertEquals(String.valueOf(r.ranks()), run.conditions().get("accelerators"));
        assertEquals(String.valueOf(r.hosts()), run.conditions().get("nodes"));
        assertEquals(r.program().replace("_perf", ""), run.conditions().get("collective"));
        assertEquals(String.valueOf(r.rows().get(r.rows().size() - 1).size()), run.conditions().get("max_message_bytes"));
    }

    @Property(tries = 300)
    void theTextAndTheJsonOfOneRunAgree(@ForAll("runs") NcclOutput.Run r) throws InputException {
        NativeRun fromJson = json.read(SourceFile.ofText("nccl.json", NcclOutput.json(r)));
        NativeRun fromText = text.read(SourceFile.ofText("nccl.txt", NcclOutput.text(r)));
        Map<String, Double> a = new LinkedHashMap<>();
        Map<String, Double> b = new LinkedHashMap<>();
        fromText.measurements().forEach(m -> a.put(m.key(), m.value()));
        fromJson.measurements().forEach(m -> b.put(m.key(), m.value()));
        assertEquals(a, b);
        Map<String, String> jc = new LinkedHashMap<>(fromJson.conditions());
        jc.remove("date");
        assertEquals(new java.util.TreeMap<>(fromText.conditions()), new java.util.TreeMap<>(jc));
    }

    /** A failed check rejects the run whichever form it is read from. */
    @Property(tries = 100)
    void aWrongValueRejectsTheRunInBothForms(@ForAll("runs") NcclOutput.Run r, @ForAll @IntRange(min = 1, max = 999) int wrong) {
        NcclOutput.Row first = r.rows().get(0);
        List<NcclOutput.Row> rows = new ArrayList<>(r.rows());
        NcclOutput.Half h = first.inPlace();
        rows.set(0, new NcclOutput.Row(first.size(), first.count(), first.outOfPlace(), new NcclOutput.Half(h.time(), h.alg(), h.bus(), wrong)));
        NcclOutput.Run bad = new NcclOutput.Run(r.program(), r.processes(), r.threads(), r.gpus(), r.hosts(), r.device(), rows,
                r.average(), wrong, null);
        for (Read read : List.of((Read) () -> json.readAll(SourceFile.ofText("nccl.json", NcclOutput.json(bad))),
                () -> text.readAll(SourceFile.ofText("nccl.txt", NcclOutput.text(bad))))) {
            try {
                read.read();
                fail("a run with wrong values was read");
            } catch (RejectedRunException e) {
                assertTrue(e.diagnostics().stream().anyMatch(d -> d.code() == dev.cca.diag.BenchCode.NCCL_WRONG_VALUES), e.getMessage());
            } catch (InputException e) {
                fail("not a rejection: " + e.getMessage());
            }
        }
    }

    private interface Read {
        List<NativeRun> read() throws InputException;
    }

    @Provide
    Arbitrary<String> mutants() {
        String original = Fixtures.text("nccl-tests/v2.19.6-all_reduce_perf-2x8-h100.json");
        int n = original.length();
        Arbitrary<String> cut = Arbitraries.integers().between(0, n - 1).map(i -> original.substring(0, i));
        Arbitrary<String> replaced = Combinators.combine(Arbitraries.integers().between(0, n - 1),
                Arbitraries.of("", "}", "]", "{", "[", ",", ":", "\"", "\\", "nan", "inf", "-1", "1e999", "null", "\"true\"", "{}", "[]",
                        "\"nan\"", "NaN", "99999999999999999999", "\u0000", "中", "\n")).as((i, s) -> original.substring(0, i) + s + original.substring(i + 1));
        Arbitrary<String> spliced = Combinators.combine(Arbitraries.integers().between(0, n - 1), Arbitraries.integers().between(0, n - 1))
                .as((i, j) -> original.substring(0, Math.min(i, j)) + original.substring(Math.max(i, j)));
        return Arbitraries.oneOf(cut, replaced, spliced);
    }

    @Property(tries = 1500)
    void noInputMakesAnInternalError(@ForAll("mutants") String mutant) {
        SourceFile file = SourceFile.ofText("nccl.json", mutant);
        for (Read read : List.of((Read) () -> json.readAll(file), () -> NativeFormats.standard().readAll(file))) {
            try {
                List<NativeRun> runs = read.read();
                assertTrue(!runs.isEmpty(), "a successful read gives runs");
            } catch (InputException e) {
                assertTrue(!e.diagnostics().isEmpty(), "an InputException says why");
                for (Diagnostic d : e.diagnostics()) {
                    assertEquals("nccl.json", d.location().file(), d.toString());
                    // A file no format claims any longer is refused as a whole (CCA-B114); every other problem has its place.
                    assertTrue(d.location().line() > 0 || !d.location().path().isEmpty()
                            || d.code() == dev.cca.diag.BenchCode.UNRECOGNISED_OUTPUT, "located: " + d);
                    assertTrue(!d.message("zh").isBlank() && !d.message("en").isBlank(), d.toString());
                }
            } catch (RuntimeException e) {
                fail("threw " + e + " on:\n" + mutant, e);
            }
        }
    }
}
