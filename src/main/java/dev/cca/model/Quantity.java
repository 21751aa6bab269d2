package dev.cca.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a numeric field measures, its canonical unit and the unit strings accepted for it (matched without
 * regard to case and to white space anywhere in them: "tflop / s", "亿亿次 / 秒"). A unit that belongs to another quantity is a dimension error.
 */
public enum Quantity {
    COMPUTE_PFLOPS("PFLOPS", units(
            "pflops", 1, "pflop/s", 1, "pf", 1, "p", 1,
            "eflops", 1000, "eflop/s", 1000, "ef", 1000, "e", 1000,
            "tflops", 0.001, "tflop/s", 0.001, "tf", 0.001, "t", 0.001,
            // The Chinese units of computing speed, in operations per second: the CAICT report writes 1.42 EFLOPS as
            // "142 亿亿次/秒" (10^16 = 10 PFLOPS); 万亿次/秒 is 10^12 (TFLOPS, "每秒万亿次浮点运算"), 千万亿次/秒 10^15
            // (PFLOPS, "千万亿次超级计算机"), 百亿亿次/秒 10^18 (EFLOPS, "百亿亿次超算", exascale).
            "亿亿次/秒", 10, "亿亿次", 10, "万亿次/秒", 0.001, "万亿次", 0.001, "千万亿次/秒", 1, "千万亿次", 1,
            "百亿亿次/秒", 1000, "百亿亿次", 1000)),
    COMPUTE_TFLOPS("TFLOPS", units(
            "tflops", 1, "tflop/s", 1, "tf", 1, "t", 1,
            "pflops", 1000, "pflop/s", 1000, "pf", 1000, "p", 1000,
            "gflops", 0.001, "gflop/s", 0.001,
            // As for PFLOPS above.
            "万亿次/秒", 1, "万亿次", 1, "千万亿次/秒", 1000, "千万亿次", 1000, "亿亿次/秒", 10_000, "亿亿次", 10_000,
            "百亿亿次/秒", 1_000_000, "百亿亿次", 1_000_000)),
    DURATION_MS("ms", units("ms", 1, "毫秒", 1, "s", 1000, "sec", 1000, "秒", 1000,
            "us", 0.001, "µs", 0.001, "μs", 0.001, "min", 60_000)),
    DURATION_HOURS("hours", units("h", 1, "hour", 1, "hours", 1, "hr", 1, "小时", 1,
            "min", 1.0 / 60, "minutes", 1.0 / 60, "分钟", 1.0 / 60, "d", 24, "day", 24, "days", 24, "天", 24)),
    DURATION_MINUTES("minutes", units("min", 1, "minute", 1, "minutes", 1, "分钟", 1,
            "s", 1.0 / 60, "sec", 1.0 / 60, "秒", 1.0 / 60, "h", 60, "hour", 60, "hours", 60, "小时", 60)),
    DURATION_DAYS("days", units("d", 1, "day", 1, "days", 1, "天", 1, "h", 1.0 / 24, "hours", 1.0 / 24,
            "week", 7, "weeks", 7, "周", 7)),
    PERCENT("%", units("%", 1, "pct", 1, "percent", 1)),
    /** A 0-1 ratio that also accepts a percentage string: "91%" is 0.91. */
    RATIO("", units("%", 0.01)),
    STORAGE_PB("PB", units("pb", 1, "eb", 1000, "tb", 0.001, "gb", 0.000001)),
    STORAGE_TB("TB", units("tb", 1, "pb", 1000, "gb", 0.001, "mb", 0.000001)),
    MEMORY_GB("GB", units("gb", 1, "gib", 1.073741824, "tb", 1000, "mb", 0.001)),
    /**
     * The one table of bandwidth units, for profiles and benchmark documents alike, matched with regard to case: B
     * is a byte and b a bit. GB/s and GBps are gigabytes per second (x 8 to Gbps, as nccl-tests prints them); Gb/s,
     * Gbps and Gbit/s gigabits; a bare G or T (a port speed, "400G") bits. A spelling whose case does not decide
     * ("gb/s", "GBPS") is ambiguous ({@link #ambiguous}) and refused, never guessed.
     */
    BANDWIDTH_GBPS("Gbps", units("Gbps", 1, "gbps", 1, "Gb/s", 1, "Gbit/s", 1, "Gbits/s", 1, "G", 1,
            "Gb/sec", 1, "GB/s", 8, "GBps", 8, "GB/sec", 8, "GByte/s", 8, "GBytes/s", 8,
            "Tbps", 1000, "tbps", 1000, "Tb/s", 1000, "Tbit/s", 1000, "T", 1000, "TB/s", 8000, "TBps", 8000,
            "Mbps", 0.001, "mbps", 0.001, "Mb/s", 0.001, "Mbit/s", 0.001, "MB/s", 0.008, "MBps", 0.008), true),
    /**
     * The price of one accelerator for one hour, in yuan: a unit of money, maybe followed by what the price is for, as
     * price lists write it ("12.5元/卡时", "12.5 元/卡·小时", "CNY/GPU-hour"); a unit of a machine-month is the other
     * price's, a dimension error.
     */
    PRICE_CARD_HOUR("CNY", prices("/卡时", "/卡·时", "/卡/时", "/卡小时", "/卡·小时", "/卡/小时", "/卡/h", "每卡时", "每卡每小时",
            "/card-hour", "/card/hour", "/card/h", "/gpu-hour", "/gpu/hour", "/gpu/h", "/accelerator-hour", "/accelerator/hour")),
    /** The price of one machine for one month, in yuan: as {@link #PRICE_CARD_HOUR}, "4.5万元/台/月", "CNY/machine-month". */
    PRICE_MACHINE_MONTH("CNY", prices("/台/月", "/台·月", "/台月", "/台每月", "每台每月", "每台月", "/机/月", "/节点/月",
            "/machine-month", "/machine/month", "/node-month", "/node/month", "/server-month", "/server/month")),
    TOKENS_PER_S("tokens/s", units("tokens/s", 1, "tok/s", 1, "token/s", 1)),
    PARAMS_B("B params", units("b", 1, "billion", 1, "m", 0.001, "t", 1000)),
    /**
     * A whole number of things; "1万" and "150+" are accepted (the report writes counts that way), and so is a Chinese
     * measure word after the number, alone or after 余, 多 or +: "1024张", "1024卡", "400余家", "150多个", "30+项". A
     * machine or a node (台, 节点) is not one of the things counted here and stays an unknown unit.
     */
    COUNT("", counts("个", "张", "卡", "张卡", "块", "块卡", "片", "颗", "家", "项", "款", "套", "种", "类")),
    /** A plain number without a unit (PUE). */
    NUMBER("", units());

