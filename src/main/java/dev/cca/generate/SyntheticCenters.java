package dev.cca.generate;

import dev.cca.generate.SyntheticTables.Chip;
import dev.cca.generate.SyntheticTables.City;
import dev.cca.generate.SyntheticTables.Province;
import dev.cca.model.ProfileSchema;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes one synthetic center profile as an ordered tree of maps, lists and scalars ({@link String},
 * {@link BigDecimal}, {@link Boolean}, {@link LocalDate}, or null for an explicit null). Center {@code i}
 * depends only on the seed and {@code i}, never on how many centers are made, so a catalog of 1,000 is a
 * prefix of one of 1,000,000 and any single center can be regenerated on its own.
 *
 * <p>What makes it realistic: scales log-uniform from 5 PFLOPS to 7 EFLOPS; every operator type and hub;
 * Chinese names; inventories of 1 to 4 accelerator kinds whose compute adds up to about the total;
 * clusters, latencies and scenarios consistent with scale; optional sections and fields missing at 10-40%;
 * some values written with units ("400G", "2.5 EFLOPS") and some metrics with evidence maps; now and then a
 * capability identifier the rule set does not know. Every value passes the profile reader.
 */
public final class SyntheticCenters {

    private static final MathContext SIG3 = new MathContext(3, RoundingMode.HALF_EVEN);
    /** Relative weights of the operator types, in {@link ProfileSchema#OPERATOR_TYPES} order. */
    private static final int[] OPERATOR_WEIGHTS = {25, 20, 25, 15, 10, 5};
    private static final LocalDate ASSESSED_FROM = LocalDate.of(2025, 1, 1);
    private static final int ASSESSED_DAYS = 304;

    private SyntheticCenters() {
    }

    public static String id(long index) {
        return String.format("syn-%06d", index + 1);
    }

    static Map<String, Object> center(long seed, long index) {
        return new Maker(new SplittableRandom(mix(seed, index))).make(index);
    }

    /** A 64-bit mix of seed and index (the SplitMix64 finaliser), so neighbouring centers are unrelated. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static final class Maker {
        private final SplittableRandom r;
        /** The first day of the month the center being made went into service, or null when it does not say. */
        private LocalDate commissioned;

        Maker(SplittableRandom r) {
            this.r = r;
        }

