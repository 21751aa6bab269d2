package dev.cca.evidence;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.Localized;
import dev.cca.diag.Location;
import dev.cca.input.bench.BenchmarkKinds;
import dev.cca.input.bench.BenchmarkRun;
import dev.cca.input.bench.Measurement;
import dev.cca.input.bench.MetricKeys;
import dev.cca.input.bench.NativeRun;
import dev.cca.input.Values;
import dev.cca.input.bench.RunConditions;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.model.DerivedMetrics;
import dev.cca.model.Evidence;
import dev.cca.model.ProfileSchema;
import dev.cca.model.Provenance;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns benchmark runs into profile values. Each measurement key maps to the profile metric it measures (for
 * the run's kind), together with the conditions the rule set normalises by; several runs of the same metric
 * under the same conditions combine by their median; a measured value beats an audited one, which beats a
 * declared one, and the value it replaces stays visible. Runs older than the staleness limit are used only
 * when no fresher run of the same metric and conditions exists (the scoring rules then count them as declared).
 */
public final class MeasuredEvidence {

    /**
     * One usable run, whichever way it arrived. {@code center} is null for a native file given alone.
     * {@code provenance} names the files it was read from with their hashes: a benchmark-run document and the
     * native file it imports, or the native file alone.
     */
    public record Run(String center, String kind, String tool, LocalDate date, Map<String, String> conditions,
                      List<Measurement> measurements, String file, Location origin, List<Provenance> provenance) {

        public Run {
            provenance = List.copyOf(provenance);
        }

        /** A benchmark-run document ({@code document}, hashed) whose results may come from an imported native file. */
        public static Run of(BenchmarkRun r, String document, Map<String, String> conditions) {
            List<Provenance> p = new ArrayList<>();
            p.add(new Provenance(Provenance.Kind.BENCHMARK_RUN, document, hash(document), r.tool(), r.date(), null));
            if (r.importedFile() != null) {
                p.add(new Provenance(Provenance.Kind.NATIVE_FILE, r.importedFile(), hash(r.importedFile()), r.tool(), r.date(), null));
            }
            return new Run(r.center(), r.kind(), r.tool(), r.date(), conditions, r.measurements(),
                    r.importedFile() != null ? r.importedFile() : document, r.origin(), p);
        }

        private static String hash(String file) {
            return file == null || file.equals("<stdin>") ? null : Provenance.sha256(java.nio.file.Path.of(file));
        }

        /** A native file read directly; {@code extra} conditions (from --bench-conditions) fill what it lacks. */
        public static Run of(NativeRun n, String file, Map<String, String> extra) {
            Map<String, String> c = new LinkedHashMap<>(n.conditions());
            extra.forEach(c::putIfAbsent);
            String d = c.remove(RunConditions.DATE);
            LocalDate date = null;
            if (d != null) {
                try {
                    date = LocalDate.parse(d);
                } catch (java.time.format.DateTimeParseException e) {
                    date = null;
                }
            }
            return new Run(null, n.kind(), n.format(), date, c, n.measurements(), file, Location.file(file),
                    List.of(new Provenance(Provenance.Kind.NATIVE_FILE, file, hash(file), n.format(), date, null)));
        }
    }

    /** What a run contributed: the metrics it set and the measurements no rule uses. */
    public record Use(Run run, List<String> metrics, List<String> unused, List<Localized.Pair> notes) {
    }

    /** Where a measurement goes: a profile metric, and the conditions of the run that go with it. */
    private record Target(String metric, Map<String, String> conditions) {
    }

    /** A training run's achieved model TFLOP/s per accelerator, with its conditions; the checks stage makes it MFU. */
    public static final String ACHIEVED_TFLOPS = "training.tflops_per_accelerator";
    /**
     * True when {@code run} says it measured an all-reduce: nccl-tests' {@code all_reduce_perf} (its reader names the
     * collective from the log), or a run document whose conditions say {@code collective: all_reduce} (spelled with a
     * hyphen, an underscore or neither). An all-gather or broadcast run's bus bandwidth is another figure.
     */
    static boolean allReduce(Run run) {
        String c = run.conditions().get("collective");
        return c != null && c.strip().toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "").equals("allreduce");
    }

    /** The bus bandwidth of a multi-node all-reduce (a profile key of its own). */
    public static final String ALLREDUCE_BUSBW = "compute.network.allreduce_busbw_gbps";

    /** The serving precision a run's {@code precision} condition sets: the bandwidth checks read its bits. */
    private static final String SERVING_PRECISION = "inference.throughput.precision";
    private static final Map<String, String> THROUGHPUT_CONDITIONS = Map.of(
            "model", "inference.throughput.model",
            "params_b", "inference.throughput.params_b",
            "accelerators", "inference.throughput.accelerators",
            "concurrency", "inference.throughput.concurrency",
            "active_params_b", "inference.throughput.active_params_b",
            "precision", SERVING_PRECISION,
            "input_tokens", "inference.throughput.input_tokens",
            "output_tokens", "inference.throughput.output_tokens");
    private static final Map<String, String> SPEEDUP_CONDITIONS = Map.of(
            "baseline_accelerators", "training.linear_speedup.from_accelerators",
            "accelerators", "training.linear_speedup.to_accelerators");
    /** The scale an MFU was measured at: a small run does not stand for a large cluster unqualified. */
    private static final Map<String, String> MFU_CONDITIONS = Map.of("accelerators", "training.mfu_pct.accelerators");
    private static final Map<String, String> TFLOPS_CONDITIONS = Map.of(
            "accelerators", ACHIEVED_TFLOPS + ".accelerators",
            "accelerator_model", ACHIEVED_TFLOPS + ".accelerator_model",
            "precision", ACHIEVED_TFLOPS + ".precision",
            "peak_tflops_per_accelerator", ACHIEVED_TFLOPS + ".peak_tflops_per_accelerator");
    /** Conditions whose absence needs no warning: the checks stage knows what to do without them. */
    private static final java.util.Set<String> QUIET_CONDITIONS = java.util.Set.of("accelerator_model", "precision",
            "peak_tflops_per_accelerator", "active_params_b", "input_tokens", "output_tokens");

    /** The profile keys of one serving operating point: throughput and latency come from one run or none. */
    static final List<String> SERVING_METRICS = List.of("inference.throughput.output_tokens_per_s",
            "inference.latency.ttft_ms_p50", "inference.latency.ttft_ms_p99", "inference.latency.tpot_ms_p50",
            "inference.latency.tpot_ms_p99", "inference.latency.e2e_ms_p50", "inference.latency.e2e_ms_p99");

    private MeasuredEvidence() {
    }

    /** The profile metric a measurement sets, or null when no profile metric takes it. */
    private static Target target(String kind, String key) {
        if (BenchmarkKinds.INFERENCE_SERVING.equals(kind)) {
            return switch (key) {
                case MetricKeys.OUTPUT_TOKENS_PER_S -> new Target("inference.throughput.output_tokens_per_s", THROUGHPUT_CONDITIONS);
                case "ttft_ms.p50" -> new Target("inference.latency.ttft_ms_p50", Map.of());
                case "ttft_ms.p99" -> new Target("inference.latency.ttft_ms_p99", Map.of());
                case "tpot_ms.p50" -> new Target("inference.latency.tpot_ms_p50", Map.of());
                case "tpot_ms.p99" -> new Target("inference.latency.tpot_ms_p99", Map.of());
                case "e2e_ms.p50" -> new Target("inference.latency.e2e_ms_p50", Map.of());
                case "e2e_ms.p99" -> new Target("inference.latency.e2e_ms_p99", Map.of());
                default -> null;
            };
        }
        if (BenchmarkKinds.isTraining(kind)) {
            return switch (key) {
                case MetricKeys.MFU_PCT -> new Target("training.mfu_pct", MFU_CONDITIONS);
                // Achieved TFLOP/s become MFU in the checks stage, against the peak of the run's own accelerator.
                case MetricKeys.TFLOPS_PER_ACCELERATOR -> new Target(ACHIEVED_TFLOPS, TFLOPS_CONDITIONS);
                case MetricKeys.LINEAR_SPEEDUP -> new Target("training.linear_speedup", SPEEDUP_CONDITIONS);
                case MetricKeys.EFFECTIVE_TRAINING_TIME_PCT -> new Target("training.stability.effective_training_time_pct", Map.of());
                case MetricKeys.MTBF_HOURS -> new Target("training.stability.mtbf_hours", Map.of());
                case MetricKeys.RECOVERY_MINUTES -> new Target("training.stability.recovery_minutes", Map.of());
                default -> null;
            };
        }
        // A multi-node all-reduce's bus bandwidth is a figure of the collective (NVLink or PCIe inside a node and the
        // network between nodes, nccl-tests doc/PERFORMANCE.md), not of one accelerator's network interface: it is
        // kept as its own value and never overwrites compute.network.per_accelerator_gbps.
        if (BenchmarkKinds.COLLECTIVE_COMMUNICATION.equals(kind) && MetricKeys.BUSBW_GBPS.equals(key)) {
            return new Target(ALLREDUCE_BUSBW, Map.of());
        }
        return null;
    }

    /** One measured value on its way into the profile. */
    private record Candidate(String metric, double value, Run run, Location source, String signature, Map<String, String> conditions) {
    }

    /**
     * Applies {@code runs} to {@code p}. Returns what each run contributed; problems (a run that names another
     * center, a value that needs a peak nobody gave) go to {@code notes}.
     */
    public static List<Use> apply(CenterProfile p, List<Run> runs, LocalDate refDate, int maxAgeDays, List<Diagnostic> notes) {
        Map<String, List<Candidate>> byMetric = new LinkedHashMap<>();
        List<Use> uses = new ArrayList<>();
        Map<String, Run> seen = new java.util.HashMap<>();
        for (Run run : runs) {
            List<String> unused = new ArrayList<>();
            List<Localized.Pair> runNotes = new ArrayList<>();
            Run same = run.measurements().isEmpty() ? null : seen.putIfAbsent(figures(run), run);
            if (same != null) {
                // One measurement given twice (one tool's file imported by two documents, or a copy of it) is one run:
                // counted twice it moved the median of the runs toward it.
                notes.add(Diagnostic.warning(run.origin(), BenchCode.SAME_RUN_TWICE, same.file()));
                runNotes.add(Localized.of(BenchCode.NOTE_SAME_RUN_TWICE, same.file()));
                uses.add(new Use(run, new ArrayList<>(), new ArrayList<>(), runNotes));
                continue;
            }
            boolean hasTflops = run.measurements().stream().anyMatch(m -> m.key().equals(MetricKeys.TFLOPS_PER_ACCELERATOR));
            for (Measurement m : run.measurements()) {
                Target t = target(run.kind(), m.key());
                if (t == null) {
                    unused.add(m.key());
                    continue;
                }
                double v = m.value();
                if (m.key().equals(MetricKeys.MFU_PCT) && hasTflops) {
                    // The tool's own MFU assumes its own peak; the achieved TFLOP/s against this center's card wins.
                    unused.add(m.key());
                    continue;
                }
                if (t.metric().equals(ALLREDUCE_BUSBW) && !allReduce(run)) {
                    String c = run.conditions().get("collective");
                    runNotes.add(c == null ? Localized.of(BenchCode.NOTE_COLLECTIVE_UNSAID)
                            : Localized.of(BenchCode.NOTE_NOT_ALL_REDUCE, c));
                    unused.add(m.key());
                    continue;
                }
                if (t.metric().equals(ALLREDUCE_BUSBW) && !(number(run, "nodes") > 1)) {
                    runNotes.add(Localized.of(BenchCode.NOTE_SINGLE_NODE_BUSBW));
                    unused.add(m.key());
                    continue;
                }
                Map<String, String> conds = new TreeMap<>(run.conditions());
                conds.remove(RunConditions.DATE);
                byMetric.computeIfAbsent(t.metric(), k -> new ArrayList<>())
                        .add(new Candidate(t.metric(), v, run, m.source(), run.kind() + "|" + conds, t.conditions()));
            }
            uses.add(new Use(run, new ArrayList<>(), unused, runNotes));
        }
        onePoint(p, byMetric, notes);
        for (Map.Entry<String, List<Candidate>> e : byMetric.entrySet()) {
            choose(p, e.getKey(), e.getValue(), refDate, maxAgeDays, uses, notes);
        }
        return uses;
    }

    /**
     * What a run measured, whatever document or file brought it: its kind and every measurement's key and value. Two
     * runs of a tool never agree in every figure to the last digit; equal figures are one run given twice.
     */
    private static String figures(Run run) {
        List<String> f = new ArrayList<>();
        for (Measurement m : run.measurements()) {
            f.add(m.key() + "=" + Double.doubleToLongBits(m.value()));
        }
        java.util.Collections.sort(f);
        return run.kind() + "|" + String.join("|", f);
    }

    /**
     * Throughput and latency are scored at one operating point: every serving metric comes from the group of runs
     * (same conditions) that gives the throughput, or, without one, the group the first latency comes from. A
     * declared serving value that this group does not measure describes another operating point and is withdrawn
     * (it stays visible as replaced).
     */
    private static void onePoint(CenterProfile p, Map<String, List<Candidate>> byMetric, List<Diagnostic> notes) {
        List<Candidate> lead = null;
        for (String m : SERVING_METRICS) {
            if (byMetric.containsKey(m)) {
                lead = byMetric.get(m);
                break;
            }
        }
        if (lead == null) {
            return;
        }
        List<Candidate> group = bestGroup(lead);
        String signature = group.get(0).signature();
        Location where = group.get(0).run().origin();
        for (String m : SERVING_METRICS) {
            List<Candidate> l = byMetric.get(m);
            if (l != null) {
                l.removeIf(c -> !c.signature().equals(signature));
                if (l.isEmpty()) {
                    byMetric.remove(m);
                }
            }
            if (!byMetric.containsKey(m) && p.get(m) != null) {
                p.withdraw(m);
                notes.add(Diagnostic.warning(where, BenchCode.NOT_MEASURED_SERVING_RUN, m));
            }
        }
    }

    /** Same kind and conditions form a group; the group with the most runs wins, then the newest, then the first. */
    private static List<Candidate> bestGroup(List<Candidate> all) {
        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate c : all) {
            groups.computeIfAbsent(c.signature(), k -> new ArrayList<>()).add(c);
        }
        List<Candidate> best = null;
        for (List<Candidate> g : groups.values()) {
            if (best == null || g.size() > best.size() || (g.size() == best.size() && newest(g).isAfter(newest(best)))) {
                best = g;
            }
        }
        return best;
    }

    private static void choose(CenterProfile p, String metric, List<Candidate> all, LocalDate refDate, int maxAgeDays,
                               List<Use> uses, List<Diagnostic> notes) {
        long groupCount = all.stream().map(Candidate::signature).distinct().count();
        List<Candidate> best = bestGroup(all);
        List<Candidate> fresh = best.stream().filter(c -> !stale(c.run().date(), refDate, maxAgeDays)).toList();
        List<Candidate> used = fresh.isEmpty() ? best : fresh;
        double[] values = used.stream().mapToDouble(Candidate::value).sorted().toArray();
        int n = values.length;
        double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        Candidate first = used.get(0);
        LocalDate date = used.stream().map(c -> c.run().date()).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
        String tool = first.run().tool();
        int staleLeft = best.size() - fresh.size();
        dev.cca.rules.Label note = new dev.cca.rules.Label(
                (n == 1 ? "measured by " + tool : "median of " + n + " " + tool + " runs")
                + (groupCount > 1 ? " (" + groupCount + " sets of conditions measured; the one with the most runs is used)" : "")
                + (staleLeft > 0 ? "; " + staleLeft + " stale run(s) left out" : ""),
                (n == 1 ? "由 " + tool + " 测得" : tool + " " + n + " 次运行的中位数")
                + (groupCount > 1 ? "（测了 " + groupCount + " 组条件，取运行次数最多的一组）" : "")
                + (staleLeft > 0 ? "；另有 " + staleLeft + " 次过期运行未计入" : ""));
        Location origin = n == 1 ? first.source() : first.source().withPath(first.source().path() + " (+" + (n - 1) + ")");
        Datum current = p.get(metric);
        List<Provenance> sources = new ArrayList<>();
        for (Candidate c : used) {
            for (Provenance pr : c.run().provenance()) {
                if (!sources.contains(pr)) {
                    sources.add(pr);
                }
            }
        }
        // Earned like any other evidence: a run without a date counts as declared, and the report says why.
        Datum measured = Datum.numberWithNote(median, Evidence.MEASURED, note, date, origin).earned(sources);
        if (current != null && current.evidence() == Evidence.MEASURED && current.origin() != null
                && !current.origin().file().equals(origin.file()) && current.evidenceDate() != null && date != null
                && current.evidenceDate().isAfter(date)) {
            notes.add(Diagnostic.warning(origin, BenchCode.PROFILE_OWN_MEASURED_VALUE, metric));
            return;
        }
        p.supersede(metric, measured);
        // The run's conditions replace the profile's declared ones: a measured throughput must be normalised by
        // the accelerators and model of its own run, never by another run's.
        for (Map.Entry<String, String> c : first.conditions().entrySet()) {
            String v = first.run().conditions().get(c.getKey());
            if (v == null) {
                p.withdraw(c.getValue());
                if (QUIET_CONDITIONS.contains(c.getKey())) {
                    continue;
                }
                notes.add(Diagnostic.warning(first.run().origin(), BenchCode.RUN_DOES_NOT_SAY, metric, c.getKey()));
                continue;
            }
            if (c.getValue().equals(SERVING_PRECISION)) {
                // The profile's formats and their other spellings (BF16, 半精度); any other text (w8a8) names no bits,
                // and the profile's own precision, of other figures, must not stand for the run's: neither is kept.
                String id = Values.choice(v, ProfileSchema.field(SERVING_PRECISION)).id();
                if (id == null) {
                    p.withdraw(SERVING_PRECISION);
                } else {
                    p.supersede(SERVING_PRECISION, Datum.text(id, first.run().origin()));
                }
                continue;
            }
            Double num = parse(v);
            p.supersede(c.getValue(), num == null ? Datum.text(v, first.run().origin())
                    : Datum.number(num, Evidence.MEASURED, "condition of the run", date, first.run().origin()));
        }
        for (Candidate c : used) {
            for (Use u : uses) {
                if (u.run() == c.run() && !u.metrics().contains(metric)) {
                    u.metrics().add(metric);
                }
            }
        }
    }

    private static LocalDate newest(List<Candidate> g) {
        return g.stream().map(c -> c.run().date()).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
    }

    static boolean stale(LocalDate date, LocalDate ref, int maxAgeDays) {
        return date != null && ref != null && maxAgeDays > 0 && ChronoUnit.DAYS.between(date, ref) > maxAgeDays;
    }

    private static double number(Run run, String condition) {
        String v = run.conditions().get(condition);
        Double d = v == null ? null : parse(v);
        return d == null ? Double.NaN : d;
    }

    private static Double parse(String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