    private final String canonical;
    private final Map<String, Double> units;
    /** True when the case of a unit carries meaning (B byte, b bit): units are then matched as written first. */
    private final boolean caseMatters;

    Quantity(String canonical, Map<String, Double> units) {
        this(canonical, units, false);
    }

    Quantity(String canonical, Map<String, Double> units, boolean caseMatters) {
        this.canonical = canonical;
        this.caseMatters = caseMatters;
        if (caseMatters) {
            this.units = units;
        } else {
            Map<String, Double> lower = new LinkedHashMap<>();
            units.forEach((k, v) -> lower.put(key(k), v));
            this.units = lower;
        }
    }

    /** The unit values of this quantity are stored in, as reports print it. */
    public String unit() {
        return canonical;
    }

    /** The factor that converts a value in {@code unit} to the canonical unit, or {@code null} if not accepted. */
    public Double factor(String unit) {
        if (!caseMatters) {
            return units.get(key(unit));
        }
        String written = squeezed(unit);
        Double exact = units.get(written);
        if (exact != null) {
            return exact;
        }
        java.util.Set<Double> readings = readings(unit);
        return readings.size() == 1 ? readings.iterator().next() : null;
    }

    /** True when the case of a unit carries meaning (bandwidth: B byte, b bit), so units match as written. */
    public boolean caseMatters() {
        return caseMatters;
    }

    /** True when {@code unit}, read without regard to case, is units of different sizes ("gb/s": bits or bytes). */
    public boolean ambiguous(String unit) {
        return caseMatters && !units.containsKey(squeezed(unit)) && readings(unit).size() > 1;
    }

    private java.util.Set<Double> readings(String unit) {
        String k = key(unit);
        java.util.Set<Double> out = new java.util.TreeSet<>();
        units.forEach((u, f) -> {
            if (key(u).equals(k)) {
                out.add(f);
            }
        });
        return out;
    }

    /** The accepted unit strings, for messages. */
    public List<String> acceptedUnits() {
        return List.copyOf(units.keySet());
    }

    /** The quantity that does accept {@code unit}, to explain a dimension error; {@code null} if none. */
    public static Quantity owning(String unit) {
        String k = key(unit);
        for (Quantity q : values()) {
            if (q != COUNT && q != NUMBER && (q.caseMatters ? !q.readings(unit).isEmpty() : q.units.containsKey(k))) {
                return q;
            }
        }
        return null;
    }

    static String key(String unit) {
        return squeezed(unit).toLowerCase(Locale.ROOT);
    }

    /** {@code unit} without its white space (anywhere: "tflop / s" is "tflop/s"); the same string when it has none. */
    public static String squeezed(String unit) {
        int i = 0;
        while (i < unit.length() && !Character.isWhitespace(unit.charAt(i))) {
            i++;
        }
        if (i == unit.length()) {
            return unit;
        }
        StringBuilder b = new StringBuilder(unit.length()).append(unit, 0, i);
        for (; i < unit.length(); i++) {
            char c = unit.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The units of money ({@code cny}, {@code 元}, {@code 万元} ...), each alone and followed by each of {@code per}. */
    private static Map<String, Double> prices(String... per) {
        Map<String, Double> money = units("cny", 1, "rmb", 1, "元", 1, "¥", 1, "万元", 10_000, "万", 10_000, "k", 1000);
        Map<String, Double> m = new LinkedHashMap<>(money);
        for (String p : per) {
            money.forEach((u, f) -> m.put(u + p, f));
        }
        return m;
    }

    /** The marks after a count (万, +, 余, 多), and each measure word alone and after +, 余 or 多. */
    private static Map<String, Double> counts(String... measureWords) {
        Map<String, Double> m = units("万", 10_000, "+", 1, "余", 1, "多", 1);
        for (String w : measureWords) {
            for (String before : new String[] {"", "+", "余", "多"}) {
                m.put(before + w, 1.0);
            }
        }
        return m;
    }

    /** Whether this is the price of one accelerator-hour or of one machine-month. */
    public boolean isPrice() {
        return this == PRICE_CARD_HOUR || this == PRICE_MACHINE_MONTH;
    }

    private static Map<String, Double> units(Object... pairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return m;
    }
}
