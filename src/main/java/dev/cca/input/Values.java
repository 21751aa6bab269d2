package dev.cca.input;

import dev.cca.diag.Localized;
import dev.cca.diag.Message;
import dev.cca.diag.ProfileCode;
import dev.cca.model.Field;
import dev.cca.model.Numbers;
import dev.cca.model.Quantity;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads scalar values as people write them: bare numbers, numbers with units ("6.93 EFLOPS", "400G",
 * "80%"), thousands separators ("52,000"), full-width digits ("１００"), and dates. Every refusal is a
 * message that says what was expected; the caller adds the location.
 */
public final class Values {

    private Values() {
    }

    /** A parsed value or the reason it was refused. */
    public record Result(double value, Message error, Message warning) {
        static Result ok(double v) {
            return new Result(v, null, null);
        }

        static Result fail(Message why) {
            return new Result(Double.NaN, why, null);
        }

        public boolean ok() {
            return error == null;
        }
    }

    private static final Pattern NUMBER_WITH_UNIT =
            Pattern.compile("([-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*)");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?(?=\\D|$).*");
    // Compiled once: these run for every value of every record, and compiling a regex costs more than matching it.
    private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("(?<=\\d),(?=\\d{3})");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s_]+");

    /** Parses {@code node} as a value of numeric field {@code f}, converted to the field's canonical unit. */
    public static Result number(Node.ScalarNode node, Field f) {
        Result r = switch (node.kind()) {
            case INTEGER, FLOAT -> plain(node.text());
            case STRING -> withUnit(node.text(), f.quantity());
            case BOOLEAN -> Result.fail(new Message(ProfileCode.NUMBER_GOT_BOOLEAN, node.text()));
            case NULL -> Result.fail(new Message(ProfileCode.NUMBER_GOT_NULL));
        };
        if (!r.ok()) {
            return r;
        }
        Result c = check(r.value(), f);
        if (c.ok() && f.quantity() == Quantity.PERCENT && node.kind() == Node.ScalarKind.FLOAT && c.value() > 0 && c.value() <= 1) {
            // 0.8 in a percentage is 0.8%, as written, but far more often a fraction meant as 80%: said, not changed.
            return new Result(c.value(), null, new Message(ProfileCode.PERCENT_LOOKS_LIKE_FRACTION, Numbers.format(c.value()),
                    Numbers.format(c.value() * 100)));
        }
        return c;
    }

    /**
     * The value {@link #number} gives a number token (a scalar of kind INTEGER, or FLOAT when {@code fraction}) of field
     * {@code f}, when it gives one with neither an error nor a warning and the token is a plain decimal; else NaN, and
     * the caller asks {@link #number}, which says what is wrong. Allocates nothing: a catalog's every number comes here.
     */
    public static double plainValue(String text, boolean fraction, Field f) {
        if (!isPlainDecimal(text)) {
            return Double.NaN;
        }
        double v = shortDecimal(text);
        // The same tests as check(), in its order; any that would speak leaves the number to number().
        if (!(v >= 0) || Double.isInfinite(v) || f.minExclusive() && v == 0 || v < f.min() || v > f.max()
                || v > f.plausibleMax() || f.integer() && v != Math.rint(v)) {
            return Double.NaN;
        }
        if (f.quantity() == Quantity.PERCENT && fraction && v > 0 && v <= 1) {
            return Double.NaN;
        }
        return v;
    }

    /** A YAML or JSON number token: decimal, possibly with '_' digit separators; no hex, no NaN. */
    static Result plain(String text) {
        if (isPlainDecimal(text)) {
            double v = shortDecimal(text);
            return Result.ok(v == v ? v : Double.parseDouble(text));
        }
        String t = text.replace("_", "");
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.contains("nan")) {
            return Result.fail(new Message(ProfileCode.NAN_LEAVE_OUT));
        }
        if (lower.contains("inf")) {
            return Result.fail(new Message(ProfileCode.INFINITY));
        }
        if (lower.startsWith("0x") || lower.startsWith("0o") || lower.startsWith("0b")) {
            return Result.fail(new Message(ProfileCode.NOT_DECIMAL, text));
        }
        try {
            return Result.ok(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return Result.fail(new Message(ProfileCode.NOT_NUMBER, text));
        }
    }

    private static final double[] EXACT_POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * {@code Double.parseDouble(t)} for an optional sign, digits and an optional dot with digits, no exponent, of at
     * most 15 digits in all; NaN for anything else. The digits make an integer below 2^53 and the divisor a power of
     * ten up to 10^22, both exact as doubles, so their quotient, rounded once, is the correctly rounded value that
     * parseDouble gives (Clinger's fast path), without the JDK's buffers.
     */
    static double shortDecimal(String t) {
        int n = t.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            negative = t.charAt(0) == '-';
            i = 1;
        }
        long m = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 15) {
                    return Double.NaN;
                }
                m = m * 10 + (c - '0');
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        double v = fraction > 0 ? m / EXACT_POW10[fraction] : m;
        return negative ? -v : v;
    }

    /** The value of {@code t} when it is ASCII digits with at most one dot between two of them, of at most 15 digits; else NaN. */
    static double unsignedDecimal(String t) {
        int n = t.length();
        if (n == 0 || n > 16 || t.charAt(0) < '0' || t.charAt(0) > '9' || t.charAt(n - 1) < '0' || t.charAt(n - 1) > '9') {
            return Double.NaN;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = t.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                return Double.NaN;
            }
        }
        return shortDecimal(t); // NaN for a second dot or more than 15 digits
    }

    /** Digits, one optional dot, an optional exponent: what almost every number token is, parsed without checks. */
    private static boolean isPlainDecimal(String t) {
        int n = t.length();
        if (n == 0 || n > 30) {
            return false;
        }
        int i = t.charAt(0) == '-' || t.charAt(0) == '+' ? 1 : 0;
        boolean digits = false;
        boolean dot = false;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else if ((c == 'e' || c == 'E') && digits && i + 1 < n) {
                int j = i + 1;
                if (t.charAt(j) == '-' || t.charAt(j) == '+') {
                    j++;
                }
                if (j == n) {
                    return false;
                }
                for (; j < n; j++) {
                    if (t.charAt(j) < '0' || t.charAt(j) > '9') {
                        return false;
                    }
                }
                return true;
            } else {
                return false;
            }
        }
        return digits;
    }

    /** A number in a string, with an optional unit of quantity {@code q}. */
    public static Result withUnit(String raw, Quantity q) {
        // Digits with at most one dot inside, as a table's cells mostly hold: the value, as the rules below make it.
        double plain = unsignedDecimal(raw);
        if (plain == plain) {
            return Result.ok(plain);
        }
        // A character that cannot be seen (a byte-order mark pasted in, a zero-width space) is named, not left to make
        // the number look refused for nothing or its unit unknown.
        Localized invisible = FullWidthHints.invisible(raw.strip(), java.util.Set.of());
        if (invisible != Localized.EMPTY) {
            return Result.fail(new Message(ProfileCode.EXPECTED_NUMBER, invisible, raw));
        }
        String s = nfkc(raw).strip();
        if (s != raw) {
            // No unit or number holds a look-alike, so a value with one is refused for what it is, also when lower-casing
            // would make it a unit's letter: the Kelvin sign (U+212A) lower-cases to an ASCII k, and "1TO\u212AENS/S" was
            // read as 1 tokens/s.
            Message alike = lookAlikeMessage(raw);
            if (alike != null) {
                return Result.fail(alike);
            }
        }
        return withUnit(raw, s, q);
    }

    /** The refusal of a value for the first look-alike in it ({@link #folds}), or null when it has none. */
    private static Message lookAlikeMessage(String raw) {
        int c = lookAlike(raw);
        return c < 0 ? null : new Message(ProfileCode.LOOK_ALIKE, raw.strip(), Character.toString(c),
                String.format(Locale.ROOT, "U+%04X", c), Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC));
    }

    /** {@link #withUnit(String, Quantity)} of the normalised text {@code s}; messages quote {@code raw}, as written. */
    private static Result withUnit(String raw, String s, Quantity q) {
        if (s.isEmpty()) {
            return Result.fail(new Message(ProfileCode.EMPTY_NUMBER));
        }
        if (GROUPED.matcher(s).matches()) {
            s = THOUSANDS_SEPARATOR.matcher(s).replaceAll("");
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("nan") || lower.equals(".nan")) {
            return Result.fail(new Message(ProfileCode.NAN_LEAVE_OUT));
        }
        if (lower.contains("inf")) {
            return Result.fail(new Message(ProfileCode.INFINITY));
        }
        if (q.isPrice() && s.startsWith(YUAN_SIGN)) {
            // "¥12.5", "￥12.5/卡时" (NFKC folds the full-width sign): the sign before the number is the yuan after it.
            String rest = s.substring(YUAN_SIGN.length()).strip();
            if (GROUPED.matcher(rest).matches()) {
                rest = THOUSANDS_SEPARATOR.matcher(rest).replaceAll("");
            }
            Matcher n = NUMBER_WITH_UNIT.matcher(rest);
            if (n.matches()) {
                String unit = n.group(2).strip();
                return withUnit(raw, n.group(1) + (unit.isEmpty() || unit.startsWith("/") || unit.startsWith("每") ? "元" : "") + unit, q);
            }
        }
        Matcher m = NUMBER_WITH_UNIT.matcher(s);
        if (!m.matches()) {
            if (s.startsWith(PER_SECOND)) {
                return perSecondFirst(raw, s, q);
            }
            Message qualified = qualified(raw, s);
            return Result.fail(qualified != null ? qualified : new Message(ProfileCode.EXPECTED_NUMBER, unitHint(q), raw));
        }
        double v;
        try {
            v = Double.parseDouble(m.group(1));
        } catch (NumberFormatException e) {
            return Result.fail(new Message(ProfileCode.NOT_NUMBER, raw));
        }
        String unit = m.group(2).strip();
        if (unit.isEmpty()) {
            return Result.ok(v);
        }
        Double factor = q.factor(unit);
        int exponent = 0;
        if (factor == null && multiplier(unit.charAt(0)) > 0 && !q.acceptedUnits().isEmpty()) {
            // A Chinese multiplier is part of the number ("40万 TFLOPS" is 400,000 TFLOPS); the unit follows it.
            exponent = multiplier(unit.charAt(0));
            unit = unit.substring(1).strip();
            if (q == Quantity.PERCENT || q == Quantity.RATIO || unit.equals("%")) {
                return Result.fail(new Message(ProfileCode.MULTIPLIER_WITH_PERCENT, raw.strip(), "万", "亿"));
            }
            if (unit.isEmpty()) {
                if (!BARE_MULTIPLIER.contains(q)) {
                    return Result.fail(new Message(ProfileCode.MULTIPLIER_WITHOUT_UNIT, raw.strip(), q.unit(), example(q)));
                }
                factor = 1.0;
            } else if (holdsMultiplier(unit)) {
                // "4万万", "1万亿 TFLOPS", "3亿万元", "1万 亿亿次/秒", "1万 千万亿次/秒": one multiplier says the scale, or
                // the number in full. A unit of another quantity ("1.5万亿次/秒" for yuan) is said as such.
                Quantity other = Quantity.owning(m.group(2).strip());
                if (other != null && other != q) {
                    return Result.fail(new Message(ProfileCode.UNIT_OF_OTHER, m.group(2).strip(), describe(other), describe(q), unitHint(q)));
                }
                return Result.fail(new Message(ProfileCode.MULTIPLIER_TWICE, raw.strip(), "万", "亿", example(q)));
            } else {
                factor = q.factor(unit);
            }
        }
        if (factor == null && q.ambiguous(unit)) {
            return Result.fail(new Message(ProfileCode.AMBIGUOUS_UNIT, unit));
        }
        if (factor == null) {
            Message qualified = qualified(raw, s);
            if (qualified != null) {
                return Result.fail(qualified);
            }
            Quantity other = Quantity.owning(unit);
            String written = m.group(2).strip();
            if (other == null && exponent > 0) {
                // The multiplier and the rest together may be another quantity's unit: "4.5万/台/月" for a card-hour price.
                other = Quantity.owning(written);
                unit = other == null ? unit : written;
            }
            if (other != null && other != q) {
                return Result.fail(new Message(ProfileCode.UNIT_OF_OTHER, unit, describe(other), describe(q), unitHint(q)));
            }
            return Result.fail(new Message(ProfileCode.UNKNOWN_UNIT, unit, unitHint(q)));
        }
        return Result.ok(scaled(m.group(1), v, exponent, factor));
    }

    /** The yuan sign, which price lists write before the number: "¥12.5". */
    private static final String YUAN_SIGN = "¥";

    /**
     * Words and signs that make a figure an approximation or a bound, before it ("约400P", "≥ 80%", "不超过1.25") or after
     * it ("80%以上", "1.25以下", "400P左右"), longest first so that 大约 is found before 约. 余 and 多 after a count
     * ("400余家") are read as the count, as the report writes counts.
     */
    private static final java.util.List<String> QUALIFIERS_BEFORE = java.util.List.of("approximately", "more than", "less than",
            "at least", "at most", "approx.", "approx", "around", "about", "nearly", "almost", "up to", "over", "under", "circa",
            "不低于", "不少于", "不小于", "不高于", "不超过", "不大于", "大约", "约为", "将近", "接近", "超过", "至少", "最多", "最高",
            "最低", "低至", "高达", "约", "近", "逾", ">=", "<=", "≥", "≤", "≈", ">", "<", "~");
    private static final java.util.List<String> QUALIFIERS_AFTER = java.util.List.of("以上", "以下", "以内", "之内", "左右", "上下",
            "起");
    /** A range: a number, a dash, tilde or 至/到, and a number ("100-200", "100~200 PFLOPS", "100至200"). */
    private static final Pattern RANGE = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)\\s*[-~–—至到]\\s*\\d.*");

    /**
     * The refusal of a figure written as an approximation, a bound or a range ({@code s} normalised, {@code raw} as
     * written), or null when it is none: only a value refused already is asked, so nothing that reads changes.
     */
    private static Message qualified(String raw, String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String w : QUALIFIERS_BEFORE) {
            if (lower.startsWith(w)) {
                String figure = s.substring(w.length()).strip();
                if (!figure.isEmpty() && (Character.isDigit(figure.charAt(0)) || figure.charAt(0) == '.')) {
                    return new Message(ProfileCode.QUALIFIED_FIGURE, raw.strip(), s.substring(0, w.length()), figure);
                }
            }
        }
        for (String w : QUALIFIERS_AFTER) {
            if (s.endsWith(w) && s.length() > w.length() && Character.isDigit(s.charAt(0))) {
                return new Message(ProfileCode.QUALIFIED_FIGURE, raw.strip(), w, s.substring(0, s.length() - w.length()).strip());
            }
        }
        return RANGE.matcher(s).matches() ? new Message(ProfileCode.RANGE_FIGURE, raw.strip()) : null;
    }

    /** "Per second", written before a compute figure: 每秒5.49亿亿次, 每秒钟40万亿次浮点运算. */
    public static final String PER_SECOND = "每秒";
    private static final String PER_SECOND_EXAMPLE = "每秒5.49亿亿次";
    /** What may follow {@link #PER_SECOND} in that word order: 钟 (每秒钟, the same). */
    public static final String PER_SECOND_TAIL = "钟";
    /** What may follow the count of operations in that word order: 每秒40万亿次浮点运算 ("floating-point operations"). */
    public static final String FLOATING_POINT_OPERATIONS = "浮点运算";

    /**
     * The units of {@code q} that the word order 每秒 N X次 reads, each as X次 (万亿次, 亿亿次, ...): those whose
     * "/秒" form ({@code 万亿次/秒}) is a unit of {@code q}; none outside compute.
     */
    public static java.util.List<String> perSecondUnits(Quantity q) {
        if (q != Quantity.COMPUTE_PFLOPS && q != Quantity.COMPUTE_TFLOPS) {
            return java.util.List.of();
        }
        return q.acceptedUnits().stream().filter(u -> u.endsWith("次/秒")).sorted(java.util.Comparator.comparing(q::factor))
                .map(u -> u.substring(0, u.length() - 2)).toList();
    }

    /**
     * The word order of Chinese documents, 每秒 first: "每秒5.49亿亿次" and "每秒钟40万亿次浮点运算" are read exactly as
     * "5.49亿亿次/秒" and "40万亿次/秒" (the same decimal product, the same refusals). A unit that says per second itself
     * ("每秒40万 TFLOPS", "每秒5亿亿次/秒"), no count of operations ("每秒5.49") and 每秒 in a key that is no compute figure
     * are refused, never guessed.
     */
    private static Result perSecondFirst(String raw, String s, Quantity q) {
        java.util.List<String> units = perSecondUnits(q);
        if (units.isEmpty()) {
            return Result.fail(new Message(ProfileCode.PER_SECOND_NOT_COMPUTE, raw.strip(), PER_SECOND, PER_SECOND_EXAMPLE, describe(q),
                    unitHint(q)));
        }
        int from = PER_SECOND.length() + (s.startsWith(PER_SECOND_TAIL, PER_SECOND.length()) ? PER_SECOND_TAIL.length() : 0);
        String rest = s.substring(from).strip();
        if (GROUPED.matcher(rest).matches()) {
            rest = THOUSANDS_SEPARATOR.matcher(rest).replaceAll("");
        }
        Matcher m = NUMBER_WITH_UNIT.matcher(rest);
        String unit = m.matches() ? Quantity.squeezed(m.group(2)) : "";
        if (unit.endsWith(FLOATING_POINT_OPERATIONS)) {
            unit = unit.substring(0, unit.length() - FLOATING_POINT_OPERATIONS.length());
        }
        if (!unit.endsWith("次") || !holdsMultiplier(unit)) {
            return Result.fail(new Message(ProfileCode.PER_SECOND_FIRST, raw.strip(), PER_SECOND,
                    Localized.of(String.join(", ", units) + ", then maybe " + FLOATING_POINT_OPERATIONS,
                            String.join("、", units) + " 之一，其后可写“" + FLOATING_POINT_OPERATIONS + "”"),
                    PER_SECOND_EXAMPLE, "5.49亿亿次/秒", "亿亿次/秒"));
        }
        return withUnit(raw, m.group(1) + unit + "/秒", q);
    }

    /** The power of ten of a Chinese multiplier: 万 10^4, 亿 10^8; 0 for any other character. */
    public static int multiplier(char c) {
        return c == '万' ? 4 : c == '亿' ? 8 : 0;
    }

    /** Whether {@code unit} holds a Chinese multiplier anywhere: "亿亿次/秒", "千万亿次/秒", "万元" do; "TFLOPS" does not. */
    public static boolean holdsMultiplier(String unit) {
        return unit.indexOf('万') >= 0 || unit.indexOf('亿') >= 0;
    }

    /**
     * The quantities in which a multiplier may stand without a unit ("4.5万", "3亿"): a count, yuan and tokens per second
     * are counted in ones, so the number is plain. Elsewhere the canonical unit has a scale of its own (PFLOPS, B params,
     * TB, ms), and "700亿" in a B-params key is far more likely 700亿 parameters (70 B) than 700亿 B: a unit must say.
     */
    private static final java.util.Set<Quantity> BARE_MULTIPLIER = java.util.EnumSet.of(Quantity.COUNT, Quantity.PRICE_CARD_HOUR,
            Quantity.PRICE_MACHINE_MONTH, Quantity.TOKENS_PER_S);

    /** Whether a multiplier may stand without a unit in a value of {@code q} ("4.5万" yuan). */
    public static boolean takesBareMultiplier(Quantity q) {
        return BARE_MULTIPLIER.contains(q);
    }

    /** A value of {@code q} written with a multiplier and its unit, for messages. */
    private static String example(Quantity q) {
        if (q.unit().isEmpty() || q.factor(q.unit()) == null) {
            String unit = q.acceptedUnits().get(0);
            return BARE_MULTIPLIER.contains(q) ? "4万" : "40万 " + unit.toUpperCase(Locale.ROOT); // a count; B params
        }
        return "40万 " + q.unit();
    }

    /**
     * {@code v}, parsed from {@code digits}, times 10^{@code exponent} and the unit's {@code factor}, as the decimal product
     * rounded once: "0.07万" is 700 and "40万 TFLOPS" 400,000, never 700.0000000000001, which a product of doubles gives
     * (0.07 is no double) and a whole-number key would refuse. A whole product of whole numbers under 2^53 is exact in
     * doubles already, and is computed so.
     */
    static double scaled(String digits, double v, int exponent, double factor) {
        if (exponent == 0 && factor == 1) {
            return v;
        }
        double p10 = EXACT_POW10[exponent];
        if (!Double.isFinite(v)) {
            return v * p10 * factor;
        }
        if (v == Math.rint(v) && factor == Math.rint(factor)) {
            double r = v * p10 * factor;
            if (Math.abs(r) < 0x1p53) {
                return r;
            }
        }
        try {
            return new java.math.BigDecimal(digits).scaleByPowerOfTen(exponent).multiply(java.math.BigDecimal.valueOf(factor))
                    .doubleValue();
        } catch (NumberFormatException | ArithmeticException e) {
            return v * p10 * factor; // an exponent beyond BigDecimal's (1e-99999999999): the double is 0 or infinite anyway
        }
    }

    private static Localized unitHint(Quantity q) {
        if (q.unit().isEmpty() || q == Quantity.RATIO) {
            return q == Quantity.RATIO ? Localized.of(" (a ratio 0-1, or a percentage like \"91%\")",
                    "（0-1 的比值，或 \"91%\" 这样的百分数）") : Localized.EMPTY;
        }
        java.util.List<String> units = q.acceptedUnits().subList(0, Math.min(4, q.acceptedUnits().size()));
        return Localized.of(" (in " + q.unit() + ", or with a unit such as " + String.join(", ", units) + ")",
                "（单位为 " + q.unit() + "，或写明单位，如 " + String.join("、", units) + "）");
    }

    private static Localized describe(Quantity q) {
        return switch (q) {
            case COMPUTE_PFLOPS, COMPUTE_TFLOPS -> Localized.of("compute", "算力");
            case DURATION_MS, DURATION_HOURS, DURATION_MINUTES, DURATION_DAYS -> Localized.of("time", "时间");
            case PERCENT, RATIO -> Localized.of("proportion", "比例");
            case STORAGE_PB, STORAGE_TB, MEMORY_GB -> Localized.of("storage", "存储容量");
            case BANDWIDTH_GBPS -> Localized.of("bandwidth", "带宽");
            case PRICE_CARD_HOUR -> Localized.of("a price per accelerator-hour", "卡时价格");
            case PRICE_MACHINE_MONTH -> Localized.of("a price per machine-month", "台月价格");
            case TOKENS_PER_S -> Localized.of("throughput", "吞吐");
            case PARAMS_B -> Localized.of("model size", "模型规模");
            case COUNT, NUMBER -> Localized.of("plain numbers", "纯数字");
        };
    }

    /** Range and plausibility checks of a converted value against its field. */
    public static Result check(double v, Field f) {
        if (Double.isNaN(v)) {
            return Result.fail(new Message(ProfileCode.NAN));
        }
        if (Double.isInfinite(v)) {
            return Result.fail(new Message(ProfileCode.NUMBER_TOO_LARGE));
        }
        if (v < 0) {
            return Result.fail(new Message(ProfileCode.NEGATIVE, Numbers.format(v)));
        }
        if (f.minExclusive() && v == 0) {
            return Result.fail(new Message(ProfileCode.NOT_POSITIVE));
        }
        if (v < f.min()) {
            return Result.fail(new Message(ProfileCode.BELOW_MIN, Numbers.format(f.min()), past(v, f.min())));
        }
        if (v > f.max()) {
            return Result.fail(f.quantity() == Quantity.PERCENT ? new Message(ProfileCode.PERCENT_RANGE, past(v, f.max()))
                    : f.quantity() == Quantity.RATIO ? new Message(ProfileCode.RATIO_RANGE, past(v, f.max()))
                    : new Message(ProfileCode.ABOVE_MAX, Numbers.format(f.max()), past(v, f.max())));
        }
        if (v > f.plausibleMax()) {
            String unit = f.quantity().unit();
            return Result.fail(new Message(ProfileCode.IMPLAUSIBLY_LARGE, past(v, f.plausibleMax()), Numbers.format(f.plausibleMax()),
                    unit == null || unit.isEmpty() ? "" : " " + unit));
        }
        if (f.integer() && v != Math.rint(v)) {
            return Result.fail(new Message(ProfileCode.NOT_WHOLE, Numbers.format(v)));
        }
        return Result.ok(v);
    }

    /**
     * A value past {@code bound} as a message shows it: as reports print numbers, unless that rounds it onto the bound
     * ("a percentage is 0-100 (got 100)" for 100.0000000001), then with every digit it has.
     */
    static String past(double v, double bound) {
        String shown = Numbers.format(v);
        try {
            if (Double.parseDouble(shown) != bound) {
                return shown;
            }
        } catch (NumberFormatException e) {
            return shown;
        }
        return java.math.BigDecimal.valueOf(v).toPlainString();
    }

    /** Words read as true without a warning: JSON's and YAML 1.2's, and the Chinese ones a form answers yes with. */
    public static final java.util.List<String> TRUE_WORDS = java.util.List.of("true", "是", "有", "支持");
    /** Words read as false without a warning. */
    public static final java.util.List<String> FALSE_WORDS = java.util.List.of("false", "否", "无", "没有", "不支持");
    /** YAML 1.1's booleans: read, with a warning, since a YAML 1.2 reader (an editor's) takes them for text. */
    public static final java.util.List<String> YAML11_TRUE = java.util.List.of("yes", "on", "y");
    public static final java.util.List<String> YAML11_FALSE = java.util.List.of("no", "off", "n");

    /**
     * YAML 1.2 and JSON booleans, and the Chinese words for yes and no ({@link #TRUE_WORDS}, {@link #FALSE_WORDS});
     * YAML 1.1 forms are accepted with a warning.
     */
    public static Result bool(Node.ScalarNode node) {
        if (node.kind() == Node.ScalarKind.NULL) {
            return Result.fail(new Message(ProfileCode.BOOLEAN_NULL));
        }
        String t = nfkc(node.text()).strip().toLowerCase(Locale.ROOT);
        if (TRUE_WORDS.contains(t)) {
            return Result.ok(1);
        }
        if (FALSE_WORDS.contains(t)) {
            return Result.ok(0);
        }
        if (YAML11_TRUE.contains(t)) {
            return new Result(1, null, new Message(ProfileCode.YAML11_TRUE, node.text()));
        }
        if (YAML11_FALSE.contains(t)) {
            return new Result(0, null, new Message(ProfileCode.YAML11_FALSE, node.text()));
        }
        Message alike = lookAlikeMessage(node.text());
        return Result.fail(alike != null ? alike : new Message(ProfileCode.EXPECTED_BOOLEAN, "是", "否", node.text()));
    }

    /** A choice read from text: the choice's id, or why the text is none. */
    public record Choice(String id, Message error) {
    }

    /**
     * Text as a choice of {@code f}: its id ({@code chengdu-chongqing}, or {@code Chengdu Chongqing} as an
     * identifier), or one of the names the schema gives it ({@code 成渝}, {@code 成渝枢纽}). A name that could mean
     * several choices ({@code 训练}) is refused with each of them; anything else with the closest id or name.
     */
    public static Choice choice(String raw, Field f) {
        String id = identifier(raw);
        if (f.choices().contains(id)) {
            return new Choice(id, null);
        }
        for (var e : f.labels().entrySet()) {
            if (identifier(e.getKey()).equals(id)) {
                return new Choice(e.getValue(), null);
            }
        }
        for (var e : f.ambiguousNames().entrySet()) {
            if (identifier(e.getKey()).equals(id)) {
                java.util.List<String> named = e.getValue().stream().map(c -> c + namesOf(f, c)).toList();
                return new Choice(null, new Message(ProfileCode.AMBIGUOUS_NAME, raw.strip(),
                        Localized.of(String.join(" or ", e.getValue()), String.join(" 或 ", e.getValue())),
                        Localized.of(String.join(", ", named), String.join("、", named))));
            }
        }
        Message alike = lookAlikeMessage(raw);
        if (alike != null) {
            return new Choice(null, alike);
        }
        java.util.List<String> candidates = new java.util.ArrayList<>(f.choices());
        candidates.addAll(f.labels().keySet());
        Localized hint = dev.cca.diag.Suggest.hint(id, candidates);
        if (hint == Localized.EMPTY) {
            for (String name : f.labels().keySet()) {
                if (name.length() >= 2 && id.contains(identifier(name))) {
                    hint = Localized.of(" (did you mean '" + name + "', " + f.labels().get(name) + "?)",
                            "（是否应为“" + name + "”，即 " + f.labels().get(name) + "？）");
                    break;
                }
            }
        }
        return new Choice(null, new Message(ProfileCode.UNKNOWN_CHOICE, raw, f.name(), hint, String.join(", ", f.choices()),
                f.labels().isEmpty() ? Localized.EMPTY : Localized.of(", or a name such as " + String.join(", ", firstNames(f)),
                        "，或名称，如 " + String.join("、", firstNames(f)))));
    }

    /** " (预训练)": the first name of a choice, for messages; empty when it has none. */
    private static String namesOf(Field f, String choice) {
        for (var e : f.labels().entrySet()) {
            if (e.getValue().equals(choice)) {
                return " (" + e.getKey() + ")";
            }
        }
        return "";
    }

    private static java.util.List<String> firstNames(Field f) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (var e : f.labels().entrySet()) {
            if (seen.add(e.getValue())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /**
     * The years a date of a center, its evidence or a benchmark run may fall in: AI computing centers and their
     * benchmarks are this century's, and a date outside (0000-01-01, 2999-12-31) is a typo or a trick that would
     * make evidence look fresh or age it away.
     */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;

    /**
     * A date: YYYY-MM-DD, or YYYY-MM / YYYY when {@code monthOk} (the first day is used), in the years
     * {@link #FIRST_YEAR} to {@link #LAST_YEAR}.
     */
    public static LocalDate date(String raw, boolean monthOk, Why error) {
        LocalDate d = parseDate(raw, monthOk, error);
        if (d != null && (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR)) {
            error.set(new Message(ProfileCode.IMPLAUSIBLE_DATE, raw, FIRST_YEAR, LAST_YEAR));
            return null;
        }
        return d;
    }

    /** A date as {@link #date(String, boolean, Why)} reads it, or null; why it is none does not matter to the caller. */
    public static LocalDate date(String raw, boolean monthOk) {
        return date(raw, monthOk, new Why());
    }

    /** Why a value was refused, once it has been. */
    public static final class Why {
        private Message message;

        void set(Message m) {
            message = m;
        }

        /** The refusal, or null while there is none. */
        public Message message() {
            return message;
        }
    }

    /**
     * A date as people write it, year first: 2025-10-15, 2025/10/15, 2025.10.15, 2025年10月15日 (months and days
     * of one digit too); YYYY-MM, 2025/10, 2025年10月 and YYYY or 2025年 when {@code monthOk}. Day-first and
     * month-first forms (15/10/2025, 10/15/2025) are refused: the order cannot be told, so the message shows the
     * form to write.
     */
    private static LocalDate parseDate(String raw, boolean monthOk, Why error) {
        String s = nfkc(raw).strip();
        try {
            // YYYY-MM-DD, YYYY-MM and YYYY by position: dates are in every profile, and a formatter costs more.
            int n = s.length();
            boolean day = n == 10 && digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 7) && s.charAt(7) == '-'
                    && digits(s, 8, 10);
            if (day) {
                return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
            }
            if (monthOk && n == 7 && digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 7)) {
                return LocalDate.of(number(s, 0, 4), number(s, 5, 7), 1);
            }
            if (monthOk && n == 4 && digits(s, 0, 4)) {
                return LocalDate.of(number(s, 0, 4), 1, 1);
            }
            Matcher m = WRITTEN_DATE.matcher(s);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                if (m.group(2) == null) {
                    if (monthOk) {
                        return LocalDate.of(year, 1, 1);
                    }
                } else if (m.group(3) == null) {
                    if (monthOk) {
                        return LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
                    }
                    error.set(new Message(ProfileCode.DATE_NO_DAY, raw,
                            String.format(Locale.ROOT, "%04d-%02d-01", year, Integer.parseInt(m.group(2)))));
                    return null;
                } else {
                    return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                }
                error.set(new Message(ProfileCode.DATE_NO_MONTH, raw));
                return null;
            }
            Matcher back = DAY_OR_MONTH_FIRST.matcher(s);
            if (back.matches()) {
                int a = Integer.parseInt(back.group(1));
                int b = Integer.parseInt(back.group(2));
                String year = back.group(3);
                String ab = String.format(Locale.ROOT, "%s-%02d-%02d", year, a, b);
                String ba = String.format(Locale.ROOT, "%s-%02d-%02d", year, b, a);
                error.set(new Message(ProfileCode.DATE_ORDER, raw, a > 12 && b <= 12 ? ba : b > 12 && a <= 12 ? ab
                        : Localized.of(ab + " or " + ba, ab + " 或 " + ba)));
                return null;
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            error.set(new Message(ProfileCode.DATE_NOT_EXIST, raw));
            return null;
        }
        Message alike = lookAlikeMessage(raw);
        if (alike != null) {
            error.set(alike);
            return null;
        }
        error.set(new Message(ProfileCode.EXPECTED_DATE, monthOk ? Localized.of(" or YYYY-MM", " 或 YYYY-MM") : Localized.EMPTY,
                "2025年10月15日", raw));
        return null;
    }

    /**
     * Year-first dates with '/', '.', '-' or 年月日 between the parts: 2025/10/15, 2025.1.5, 2025年10月15日, 2025年10月,
     * 2025年. One regular expression for {@link #parseDate} and the JSON Schema's date pattern.
     */
    public static final String WRITTEN_DATE_REGEX =
            "(\\d{4})(?:(?:[-/.]|年\\s*)(\\d{1,2})(?:(?:[-/.]|月\\s*)(\\d{1,2})日?|月)?|年)?";
    private static final Pattern WRITTEN_DATE = Pattern.compile(WRITTEN_DATE_REGEX);
    /** The forms of {@link #WRITTEN_DATE_REGEX} that name a day, and YYYY-MM-DD: what a key that needs a whole date takes. */
    public static final String WRITTEN_DAY_REGEX = "(\\d{4})(?:[-/.]|年\\s*)(\\d{1,2})(?:[-/.]|月\\s*)(\\d{1,2})日?";
    private static final Pattern DAY_OR_MONTH_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    /** An identifier as rule sets spell them: lowercase, words joined by hyphens ("Megatron LM" is megatron-lm). */
    public static String identifier(String raw) {
        String s = nfkc(raw).strip();
        // Already an identifier (the usual case): no copy, no regular expression.
        boolean plain = !s.isEmpty();
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '/';
        }
        if (plain) {
            return s;
        }
        return WORD_SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    /**
     * {@code raw} with the characters that mean what their NFKC form means folded to it ({@link #folds}), and every
     * other compatibility character kept as written, so that a value holding one is refused rather than read as what it
     * resembles. NFKC leaves ASCII text as it is, so the (costly) normaliser only sees text that has other characters.
     */
    private static String nfkc(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) >= 0x80) {
                String n = Normalizer.normalize(raw, Normalizer.Form.NFKC);
                return n.equals(raw) || lookAlike(raw) < 0 ? n : foldOnly(raw);
            }
        }
        return raw;
    }

    /** {@code raw} normalised between its look-alikes ({@link #lookAlike}), which are kept as they are. */
    private static String foldOnly(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        int from = 0;
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            int next = i + Character.charCount(c);
            if (isLookAlike(c)) {
                b.append(Normalizer.normalize(raw.substring(from, i), Normalizer.Form.NFKC)).appendCodePoint(c);
                from = next;
            }
            i = next;
        }
        return b.append(Normalizer.normalize(raw.substring(from), Normalizer.Form.NFKC)).toString();
    }

    /**
     * Whether the reader takes {@code c} for what NFKC makes of it: the full-width and half-width forms a Chinese input
     * method types (U+FF01-FFEF: "１００", "ＴＦＬＯＰＳ", "％", "￥"), the ideographic and no-break spaces, the micro sign
     * (µ for μ), and the CJK compatibility ideographs and Kangxi radicals that text copied from a PDF carries ("⼩时" is
     * 小时). True for a character NFKC leaves as it is, too. Other compatibility characters only look like what NFKC
     * makes of them and mean something else: superscripts and subscripts ("10⁴" would read as 104), circled and
     * parenthesised numbers and letters ("①", "⑴", "Ⓣ"), mathematical and letterlike letters ("𝐓", "ℙ"), squared units
     * ("㎇"), fractions, ligatures and Roman numerals; a value holding one is refused, not read as its look-alike (the
     * JSON Schema's patterns, built from this, take exactly the same characters).
     */
    public static boolean folds(int c) {
        return c < 0x80 || !isLookAlike(c);
    }

    private static boolean isLookAlike(int c) {
        if (c < 0xA0 || c == 0xA0 || c == 0xB5 || c >= 0x2000 && c <= 0x200A || c == 0x202F || c == 0x205F
                || c >= 0x2E80 && c <= 0x2FDF || c == 0x3000 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF01 && c <= 0xFFEF
                || c >= 0x4E00 && c <= 0x9FFF) {
            return false; // folded, or (CJK unified ideographs, the usual case) left as is by NFKC anyway
        }
        String one = Character.toString(c);
        return !Normalizer.isNormalized(one, Normalizer.Form.NFKC);
    }

    /** The first character of {@code raw} that only looks like what NFKC makes of it ({@link #folds}), or -1. */
    static int lookAlike(String raw) {
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            if (c >= 0x80 && isLookAlike(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }
}
