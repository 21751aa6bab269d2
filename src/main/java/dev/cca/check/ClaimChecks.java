package dev.cca.check;

import dev.cca.diag.Location;
import dev.cca.evidence.MeasuredEvidence;
import dev.cca.model.Accelerator;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.model.DerivedMetrics;
import dev.cca.model.Evidence;
import dev.cca.model.ProfileSchema;
import dev.cca.result.Finding;
import dev.cca.result.Finding.Outcome;
import dev.cca.rules.AcceleratorCatalog;
import dev.cca.rules.Catalogs;
import dev.cca.rules.CheckParams;
import dev.cca.rules.Label;
import dev.cca.rules.ModelTable;
import dev.cca.rules.Names;
import dev.cca.rules.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks stage, between reading and scoring: every claim a profile (or a benchmark applied to it) makes is
 * compared with the center's other claims and with physics before it scores. A claim that breaks a bound is
 * never scored as stated: it is scored at the bound or not at all, and a {@link Finding} says which, with both
 * numbers, where the claim is written and why. Where a check lacks what it needs, the finding says so.
 *
 * <p>{@code cca assess}, {@code cca batch} and {@code cca validate} call {@link #check} on each profile after its
 * benchmarks are applied; the checks adjust the profile in place (the replaced values stay visible) so the
 * scoring core sees only what the checks let through. One instance per rule set; thread-safe (it remembers only what
 * the inventory lines met so far are, in a concurrent map of bounded size).
 */
public final class ClaimChecks {

    // Citations of the rule set that findings name; `cca rules lint` counts them as cited.
    static final String CITE_HETEROGENEOUS = "caict-s4.1-heterogeneous";
    static final String CITE_OPERATIONS = "caict-s4.3-operations";
    static final String CITE_NCCL = "nccl-performance";
    static final String CITE_FLOPS = "transformer-flops";
    static final String CITE_MFU = "mfu-records";
    static final String CITE_RELIABILITY = "llama3-reliability";
    static final String CITE_POWER = "accelerator-power-and-tariffs";
    static final String CITE_NICS = "scale-out-nics";
    static final String CITE_PUE = "facility-pue-records";
    static final String CITE_FACILITY = "caict-s1-facility";

    /** The citation ids the checks name in their findings: a rule set must define them. */
    public static final List<String> CITATIONS = List.of(CITE_HETEROGENEOUS, CITE_OPERATIONS, CITE_NCCL, CITE_FLOPS, CITE_MFU,
            CITE_RELIABILITY, CITE_POWER, CITE_NICS, CITE_PUE, CITE_FACILITY);

    private static final String THROUGHPUT = "inference.throughput.output_tokens_per_s";
    private static final String CONCURRENCY = "inference.throughput.concurrency";
    private static final String TPOT_P50 = "inference.latency.tpot_ms_p50";
    private static final String MODEL = "inference.throughput.model";
    private static final String PARAMS = "inference.throughput.params_b";
    private static final String ACTIVE = "inference.throughput.active_params_b";
    private static final String PRECISION = "inference.throughput.precision";
    private static final String INPUT_TOKENS = "inference.throughput.input_tokens";
    private static final String OUTPUT_TOKENS = "inference.throughput.output_tokens";
    private static final String CLUSTER_ACC = "compute.largest_cluster.accelerators";
    private static final String CLUSTER_PF = "compute.largest_cluster.pflops_fp16";
    private static final String TOTAL_PF = "compute.total_pflops_fp16";
    private static final String SPEEDUP = "training.linear_speedup";
    private static final String MFU = "training.mfu_pct";
    private static final String MFU_SCALE = "training.mfu_pct.accelerators";
    private static final String TFLOPS = MeasuredEvidence.ACHIEVED_TFLOPS;
    private static final String CARD_HOUR = "operations.pricing.card_hour_cny";
    private static final String MACHINE_MONTH = "operations.pricing.machine_month_cny";
    private static final String PRICED_CARD = "operations.pricing.accelerator";
    private static final String PER_MACHINE = "operations.pricing.accelerators_per_machine";
    private static final String NIC = "compute.network.per_accelerator_gbps";
    private static final String LATENCY_CLASS = "inference.latency_class";
    private static final String SERVING_ACC = "inference.throughput.accelerators";
    private static final String RECOVERY = "training.stability.recovery_minutes";
    private static final String EFFECTIVE = "training.stability.effective_training_time_pct";
    private static final String MTBF = "training.stability.mtbf_hours";
    private static final String COMMISSIONED = "commissioned";
    private static final String PUE = "compute.pue";
    private static final String UTILIZATION = "compute.utilization_pct";
    private static final String ASSESSED_ON = "assessed_on";
    /** The latency metrics a floor holds, each a time that contains at least one forward pass of the model. */
    private static final List<String> LATENCIES = List.of("inference.latency.ttft_ms_p50", "inference.latency.ttft_ms_p99",
            TPOT_P50, "inference.latency.tpot_ms_p99", "inference.latency.e2e_ms_p50", "inference.latency.e2e_ms_p99");

    /**
     * The {@code n} fastest accelerators of the inventory, as {peak TFLOPS, count} from the fastest down: a cluster of
     * n cards can deliver at most their peaks, so the bound of its compute is this sum, not n times the fastest peak
     * (which let 8 B200 among 10,000 slower cards carry a cluster of 1,008 at the B200's peak).
     */
    public static List<double[]> fastestCards(List<double[]> lines, double n) {
        List<double[]> sorted = new ArrayList<>(lines);
        sorted.sort((a, b) -> Double.compare(b[0], a[0]));
        List<double[]> out = new ArrayList<>();
        double left = n;
        for (double[] l : sorted) {
            if (!(left > 0)) {
                break;
            }
            double take = Math.min(l[1], left);
            if (!out.isEmpty() && out.get(out.size() - 1)[0] == l[0]) {
                out.get(out.size() - 1)[1] += take;
            } else {
                out.add(new double[] {l[0], take});
            }
            left -= take;
        }
        return out;
    }

    /** The PFLOPS of the {@code n} fastest accelerators of {@code lines} ({peak TFLOPS, count}): a cluster of n at most. */
    public static double fastestPflops(List<double[]> lines, double n) {
        return pflopsOf(fastestCards(lines, n));
    }

    /** The PFLOPS of {@code cards} ({peak TFLOPS, count}). */
    private static double pflopsOf(List<double[]> cards) {
        double sum = 0;
        for (double[] l : cards) {
            sum += l[0] * l[1] / 1000;
        }
        return sum;
    }

    /** The paths the checks read, compiled once for the profile's slots. */
    private static final class Keys {
        static final CenterProfile.Key THROUGHPUT = CenterProfile.key(ClaimChecks.THROUGHPUT);
        static final CenterProfile.Key CONCURRENCY = CenterProfile.key(ClaimChecks.CONCURRENCY);
        static final CenterProfile.Key TPOT_P50 = CenterProfile.key(ClaimChecks.TPOT_P50);
        static final CenterProfile.Key MODEL = CenterProfile.key(ClaimChecks.MODEL);
        static final CenterProfile.Key PARAMS = CenterProfile.key(ClaimChecks.PARAMS);
        static final CenterProfile.Key ACTIVE = CenterProfile.key(ClaimChecks.ACTIVE);
        static final CenterProfile.Key PRECISION = CenterProfile.key(ClaimChecks.PRECISION);
        static final CenterProfile.Key INPUT_TOKENS = CenterProfile.key(ClaimChecks.INPUT_TOKENS);
        static final CenterProfile.Key OUTPUT_TOKENS = CenterProfile.key(ClaimChecks.OUTPUT_TOKENS);
        static final CenterProfile.Key CLUSTER_ACC = CenterProfile.key(ClaimChecks.CLUSTER_ACC);
        static final CenterProfile.Key CLUSTER_PF = CenterProfile.key(ClaimChecks.CLUSTER_PF);
        static final CenterProfile.Key TOTAL_PF = CenterProfile.key(ClaimChecks.TOTAL_PF);
        static final CenterProfile.Key SPEEDUP = CenterProfile.key(ClaimChecks.SPEEDUP);
        static final CenterProfile.Key MFU = CenterProfile.key(ClaimChecks.MFU);
        static final CenterProfile.Key MFU_SCALE = CenterProfile.key(ClaimChecks.MFU_SCALE);
        static final CenterProfile.Key TFLOPS = CenterProfile.key(ClaimChecks.TFLOPS);
        static final CenterProfile.Key CARD_HOUR = CenterProfile.key(ClaimChecks.CARD_HOUR);
        static final CenterProfile.Key MACHINE_MONTH = CenterProfile.key(ClaimChecks.MACHINE_MONTH);
        static final CenterProfile.Key PRICED_CARD = CenterProfile.key(ClaimChecks.PRICED_CARD);
        static final CenterProfile.Key PER_MACHINE = CenterProfile.key(ClaimChecks.PER_MACHINE);
        static final CenterProfile.Key PRICED_PEAK = CenterProfile.key(DerivedMetrics.PRICED_PEAK_TFLOPS);
        static final CenterProfile.Key NIC = CenterProfile.key(ClaimChecks.NIC);
        static final CenterProfile.Key LATENCY_CLASS = CenterProfile.key(ClaimChecks.LATENCY_CLASS);
        static final CenterProfile.Key SERVING_ACC = CenterProfile.key(ClaimChecks.SERVING_ACC);
        static final CenterProfile.Key RECOVERY = CenterProfile.key(ClaimChecks.RECOVERY);
        static final CenterProfile.Key EFFECTIVE = CenterProfile.key(ClaimChecks.EFFECTIVE);
        static final CenterProfile.Key MTBF = CenterProfile.key(ClaimChecks.MTBF);
        static final CenterProfile.Key PUE = CenterProfile.key(ClaimChecks.PUE);
        static final CenterProfile.Key UTILIZATION = CenterProfile.key(ClaimChecks.UTILIZATION);
        static final CenterProfile.Key COUNT = CenterProfile.key(DerivedMetrics.COUNT);
        static final List<CenterProfile.Key> LATENCIES = ClaimChecks.LATENCIES.stream().map(CenterProfile::key).toList();
        static final CenterProfile.Key KINDS = CenterProfile.key(DerivedMetrics.KINDS);
        static final CenterProfile.Key VENDORS = CenterProfile.key(DerivedMetrics.VENDORS);
        static final CenterProfile.Key PEAK_TFLOPS_MEAN = CenterProfile.key(DerivedMetrics.PEAK_TFLOPS_MEAN);
        static final CenterProfile.Key ALLREDUCE_BUSBW = CenterProfile.key(MeasuredEvidence.ALLREDUCE_BUSBW);
        static final CenterProfile.Key TFLOPS_MODEL = CenterProfile.key(ClaimChecks.TFLOPS + ".accelerator_model");
        static final CenterProfile.Key TFLOPS_PRECISION = CenterProfile.key(ClaimChecks.TFLOPS + ".precision");
        static final CenterProfile.Key TFLOPS_PEAK = CenterProfile.key(ClaimChecks.TFLOPS + ".peak_tflops_per_accelerator");
        static final CenterProfile.Key TFLOPS_SCALE = CenterProfile.key(ClaimChecks.TFLOPS + ".accelerators");
        static final CenterProfile.Key SPEEDUP_FROM = CenterProfile.key(ClaimChecks.SPEEDUP + ".from_accelerators");
        static final CenterProfile.Key SPEEDUP_TO = CenterProfile.key(ClaimChecks.SPEEDUP + ".to_accelerators");
    }
    /** The profile format's latency classes, strictest first (docs/profile-format.md). */
    private static final List<String> LATENCY_CLASSES = List.of("interactive-text", "voice", "media");

    private final AcceleratorCatalog catalog;
    private final ModelTable models;
    private final CheckParams params;
    private final List<String> paramCite;
    /** Each card of the catalog's name ({@link #label(AcceleratorCatalog, AcceleratorCatalog.Card)}), written once. */
    private final java.util.Map<AcceleratorCatalog.Card, String> labels = new java.util.IdentityHashMap<>();
    /** Each card of the catalog's architecture, as heterogeneous diversity keys it ("card|" and the architecture). */
    private final java.util.Map<AcceleratorCatalog.Card, String> architectures = new java.util.IdentityHashMap<>();
    /** Each model of the table's note as the active parameters it gives a throughput ({@link #tableNote}), written once. */
    private final java.util.Map<ModelTable.Model, String> tableNotes = new java.util.IdentityHashMap<>();
    /** What the inventory lines checked so far are, as the catalog knows them. */
    private final CatalogIdentity.Lines lines = new CatalogIdentity.Lines();
    /**
     * The variants each card of the catalog may stand for: the cards of its family whose name begins with its name (the
     * Ascend 910B's bins 910B1-B4, the H100's PCIe and NVL versions); a card without any is not in the map.
     */
    private final java.util.Map<AcceleratorCatalog.Card, List<AcceleratorCatalog.Card>> variants = new java.util.IdentityHashMap<>();

    public ClaimChecks(RuleSet rules) {
        this(rules.catalogs());
    }

    public ClaimChecks(Catalogs catalogs) {
        this.catalog = catalogs.accelerators();
        this.models = catalogs.models();
        this.params = catalogs.checks();
        this.paramCite = params.cite();
        for (ModelTable.Model m : models.models()) {
            tableNotes.put(m, tableNote(m));
        }
        double peak = 0;
        double bandwidth = 0;
        double sramPeak = 0;
        String peakCard = null;
        double dense = 0;
        String denseCard = null;
        String sramCard = null;
        String bandwidthCard = null;
        double memory = 0;
        String memoryCard = null;
        java.util.Map<AcceleratorCatalog.Card, String> keys = new java.util.IdentityHashMap<>();
        for (AcceleratorCatalog.Card c : catalog.cards()) {
            keys.put(c, Names.key(c.model()));
        }
        for (AcceleratorCatalog.Card c : catalog.cards()) {
            String name = keys.get(c);
            for (AcceleratorCatalog.Card v : catalog.cards()) {
                if (v != c && !name.isEmpty() && v.architecture().equals(c.architecture()) && keys.get(v).startsWith(name)) {
                    variants.computeIfAbsent(c, k -> new ArrayList<>()).add(v);
                }
            }
            labels.put(c, label(catalog, c));
            architectures.put(c, "card|" + c.architecture());
            if (c.sram() && !c.isCpu() && c.highestFigure() > sramPeak) {
                sramPeak = c.highestFigure();
                sramCard = label(catalog, c);
            }
            // A card unknown to the catalog or known without a figure is held to the fastest and widest package card: a
            // wafer-scale engine or an LPU (on-chip SRAM) would lift the bounds of every such card beyond any HBM card.
            if (c.isCpu() || c.sram()) {
                continue;
            }
            if (fastest(c) > peak) {
                peak = fastest(c);
                peakCard = label(catalog, c);
            }
            if (c.fp16Tflops() > dense) {
                dense = c.fp16Tflops();
                denseCard = label(catalog, c);
            }
            if (c.memoryBandwidthGbS() > bandwidth) {
                bandwidth = c.memoryBandwidthGbS();
                bandwidthCard = label(catalog, c);
            }
            if (c.memoryGb() > memory) {
                memory = c.memoryGb();
                memoryCard = label(catalog, c);
            }
        }
        this.largestMemory = memory;
        this.largestMemoryCard = memoryCard;
        this.fastestKnown = peak;
        this.fastestCard = peakCard;
        this.fastestDense = dense;
        this.fastestDenseCard = denseCard;
        this.fastestSram = sramPeak;
        this.fastestSramCard = sramCard;
        this.widestBandwidth = bandwidth;
        this.widestCard = bandwidthCard;
    }

    /** The fastest dense figure of any accelerator of the catalog but the SRAM ones (FP16, FP8 or INT8), and its card's name. */
    private final double fastestKnown;
    private final String fastestCard;
    /**
     * The fastest dense FP16 peak of any accelerator of the catalog but the SRAM ones, and its card's name: what a stated
     * FP16 peak of a card the catalog does not know is held to (its fastest figure at any precision, the B200's FP8, let
     * an invented card claim twice the fastest real FP16).
     */
    private final double fastestDense;
    private final String fastestDenseCard;
    /** The highest figure of any on-chip SRAM card of the catalog (at any precision, or of unstated precision), and its name. */
    private final double fastestSram;
    private final String fastestSramCard;
    /** The highest memory bandwidth (GB/s) of any accelerator of the catalog with off-chip memory, and its card's name. */
    private final double widestBandwidth;
    private final String widestCard;
    /** The most memory (GB) of any accelerator of the catalog with off-chip memory, and its card's name. */
    private final double largestMemory;
    private final String largestMemoryCard;

    /** The fastest dense figure of a card at any precision the catalog gives; 0 when none. */
    private static double fastest(AcceleratorCatalog.Card c) {
        return Math.max(Math.max(c.fp16Tflops() > 0 ? c.fp16Tflops() : 0, c.fp8Tflops() > 0 ? c.fp8Tflops() : 0),
                c.int8Tops() > 0 ? c.int8Tops() : 0);
    }

    /** The note of active parameters taken from the model table for {@code m}. */
    private static String tableNote(ModelTable.Model m) {
        return "from the model table: " + m.name() + ", " + Messages.n(m.totalB()) + "B total, " + Messages.n(m.activeB()) + "B active";
    }

    private static String label(AcceleratorCatalog catalog, AcceleratorCatalog.Card c) {
        AcceleratorCatalog.Vendor v = catalog.vendorOf(c);
        return (v == null ? c.vendor() : v.label().en()) + " " + c.model();
    }

    /** The result of checking one profile: its findings, and the metrics whose claims contradicted others. */
    public record Report(List<Finding> findings, Set<String> contradicted) {

        public static final Report NONE = new Report(List.of(), Set.of());
    }

    /** Runs every check on {@code p}, adjusting it where a claim is not scored as stated. */
    public Report check(CenterProfile p) {
        return check(p, true);
    }

    /**
     * As {@link #check(CenterProfile)}; with {@code explain} false the findings carry no message (their
     * {@link Finding#message()} is null), for callers that only count them, such as a catalog run: writing two
     * languages of text for every finding of a million centers costs more than the checks themselves.
     */
    public Report check(CenterProfile p, boolean explain) {
        return new Run(new CatalogIdentity(catalog, lines), explain).check(p);
    }

    /** One profile's checks, with the look-ups of its inventory remembered. */
    private final class Run {

        private final CatalogIdentity identity;

        private final boolean explain;

        Run(CatalogIdentity identity, boolean explain) {
            this.identity = identity;
            this.explain = explain;
        }

        /** The name of the model served that {@link #servedModel} is of, once looked up. */
        private String servedName;
        private ModelTable.Model servedModel;

        /** The model table's model {@code name} means, or null; the served model is looked up once per profile. */
        private ModelTable.Model model(String name) {
            if (name == null || name != servedName) {
                servedName = name;
                servedModel = models.find(name);
            }
            return servedModel;
        }

        /** A finding's text, written only when someone will read it (a catalog run only counts findings). */
        private Label text(java.util.function.Supplier<Label> s) {
            return explain ? s.get() : null;
        }

        Report check(CenterProfile p) {
            List<Finding> out = new ArrayList<>();
            Set<String> contradicted = new LinkedHashSet<>();
            assessedBeforeCommissioned(p, out);
            evidenceBeforeCommissioned(p, out);
            evidenceAfterAssessed(p, out);
            inventory(p, out);
            cluster(p, out, contradicted);
            achievedTflops(p, out);
            mfuCeiling(p, out, contradicted);
            stabilityConsistency(p, mtbfCeiling(p, out, contradicted), out, contradicted);
            speedupAndRecovery(p, out, contradicted);
            scale(p, out);
            activeParams(p, out);
            servingAccelerators(p, out);
            Serving serving = serving(p);
            latencyFloors(p, serving, out, contradicted);
            tpotBandwidthFloor(p, serving, out, contradicted);
            ttftBandwidthFloor(p, serving, out, contradicted);
            ttftComputeFloor(p, serving, out, contradicted);
            e2eBelowTtft(p, out, contradicted);
            Datum written = littlesLaw(p, out);
            computeBound(p, serving, written, out, contradicted);
            bandwidthBound(p, serving, written, out, contradicted);
            weightsMemory(p, serving, out, contradicted);
            latencyClass(p, out);
            pricing(p, out);
            priceFloor(p, out, contradicted);
            network(p, out);
            networkCeiling(p, out, contradicted);
            facility(p, out);
            // The set as it is, not a copy: nothing adds to it once the checks are done.
            return out.isEmpty() && contradicted.isEmpty() ? Report.NONE
                    : new Report(List.copyOf(out), java.util.Collections.unmodifiableSet(contradicted));
        }

        // ---- accelerator inventory: peaks, identities, CPUs --------------------------------------------------

        private void inventory(CenterProfile p, List<Finding> out) {
            List<Accelerator> inv = p.accelerators();
            if (inv.isEmpty()) {
                return;
            }
            double writtenKinds = p.number(Keys.KINDS);
            double writtenVendors = p.number(Keys.VENDORS);
            List<Accelerator> fixed = new ArrayList<>(inv.size());
            for (int i = 0; i < inv.size(); i++) {
                Accelerator a = inv.get(i);
                AcceleratorCatalog.Card card = identity.card(a);
                if (card == null) {
                    if (!"cpu".equals(a.kind()) && !catalog.isEmpty()) {
                        String metric = peakPath(i);
                        out.add(new Finding("accelerator-unknown", Outcome.UNDECIDED, metric, a.origin().withPath(metric),
                                a.fp16Tflops(), Double.NaN, Double.NaN, "TFLOPS", text(() -> Messages.cardUnknown(a.label(), fastestDenseCard, fastestDense)), List.of()));
                        fixed.add(heldToCeiling(a, null, i, out));
                    } else {
                        fixed.add(a);
                    }
                    continue;
                }
                if (card.isCpu()) {
                    if (!"cpu".equals(a.kind())) {
                        out.add(new Finding("not-an-accelerator", Outcome.NOT_SCORED, "compute.accelerators[" + i + "]",
                                a.origin(), a.count(), Double.NaN, Double.NaN, "", text(() -> Messages.notAnAccelerator(a.label())), card.cite()));
                    }
                    fixed.add(a);
                    continue;
                }
                double f = a.fp16Tflops();
                double dense = card.fp16Tflops();
                if (!(dense > 0)) {
                    fixed.add(heldToCeiling(a, card, i, out));
                    continue;
                }
                if (Double.isNaN(f)) {
                    out.add(new Finding("peak-filled", Outcome.NOTED, peakPath(i), a.origin(), Double.NaN, dense, dense, "TFLOPS",
                            text(() -> Messages.peakFilled(label(card), dense)), card.cite()));
                    fixed.add(withPeak(a, dense));
                    continue;
                }
                if (f > dense * (1 + params.peakTolerance())) {
                    String other = otherFigure(card, f);
                    String name = label(card);
                    Label why = other != null ? text(() -> Messages.peakIsOther(name, f, other, dense)) : text(() -> Messages.peakExceeds(name, f, dense));
                    String metric = peakPath(i);
                    out.add(new Finding(other != null ? "peak-not-dense-fp16" : "peak-above-datasheet", Outcome.SCORED_AT_BOUND,
                            metric, a.origin().withPath(metric), f, dense, dense, "TFLOPS", why, card.cite()));
                    fixed.add(withPeak(a, dense));
                    continue;
                }
                fixed.add(a);
            }
            // The inventory as read when no line's peak changed (most inventories): the same list, not a copy of it.
            boolean same = true;
            for (int i = 0; i < inv.size() && same; i++) {
                same = fixed.get(i) == inv.get(i);
            }
            p.rederive(same ? inv : fixed, identity);
            Diversity d = diversity(fixed);
            double named = p.number(Keys.KINDS);
            double namedVendors = p.number(Keys.VENDORS);
            double kinds = d.kinds() < named ? d.kinds() : named;
            double vendors = d.vendors() < namedVendors ? d.vendors() : namedVendors;
            Location at = inv.get(0).origin().withPath("compute.accelerators");
            if (kinds < named || vendors < namedVendors) {
                p.supersede(DerivedMetrics.KINDS, Datum.number(kinds, Evidence.DECLARED, "architectures with a real share of the inventory"
                        + " (checks stage)", null, at));
                p.supersede(DerivedMetrics.VENDORS, Datum.number(vendors, Evidence.DECLARED, "vendors of those architectures"
                        + " (checks stage)", null, at));
            }
            if (kinds != writtenKinds || vendors != writtenVendors) {
                out.add(new Finding("heterogeneous-diversity", Outcome.SCORED_AT_BOUND, DerivedMetrics.KINDS, at, writtenKinds, kinds,
                        kinds, "", text(() -> Messages.diversity(writtenKinds, named, writtenVendors, namedVendors, kinds, vendors,
                        d.merged(), d.dropped(), d.uncounted(), d.unknown(), params.diversityMinShare(),
                        params.diversityMinAccelerators())),
                        List.of(CITE_HETEROGENEOUS, "judgement")));
            }
        }

        /**
         * One architecture of an inventory: its accelerators and their compute, whether a line of it gives a count, the
         * vendor and name of its first line, and the names of its lines when they are more than one.
         */
        private static final class Architecture {
            double count;
            double compute;
            boolean counted;
            final String vendor;
            final String label;
            /** Every name of its lines, in order, once a second name is met; null while there is one. */
            Set<String> models;

            Architecture(String vendor, String label) {
                this.vendor = vendor;
                this.label = label;
            }

            /** Adds a line's name; whether the architecture now has more than one. */
            boolean add(String name) {
                if (models == null) {
                    if (name.equals(label)) {
                        return false;
                    }
                    models = new LinkedHashSet<>();
                    models.add(label);
                }
                models.add(name);
                return true;
            }

            /** What its share is of: its dense FP16 compute when every line has a peak, else its accelerators. */
            double measure(boolean peaks) {
                return peaks ? compute : count;
            }
        }

        /** What heterogeneous diversity credits: architectures, and their vendors, that hold a real share of the inventory. */
        private record Diversity(double kinds, double vendors, List<String> merged, List<String> dropped, List<String> uncounted,
                                 List<String> unknown) {
        }

        /**
         * Counts architectures ({@link AcceleratorCatalog.Card#architecture()}: SKUs of one die are one) rather than
         * catalog models, and leaves out an architecture with less than {@code diversity_min_share} of the inventory's
         * dense FP16 compute (of its accelerators when a peak is unknown) or fewer than {@code diversity_min_accelerators}
         * accelerators; the largest always counts. Vendors are those of the architectures counted.
         */
        private Diversity diversity(List<Accelerator> inv) {
            java.util.Map<String, Architecture> size = new java.util.LinkedHashMap<>();
            boolean peaks = true;
            boolean counts = true;
            boolean several = false;
            for (Accelerator a : inv) {
                String arch = architecture(a);
                if (arch == null) {
                    continue;
                }
                AcceleratorCatalog.Card c = identity.card(a);
                String label = c != null ? label(c) : a.label();
                double n = a.count() > 0 ? a.count() : 0;
                counts &= a.count() > 0;
                peaks &= a.fp16Tflops() > 0;
                Architecture s = size.get(arch);
                if (s == null) {
                    s = new Architecture(identity.vendor(a), label);
                    size.put(arch, s);
                }
                s.counted |= a.count() > 0;
                s.count += n;
                s.compute += n * (a.fp16Tflops() > 0 ? a.fp16Tflops() : 0);
                several |= s.add(label);
            }
            List<String> merged = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            if (several) {
                // In the order of a hash map keyed by architecture and filled line by line, as the findings always listed them.
                java.util.Map<String, Architecture> models = new java.util.HashMap<>();
                for (Accelerator a : inv) {
                    String arch = architecture(a);
                    if (arch != null) {
                        models.computeIfAbsent(arch, size::get);
                    }
                }
                for (java.util.Map.Entry<String, Architecture> m : models.entrySet()) {
                    if (m.getValue().models == null) {
                        continue;
                    }
                    if (m.getKey().equals(UNKNOWN_ARCHITECTURE)) {
                        unknown.addAll(m.getValue().models);
                    } else {
                        merged.add(String.join(", ", m.getValue().models));
                    }
                }
            }
            double total = 0;
            Architecture largest = null;
            for (Architecture e : size.values()) {
                total += e.measure(peaks);
                if (largest == null || e.measure(peaks) > largest.measure(peaks)) {
                    largest = e;
                }
            }
            double minShare = params.diversityMinShare() > 0 ? params.diversityMinShare() : 0;
            double minCount = params.diversityMinAccelerators() > 0 ? params.diversityMinAccelerators() : 0;
            List<String> dropped = new ArrayList<>();
            List<String> uncounted = new ArrayList<>();
            Set<String> vendors = new java.util.HashSet<>();
            int kinds = 0;
            for (Architecture e : size.values()) {
                // An architecture whose lines give no count cannot show a share of the inventory: four names without counts
                // beside 1,000 counted cards scored four kinds of four vendors.
                if (e != largest && (minShare > 0 || minCount > 0) && !e.counted) {
                    uncounted.add(e.label);
                    continue;
                }
                boolean small = counts && total > 0 && (e.measure(peaks) < minShare * total || e.count < minCount);
                if (e != largest && small) {
                    dropped.add(e.label + " (" + Messages.n(e.count) + ")");
                    continue;
                }
                kinds++;
                if (!e.vendor.isEmpty()) {
                    vendors.add(e.vendor);
                }
            }
            return new Diversity(kinds, vendors.size(), merged, dropped, uncounted, unknown);
        }

        /**
         * The architecture diversity counts line {@code a} under ({@link #UNKNOWN_ARCHITECTURE} for a line the catalog
         * does not know); null for a CPU or a line without a model.
         */
        private String architecture(Accelerator a) {
            if (identity.isCpu(a) || identity.model(a).isEmpty()) {
                return null;
            }
            // Lines the catalog does not know count together as one architecture: their names are claims cca cannot
            // check (several may be one card written differently, or none exist), so inventing names earns nothing.
            AcceleratorCatalog.Card c = identity.card(a);
            if (c == null) {
                return UNKNOWN_ARCHITECTURE;
            }
            String arch = architectures.get(c);
            return arch != null ? arch : "card|" + c.architecture();
        }

        /** The path of the stated peak of inventory line {@code i}. */
        private static String peakPath(int i) {
            return "compute.accelerators[" + i + "].fp16_tflops";
        }

        /** The one architecture every inventory line the catalog does not know counts as, in heterogeneous diversity. */
        private static final String UNKNOWN_ARCHITECTURE = "unknown|";

        /** Which non-dense figures of the card {@code f} is (sparse FP16, FP8, INT8, ...), joined by " / "; or null. */
        private String otherFigure(AcceleratorCatalog.Card c, double f) {
            double[] figures = {c.fp16SparseTflops(), c.fp8Tflops(), c.int8Tops(), c.fp8SparseTflops(), c.int8SparseTops()};
            String[] names = {"sparse FP16", "FP8", "INT8", "sparse FP8", "sparse INT8"};
            List<String> hits = new ArrayList<>();
            for (int k = 0; k < figures.length; k++) {
                if (figures[k] > 0 && Math.abs(f - figures[k]) <= figures[k] * params.peakMatchWithin()) {
                    hits.add(names[k]);
                }
            }
            return hits.isEmpty() ? null : String.join(" / ", hits);
        }

        /**
         * A stated peak of a card without a dense FP16 figure in the catalog (unknown to it, or known without one) held
         * to {@link #ceiling}: above it (with {@code peak_tolerance}) it is scored at the ceiling, so an inventory line
         * cannot lift the cluster and total compute past what any accelerator is published to do.
         */
        private Accelerator heldToCeiling(Accelerator a, AcceleratorCatalog.Card card, int i, List<Finding> out) {
            double f = a.fp16Tflops();
            double ceiling = ceiling(card);
            if (!(ceiling > 0) || !(f > ceiling * (1 + params.peakTolerance()))) {
                return a;
            }
            String of = card != null && card.highestFigure() > 0 ? null : card != null && card.sram() ? fastestSramCard : fastestDenseCard;
            String name = card != null ? label(card) : a.label();
            out.add(new Finding("peak-above-published", Outcome.SCORED_AT_BOUND, peakPath(i), a.origin().withPath(peakPath(i)), f,
                    ceiling, ceiling, "TFLOPS",
                    text(() -> Messages.peakAbovePublished(name, card != null, card != null && card.sram(), f, ceiling, of)),
                    card != null ? card.cite() : paramCite));
            return withPeak(a, ceiling);
        }

        /**
         * The most a line's accelerator can do at dense FP16: its card's highest figure at any precision when the catalog
         * gives one; else, for an on-chip SRAM card known without figures, the highest figure of any SRAM card the catalog
         * knows (the only SRAM figures of the WSE name no precision); for any other card (unknown to the catalog, or known
         * without figures), the fastest dense FP16 peak of any card with off-chip memory the catalog knows. NaN for a CPU
         * or an empty catalog.
         */
        private double ceiling(AcceleratorCatalog.Card card) {
            if (card != null && card.isCpu()) {
                return Double.NaN;
            }
            if (card != null && card.highestFigure() > 0) {
                return card.highestFigure();
            }
            double c = card != null && card.sram() ? fastestSram : fastestDense;
            return c > 0 ? c : Double.NaN;
        }

        /** A name, the same in both languages. */
        private static Label named(String name) {
            return new Label(name, name);
        }

        private static Accelerator withPeak(Accelerator a, double peak) {
            return new Accelerator(a.vendor(), a.model(), a.kind(), a.count(), peak, a.memoryGb(), a.origin());
        }

        private String label(AcceleratorCatalog.Card c) {
            String s = labels.get(c);
            return s != null ? s : ClaimChecks.label(catalog, c);
        }

        // ---- cluster and total compute against the inventory ------------------------------------------------

        private void cluster(CenterProfile p, List<Finding> out, Set<String> contradicted) {
            double count = 0;
            double pflops = 0;
            double maxPeak = 0;
            boolean complete = !p.accelerators().isEmpty();
            List<double[]> lines = new ArrayList<>();
            double anyPeak = 0;
            boolean peakless = false;
            int uncounted = -1;
            for (int i = 0; i < p.accelerators().size(); i++) {
                Accelerator a = p.accelerators().get(i);
                if (identity.isCpu(a)) {
                    continue;
                }
                // A line without a peak counts at the most its card can do (ceiling): the bound stays an upper bound.
                double peak = a.fp16Tflops() > 0 ? a.fp16Tflops() : ceiling(identity.card(a));
                peakless |= !(peak > 0);
                anyPeak = Math.max(anyPeak, peak > 0 ? peak : 0);
                if (!(a.count() > 0) && uncounted < 0) {
                    uncounted = i;
                }
                if (!(a.count() > 0) || !(peak > 0)) {
                    complete = false;
                    continue;
                }
                count += a.count();
                pflops += a.count() * peak / 1000;
                maxPeak = Math.max(maxPeak, peak);
                lines.add(new double[] {peak, a.count()});
            }
            double tol = 1 + params.clusterTolerance();
            final double cards = count;
            final double supported = pflops;
            final double peak = maxPeak;
            Datum acc = p.get(Keys.CLUSTER_ACC);
            Datum pf = p.get(Keys.CLUSTER_PF);
            Datum total = p.get(Keys.TOTAL_PF);
            if (!complete || count == 0) {
                if (pf != null && p.accelerators().isEmpty()) {
                    out.add(new Finding("cluster-compute", Outcome.UNDECIDED, CLUSTER_PF, pf.origin(), pf.number(), Double.NaN,
                            Double.NaN, "PFLOPS", text(() -> Messages.clusterUnchecked()), List.of()));
                } else if (uncounted >= 0) {
                    uncountedInventory(p, uncounted, peakless ? Double.NaN : anyPeak, out, contradicted);
                }
                return;
            }
            if (acc != null && acc.number() > count * tol) {
                out.add(new Finding("cluster-accelerators", Outcome.SCORED_AT_BOUND, CLUSTER_ACC, acc.origin(), acc.number(), count,
                        count, "", text(() -> Messages.clusterCount(acc.number(), cards)), paramCite));
                p.supersede(CLUSTER_ACC, bounded(acc, count, "the inventory's accelerator count"));
                contradicted.add(CLUSTER_ACC);
            }
            if (total != null && total.number() > pflops * tol) {
                out.add(new Finding("total-compute", Outcome.SCORED_AT_BOUND, TOTAL_PF, total.origin(), total.number(), pflops,
                        pflops, "PFLOPS", text(() -> Messages.clusterCompute(TOTAL_PF, total.number(), cards, peak, supported)), paramCite));
                p.supersede(TOTAL_PF, bounded(total, pflops, "what the inventory's cards deliver"));
                contradicted.add(TOTAL_PF);
            }
            if (pf != null) {
                double n = p.number(Keys.CLUSTER_ACC) > 0 ? Math.min(p.number(Keys.CLUSTER_ACC), count) : count;
                List<double[]> fastest = fastestCards(lines, n);
                double bound = Math.min(pflopsOf(fastest), pflops);
                double totalNow = p.number(Keys.TOTAL_PF);
                if (pf.number() > bound * tol) {
                    out.add(new Finding("cluster-compute", Outcome.SCORED_AT_BOUND, CLUSTER_PF, pf.origin(), pf.number(), bound, bound,
                            "PFLOPS", text(() -> fastest.size() == 1 ? Messages.clusterCompute(CLUSTER_PF, pf.number(), n, peak, bound)
                                    : Messages.clusterFastest(pf.number(), n, fastest, bound)), paramCite));
                    p.supersede(CLUSTER_PF, bounded(pf, bound, "what the cluster's cards deliver"));
                    contradicted.add(CLUSTER_PF);
                } else if (totalNow > 0 && pf.number() > totalNow * tol) {
                    out.add(new Finding("cluster-compute", Outcome.SCORED_AT_BOUND, CLUSTER_PF, pf.origin(), pf.number(), totalNow,
                            totalNow, "PFLOPS", text(() -> Messages.clusterAboveTotal(pf.number(), totalNow)), paramCite));
                    p.supersede(CLUSTER_PF, bounded(pf, totalNow, "the center's total compute"));
                    contradicted.add(CLUSTER_PF);
                }
            }
        }

        /**
         * An inventory with a line that gives no count ({@code line}): its size is unknown, so the cluster's accelerators
         * and the total compute cannot be held to it, and the finding says so (one count left out used to switch every
         * inventory check off without a word). The cluster's compute is still held to its accelerators at the
         * inventory's highest peak ({@code peak}; NaN when a line has none), which no count is needed for.
         */
        private void uncountedInventory(CenterProfile p, int line, double peak, List<Finding> out, Set<String> contradicted) {
            Datum acc = p.get(Keys.CLUSTER_ACC);
            Datum pf = p.get(Keys.CLUSTER_PF);
            Datum total = p.get(Keys.TOTAL_PF);
            String at = "compute.accelerators[" + line + "]";
            double tol = 1 + params.clusterTolerance();
            if (pf != null && acc != null && peak > 0 && pf.number() > acc.number() * peak / 1000 * tol) {
                double n = acc.number();
                double bound = n * peak / 1000;
                out.add(new Finding("cluster-compute", Outcome.SCORED_AT_BOUND, CLUSTER_PF, pf.origin(), pf.number(), bound, bound,
                        "PFLOPS", text(() -> Messages.clusterCompute(CLUSTER_PF, pf.number(), n, peak, bound)), paramCite));
                p.supersede(CLUSTER_PF, bounded(pf, bound, "what the cluster's cards deliver"));
                contradicted.add(CLUSTER_PF);
                return;
            }
            Datum claim = pf != null ? pf : acc != null ? acc : total;
            if (claim != null) {
                String key = pf != null ? CLUSTER_PF : acc != null ? CLUSTER_ACC : TOTAL_PF;
                out.add(new Finding("cluster-compute", Outcome.UNDECIDED, key, claim.origin(), claim.number(), Double.NaN, Double.NaN,
                        key.equals(CLUSTER_ACC) ? "" : "PFLOPS", text(() -> Messages.clusterUncounted(at)), List.of()));
            }
        }

        /**
         * Data said to describe the center ({@code assessed_on}) on a day before it went into service ({@code
         * commissioned}, a month meaning its first day) describes no center: one of the two dates is wrong. Every dated
         * measured or audited value is then before the commissioning or after {@code assessed_on}, and counts as declared
         * (evidence-before-commissioned, evidence-after-assessed); this finding names the contradiction itself, which the
         * demotions left unsaid.
         */
        private void assessedBeforeCommissioned(CenterProfile p, List<Finding> out) {
            Datum a = p.get(ASSESSED_ON);
            Datum c = p.get(COMMISSIONED);
            java.time.LocalDate on = a == null ? null : a.date();
            java.time.LocalDate since = c == null ? null : c.date();
            if (on == null || since == null || !on.isBefore(since)) {
                return;
            }
            String sinceText = c.text() != null ? c.text() : since.toString();
            out.add(new Finding("assessed-before-commissioned", Outcome.NOTED, ASSESSED_ON, a.origin(), Double.NaN, Double.NaN,
                    Double.NaN, "", text(() -> Messages.assessedBeforeCommissioned(on, sinceText)), List.of()));
        }

        /**
         * A measurement or an audit dated before the center went into service ({@code commissioned}, a month meaning its
         * first day) is not of this center: the value counts as declared. An audit of 2020 on a center commissioned in
         * 2025 counted as audited evidence, five years old.
         */
        private void evidenceBeforeCommissioned(CenterProfile p, List<Finding> out) {
            Datum c = p.get(COMMISSIONED);
            java.time.LocalDate since = c == null ? null : c.date();
            if (since != null) {
                String sinceText = c.text() != null ? c.text() : since.toString();
                demoteDated(p, out, "evidence-before-commissioned", d -> d.isBefore(since),
                        (date, keys) -> Messages.evidenceBeforeCommissioned(date, sinceText, keys));
            }
        }

        /**
         * A measurement or an audit dated after the date the profile's data describes ({@code assessed_on}) is not of
         * that data: the value counts as declared, so the label earns nothing (an audit of June on data of January
         * counted as audited). A date after the reference date is already an error when read; the age of the evidence
         * left as it was is still counted against the reference date, not against {@code assessed_on}.
         */
        private void evidenceAfterAssessed(CenterProfile p, List<Finding> out) {
            Datum a = p.get(ASSESSED_ON);
            java.time.LocalDate on = a == null ? null : a.date();
            if (on != null) {
                demoteDated(p, out, "evidence-after-assessed", d -> d.isAfter(on),
                        (date, keys) -> Messages.evidenceAfterAssessed(date, on, keys));
            }
        }

        /**
         * Every measured or audited value whose evidence date {@code outside} takes counts as declared, with one finding
         * of check {@code check} per date (a run sets a metric and its conditions on one date) naming every value it
         * demotes, in the words of {@code says}.
         */
        private void demoteDated(CenterProfile p, List<Finding> out, String check,
                                 java.util.function.Predicate<java.time.LocalDate> outside,
                                 java.util.function.BiFunction<java.time.LocalDate, List<String>, Label> says) {
            boolean any = false;
            for (Datum d : p.anyEarned() ? p.values().values() : List.<Datum>of()) {
                if (any = dated(d, outside)) {
                    break;
                }
            }
            if (!any) {
                return;
            }
            java.util.Map<java.time.LocalDate, List<String>> byDate = new java.util.TreeMap<>();
            java.util.Map<java.time.LocalDate, Datum> first = new java.util.HashMap<>();
            for (String key : new ArrayList<>(p.values().keySet())) {
                Datum d = p.get(key);
                if (!dated(d, outside)) {
                    continue;
                }
                byDate.computeIfAbsent(d.evidenceDate(), k -> new ArrayList<>()).add(key + " (" + d.evidence().id() + ")");
                first.putIfAbsent(d.evidenceDate(), d);
                p.supersede(key, d.withEvidence(Evidence.DECLARED));
            }
            for (java.util.Map.Entry<java.time.LocalDate, List<String>> e : byDate.entrySet()) {
                Datum d = first.get(e.getKey());
                String key = e.getValue().get(0).substring(0, e.getValue().get(0).indexOf(' '));
                List<String> keys = e.getValue();
                out.add(new Finding(check, Outcome.SCORED_AT_BOUND, key, d.origin(),
                        d.kind() == Datum.Kind.NUMBER ? d.number() : Double.NaN, Double.NaN, Double.NaN, "",
                        text(() -> says.apply(e.getKey(), keys)), List.of()));
            }
        }

        /** Whether {@code d} is evidence measured or audited on a date {@code outside} takes. */
        private static boolean dated(Datum d, java.util.function.Predicate<java.time.LocalDate> outside) {
            return d != null && d.evidence() != Evidence.DECLARED && d.evidenceDate() != null && outside.test(d.evidenceDate());
        }

        /** A claim replaced by the bound it broke: the bound is arithmetic on other claims, so it counts as declared. */
        private static Datum bounded(Datum stated, double bound, String what) {
            return Datum.number(bound, Evidence.DECLARED, "held to " + what + " (checks stage)", null, stated.origin());
        }

        // ---- a training run's achieved TFLOP/s against the card's peak ----------------------------------------

        private void achievedTflops(CenterProfile p, List<Finding> out) {
            Datum d = p.get(Keys.TFLOPS);
            if (d == null) {
                return;
            }
            double achieved = d.number();
            String model = p.text(Keys.TFLOPS_MODEL);
            String precision = p.text(Keys.TFLOPS_PRECISION);
            double given = p.number(Keys.TFLOPS_PEAK);
            Accelerator line = null;
            AcceleratorCatalog.Card card = null;
            List<Accelerator> several = List.of();
            if (model != null) {
                card = catalog.find(null, model);
                line = inventoryLine(p, model, card);
                if (line == null && !p.accelerators().isEmpty()) {
                    out.add(new Finding("run-accelerator-not-in-inventory", Outcome.NOTED, TFLOPS + ".accelerator_model",
                            d.origin(), Double.NaN, Double.NaN, Double.NaN, "", text(() -> Messages.runCardNotInInventory(model)), List.of()));
                }
                if (card == null && line != null) {
                    card = identity.card(line);
                }
            } else {
                List<Accelerator> kinds = distinctKinds(p);
                if (kinds.size() == 1) {
                    line = kinds.get(0);
                    card = identity.card(line);
                } else if (!(given > 0)) {
                    out.add(new Finding("training-peak", Outcome.NOT_SCORED, TFLOPS, d.origin(), achieved, Double.NaN, Double.NaN,
                            "TFLOPS", text(() -> Messages.trainingNoCard(kinds.size())), List.of()));
                    return;
                } else {
                    several = kinds;
                }
            }
            boolean fp8 = precision != null && Names.key(precision).startsWith("fp8");
            double linePeak = line != null && !fp8 ? line.fp16Tflops() : Double.NaN;
            double cardPeak = card != null ? card.peakFor(precision) : Double.NaN;
            // The inventory line's peak is a claim too, and the MFU's divisor when no run states one: an H800 line written
            // at 500 TFLOPS made 414 TFLOP/s an MFU of 83%. Below the least peak the catalog gives the card (of the entry and
            // the variants it stands for: a bare "Ascend 910B" may be any of its bins, down to the 910B4's 280), beyond
            // datasheet rounding, the catalog's peak divides instead.
            double leastOfCard = card != null ? leastPeak(card, precision) : Double.NaN;
            if (linePeak > 0 && leastOfCard > 0 && linePeak < leastOfCard * (1 - params.peakMatchWithin())) {
                double written = linePeak;
                Accelerator lowLine = line;
                int at = p.accelerators().indexOf(line);
                String metric = at >= 0 ? peakPath(at) : TFLOPS + ".accelerator_model";
                String name = label(card);
                out.add(new Finding("line-peak-below-datasheet", Outcome.SCORED_AT_BOUND, metric, line.origin().withPath(metric),
                        written, leastOfCard, leastOfCard, "TFLOPS", text(() -> Messages.linePeakBelowDatasheet(lowLine.label(), written,
                        name, leastOfCard)), card.cite()));
                linePeak = leastOfCard;
            }
            double bound = minKnown(minKnown(linePeak, cardPeak), given);
            // The peak MFU is of: the inventory's (else the catalog's) peak of the run's card. A run's own stated peak is a
            // claim too: below that one (beyond datasheet rounding) it would make the card slower than it is and its MFU
            // higher (an H800 run "at a 700 TFLOPS peak" turned 37.7% into 53.2%), so the card's peak is used instead.
            double known = linePeak > 0 ? linePeak : cardPeak;
            // An FP8 run of a card without an FP8 figure: its FP8 peak is never below its dense FP16 peak (on every card of
            // the catalog with both), so the inventory's FP16 peak is the least its stated peak may be.
            boolean fromFp16 = !(known > 0) && fp8 && line != null && line.fp16Tflops() > 0;
            double least = fromFp16 ? line.fp16Tflops() : known;
            // A run that names no card, on an inventory of several, ran on one of them: its stated peak may not be below the
            // slowest of them (a stated 200 TFLOPS on an inventory of H800 and Ascend 910B chose the MFU's divisor freely).
            Accelerator slowest = several.size() > 1 && !(least > 0) ? slowest(several, precision) : null;
            if (slowest != null) {
                least = kindPeak(slowest, precision);
            }
            boolean understated = given > 0 && least > 0 && given < least * (1 - params.peakMatchWithin());
            double denominator = given > 0 && !understated ? given : least;
            String what = model != null ? model : line != null ? line.label() : "the run's accelerator";
            if (!(bound > 0) || !(denominator > 0)) {
                out.add(new Finding("training-peak", Outcome.NOT_SCORED, TFLOPS, d.origin(), achieved, Double.NaN, Double.NaN,
                        "TFLOPS", text(() -> Messages.trainingNoPeak(what)), List.of()));
                return;
            }
            List<String> cite = card == null ? List.of() : card.cite();
            if (achieved > bound) {
                out.add(new Finding("training-peak", Outcome.NOT_SCORED, TFLOPS, d.origin(), achieved, bound, Double.NaN, "TFLOPS",
                        text(() -> Messages.trainingPeak(achieved, bound, what)), cite));
                return;
            }
            if (understated) {
                Datum stated = p.get(Keys.TFLOPS_PEAK);
                double floor = least;
                String slowestName = slowest == null ? null : identity.card(slowest) != null ? label(identity.card(slowest)) : slowest.label();
                out.add(new Finding("training-peak", Outcome.SCORED_AT_BOUND, TFLOPS + ".peak_tflops_per_accelerator",
                        stated != null ? stated.origin() : d.origin(), given, floor, floor, "TFLOPS", text(() -> slowestName != null
                        ? Messages.trainingPeakBelowSlowest(given, floor, slowestName, precision)
                        : Messages.trainingPeakUnderstated(given, floor, what, precision, fromFp16)), cite));
            }
            double mfu = 100 * achieved / denominator;
            Label how = Messages.trainingMfu(achieved, denominator, what);
            p.supersede(MFU, Datum.numberWithNote(mfu, d.evidence(), new Label(how.en() + "; " + (d.note() == null ? "" : d.note()),
                    how.zh() + "；" + (d.note() == null ? "" : d.note("zh"))), d.evidenceDate(), d.origin()));
            Datum runScale = p.get(Keys.TFLOPS_SCALE);
            if (runScale != null) {
                p.supersede(MFU_SCALE, runScale);
            } else {
                p.withdraw(MFU_SCALE);
            }
        }

        /**
         * The least peak at {@code precision} the catalog gives {@code card}: its own, or that of a variant it may stand for
         * (a card of its family whose name begins with its name: the Ascend 910B's bins 910B1-B4, the H100's PCIe and NVL
         * versions), so that an inventory naming the entry is never held above the slowest card it may be.
         */
        private double leastPeak(AcceleratorCatalog.Card card, String precision) {
            double least = card.peakFor(precision);
            for (AcceleratorCatalog.Card c : variants.getOrDefault(card, List.of())) {
                double v = c.peakFor(precision);
                if (v > 0 && !(v >= least)) {
                    least = v;
                }
            }
            return least;
        }

        /**
         * The least peak a run at {@code precision} on the card of {@code line} can have: the larger of the line's dense FP16
         * peak (no card's FP8 peak is below its FP16) and the least the catalog gives the card; NaN when neither is known.
         */
        private double kindPeak(Accelerator line, String precision) {
            AcceleratorCatalog.Card c = identity.card(line);
            double own = line.fp16Tflops() > 0 ? line.fp16Tflops() : Double.NaN;
            double known = c != null ? leastPeak(c, precision) : Double.NaN;
            return own > 0 && known > 0 ? Math.max(own, known) : own > 0 ? own : known;
        }

        /** The line of {@code kinds} whose card is slowest at {@code precision}; null when one of them has no known peak. */
        private Accelerator slowest(List<Accelerator> kinds, String precision) {
            Accelerator slowest = null;
            double least = Double.NaN;
            for (Accelerator a : kinds) {
                double k = kindPeak(a, precision);
                if (!(k > 0)) {
                    return null;
                }
                if (slowest == null || k < least) {
                    slowest = a;
                    least = k;
                }
            }
            return slowest;
        }

        private Accelerator inventoryLine(CenterProfile p, String model, AcceleratorCatalog.Card card) {
            String key = Names.key(model);
            for (Accelerator a : p.accelerators()) {
                AcceleratorCatalog.Card c = identity.card(a);
                if (card != null && c != null && c.id().equals(card.id())) {
                    return a;
                }
                String own = Names.key(a.model());
                if (!own.isEmpty() && (Names.key(a.label()).contains(key) || key.contains(own))) {
                    return a;
                }
            }
            return null;
        }

        /** One inventory line per distinct accelerator model (CPUs left out). */
        private List<Accelerator> distinctKinds(CenterProfile p) {
            List<Accelerator> inv = p.accelerators();
            if (inv.size() == 1) {
                return identity.isCpu(inv.get(0)) ? List.of() : inv;
            }
            List<Accelerator> out = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (Accelerator a : inv) {
                if (!identity.isCpu(a) && seen.add(identity.model(a))) {
                    out.add(a);
                }
            }
            return out;
        }

        private static double minKnown(double a, double b) {
            if (!(a > 0)) {
                return b;
            }
            if (!(b > 0)) {
                return a;
            }
            return Math.min(a, b);
        }

        // ---- the scale a measurement was taken at ---------------------------------------------------------------

        private void scale(CenterProfile p, List<Finding> out) {
            double cluster = p.number(Keys.CLUSTER_ACC);
            Datum s = p.get(Keys.SPEEDUP);
            if (s != null) {
                double from = p.number(Keys.SPEEDUP_FROM);
                double to = p.number(Keys.SPEEDUP_TO);
                if (!(from > 0) || !(to > from)) {
                    out.add(new Finding("measurement-scale", Outcome.UNDECIDED, SPEEDUP, s.origin(), s.number(), Double.NaN,
                            Double.NaN, "", text(() -> Messages.scaleUnknown("the linear speed-up", "from_accelerators, to_accelerators")), List.of()));
                } else if (cluster > to) {
                    // The measured loss per doubling, carried on to the cluster's size: s^(log(cluster/from)/log(to/from)).
                    double credited = Math.pow(s.number(), Math.log(cluster / from) / Math.log(to / from));
                    if (credited < s.number()) {
                        out.add(new Finding("measurement-scale", Outcome.SCORED_AT_BOUND, SPEEDUP, s.origin(), s.number(), credited,
                                credited, "", text(() -> Messages.speedupScale(s.number(), from, to, cluster, credited)), paramCite));
                        p.supersede(SPEEDUP, scaled(s, credited, Messages.extrapolated()));
                    }
                }
            }
            Datum m = p.get(Keys.MFU);
            if (m != null) {
                double n = p.number(Keys.MFU_SCALE);
                if (!(n > 0)) {
                    out.add(new Finding("measurement-scale", Outcome.UNDECIDED, MFU, m.origin(), m.number(), Double.NaN, Double.NaN,
                            "%", text(() -> Messages.scaleUnknown("the MFU", "accelerators")), List.of()));
                } else if (cluster > n) {
                    double doublings = Math.log(cluster / n) / Math.log(2);
                    double credited = m.number() * Math.pow(params.scalingPerDoubling(), doublings);
                    out.add(new Finding("measurement-scale", Outcome.SCORED_AT_BOUND, MFU, m.origin(), m.number(), credited, credited,
                            "%", text(() -> Messages.mfuScale(m.number(), n, cluster, params.scalingPerDoubling(), credited)), paramCite));
                    p.supersede(MFU, scaled(m, credited, Messages.extrapolated()));
                }
            }
        }

        /** A measurement carried to a larger scale by the rule set's arithmetic keeps its evidence. */
        private static Datum scaled(Datum d, double v, Label what) {
            return Datum.numberWithNote(v, d.evidence(), new Label((d.note() == null ? "" : d.note() + "; ") + what.en() + " (checks stage)",
                    (d.note() == null ? "" : d.note("zh") + "；") + what.zh() + "（核查阶段）"), d.evidenceDate(), d.origin());
        }

        // ---- mixture-of-experts: active parameters ---------------------------------------------------------------

        private void activeParams(CenterProfile p, List<Finding> out) {
            Datum params = p.get(Keys.PARAMS);
            Datum active = p.get(Keys.ACTIVE);
            if (params == null && active == null) {
                return;
            }
            String name = p.text(Keys.MODEL);
            ModelTable.Model m = model(name);
            Location at = params != null ? params.origin() : active.origin();
            if (m == null) {
                if (active == null && !models.isEmpty()) {
                    out.add(new Finding("model-unknown", Outcome.UNDECIDED, ACTIVE, at, params.number(), Double.NaN, params.number(),
                            "B params", text(() -> Messages.modelUnknown(name, params.number())), List.of()));
                    p.supersede(ACTIVE, Datum.number(params.number(), params.evidence(), "params_b: model not in the table",
                            params.evidenceDate(), params.origin()));
                }
                return;
            }
            if (params != null && Math.abs(params.number() - m.totalB()) > 0.05 * m.totalB()) {
                out.add(new Finding("model-size", Outcome.SCORED_AT_BOUND, PARAMS, params.origin(), params.number(), m.totalB(),
                        m.totalB(), "B params", text(() -> Messages.modelSize("params_b", m.name(), params.number(), m.totalB())), m.cite()));
                p.supersede(PARAMS, Datum.number(m.totalB(), Evidence.DECLARED, "from the model table", null, params.origin()));
            }
            if (active != null && active.number() > m.activeB() * 1.05) {
                out.add(new Finding("model-size", Outcome.SCORED_AT_BOUND, ACTIVE, active.origin(), active.number(), m.activeB(),
                        m.activeB(), "B params", text(() -> Messages.modelSize("active_params_b", m.name(), active.number(), m.activeB())), m.cite()));
            }
            if (active == null || active.number() > m.activeB() * 1.05) {
                String note = tableNotes.get(m);
                p.supersede(ACTIVE, Datum.number(m.activeB(), Evidence.DECLARED, note != null ? note : tableNote(m), null,
                        (params != null ? params : active).origin().withPath(ACTIVE)));
            }
        }

        // ---- physics of serving: the compute a token costs -------------------------------------------------------

        /**
         * What the serving claims run on, for the compute bound: the accelerators serving ({@code
         * inference.throughput.accelerators}, else the inventory's count), the fastest dense figure any of them has at
         * the serving precision when the profile states one ({@link #peakAt}, named by {@code peakAt}), else at any
         * precision the catalog lists (FP16, FP8, INT8: serving may use any), and the model's active parameters.
         * A card the catalog does not know is held to the catalog's fastest card, so an invented peak lifts nothing.
         * {@code bits} is what each weight is read at by the bandwidth checks: the serving precision's bits ({@code
         * inference.throughput.precision}) when stated and more than {@code decode_min_bits_per_weight}, else that
         * (NaN: switched off); {@code precision} is the format stated, or null. {@code inputTokens} and {@code
         * outputTokens} are the run's mean prompt and output tokens per request ({@code inference.throughput.input_tokens},
         * {@code .output_tokens}), NaN when not stated.
         */
        private record Serving(double accelerators, double peakTflops, String card, String peakAt, double activeB, double bandwidthGbS,
                               AcceleratorCatalog.Card bandwidthOf, Accelerator heldLine, double bits, String precision,
                               double inputTokens, double outputTokens) {

            /**
             * Prompt tokens the accelerators process for each output token: input / output tokens per request when the
             * profile states both, else 0 (the prompts' compute left out, as if every prompt were empty).
             */
            double promptPerOutput() {
                return inputTokens > 0 && outputTokens > 0 ? inputTokens / outputTokens : 0;
            }

            /**
             * Output tokens per second the accelerators can compute at 100% of their peak: every token, prompt or output,
             * costs 2 FLOPs per active parameter in its forward pass, and each output token comes with {@link
             * #promptPerOutput} prompt tokens.
             */
            double tokensPerSecond() {
                return accelerators * peakTflops * 1000 / (2 * activeB * (1 + promptPerOutput()));
            }

            /** The least time (ms) of one forward pass for one token, at 100% of the accelerators' peak. */
            double forwardPassMs() {
                return 2 * activeB / (accelerators * peakTflops);
            }

            boolean known() {
                return accelerators > 0 && peakTflops > 0 && activeB > 0;
            }
        }

        private Serving serving(CenterProfile p) {
            double peak = 0;
            String card = null;
            String peakAt = null;
            // The serving precision, when stated, is the precision the run computed at: a bf16 run's matrix products are
            // bf16 ones, and its cards' FP8 or INT8 figures (twice the FP16 on most) are not its peak.
            String precision = p.text(Keys.PRECISION);
            double stated = ProfileSchema.bitsPerWeight(precision);
            // The memory bandwidth of the widest card of the inventory; a card without a figure (unknown to the
            // catalog, or known without one) is held to the catalog's widest with off-chip memory, so a missing figure
            // never tightens it and an SRAM engine's never lifts it.
            double bandwidth = 0;
            AcceleratorCatalog.Card bandwidthOf = null;
            Accelerator heldLine = null;
            boolean anyCard = false;
            for (Accelerator a : p.accelerators()) {
                if (identity.isCpu(a)) {
                    continue;
                }
                anyCard = true;
                AcceleratorCatalog.Card c = identity.card(a);
                double bw = c != null && c.memoryBandwidthGbS() > 0 ? c.memoryBandwidthGbS() : widestBandwidth;
                if (bw > bandwidth) {
                    bandwidth = bw;
                    boolean own = c != null && c.memoryBandwidthGbS() > 0;
                    bandwidthOf = own ? c : null;
                    heldLine = own ? null : a;
                }
                double atPrecision = c != null ? peakAt(c, precision, stated) : Double.NaN;
                double ceiling = stated >= 16 && fastestDense > 0 ? fastestDense : fastestKnown;
                double f = c != null ? Math.max(atPrecision > 0 ? atPrecision : fastest(c), a.fp16Tflops() > 0 ? a.fp16Tflops() : 0)
                        : ceiling > 0 && a.fp16Tflops() > 0 ? Math.min(a.fp16Tflops(), ceiling) : a.fp16Tflops();
                if (f > peak) {
                    peak = f;
                    card = c != null ? label(c) : a.label();
                    peakAt = atPrecision > 0 || (c == null && stated >= 16) ? precision : null;
                }
            }
            if (!(peak > 0)) {
                boolean dense = stated >= 16 && fastestDense > 0;
                peak = dense ? fastestDense : fastestKnown;
                String of = dense ? fastestDenseCard : fastestCard;
                card = of == null ? null : "any accelerator of the catalog (the fastest is the " + of + ")";
                peakAt = dense ? precision : null;
            }
            if (!anyCard) {
                bandwidth = widestBandwidth;
            }
            double n = p.number(Keys.SERVING_ACC);
            double inventory = p.number(Keys.COUNT);
            if (!(n > 0) || n > inventory) {
                n = inventory > 0 || !(n > 0) ? inventory : n; // no more than the inventory holds (serving-accelerators)
            }
            // The bits a weight is read at: the serving precision's when the profile states one and it is more than the
            // rule set's fewest, else the fewest, so stating a precision can only tighten the bandwidth checks.
            double least = params.decodeMinBitsPerWeight();
            double bits = least > 0 && stated > least ? stated : least;
            return new Serving(n, peak, card, peakAt, p.number(Keys.ACTIVE), bandwidth, bandwidthOf, heldLine, bits, precision,
                    p.number(Keys.INPUT_TOKENS), p.number(Keys.OUTPUT_TOKENS));
        }

        /**
         * The dense peak of {@code c} at a stated serving precision, NaN when the precision is not stated or the card has no
         * figure at it (its fastest figure then holds): dense FP16 for a 16- or 32-bit precision (no card computes FP32
         * faster than FP16), the FP8 figure for fp8, the INT8 for int8. A 4-bit format names no compute precision of its
         * own (w4a16 computes at 16 bits, w4a8 at 8) and keeps the fastest figure.
         */
        private static double peakAt(AcceleratorCatalog.Card c, String precision, double bits) {
            if (bits >= 16) {
                return c.fp16Tflops() > 0 ? c.fp16Tflops() : Double.NaN;
            }
            if ("fp8".equals(precision)) {
                return c.fp8Tflops() > 0 ? c.fp8Tflops() : Double.NaN;
            }
            if ("int8".equals(precision)) {
                return c.int8Tops() > 0 ? c.int8Tops() : Double.NaN;
            }
            return Double.NaN;
        }


        /**
         * Throughput cannot exceed what the serving accelerators compute: a generated token costs about 2 FLOPs per
         * active parameter (transformer-flops), so at 100% of the fastest peak the accelerators generate at most
         * accelerators x peak / (2 x active parameters) tokens a second, and memory bandwidth bounds decoding lower
         * still. Each request's prompt costs the same 2 FLOPs per active parameter per token in its prefill, so when the
         * profile states the tokens per request, the bound divides by 1 + input / output tokens. A claim past it is
         * physically impossible and not scored.
         */
        private void computeBound(CenterProfile p, Serving s, Datum written, List<Finding> out, Set<String> contradicted) {
            Datum x = p.get(Keys.THROUGHPUT);
            if (x == null) {
                return;
            }
            if (!s.known()) {
                out.add(new Finding("compute-bound", Outcome.UNDECIDED, THROUGHPUT, x.origin(), x.number(), Double.NaN, Double.NaN,
                        "tokens/s", text(() -> Messages.computeBoundUnknown(s.activeB() > 0, s.accelerators() > 0)), List.of(CITE_FLOPS)));
                return;
            }
            double bound = s.tokensPerSecond();
            if (x.number() > bound) {
                // The claim is what the center wrote; Little's law may have capped it already, and the cap is said too.
                double claim = written != null ? written.number() : x.number();
                double capped = written != null ? x.number() : Double.NaN;
                out.add(new Finding("compute-bound", Outcome.NOT_SCORED, THROUGHPUT, x.origin(), claim, bound, Double.NaN,
                        "tokens/s", text(() -> Messages.computeBound(claim, capped, s.accelerators(), s.card(), s.peakTflops(), s.peakAt(),
                        s.activeB(), s.inputTokens(), s.outputTokens(), s.promptPerOutput(), bound)), List.of(CITE_FLOPS)));
                p.withdraw(THROUGHPUT);
                contradicted.add(THROUGHPUT);
            }
        }

        /**
         * The served model's weights must fit in the memory of the accelerators the throughput is divided by: every
         * parameter (a mixture-of-experts model keeps all its experts) at the bits a weight is read at ({@link Serving#bits},
         * 4 unless the profile states more), against the serving accelerators times the largest memory of the inventory's
         * cards (the catalog's figure; a card it does not know, or knows without one, its stated memory held to the
         * catalog's largest of a card with off-chip memory, or that largest when none is stated: an invented card's 2,000 GB
         * let DeepSeek-R1 at FP8 pass "on one accelerator"). Qwen2.5-72B
         * in BF16 "on one H800" (145 GB in 80 GB) multiplied the throughput per accelerator by the cards left unsaid. The
         * KV cache, which needs memory too, is left out; an on-chip SRAM engine streams its weights and is not held.
         */
        private void weightsMemory(CenterProfile p, Serving s, List<Finding> out, Set<String> contradicted) {
            Datum x = p.get(Keys.THROUGHPUT);
            double total = p.number(Keys.PARAMS);
            double a = s.accelerators();
            if (x == null || !(total > 0) || !(a > 0) || !(s.bits() > 0)) {
                return;
            }
            double memory = 0;
            Label card = null;
            for (Accelerator line : p.accelerators()) {
                if (identity.isCpu(line)) {
                    continue;
                }
                AcceleratorCatalog.Card c = identity.card(line);
                if (c != null && c.sram()) {
                    return;
                }
                boolean own = c != null && c.memoryGb() > 0;
                double stated = line.memoryGb();
                // A stated memory is a claim: held to the most any card of the catalog with off-chip memory has.
                boolean held = !own && stated > 0 && largestMemory > 0 && stated > largestMemory;
                double m = own ? c.memoryGb() : stated > 0 && !held ? stated : largestMemory;
                if (m > memory) {
                    memory = m;
                    card = own ? named(label(c)) : held ? Messages.memoryHeld(line.label(), stated, largestMemoryCard, largestMemory)
                            : stated > 0 ? named(line.label()) : largestMemoryCard == null ? null : named(largestMemoryCard);
                }
            }
            if (p.accelerators().isEmpty()) {
                memory = largestMemory;
                card = largestMemoryCard == null ? null : named(largestMemoryCard);
            }
            double weights = total * s.bits() / 8;
            if (!(memory > 0) || weights <= a * memory) {
                return;
            }
            double m = memory;
            Label of = card;
            out.add(new Finding("weights-memory", Outcome.NOT_SCORED, THROUGHPUT, x.origin(), x.number(), a * memory, Double.NaN,
                    "GB", text(() -> Messages.weightsMemory(total, s.bits(), weights, a, of, m)), List.of()));
            p.withdraw(THROUGHPUT);
            contradicted.add(THROUGHPUT);
        }

        /**
         * Decoding reads the model's weights once per step, whatever the batch: a sequence gets at most
         * {@code decode_tokens_per_weight_pass} tokens (speculative decoding) per read of its replica's weights, at
         * least {@code decode_min_bits_per_weight} bits per active parameter (more when the profile states its serving
         * precision, {@link Serving#bits}), at the memory bandwidth of the replica's
         * accelerators. However the A serving accelerators are split into replicas, N concurrent sequences then
         * generate at most N x A x bandwidth x tokens per pass x 8 / (bits x active parameters) tokens a second (a
         * replica of all A is the fastest per sequence); the KV cache, read too, is left out. A claim past it is
         * physically impossible and not scored. Without a concurrency the bound is not known (Little's law already
         * says so).
         */
        private void bandwidthBound(CenterProfile p, Serving s, Datum written, List<Finding> out, Set<String> contradicted) {
            Datum x = p.get(Keys.THROUGHPUT);
            double n = p.number(Keys.CONCURRENCY);
            if (x == null || !(n > 0)) {
                return;
            }
            double bound = decodeTokensPerSecond(s, n);
            if (!(bound > 0)) {
                return;
            }
            if (x.number() > bound) {
                double v = written != null ? written.number() : x.number();
                double capped = written != null ? x.number() : Double.NaN;
                out.add(new Finding("bandwidth-bound", Outcome.NOT_SCORED, THROUGHPUT, x.origin(), v, bound, Double.NaN,
                        "tokens/s", text(() -> Messages.bandwidthBound(v, capped, n, s.accelerators(), bandwidthCard(s), s.bandwidthGbS(),
                        s.activeB(), params.decodeTokensPerWeightPass(), bitsEach(s), bound)), paramCite));
                p.withdraw(THROUGHPUT);
                contradicted.add(THROUGHPUT);
            }
        }

        /**
         * The fastest {@code n} concurrent sequences can decode as the bandwidth bound credits them, in tokens a second:
         * each step reads the active weights once, at {@link Serving#bits} bits each, from all A serving
         * accelerators at once (tensor parallel, the fastest per sequence), and yields each sequence at most {@code
         * decode_tokens_per_weight_pass} tokens: n x A x B x decode_tokens_per_weight_pass x 8 / (bits x active
         * parameters). bandwidth-bound holds a throughput at concurrency N to it, tpot-bandwidth-floor a time per output
         * token to 1000 / it (n = 1) ms. NaN when it is not known or switched off.
         */
        private double decodeTokensPerSecond(Serving s, double n) {
            double k = params.decodeTokensPerWeightPass();
            if (!(k >= 1) || !readable(s)) {
                return Double.NaN;
            }
            return n * s.accelerators() * s.bandwidthGbS() * (k * 8 / s.bits()) / s.activeB();
        }

        /** Whether a read of the weights has a known least time: bits, bandwidth, accelerators and parameters known. */
        private static boolean readable(Serving s) {
            return s.bits() > 0 && s.bandwidthGbS() > 0 && s.accelerators() > 0 && s.activeB() > 0;
        }

        /** How many bits each weight is read at, and why, in words (only when a finding is written). */
        private static Messages.Bits bitsEach(Serving s) {
            return Messages.bits(s.bits(), s.precision(), ProfileSchema.bitsPerWeight(s.precision()));
        }

        /**
         * A time per output token of one stream is at least one read of the active weights from the serving
         * accelerators' memory, shared by the tokens speculative decoding yields per read: 1000 / {@link
         * #decodeTokensPerSecond} of one sequence ms. A TPOT p50 or p99 below it is physically impossible and not scored (p99 is
         * never below p50, so both are held to it).
         */
        private void tpotBandwidthFloor(CenterProfile p, Serving s, List<Finding> out, Set<String> contradicted) {
            double stream = decodeTokensPerSecond(s, 1);
            if (!(stream > 0)) {
                return;
            }
            double floor = 1000 / stream;
            // LATENCIES holds TTFT p50, p99, TPOT p50, p99, e2e p50, p99: TPOT at 2 and 3.
            holdToFloor(p, 2, "tpot-bandwidth-floor", floor, (metric, v) -> Messages.tpotBandwidthFloor(metric, v, s.accelerators(),
                    bandwidthCard(s), s.bandwidthGbS(), s.activeB(), params.decodeTokensPerWeightPass(), bitsEach(s), floor), out,
                    contradicted);
        }

        /**
         * A first token is the output of a forward pass of the whole model over the prompt (the prefill), which reads
         * every active weight at least once from the serving accelerators' memory: at least {@code
         * ttft_min_weight_reads} (1) reads of the active weights at {@link Serving#bits} bits each, from all A
         * accelerators at once (tensor parallel, the fastest for one request), active x bits / 8 / (A x B) x 1000 ms.
         * Speculative decoding does not shorten it: a drafted token counts only once the model's own pass has
         * checked it, and the first comes from the prefill. The prompt's compute bounds it too ({@link
         * #ttftComputeFloor}). A TTFT p50 or p99 below it is physically impossible and not scored, and so is an
         * end-to-end latency (a response contains its first token).
         */
        private void ttftBandwidthFloor(CenterProfile p, Serving s, List<Finding> out, Set<String> contradicted) {
            double reads = params.ttftMinWeightReads();
            if (!(reads > 0) || !readable(s)) {
                return;
            }
            double floor = reads * s.activeB() * s.bits() / 8 / (s.accelerators() * s.bandwidthGbS()) * 1000;
            // LATENCIES holds TTFT p50, p99 at 0 and 1 and e2e p50, p99 at 4 and 5: a response contains its first token,
            // so its end-to-end latency is held to the same floor (e2e-below-ttft, which runs later, cannot compare an
            // e2e with a TTFT withdrawn here).
            for (int first : new int[] {0, 4}) {
                holdToFloor(p, first, "ttft-bandwidth-floor", floor, (metric, v) -> Messages.ttftBandwidthFloor(metric, v, first == 4,
                        reads, s.accelerators(), bandwidthCard(s), s.bandwidthGbS(), s.activeB(), bitsEach(s), floor), out, contradicted);
            }
        }

        /**
         * A first token needs the prefill's compute: the forward pass over a prompt of I tokens costs 2 x active
         * parameters x I FLOPs (transformer-flops), at best on all A serving accelerators at 100% of their fastest peak
         * P: 2 x active x I / (A x P) ms (active in billions, P in TFLOPS). I is the run's mean prompt ({@code
         * inference.throughput.input_tokens}), so only the 99th percentiles are held to it: the request at the 99th
         * percentile has a prompt shorter than the mean only when the longest 1% of the prompts are some fifty times the
         * mean or more, while the median prompt of a run of varied prompts is often below the mean. A TTFT p99 below
         * it is physically impossible and not scored, and so is an end-to-end p99 (a response contains its first token).
         * Attention's own FLOPs, which grow with the prompt, are left out: the floor is lower than any real prefill.
         */
        private void ttftComputeFloor(CenterProfile p, Serving s, List<Finding> out, Set<String> contradicted) {
            double prompt = s.inputTokens();
            if (!(prompt > 0) || !s.known()) {
                return;
            }
            double floor = s.forwardPassMs() * prompt;
            // LATENCIES holds TTFT p99 at 1 and e2e p99 at 5.
            for (int i : new int[] {1, 5}) {
                holdOne(p, i, "ttft-compute-floor", floor, (metric, v) -> Messages.ttftComputeFloor(metric, v, i == 5, prompt,
                        s.accelerators(), s.card(), s.peakTflops(), s.peakAt(), s.activeB(), floor), List.of(CITE_FLOPS), out, contradicted);
            }
        }

        /**
         * Holds the p50 and the p99 of one latency (LATENCIES at {@code first} and {@code first + 1}) to {@code floor}
         * ms: one below it is physically impossible and not scored (p99 is never below p50, so both are held to it).
         */
        private void holdToFloor(CenterProfile p, int first, String check, double floor,
                                 java.util.function.BiFunction<String, Double, Label> why, List<Finding> out, Set<String> contradicted) {
            for (int i = first; i < first + 2; i++) {
                holdOne(p, i, check, floor, why, paramCite, out, contradicted);
            }
        }

        /** Holds the latency at {@code i} of LATENCIES to {@code floor} ms: one below it is not scored. */
        private void holdOne(CenterProfile p, int i, String check, double floor, java.util.function.BiFunction<String, Double, Label> why,
                             List<String> cite, List<Finding> out, Set<String> contradicted) {
            Datum d = p.get(Keys.LATENCIES.get(i));
            if (d == null || !(d.number() < floor)) {
                return;
            }
            String metric = LATENCIES.get(i);
            double v = d.number();
            out.add(new Finding(check, Outcome.NOT_SCORED, metric, d.origin(), v, floor, Double.NaN, "ms",
                    text(() -> why.apply(metric, v)), cite));
            p.withdraw(metric);
            contradicted.add(metric);
        }

        /** Whose memory bandwidth the bound used, in words (only when a finding is written). */
        private Label bandwidthCard(Serving s) {
            if (s.bandwidthOf() != null) {
                String name = label(s.bandwidthOf());
                return s.bandwidthOf().sram() ? new Label("the on-chip SRAM bandwidth of the " + name, name + " 的片上 SRAM 带宽")
                        : new Label("the memory bandwidth of the " + name, name + " 的显存带宽");
            }
            return s.heldLine() != null
                    ? new Label(s.heldLine().label() + " has no memory bandwidth in the catalog and is held to its widest card, the "
                            + widestCard, s.heldLine().label() + " 在目录中没有显存带宽数据，按目录中带宽最高的 " + widestCard + " 计")
                    : new Label("no inventory: the widest card of the catalog, the " + widestCard, "未列出加速卡清单：按目录中带宽最高的 "
                            + widestCard + " 计");
        }

        /**
         * No latency is shorter than one forward pass: a first token, a time per output token and a whole response
         * each take at least the time the serving accelerators need for one token at 100% of their peak, and at
         * least the time of the fastest single-stream decoding credited ({@code max_tokens_per_s_per_user}). A
         * latency below the floor is physically impossible and not scored.
         */
        private void latencyFloors(CenterProfile p, Serving s, List<Finding> out, Set<String> contradicted) {
            double perUser = params.maxTokensPerSecondPerUser();
            double floor = perUser > 0 ? 1000 / perUser : 0;
            double pass = s.known() ? s.forwardPassMs() : 0;
            double bound = Math.max(floor, pass);
            if (!(bound > 0)) {
                return;
            }
            for (int i = 0; i < LATENCIES.size(); i++) {
                Datum d = p.get(Keys.LATENCIES.get(i));
                if (d == null || !(d.number() < bound)) {
                    continue;
                }
                String metric = LATENCIES.get(i);
                out.add(new Finding("latency-floor", Outcome.NOT_SCORED, metric, d.origin(), d.number(), bound, Double.NaN, "ms",
                        text(() -> Messages.latencyFloor(metric, d.number(), floor, perUser, pass, s.card())),
                        pass > floor ? List.of(CITE_FLOPS) : paramCite));
                p.withdraw(metric);
                contradicted.add(metric);
            }
        }

        /**
         * A response ends after its first token: an end-to-end latency below the time to first token at the same
         * percentile contradicts itself. Neither figure can be trusted over the other, so neither is scored.
         */
        private void e2eBelowTtft(CenterProfile p, List<Finding> out, Set<String> contradicted) {
            // LATENCIES holds TTFT p50, p99, TPOT p50, p99, e2e p50, p99: e2e at i + 4 against TTFT at i.
            for (int i = 0; i < 2; i++) {
                String q = i == 0 ? "p50" : "p99";
                String e2e = LATENCIES.get(i + 4);
                String ttft = LATENCIES.get(i);
                Datum e = p.get(Keys.LATENCIES.get(i + 4));
                Datum t = p.get(Keys.LATENCIES.get(i));
                if (e == null || t == null || !(e.number() < t.number())) {
                    continue;
                }
                double ev = e.number();
                double tv = t.number();
                out.add(new Finding("e2e-below-ttft", Outcome.NOT_SCORED, e2e, e.origin(), ev, tv, Double.NaN, "ms",
                        text(() -> Messages.e2eBelowTtft(q, ev, tv)), List.of("judgement")));
                p.withdraw(e2e);
                p.withdraw(ttft);
                contradicted.add(e2e);
                contradicted.add(ttft);
            }
        }

        // ---- training claims past what any published run reached -----------------------------------------------

        /** An MFU above the rule set's ceiling (published records are about 50%) is not credible and not scored. */
        private void mfuCeiling(CenterProfile p, List<Finding> out, Set<String> contradicted) {
            double ceiling = params.maxMfuPct();
            notScoredAbove(p, Keys.MFU, MFU, "mfu-ceiling", ceiling, "%", v -> Messages.mfuCeiling(v, ceiling), CITE_MFU, out, contradicted);
        }

        /**
         * A claim at {@code key} above {@code ceiling} (switched off when not above 0) is not scored: a finding says so at
         * the key, with {@code message} of the claim, and the metric is withdrawn and marked contradicted.
         */
        private void notScoredAbove(CenterProfile p, CenterProfile.Key key, String metric, String check, double ceiling, String unit,
                                    java.util.function.DoubleFunction<Label> message, String cite, List<Finding> out,
                                    Set<String> contradicted) {
            Datum d = p.get(key);
            if (d == null || !(ceiling > 0) || !(d.number() > ceiling)) {
                return;
            }
            notScored(p, check, metric, d, ceiling, unit, () -> message.apply(d.number()), cite, out, contradicted);
        }

        /**
         * The claim {@code d} at {@code metric} is past a bound set by physics and the project's judgement: a finding at
         * it says so with {@code message}, and the metric is withdrawn and marked contradicted.
         */
        private void notScored(CenterProfile p, String check, String metric, Datum d, double bound, String unit,
                               java.util.function.Supplier<Label> message, String cite, List<Finding> out,
                               Set<String> contradicted) {
            out.add(new Finding(check, Outcome.NOT_SCORED, metric, d.origin(), d.number(), bound, Double.NaN, unit,
                    text(message), List.of(cite, "judgement")));
            p.withdraw(metric);
            contradicted.add(metric);
        }

        /**
         * A linear speed-up of 1 (or more) across more than one machine says communication costs nothing (one above
         * {@code max_speedup_per_doubling} to the power of the doublings measured says it costs less than any
         * published run lost), and a
         * recovery below the rule set's floor says a failed job restarts from its checkpoint at once: neither is a
         * measurement anyone has published, so neither is scored.
         */
        private void speedupAndRecovery(CenterProfile p, List<Finding> out, Set<String> contradicted) {
            Datum s = p.get(Keys.SPEEDUP);
            double machine = params.acceleratorsPerMachine() > 0 ? params.acceleratorsPerMachine() : 8;
            double to = p.number(Keys.SPEEDUP_TO);
            // The scale the speed-up is credited at: the largest cluster when it is larger (see scale()), where a
            // perfect 1 measured inside one machine would be carried unchanged.
            double cluster = p.number(Keys.CLUSTER_ACC);
            double credited = cluster > to ? cluster : to;
            // A span written backwards ("from 1,024 to 8", warned as CCA-P016 when read) still names the larger scale.
            double from0 = p.number(Keys.SPEEDUP_FROM);
            credited = from0 > credited ? from0 : credited;
            if (s != null && s.number() >= 1 && !(credited <= machine)) {
                out.add(new Finding("speedup-perfect", Outcome.NOT_SCORED, SPEEDUP, s.origin(), s.number(), Double.NaN, Double.NaN,
                        "", text(() -> Messages.speedupPerfect(s.number(), p.number(Keys.SPEEDUP_FROM), to, machine)), paramCite));
                p.withdraw(SPEEDUP);
                contradicted.add(SPEEDUP);
            } else if (s != null && !(credited <= machine) && params.maxSpeedupPerDoubling() > 0) {
                // Below 1 but still too close to it: each doubling of accelerators across machines loses at least
                // 1 - max_speedup_per_doubling. The span measured is from F to T; without both, one doubling.
                double from = p.number(Keys.SPEEDUP_FROM);
                double doublings = from > 0 && to > from ? Math.log(to / from) / Math.log(2) : 1;
                double q = params.maxSpeedupPerDoubling();
                double bound = Math.pow(q, doublings);
                double v = s.number();
                if (v > bound) {
                    out.add(new Finding("speedup-ceiling", Outcome.NOT_SCORED, SPEEDUP, s.origin(), v, bound, Double.NaN, "",
                            text(() -> Messages.speedupCeiling(v, from, to, doublings, q, bound)), paramCite));
                    p.withdraw(SPEEDUP);
                    contradicted.add(SPEEDUP);
                }
            }
            Datum r = p.get(Keys.RECOVERY);
            double floor = params.minRecoveryMinutes();
            if (r != null && floor > 0 && r.number() < floor) {
                out.add(new Finding("recovery-floor", Outcome.NOT_SCORED, RECOVERY, r.origin(), r.number(), floor, Double.NaN,
                        "minutes", text(() -> Messages.recoveryFloor(r.number(), floor)), paramCite));
                p.withdraw(RECOVERY);
                contradicted.add(RECOVERY);
            }
        }

        /**
         * A training job stops at the first failure of any of its accelerators, so its MTBF is at most the hours one
         * accelerator goes between failures divided by their number: the largest cluster's accelerators (the span the
         * score multiplies the MTBF by; one when not given, the least any job spans, so an unknown size never holds a
         * true claim) times the MTBF may reach {@code mtbf_ceiling_factor} x {@code accelerator_mtbf_hours} at most.
         * Above it the MTBF is not scored. Returns the MTBF the other stability claims are held to: as stated, the
         * ceiling when the claim passed it (so an impossible MTBF never loosens stability-consistency), NaN without one.
         */
        private double mtbfCeiling(CenterProfile p, List<Finding> out, Set<String> contradicted) {
            Datum m = p.get(Keys.MTBF);
            if (m == null) {
                return Double.NaN;
            }
            double per = params.acceleratorMtbfHours();
            double factor = params.mtbfCeilingFactor();
            if (!(per > 0) || !(factor > 0)) {
                return m.number();
            }
            double cluster = p.number(Keys.CLUSTER_ACC);
            boolean known = cluster > 0;
            double n = cluster > 1 ? cluster : 1;
            double bound = factor * per / n;
            notScoredAbove(p, Keys.MTBF, MTBF, "mtbf-ceiling", bound, "hours", v -> Messages.mtbfCeiling(v, n, known, per, factor, bound),
                    CITE_RELIABILITY, out, contradicted);
            return Math.min(m.number(), bound);
        }

        /**
         * Effective training time, MTBF and recovery time held to each other: a failure every MTBF hours stops the job
         * for at least {@code recovery_counted_share} of the stated recovery (no less than {@code min_recovery_minutes}),
         * so at most MTBF / (MTBF + that) of the time trains. Above it the three claims cannot all be true; the effective
         * time, the one the other two bound, is not scored.
         */
        private void stabilityConsistency(CenterProfile p, double mtbf, List<Finding> out, Set<String> contradicted) {
            Datum e = p.get(Keys.EFFECTIVE);
            double share = params.recoveryCountedShare();
            double recovery = p.number(Keys.RECOVERY);
            if (e == null || !(share > 0) || !(mtbf > 0) || !(recovery >= 0)) {
                return;
            }
            double floor = params.minRecoveryMinutes();
            double counted = share * (floor > recovery ? floor : recovery) / 60;
            double bound = 100 * mtbf / (mtbf + counted);
            double v = e.number();
            if (v > bound) {
                out.add(new Finding("stability-consistency", Outcome.NOT_SCORED, EFFECTIVE, e.origin(), v, bound, Double.NaN, "%",
                        text(() -> Messages.stabilityConsistency(v, mtbf, recovery, share, bound)), paramCite));
                p.withdraw(EFFECTIVE);
                contradicted.add(EFFECTIVE);
            }
        }

        /**
         * Serving figures on more accelerators than the inventory holds: the bounds of throughput and latency (compute,
         * bandwidth, the floors of a token) then count the inventory's accelerators, or 100,000 claimed cards would let a
         * 0.3 ms token pass; throughput per accelerator stays divided by the number claimed, the reading that credits less.
         */
        private void servingAccelerators(CenterProfile p, List<Finding> out) {
            Datum a = p.get(Keys.SERVING_ACC);
            double inventory = p.number(Keys.COUNT);
            if (a != null && inventory > 0 && a.number() > inventory) {
                out.add(new Finding("serving-accelerators", Outcome.NOTED, SERVING_ACC, a.origin(), a.number(), inventory, inventory, "",
                        text(() -> Messages.servingAccelerators(a.number(), inventory)), List.of()));
            } else if (a != null && !(inventory > 0)) {
                // A line without a count leaves the inventory's size unknown: the claimed serving cards go unchecked, and
                // the finding says so rather than nothing.
                double counted = 0;
                int uncounted = -1;
                for (int i = 0; i < p.accelerators().size(); i++) {
                    Accelerator line = p.accelerators().get(i);
                    if (identity.isCpu(line)) {
                        continue;
                    }
                    if (line.count() > 0) {
                        counted += line.count();
                    } else if (uncounted < 0) {
                        uncounted = i;
                    }
                }
                final String at = "compute.accelerators[" + uncounted + "]";
                if (uncounted >= 0 && a.number() > counted) {
                    out.add(new Finding("serving-accelerators", Outcome.UNDECIDED, SERVING_ACC, a.origin(), a.number(), Double.NaN,
                            Double.NaN, "", text(() -> Messages.servingUncounted(a.number(), at)), List.of()));
                }
            }
        }

        // ---- Little's law: throughput against concurrency and time per output token -------------------------------

        /**
         * Holds the throughput to concurrency x 1000 / TPOT p50 (or concurrency x the single-stream ceiling without a
         * TPOT). Returns the throughput as the center wrote it when it was capped, so the later bounds quote the claim
         * and not the cap; null when it was not.
         */
        private Datum littlesLaw(CenterProfile p, List<Finding> out) {
            Datum x = p.get(Keys.THROUGHPUT);
            if (x == null) {
                return null;
            }
            double n = p.number(Keys.CONCURRENCY);
            double tpot = p.number(Keys.TPOT_P50);
            if (!(n > 0)) {
                out.add(new Finding("littles-law", Outcome.UNDECIDED, THROUGHPUT, x.origin(), x.number(), Double.NaN, Double.NaN,
                        "tokens/s", text(() -> Messages.littlesLawNoConcurrency()), paramCite));
                return null;
            }
            if (!(tpot > 0)) {
                double bound = n * params.maxTokensPerSecondPerUser();
                boolean over = x.number() > bound;
                out.add(new Finding("littles-law", over ? Outcome.SCORED_AT_BOUND : Outcome.UNDECIDED, THROUGHPUT, x.origin(),
                        x.number(), bound, over ? bound : Double.NaN, "tokens/s",
                        text(() -> Messages.littlesLawNoTpot(x.number(), n, params.maxTokensPerSecondPerUser(), over)), paramCite));
                if (over) {
                    p.supersede(THROUGHPUT, bounded(x, bound, "concurrency x the single-stream ceiling"));
                    return x;
                }
                return null;
            }
            double tol = params.littlesLawTolerance();
            double bound = n * 1000 / tpot * (1 + tol);
            if (x.number() > bound) {
                out.add(new Finding("littles-law", Outcome.SCORED_AT_BOUND, THROUGHPUT, x.origin(), x.number(), bound, bound,
                        "tokens/s", text(() -> Messages.littlesLaw(x.number(), n, tpot, bound, tol)), paramCite));
                p.supersede(THROUGHPUT, bounded(x, bound, "Little's law: concurrency x 1000 / TPOT p50"));
                return x;
            }
            return null;
        }

        // ---- the latency class follows from the workload --------------------------------------------------------------

        /**
         * A latency class laxer than interactive text must follow from the model served: voice for a language model of
         * at most {@code voice_max_params_b} (the report's voice dialogue runs on 亿/十亿级 models), media never for a
         * language model (the model table lists language models). An unnamed or unknown model backs neither. Otherwise
         * the class is the strictest the model allows, since a laxer target moves the TPOT score up to fourfold.
         */
        private void latencyClass(CenterProfile p, List<Finding> out) {
            Datum d = p.get(Keys.LATENCY_CLASS);
            String stated = d == null ? null : d.text();
            int rank = stated == null ? -1 : LATENCY_CLASSES.indexOf(stated);
            if (rank <= 0) {
                return;
            }
            String name = p.text(Keys.MODEL);
            ModelTable.Model m = model(name);
            double voiceMax = params.voiceMaxParamsB();
            boolean voiceAllowed = m != null && m.totalB() <= voiceMax;
            String allowed = voiceAllowed ? LATENCY_CLASSES.get(1) : LATENCY_CLASSES.get(0);
            if (allowed.equals(stated)) {
                return;
            }
            out.add(new Finding("latency-class", Outcome.SCORED_AT_BOUND, LATENCY_CLASS, d.origin(), Double.NaN, Double.NaN,
                    Double.NaN, "", text(() -> m == null ? Messages.latencyClassUnbacked(stated, name, allowed)
                            : Messages.latencyClass(stated, m.name(), m.totalB(), voiceMax, allowed)), paramCite));
            p.supersede(LATENCY_CLASS, Datum.text(allowed, d.origin()));
        }

        // ---- prices per PFLOPS of the card priced ------------------------------------------------------------------

        private void pricing(CenterProfile p, List<Finding> out) {
            Datum hour = p.get(Keys.CARD_HOUR);
            Datum month = p.get(Keys.MACHINE_MONTH);
            if (hour == null && month == null) {
                return;
            }
            Datum any = hour != null ? hour : month;
            String named = p.text(Keys.PRICED_CARD);
            double peak = Double.NaN;
            Accelerator priced = null;
            Location at = any.origin();
            if (named != null) {
                AcceleratorCatalog.Card card = catalog.find(null, named);
                Accelerator line = inventoryLine(p, named, card);
                at = p.get(Keys.PRICED_CARD).origin();
                Accelerator weakest = line == null ? weakest(distinctKinds(p)) : null;
                if (line != null && line.fp16Tflops() > 0) {
                    peak = line.fp16Tflops();
                    priced = line;
                } else if (weakest != null) {
                    // A price of a card the inventory does not list is not a price of what the center offers: naming the
                    // fastest card of the catalog would make any price look cheap. It is held to the weakest card listed.
                    peak = weakest.fp16Tflops();
                    priced = weakest;
                    final double weakestPeak = peak;
                    out.add(new Finding("priced-card", Outcome.SCORED_AT_BOUND, PRICED_CARD, at,
                            card != null && card.fp16Tflops() > 0 ? card.fp16Tflops() : Double.NaN, peak, peak, "TFLOPS",
                            text(() -> Messages.pricedCardNotInInventory(named, weakest.label(), weakestPeak)), List.of(CITE_OPERATIONS)));
                } else if (line == null && p.accelerators().isEmpty() && card != null && card.fp16Tflops() > 0) {
                    peak = card.fp16Tflops();
                } else {
                    out.add(new Finding("priced-card", Outcome.NOT_SCORED, PRICED_CARD, at, Double.NaN, Double.NaN, Double.NaN,
                            "TFLOPS", text(() -> Messages.pricedCardUnknown(named)), List.of()));
                    return;
                }
            } else {
                List<Accelerator> kinds = distinctKinds(p);
                Accelerator weakest = weakest(kinds);
                if (weakest == null) {
                    return;
                }
                peak = weakest.fp16Tflops();
                priced = weakest;
                final double weakestPeak = peak;
                if (kinds.size() > 1) {
                    out.add(new Finding("priced-card", Outcome.SCORED_AT_BOUND, PRICED_CARD, at, p.number(Keys.PEAK_TFLOPS_MEAN),
                            peak, peak, "TFLOPS", text(() -> Messages.pricedCardWeakest(weakest.label(), weakestPeak)), List.of(CITE_OPERATIONS)));
                }
            }
            AcceleratorCatalog.Card pricedCard = priced != null ? identity.card(priced) : null;
            double least = pricedCard != null && !pricedCard.isCpu() ? leastPeak(pricedCard, null) : Double.NaN;
            if (least > 0 && peak < least * (1 - params.peakMatchWithin())) {
                // A price is scored per PFLOPS of the card priced, and held to a floor per PFLOPS-hour: a line written below
                // its card's peak let a price below the floor pass (and score as a cheap one) by dividing it by less.
                double written = peak;
                Accelerator lowLine = priced;
                int i = p.accelerators().indexOf(priced);
                String metric = i >= 0 ? peakPath(i) : PRICED_CARD;
                String name = label(pricedCard);
                out.add(new Finding("line-peak-below-datasheet", Outcome.SCORED_AT_BOUND, metric, priced.origin().withPath(metric),
                        written, least, least, "TFLOPS", text(() -> Messages.pricedPeakBelowDatasheet(lowLine.label(), written, name,
                        least)), pricedCard.cite()));
                peak = least;
            }
            p.supersede(DerivedMetrics.PRICED_PEAK_TFLOPS, Datum.number(peak, Evidence.DECLARED, "peak of the card priced", null, at));
            if (month != null && p.get(Keys.PER_MACHINE) == null) {
                double perMachine = params.acceleratorsPerMachine();
                out.add(new Finding("machine-size", Outcome.NOTED, PER_MACHINE, month.origin(), Double.NaN, perMachine, perMachine, "",
                        text(() -> Messages.machineDefault(perMachine)), paramCite));
                p.supersede(PER_MACHINE, Datum.number(perMachine, Evidence.DECLARED, "assumed (rule set)", null, month.origin()));
            }
            Datum machine = p.get(Keys.PER_MACHINE);
            if (month != null && machine != null && priced != null) {
                // A machine holds no more of the priced card than the center lists: 64 cards a machine on an inventory of
                // 16 divided the machine-month price by 64.
                double listed = 0;
                String model = identity.model(priced);
                for (Accelerator a : p.accelerators()) {
                    if (!identity.isCpu(a) && identity.model(a).equals(model) && a.count() > 0) {
                        listed += a.count();
                    }
                }
                final double cards = listed;
                final Accelerator pricedLine = priced;
                if (listed > 0 && machine.number() > listed) {
                    out.add(new Finding("machine-size", Outcome.SCORED_AT_BOUND, PER_MACHINE, machine.origin(), machine.number(), listed,
                            listed, "", text(() -> Messages.machineAboveInventory(machine.number(), cards, pricedLine.label())),
                            List.of(CITE_OPERATIONS)));
                    p.supersede(PER_MACHINE, bounded(machine, listed, "the inventory's count of the card priced"));
                }
            }
        }

        /**
         * A price below the electricity any card draws for its compute is not a price anyone rents at: the card-hour
         * price, and the machine-month price over accelerators_per_machine x hours_per_month card-hours, per PFLOPS of
         * the priced card's dense peak (what the score divides by) below {@code min_price_cny_per_pflops_hour} is not
         * scored. Without the priced card's peak (no price can be scored per PFLOPS then) nothing is held.
         */
        private void priceFloor(CenterProfile p, List<Finding> out, Set<String> contradicted) {
            double floor = params.minPriceCnyPerPflopsHour();
            double peak = p.number(Keys.PRICED_PEAK);
            if (!(floor > 0) || !(peak > 0)) {
                return;
            }
            String card = p.text(Keys.PRICED_CARD);
            Datum hour = p.get(Keys.CARD_HOUR);
            if (hour != null) {
                belowFloor(p, CARD_HOUR, hour, hour.number() * 1000 / peak, floor, card, peak, out, contradicted);
            }
            Datum month = p.get(Keys.MACHINE_MONTH);
            double machine = p.number(Keys.PER_MACHINE);
            double hours = params.hoursPerMonth();
            if (month != null && machine > 0 && hours > 0) {
                belowFloor(p, MACHINE_MONTH, month, month.number() * 1000 / (machine * hours * peak), floor, card, peak, out, contradicted);
            }
        }

        private void belowFloor(CenterProfile p, String key, Datum price, double perPflopsHour, double floor, String card, double peak,
                                List<Finding> out, Set<String> contradicted) {
            if (!(perPflopsHour < floor)) {
                return;
            }
            notScored(p, "price-floor", key, price, floor, "CNY per PFLOPS-hour",
                    () -> Messages.priceFloor(key, price.number(), perPflopsHour, floor, card, peak), CITE_POWER, out, contradicted);
        }

        /** The line of the lowest stated peak among {@code kinds}, or null when none has a peak. */
        private static Accelerator weakest(List<Accelerator> kinds) {
            Accelerator weakest = null;
            for (Accelerator a : kinds) {
                if (a.fp16Tflops() > 0 && (weakest == null || a.fp16Tflops() < weakest.fp16Tflops())) {
                    weakest = a;
                }
            }
            return weakest;
        }

        // ---- the facility: PUE and utilization at the edge of physics ----------------------------------------------

        /**
         * A PUE below {@code min_pue} (the best annual PUE any facility has published, rounded down) and an average
         * utilization of the accelerators above {@code max_utilization_pct} are claims no facility has shown over a year:
         * each is scored at its bound, with a finding that says so. The default curves give their best score before
         * either bound (PUE 1.1, utilization 95%), so no score moves; the finding tells the reader the claim is not
         * credible.
         */
        private void facility(CenterProfile p, List<Finding> out) {
            Datum pue = p.get(Keys.PUE);
            double floor = params.minPue();
            if (pue != null && floor > 0 && pue.number() < floor) {
                double v = pue.number();
                out.add(new Finding("pue-floor", Outcome.SCORED_AT_BOUND, PUE, pue.origin(), v, floor, floor, "",
                        text(() -> Messages.pueFloor(v, floor)), List.of(CITE_PUE, "judgement")));
                p.supersede(PUE, bounded(pue, floor, "the lowest PUE credited"));
            }
            Datum u = p.get(Keys.UTILIZATION);
            double ceiling = params.maxUtilizationPct();
            if (u != null && ceiling > 0 && u.number() > ceiling) {
                double v = u.number();
                out.add(new Finding("utilization-ceiling", Outcome.SCORED_AT_BOUND, UTILIZATION, u.origin(), v, ceiling, ceiling, "%",
                        text(() -> Messages.utilizationCeiling(v, ceiling)), List.of(CITE_FACILITY, CITE_RELIABILITY, "judgement")));
                p.supersede(UTILIZATION, bounded(u, ceiling, "the highest utilization credited"));
            }
        }

        // ---- collective bandwidth -------------------------------------------------------------------------------

        private void network(CenterProfile p, List<Finding> out) {
            Datum b = p.get(Keys.ALLREDUCE_BUSBW);
            if (b != null && b.evidence() == Evidence.MEASURED) {
                out.add(new Finding("collective-bandwidth", Outcome.NOTED, MeasuredEvidence.ALLREDUCE_BUSBW, b.origin(), b.number(),
                        Double.NaN, Double.NaN, "Gbps", text(() -> Messages.busbw(b.number(), p.number(Keys.NIC))), List.of(CITE_NCCL)));
            }
        }

        /**
         * Scale-out bandwidth per accelerator above {@code max_network_gbps_per_accelerator}, more than the fastest network
         * interfaces of any platform give one accelerator (with an allowance), is not scored.
         */
        private void networkCeiling(CenterProfile p, List<Finding> out, Set<String> contradicted) {
            double ceiling = params.maxNetworkGbpsPerAccelerator();
            notScoredAbove(p, Keys.NIC, NIC, "network-ceiling", ceiling, "Gbps", v -> Messages.networkCeiling(v, ceiling), CITE_NICS,
                    out, contradicted);
        }
    }
}
