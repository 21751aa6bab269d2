package dev.cca.input.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One nccl-tests run written both ways nccl-tests 2.19.6 (a0b82b2) writes it: the text of stdout and the JSON of
 * {@code -J}, each with the format strings and key order of its src/util.cu (writeDeviceReport,
 * writeResultHeader, writeBenchmarkLinePreamble/Body/Terminator, writeResultFooter, writeErrors; jsonOutputInit and
 * jsonOutputFinalize). Doubles are written with {@code %lf} in the JSON and {@code getFloatStr} in the text, so a
 * value with at most two decimals reads the same from both.
 */
final class NcclOutput {

    /** One half of a row: time in us, algbw and busbw in GB/s, the wrong values counted. */
    record Half(BigDecimal time, BigDecimal alg, BigDecimal bus, long wrong) {
    }

    /** One row: bytes, elements and the two halves. */
    record Row(long size, long count, Half outOfPlace, Half inPlace) {
    }

    /**
     * A run of {@code program} by {@code processes} processes, each driving {@code threads} x {@code gpus} ranks, the
     * processes spread over {@code hosts} hosts in turn.
     */
    record Run(String program, int processes, int threads, int gpus, int hosts, String device, List<Row> rows, BigDecimal average,
               int outOfBounds, Boolean averageOkay) {

        int ranks() {
            return processes * threads * gpus;
        }

        String host(int process) {
            return "node-" + (process % hosts);
        }
    }

    private NcclOutput() {
    }

    /** {@code %lf}: six decimals. */
    static String lf(BigDecimal v) {
        return String.format(Locale.ROOT, "%f", v.doubleValue());
    }

    /** util.cu getFloatStr: the widest of %.2f, %.1f, %.0f that fits the width. */
    static String floatStr(BigDecimal v, int width) {
        for (int decimals = 2; decimals >= 0; decimals--) {
            String s = String.format(Locale.ROOT, "%" + width + "." + decimals + "f", v.doubleValue());
            if (s.length() <= width) {
                return s;
            }
        }
        return String.format(Locale.ROOT, "%" + width + ".1e", v.doubleValue());
    }

    /** C's {@code %g} for a value of at most six significant digits in fixed notation's range. */
    static String g(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/") + "\"";
    }