        Map<String, Object> make(long index) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cca", ProfileSchema.FORMAT);
            m.put("id", id(index));
            Province prov = pick(SyntheticTables.PROVINCES);
            City city = pick(prov.cities());
            int type = weighted(OPERATOR_WEIGHTS);
            String operator = pick(SyntheticTables.OPERATORS.get(type)).replace("{c}", city.zh()).replace("{p}", prov.zh());
            m.put("name", name(type, operator, city));
            if (chance(0.5)) {
                m.put("name_en", city.en() + " AI Computing Center" + (chance(0.2) ? " Phase " + (2 + r.nextInt(2)) : ""));
            }
            if (chance(0.95)) {
                Map<String, Object> region = map();
                region.put("province", prov.zh());
                if (chance(0.9)) {
                    region.put("city", city.zh());
                }
                m.put("region", region);
            }
            if (prov.hub() != null && chance(0.75)) {
                m.put("hub", prov.hub());
            } else if (chance(0.3)) {
                m.put("hub", null);
            }
            if (chance(0.9)) {
                Map<String, Object> op = map();
                op.put("name", operator);
                op.put("type", ProfileSchema.OPERATOR_TYPES.get(type));
                m.put("operator", op);
            }
            int year = 2018 + r.nextInt(8);
            commissioned = null;
            if (chance(0.85)) {
                int month = 1 + r.nextInt(year == 2025 ? 6 : 12);
                m.put("commissioned", String.format("%d-%02d", year, month));
                commissioned = LocalDate.of(year, month, 1);
            }
            LocalDate assessed = ASSESSED_FROM.plusDays(r.nextInt(ASSESSED_DAYS));
            // A center's data is of a day it was in service: its evidence, dated between the two, is then of it (checks
            // evidence-before-commissioned and evidence-after-assessed).
            if (commissioned != null && assessed.isBefore(commissioned)) {
                assessed = commissioned;
            }
            if (chance(0.8)) {
                m.put("assessed_on", assessed);
            }
            // Scale, log-uniform from an edge center to a national cluster.
            double total = Math.exp(between(Math.log(5), Math.log(7000)));
            BigDecimal totalPf = sig3(total);
            List<Map<String, Object>> inventory = inventory(type, totalPf.doubleValue());
            double mainTflops = inventory.isEmpty() ? 313 : ((BigDecimal) inventory.get(0).get("fp16_tflops")).doubleValue();
            // What the inventory delivers (checks total-compute and cluster-compute): counts are rounded to whole machines,
            // so the drawn total can exceed them; past the checks' 5% (checks.cluster_tolerance) it is lowered to what
            // they deliver, without another draw.
            long cards = 0;
            double supported = 0;
            List<double[]> lines = new ArrayList<>();
            for (Map<String, Object> a : inventory) {
                long n = ((BigDecimal) a.get("count")).longValue();
                double peak = ((BigDecimal) a.get("fp16_tflops")).doubleValue();
                cards += n;
                supported += n * peak / 1000;
                lines.add(new double[] {peak, n});
            }
            if (!inventory.isEmpty() && totalPf.doubleValue() > supported * CLUSTER_TOLERANCE) {
                totalPf = sig3Down(supported);
            }
            BigDecimal largestPf = sig3Down(totalPf.doubleValue() * between(0.25, 1.0));
            // The largest cluster has no more accelerators than the inventory (cluster-accelerators), and no more compute
            // than the inventory's fastest cards, as many as it has (cluster-compute).
            long clusterAcc = Math.max(8, Math.round(largestPf.doubleValue() * 1000 / mainTflops));
            if (!inventory.isEmpty()) {
                clusterAcc = Math.min(clusterAcc, cards);
                double most = Math.min(dev.cca.check.ClaimChecks.fastestPflops(lines, clusterAcc), supported);
                if (largestPf.doubleValue() > most * CLUSTER_TOLERANCE) {
                    largestPf = sig3Down(most);
                }
            }
            boolean hasLargest = chance(0.75);
            if (chance(0.15)) {
                m.put("scenarios", List.of("inference"));
            } else if (!chance(0.15)) {
                m.put("scenarios", scenarios(totalPf.doubleValue(), hasLargest ? largestPf.doubleValue() : totalPf.doubleValue() * 0.5));
            }
            m.put("compute", compute(totalPf, inventory, largestPf, hasLargest, clusterAcc, assessed));
            if (chance(0.75)) {
                m.put("training", training(largestPf.doubleValue(), mainTflops, clusterAcc, assessed));
            }
            if (chance(0.7)) {
                double mainGbS = inventory.isEmpty() || chip(inventory.get(0)).memoryGbS() <= 0 ? NO_BANDWIDTH
                        : chip(inventory.get(0)).memoryGbS();
                double mainMemory = inventory.isEmpty() ? 0 : chip(inventory.get(0)).memoryGb();
                m.put("inference", inference(assessed, mainTflops, mainGbS, mainMemory, inventory.isEmpty() ? Long.MAX_VALUE : cards));
            }
            if (chance(0.65)) {
                m.put("services", services());
            }
            if (chance(0.7)) {
                m.put("operations", operations(totalPf.doubleValue()));
            }
            return m;
        }

        String name(int type, String operator, City city) {
            String phase = chance(0.15) ? (chance(0.5) ? "（二期）" : "（三期）") : "";
            return switch (type) {
                case 0 -> operator.substring(0, 4) + "（" + city.zh() + "）" + pick(SyntheticTables.CENTER_SUFFIXES) + phase;
                case 1 -> operator + city.zh() + "智算集群" + phase;
                default -> city.zh() + pick(SyntheticTables.CENTER_SUFFIXES) + phase;
            };
        }

        List<String> scenarios(double total, double largest) {
            List<String> s = new ArrayList<>();
            if (largest >= 1000 || chance(0.08)) {
                s.add("pretraining");
            }
            if (total >= 10 || chance(0.3)) {
                s.add("fine-tuning");
            }
            s.add("inference");
            return s;
        }

        List<Map<String, Object>> inventory(int type, double totalPf) {
            if (!chance(0.8)) {
                return List.of();
            }
            int kinds = 1 + weighted(new int[] {45, 30, 15, 10});
            List<Chip> chosen = new ArrayList<>();
            while (chosen.size() < kinds) {
                int[] w = new int[SyntheticTables.CHIPS.size()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = chosen.contains(SyntheticTables.CHIPS.get(i)) ? 0 : SyntheticTables.CHIPS.get(i).weights()[type];
                }
                chosen.add(SyntheticTables.CHIPS.get(weighted(w)));
            }
            double[] share = new double[kinds];
            double sum = 0;
            for (int i = 0; i < kinds; i++) {
                share[i] = i == 0 ? 2 + r.nextDouble() : r.nextDouble() + 0.2;
                sum += share[i];
            }
            List<Map<String, Object>> out = new ArrayList<>();
            for (int i = 0; i < kinds; i++) {
                Chip c = chosen.get(i);
                long count = Math.max(8, Math.round(totalPf * 1000 * share[i] / sum / c.fp16Tflops() / 8) * 8);
                Map<String, Object> a = map();
                a.put("vendor", c.vendor());
                a.put("model", c.model());
                if (chance(0.8)) {
                    a.put("kind", c.kind());
                }
                a.put("count", BigDecimal.valueOf(count));
                a.put("fp16_tflops", plain(BigDecimal.valueOf(c.fp16Tflops())));
                if (chance(0.85)) {
                    a.put("memory_gb", BigDecimal.valueOf(c.memoryGb()));
                }
                out.add(a);
            }
            return out;
        }

        Map<String, Object> compute(BigDecimal total, List<Map<String, Object>> inventory, BigDecimal largest,
                                    boolean hasLargest, long acc, LocalDate assessed) {
            Map<String, Object> c = map();
            if (chance(0.9)) {
                Object v = total.doubleValue() >= 1000 && chance(0.3)
                        ? plain(total.movePointLeft(3)).toPlainString() + " EFLOPS" : total;
                c.put("total_pflops_fp16", chance(0.15) ? evidence(v, assessed) : v);
            }
            if (hasLargest) {
                Map<String, Object> lc = map();
                if (chance(0.85)) {
                    lc.put("accelerators", BigDecimal.valueOf(acc));
                }
                lc.put("pflops_fp16", largest);
                c.put("largest_cluster", lc);
            }
            if (!inventory.isEmpty()) {
                c.put("accelerators", inventory);
            }
            boolean big = total.doubleValue() >= 300;
            if (chance(0.7)) {
                Map<String, Object> n = map();
                if (chance(0.9)) {
                    n.put("fabric", big ? pick(List.of("infiniband", "roce", "roce", "proprietary"))
                            : pick(List.of("roce", "ethernet", "ethernet", "infiniband")));
                }
                int gbps = big ? pick(List.of(200, 400, 400, 800)) : pick(List.of(25, 100, 100, 200));
                n.put("per_accelerator_gbps", chance(0.3) ? gbps + "G" : BigDecimal.valueOf(gbps));
                c.put("network", n);
            }
            if (chance(0.7)) {
                BigDecimal pb = sig3(total.doubleValue() / between(20, 80));
                c.put("storage_pb", chance(0.2) ? pb.toPlainString() + " PB" : pb);
            }
            if (chance(0.75)) {
                BigDecimal pue = num(between(1.08, 1.6), 2);
                c.put("pue", chance(0.1) ? evidence(pue, assessed) : pue);
            }
            if (chance(0.6)) {
                BigDecimal u = num(between(20, 95), 0);
                c.put("utilization_pct", chance(0.2) ? u.toPlainString() + "%" : u);
            }
            return c;
        }

        Map<String, Object> training(double largestPf, double mainTflops, long clusterAcc, LocalDate assessed) {
            Map<String, Object> t = map();
            if (chance(0.6)) {
                BigDecimal v = num(between(0.6, 0.98), 2);
                if (chance(0.7)) {
                    Map<String, Object> ls = map();
                    long to = Math.max(16, Math.round(largestPf * 1000 / mainTflops));
                    // Every doubling across machines loses at least 0.3% (checks.max_speedup_per_doubling, 0.997): a
                    // speed-up drawn above 0.997^log2(to/8) is lowered to it, without another draw, so a seeded catalog
                    // keeps the rest of its values.
                    BigDecimal most = BigDecimal.valueOf(Math.pow(0.997, Math.log(to / 8.0) / Math.log(2)))
                            .setScale(2, RoundingMode.FLOOR);
                    if (v.compareTo(most) > 0) {
                        v = most;
                    }
                    ls.put("value", v);
                    ls.put("from_accelerators", BigDecimal.valueOf(8));
                    ls.put("to_accelerators", BigDecimal.valueOf(to));
                    if (chance(0.5)) {
                        addEvidence(ls, assessed);
                    }
                    t.put("linear_speedup", ls);
                } else {
                    t.put("linear_speedup", v);
                }
            }
            if (chance(0.55)) {
                BigDecimal mfu = num(between(20, 60), 1);
                t.put("mfu_pct", chance(0.3) ? evidence(mfu, assessed) : mfu);
            }
            if (chance(0.5)) {
                Map<String, Object> s = map();
                s.put("effective_training_time_pct", num(between(80, 99.5), 1));
                if (chance(0.8)) {
                    // A job's MTBF times the accelerators it spans is at most the rule set's ceiling (mtbf-ceiling): a drawn
                    // MTBF above it over the largest cluster is lowered to it, without another draw.
                    BigDecimal mtbf = num(Math.exp(between(Math.log(5), Math.log(500))), 1);
                    BigDecimal most = BigDecimal.valueOf(MTBF_CEILING_ACCELERATOR_HOURS / Math.max(1, clusterAcc)).setScale(2, RoundingMode.FLOOR);
                    s.put("mtbf_hours", mtbf.compareTo(most) > 0 ? plain(most) : mtbf);
                }
                if (chance(0.8)) {
                    s.put("recovery_minutes", num(between(3, 120), 0));
                }
                if (s.get("mtbf_hours") instanceof BigDecimal m && s.get("recovery_minutes") instanceof BigDecimal r) {
                    // No more effective time than a failure every MTBF hours with its recovery leaves (stability-consistency).
                    double bound = 100 * m.doubleValue() / (m.doubleValue() + RECOVERY_COUNTED_SHARE * r.doubleValue() / 60);
                    if (((BigDecimal) s.get("effective_training_time_pct")).doubleValue() > bound) {
                        s.put("effective_training_time_pct", plain(BigDecimal.valueOf(bound).setScale(1, RoundingMode.FLOOR)));
                    }
                }
                t.put("stability", s);
            }
            if (chance(0.8)) {
                t.put("frameworks", ids(SyntheticTables.FRAMEWORKS, 1, 6));
            }
            if (chance(0.6)) {
                t.put("models_supported", BigDecimal.valueOf(5 + r.nextInt(300)));
            }
            if (chance(0.6)) {
                t.put("model_families", ids(SyntheticTables.MODEL_FAMILIES, 1, 7));
            }
            if (chance(0.4)) {
                Map<String, Object> d = map();
                d.put("general", BigDecimal.valueOf(r.nextInt(50)));
                d.put("industry", BigDecimal.valueOf(r.nextInt(30)));
                if (chance(0.6)) {
                    d.put("corpus_tb", num(between(0.01, 5), 2));
                }
                t.put("datasets", d);
            }
            return t;
        }

        /**
         * The serving section. {@code peakTflops} and {@code bandwidthGbS} are the main card's (at most what the checks
         * credit the inventory), so a throughput held to them passes the checks however the inventory is mixed; it is
         * served on no more than the inventory's {@code cards} (serving-accelerators).
         */
        Map<String, Object> inference(LocalDate assessed, double peakTflops, double bandwidthGbS, double memoryGb, long cards) {
            Map<String, Object> in = map();
            Map<String, Object> tp = null;
            String[] model = null;
            if (chance(0.6)) {
                model = pick(SyntheticTables.SERVED_MODELS);
                tp = map();
                int acc = pick(List.of(8, 16, 32, 64));
                // The model's weights fit in the serving cards' memory (check weights-memory): all its parameters at the
                // 4 bits of checks.decode_min_bits_per_weight, in whole machines of 8. No extra draw.
                if (memoryGb > 0) {
                    acc = (int) Math.max(acc, 8 * Math.ceil(Double.parseDouble(model[2]) * 4 / 8 / memoryGb / 8));
                }
                acc = (int) Math.min(acc, cards);
                BigDecimal tokens = sig3(acc * between(300, 3000));
                tp.put("output_tokens_per_s", chance(0.25) ? evidence(tokens, assessed) : tokens);
                tp.put("model", model[0]);
                tp.put("params_b", new BigDecimal(model[1]));
                tp.put("accelerators", BigDecimal.valueOf(acc));
                if (chance(0.8)) {
                    tp.put("concurrency", BigDecimal.valueOf(pick(List.of(16, 32, 64, 128, 256, 512))));
                }
                in.put("throughput", tp);
            }
            if (chance(0.55)) {
                Map<String, Object> l = map();
                percentiles(l, "ttft_ms", between(40, 2000), 1.5, 4);
                if (tp != null) {
                    holdTtft(l, model, ((BigDecimal) tp.get("accelerators")).doubleValue(), bandwidthGbS);
                }
                if (chance(0.8)) {
                    percentiles(l, "tpot_ms", between(8, 80), 1.2, 3);
                }
                if (chance(0.6)) {
                    percentiles(l, "e2e_ms", between(1000, 20000), 1.3, 3);
                    // A response ends after its first token (check e2e-below-ttft): each e2e percentile is at least the
                    // TTFT of the same percentile. No extra draw, so the rest of the catalog is the same for a seed.
                    atLeast(l, "e2e_ms_p50", "ttft_ms_p50");
                    atLeast(l, "e2e_ms_p99", "ttft_ms_p99");
                    atLeast(l, "e2e_ms_p99", "e2e_ms_p50");
                }
                in.put("latency", l);
            }
            if (tp != null) {
                holdThroughput(tp, model, in.get("latency") instanceof Map<?, ?> l ? l.get("tpot_ms_p50") : null, peakTflops,
                        bandwidthGbS);
            }
            if (chance(0.6)) {
                String drawn = pick(List.of("interactive-text", "interactive-text", "voice", "media"));
                // The class follows from the model (check latency-class): voice for a language model of at most 10B
                // (checks.voice_max_params_b), media never for one; a laxer class drawn is lowered to what it allows.
                String allowed = model != null && Double.parseDouble(model[2]) <= VOICE_MAX_PARAMS_B ? "voice" : "interactive-text";
                in.put("latency_class", drawn.equals("interactive-text") ? drawn : allowed);
            }
            if (chance(0.65)) {
                Map<String, Object> c = map();
                c.put("self_service", chance(0.7));
                if (chance(0.8)) {
                    c.put("provisioning_minutes", num(Math.exp(between(Math.log(2), Math.log(2880))), 0));
                }
                c.put("api", chance(0.75));
                if (chance(0.8)) {
                    c.put("elastic_scaling", chance(0.6));
                }
                if (chance(0.6)) {
                    c.put("availability_sla_pct", pick(List.of(new BigDecimal("99"), new BigDecimal("99.5"),
                            new BigDecimal("99.9"), new BigDecimal("99.95"), new BigDecimal("99.99"))));
                }
                in.put("cloud", c);
            }
            return in;
        }

        /**
         * Lowers a drawn throughput to what the checks allow, without another draw: the compute of its accelerators at
         * 100% of the peak, 2 FLOPs per active parameter (compute-bound); concurrency x accelerators x bandwidth x 8
         * tokens per read x 8 / (4 bits x active parameters) (bandwidth-bound); concurrency x 1000 / TPOT p50, or
         * concurrency x {@link #STREAM_TOKENS_PER_S} without a TPOT (Little's law; a throughput within its 10% allowance
         * is kept); the allowances are the default rule set's (checks.*). Three
         * significant digits, rounded down.
         */
        static void holdThroughput(Map<String, Object> tp, String[] model, Object tpotP50, double peakTflops, double bandwidthGbS) {
            double active = Double.parseDouble(model[3]);
            double acc = ((BigDecimal) tp.get("accelerators")).doubleValue();
            double most = acc * peakTflops * 1000 / (2 * active);
            double little = Double.POSITIVE_INFINITY;
            double allowance = 1;
            if (tp.get("concurrency") instanceof BigDecimal c) {
                double n = c.doubleValue();
                most = Math.min(most, n * acc * bandwidthGbS * DECODE_FACTOR / active);
                little = tpotP50 instanceof BigDecimal t ? n * 1000 / t.doubleValue() : n * STREAM_TOKENS_PER_S;
                allowance = tpotP50 instanceof BigDecimal ? LITTLES_LAW_TOLERANCE : 1;
            }
            Object v = tp.get("output_tokens_per_s");
            @SuppressWarnings("unchecked")
            Map<String, Object> holder = v instanceof Map<?, ?> e ? (Map<String, Object>) e : tp;
            String key = holder == tp ? "output_tokens_per_s" : "value";
            double drawn = ((BigDecimal) holder.get(key)).doubleValue();
            if (drawn > most || drawn > little * allowance) {
                holder.put(key, sig3Down(Math.min(most, little)));
            }
        }

        /** Raises {@code key} to the value of {@code floor} when both are present and it is below. */
        static void atLeast(Map<String, Object> l, String key, String floor) {
            if (l.get(key) instanceof BigDecimal v && l.get(floor) instanceof BigDecimal f && v.compareTo(f) < 0) {
                l.put(key, f);
            }
        }

        void percentiles(Map<String, Object> l, String metric, double p50, double lo, double hi) {
            BigDecimal a = num(p50, 0).max(BigDecimal.ONE);
            BigDecimal b = num(a.doubleValue() * between(lo, hi), 0).max(a);
            l.put(metric + "_p50", a);
            if (chance(0.85)) {
                l.put(metric + "_p99", b);
            }
        }

        Map<String, Object> services() {
            Map<String, Object> s = map();
            if (chance(0.6)) {
                Map<String, Object> mm = map();
                mm.put("models_migrated", BigDecimal.valueOf(r.nextInt(200)));
                if (chance(0.7)) {
                    mm.put("median_days", num(between(1, 60), 0));
                }
                mm.put("tooling", chance(0.7));
                if (chance(0.7)) {
                    mm.put("accuracy_parity", chance(0.6));
                }
                s.put("model_migration", mm);
            }
            if (chance(0.7)) {
                s.put("data_governance", ids(SyntheticTables.DATA_GOVERNANCE, 1, 6));
            }
            if (chance(0.75)) {
                s.put("dev_tools", ids(SyntheticTables.DEV_TOOLS, 1, 9));
            }
            if (chance(0.6)) {
                s.put("scenario_solutions", BigDecimal.valueOf(r.nextInt(400)));
            }
            if (chance(0.5)) {
                s.put("industry_models", BigDecimal.valueOf(r.nextInt(50)));
            }
            if (chance(0.6)) {
                s.put("pooling", ids(SyntheticTables.POOLING, 1, 5));
            }
            return s;
        }

        Map<String, Object> operations(double totalPf) {
            Map<String, Object> o = map();
            if (chance(0.5)) {
                Map<String, Object> sch = map();
                sch.put("platforms", subset(SyntheticTables.PLATFORMS, 1, 2));
                if (chance(0.8)) {
                    sch.put("cross_region", chance(0.5));
                }
                o.put("scheduling", sch);
            }
            if (chance(0.6)) {
                Map<String, Object> p = map();
                if (chance(0.85)) {
                    p.put("card_hour_cny", num(between(2, 30), 1));
                }
                if (totalPf >= 50 && chance(0.6)) {
                    BigDecimal month = num(between(15_000, 120_000) / 100, 0).movePointRight(2);
                    p.put("machine_month_cny", chance(0.3) ? plain(month.movePointLeft(4)).toPlainString() + "万" : month);
                }
                if (!p.isEmpty()) {
                    o.put("pricing", p);
                }
            }
            if (chance(0.75)) {
                o.put("security", ids(SyntheticTables.SECURITY, 1, 7));
            }
            if (chance(0.6)) {
                Map<String, Object> resp = map();
                resp.put("first_response_hours", pick(List.of(new BigDecimal("0.25"), new BigDecimal("0.5"),
                        BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("4"), new BigDecimal("24"))));
                if (chance(0.8)) {
                    resp.put("always_on", chance(0.6));
                }
                o.put("response", resp);
            }
            if (chance(0.5)) {
                o.put("partners", BigDecimal.valueOf(r.nextInt(600)));
            }
            if (chance(0.55)) {
                o.put("quality_tracking", ids(SyntheticTables.QUALITY_TRACKING, 1, 5));
            }
            return o;
        }

        /** A metric in its evidence-map form. */
        Map<String, Object> evidence(Object value, LocalDate assessed) {
            Map<String, Object> e = map();
            e.put("value", value);
            addEvidence(e, assessed);
            return e;
        }

        /**
         * Audited values with the audit reference and date that earn the level, or declared ones. A catalog cannot earn
         * {@code measured} (that takes a benchmark file cca reads), so the generator does not write that label.
         */
        void addEvidence(Map<String, Object> e, LocalDate assessed) {
            boolean audited = chance(0.75);
            e.put("evidence", audited ? "audited" : "declared");
            if (chance(0.7)) {
                e.put("source", pick(SyntheticTables.EVIDENCE_SOURCES));
            }
            if (audited) {
                e.put("audit", pick(SyntheticTables.AUDIT_BODIES) + " " + assessed.getYear() + "-" + (1000 + r.nextInt(9000)));
            }
            if (audited || chance(0.6)) {
                // Evidence of a center is no older than the center, and no later than its data (checks
                // evidence-before-commissioned, evidence-after-assessed).
                LocalDate date = assessed.minusDays(r.nextInt(365));
                e.put("date", commissioned != null && date.isBefore(commissioned) ? commissioned : date);
            }
        }

        /** A few identifiers of a reference list in list order, and now and then one it does not know. */
        List<String> ids(List<String> known, int min, int max) {
            List<String> out = subset(known, min, max);
            if (chance(0.05)) {
                out.add(pick(SyntheticTables.UNKNOWN_IDS));
            }
            return out;
        }

        List<String> subset(List<String> from, int min, int max) {
            int n = min + r.nextInt(Math.min(max, from.size()) - min + 1);
            List<String> out = new ArrayList<>();
            // Selection sampling keeps the list's order, as people list capabilities in a usual order.
            int needed = n;
            for (int i = 0; i < from.size() && needed > 0; i++) {
                if (r.nextInt(from.size() - i) < needed) {
                    out.add(from.get(i));
                    needed--;
                }
            }
            return out;
        }

        boolean chance(double p) {
            return r.nextDouble() < p;
        }

        double between(double lo, double hi) {
            return lo + r.nextDouble() * (hi - lo);
        }

        <T> T pick(List<T> list) {
            return list.get(r.nextInt(list.size()));
        }

        int weighted(int[] weights) {
            int sum = 0;
            for (int w : weights) {
                sum += w;
            }
            int x = r.nextInt(sum);
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }
    }

    /**
     * The memory bandwidth (GB/s) assumed for a main card the catalog gives none, and with no inventory: below every
     * figure the checks could use for it (they hold such a card to the catalog's widest with off-chip memory, 8,000 GB/s).
     */
    static final double NO_BANDWIDTH = 1000;
    /*
     * The bounds of the default rule set's checks that generated figures are held to. Written here, not read from the
     * rule set, so that generating a catalog does not load and build a rule set first (85 ms of every run);
     * SyntheticCatalogTest checks that each equals the default rule set's parameter it stands for.
     */
    /** 1 + checks.cluster_tolerance and 1 + checks.littles_law_tolerance of the default rule set. */
    static final double CLUSTER_TOLERANCE = 1.05;
    static final double LITTLES_LAW_TOLERANCE = 1.10;
    /**
     * Tokens of one sequence per byte of weights read, per billion parameters, as bandwidth-bound credits them:
     * checks.decode_tokens_per_weight_pass x 8 / checks.decode_min_bits_per_weight.
     */
    static final double DECODE_FACTOR = 8.0 * 8 / 4;
    /** checks.decode_min_bits_per_weight: the bits a weight is read at (generated centers state no precision). */
    static final double WEIGHT_BITS = 4;
    /** checks.ttft_min_weight_reads: the reads of the active weights a first token needs at least. */
    static final double TTFT_WEIGHT_READS = 1;
    /** checks.voice_max_params_b: the largest model (B) held to the voice latency class. */
    static final double VOICE_MAX_PARAMS_B = 10;
    /** checks.recovery_counted_share: the share of each recovery a failure is held to cost (stability-consistency). */
    static final double RECOVERY_COUNTED_SHARE = 0.5;
    /** checks.mtbf_ceiling_factor x checks.accelerator_mtbf_hours: the most a job's MTBF times its accelerators reaches. */
    static final double MTBF_CEILING_ACCELERATOR_HOURS = 10 * 50_700;
    /**
     * The output rate of one stream a generated center without a TPOT is held to: 2,000 tokens/s, a fast GPU serving
     * rate and the generator's own choice, at most the rule set's ceiling (checks.max_tokens_per_s_per_user).
     */
    static final double STREAM_TOKENS_PER_S = 2000;

    /**
     * Raises a drawn TTFT to what the checks allow, without another draw: a first token needs at least one read of
     * the active weights at 4 bits each from the serving accelerators' memory (ttft-bandwidth-floor), {@link
     * #TTFT_WEIGHT_READS} x active x {@link #WEIGHT_BITS} / 8 / (accelerators x bandwidth) x 1000 ms, rounded up to
     * a whole millisecond. With the tables as they are the floor (at most 7.4 ms: 72.7B on 8 MLU370 cards) is below
     * every TTFT drawn (40 ms or more), so no catalog changes; the hold keeps it so if the tables grow.
     */
    static void holdTtft(Map<String, Object> l, String[] model, double accelerators, double bandwidthGbS) {
        double floor = TTFT_WEIGHT_READS * Double.parseDouble(model[3]) * WEIGHT_BITS / 8 / (accelerators * bandwidthGbS) * 1000;
        BigDecimal least = BigDecimal.valueOf((long) Math.ceil(floor));
        for (String key : List.of("ttft_ms_p50", "ttft_ms_p99")) {
            if (l.get(key) instanceof BigDecimal v && v.doubleValue() < floor) {
                l.put(key, least);
            }
        }
    }

    /** The table's chip an inventory line was made from. */
    static Chip chip(Map<String, Object> line) {
        for (Chip c : SyntheticTables.CHIPS) {
            if (c.model().equals(line.get("model"))) {
                return c;
            }
        }
        throw new IllegalStateException("no chip " + line.get("model"));
    }

    private static Map<String, Object> map() {
        return new LinkedHashMap<>();
    }

    /** Three significant digits: enough for a declared figure, and exact in every output format. */
    static BigDecimal sig3(double v) {
        return plain(new BigDecimal(v).round(SIG3));
    }

    static BigDecimal sig3Down(double v) {
        return plain(new BigDecimal(v).round(new MathContext(3, RoundingMode.DOWN)));
    }

    static BigDecimal num(double v, int decimals) {
        return plain(BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN));
    }

    /** Without trailing zeros and without an exponent: 1024, 0.91, 1200. */
    static BigDecimal plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