    static String json(Run r) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"version\":3,\"start_time\":\"2026-07-10 09:15:02\",\"args\":[").append(json("/opt/nccl-tests/build/" + r.program()))
                .append(",\"-b\",\"8\",\"-J\",\"out.json\"],\"env\":[").append(json("PATH=/usr/bin:/bin")).append("],\"nccl_version\":22807,");
        sb.append("\"config\":{\"nthreads\":").append(r.threads()).append(",\"ngpus\":").append(r.gpus())
                .append(",\"minimum_bytes\":8,\"maximum_bytes\":1073741824,\"step_factor\":2,\"warmup_iters\":1,\"iterations\":20,")
                .append("\"aggregated_iterations\":1,\"validation\":1,\"graph\":0,\"blocking_collectives\":\"false\",")
                .append("\"per_iter_timing\":\"false\",\"per_iter_skip\":0,\"parallel_init\":\"false\",\"devices\":[");
        for (int p = 0; p < r.processes(); p++) {
            int rank = p * r.threads() * r.gpus();
            sb.append(p == 0 ? "" : ",").append("{\"rank\":").append(rank).append(",\"group\":0,\"pid\":").append(1000 + p)
                    .append(",\"hostname\":").append(json(r.host(p))).append(",\"device\":0,\"device_hex\":\"0000:07:00\",\"device_info\":")
                    .append(json(r.device())).append('}');
        }
        sb.append("]},\"results\":[");
        for (int i = 0; i < r.rows().size(); i++) {
            Row row = r.rows().get(i);
            sb.append(i == 0 ? "" : ",").append("{\"size\":").append(row.size()).append(",\"count\":").append(row.count())
                    .append(",\"type\":\"float\",\"redop\":\"sum\",\"root\":\"    -1\"");
            half(sb, "out_of_place", row.outOfPlace());
            half(sb, "in_place", row.inPlace());
            sb.append(",\"actual_iterations\":20,\"experiment_name\":\"\"}");
        }
        sb.append("],\"out_of_bounds\":{\"count\":").append(r.outOfBounds()).append(",\"okay\":\"").append(r.outOfBounds() == 0).append("\"}");
        sb.append(",\"average_bus_bandwidth\":{\"bandwidth\":").append(lf(r.average())).append(",\"okay\":")
                .append(r.averageOkay() == null ? "\"unchecked\"" : "\"" + r.averageOkay() + "\"").append('}');
        sb.append(",\"errors\":[\"\"],\"end_time\":\"2026-07-10 09:15:40\"}");
        return sb.toString();
    }

    private static void half(StringBuilder sb, String key, Half h) {
        sb.append(",\"").append(key).append("\":{\"time\":").append(lf(h.time())).append(",\"alg_bw\":").append(lf(h.alg()))
                .append(",\"bus_bw\":").append(lf(h.bus())).append(",\"nwrong\":").append(lf(BigDecimal.valueOf(h.wrong()))).append('}');
    }

    static String text(Run r) {
        StringBuilder sb = new StringBuilder();
        sb.append("# nccl-tests version 2.19.6 nccl-headers=22807 nccl-library=22807\n");
        sb.append("# Collective test starting: ").append(r.program()).append('\n');
        sb.append(String.format(Locale.ROOT, "# nThread %d nGpus %d minBytes %d maxBytes %d step: %d(%s) warmup iters: %d iters: %d agg iters: %d validation: %d graph: %d unalign: %d\n",
                r.threads(), r.gpus(), 8, 1073741824, 2, "factor", 1, 20, 1, 1, 0, 0));
        sb.append("#\n# Using devices\n");
        for (int p = 0; p < r.processes(); p++) {
            for (int i = 0; i < r.threads() * r.gpus(); i++) {
                sb.append(String.format(Locale.ROOT, "#  Rank %2d Group %2d Pid %6d on %10s device %2d [%04x:%02x:%02x] %s\n",
                        p * r.threads() * r.gpus() + i, 0, 1000 + p, r.host(p), i, 0, 7 + i, 0, r.device()));
            }
        }
        sb.append("#\n");
        sb.append(String.format(Locale.ROOT, "# %10s  %12s  %8s  %6s  %6s           out-of-place                       in-place          \n", "", "", "", "", ""));
        sb.append(String.format(Locale.ROOT, "# %10s  %12s  %8s  %6s  %6s  %7s  %6s  %6s  %6s  %7s  %6s  %6s  %6s %s\n", "size", "count", "type", "redop", "root",
                "time", "algbw", "busbw", "#wrong", "time", "algbw", "busbw", "#wrong", ""));
        sb.append(String.format(Locale.ROOT, "# %10s  %12s  %8s  %6s  %6s  %7s  %6s  %6s  %6s  %7s  %6s  %6s  %6s %s\n", "(B)", "(elements)", "", "", "",
                "(us)", "(GB/s)", "(GB/s)", "", "(us)", "(GB/s)", "(GB/s)", "", ""));
        for (Row row : r.rows()) {
            sb.append(String.format(Locale.ROOT, "%12d  %12d  %8s  %6s  %6s", row.size(), row.count(), "float", "sum", String.format(Locale.ROOT, "%6d", -1)));
            for (Half h : List.of(row.outOfPlace(), row.inPlace())) {
                sb.append(String.format(Locale.ROOT, "  %7s  %6s  %6s  %6s", floatStr(h.time(), 7), floatStr(h.alg(), 6), floatStr(h.bus(), 6),
                        String.valueOf(h.wrong())));
            }
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "# %-20s : %d %s\n", "Out of bounds values", r.outOfBounds(), r.outOfBounds() != 0 ? "FAILED" : "OK"));
        sb.append(String.format(Locale.ROOT, "# %-20s : %s %s\n", "Avg bus bandwidth", g(r.average()),
                r.averageOkay() == null ? "" : r.averageOkay() ? "OK" : "FAILED"));
        sb.append("#\n# Collective test concluded: ").append(r.program()).append("\n\n#\n");
        return sb.toString();
    }
}
