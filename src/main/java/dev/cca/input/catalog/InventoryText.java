package dev.cca.input.catalog;

import dev.cca.input.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compact text form of an accelerator inventory, for one spreadsheet cell:
 *
 * <pre>Huawei Ascend 910B (npu) x1024 @313TF 64GB; NVIDIA H800 x256; Moore Threads/MTT S4000 x64</pre>
 *
 * <p>Entries are separated by {@code ;}. In each entry, tokens are read by their shape: {@code x1024}
 * (also {@code ×1024}, {@code *1024}) is the count, {@code @313TF} the peak dense FP16 per accelerator
 * (any compute unit, or a bare number in TFLOPS), {@code 64GB} the memory per accelerator, {@code (npu)}
 * the kind. The other words are the name: the vendor is the first word and the model the rest, unless
 * the name holds a {@code /}, which then separates vendor and model (for vendors of several words).
 * Values stay text here; the profile reader converts and checks them like any other value.
 */
public final class InventoryText {

    private static final Pattern MEMORY = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(GB|GiB|G|TB)", Pattern.CASE_INSENSITIVE);
    private static final Pattern KIND = Pattern.compile("\\((gpu|npu|cpu|fpga|asic|other)\\)", Pattern.CASE_INSENSITIVE);

    private InventoryText() {
    }

    /** One inventory line as text fields (null when not given). */
    record Item(String vendor, String model, String kind, String count, String fp16Tflops, String memoryGb) {
    }

    static List<Item> parse(String cell) {
        List<Item> out = new ArrayList<>();
        for (String entry : cell.split("[;；\n]")) {
            if (!entry.isBlank()) {
                out.add(parseEntry(entry.strip()));
            }
        }
        return out;
    }

    private static Item parseEntry(String entry) {
        String count = null;
        String tflops = null;
        String memory = null;
        String kind = null;
        StringBuilder name = new StringBuilder();
        String[] tokens = entry.split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            Matcher m;
            String folded = java.text.Normalizer.normalize(token, java.text.Normalizer.Form.NFKC);
            if (count == null && folded.length() > 1 && isCountMark(folded.charAt(0)) && startsNumber(folded.substring(1))) {
                // x1024, ×1024, *1,024, ｘ１０２４, x1万, x1e3, x-5: the count as written, which the profile reader reads
                // (and refuses) as any count is: 1万 is 10,000, -5 is negative.
                count = token.substring(1);
            } else if (count == null && folded.length() == 1 && isCountMark(folded.charAt(0)) && i + 1 < tokens.length
                    && startsNumber(java.text.Normalizer.normalize(tokens[i + 1], java.text.Normalizer.Form.NFKC))) {
                count = tokens[++i]; // "x 1024": the mark, then the count
            } else if (tflops == null && token.startsWith("@") && token.length() > 1) {
                tflops = token.substring(1);
            } else if (memory == null && MEMORY.matcher(token).matches()) {
                memory = token;
            } else if (kind == null && (m = KIND.matcher(token)).matches()) {
                kind = m.group(1).toLowerCase(Locale.ROOT);
            } else {
                if (name.length() > 0) {
                    name.append(' ');
                }
                name.append(token);
            }
        }
        String vendor;
        String model;
        int slash = name.indexOf("/");
        if (slash >= 0) {
            vendor = name.substring(0, slash).strip();
            model = name.substring(slash + 1).strip();
        } else {
            int space = name.indexOf(" ");
            vendor = space < 0 ? name.toString() : name.substring(0, space);
            model = space < 0 ? "" : name.substring(space + 1);
        }
        return new Item(blankToNull(vendor), blankToNull(model), kind, count, tflops, memory);
    }

    /** x, X, × or * (after NFKC: ｘ, ＊): the mark before an entry's count. */
    private static boolean isCountMark(char c) {
        return c == 'x' || c == 'X' || c == '×' || c == '*';
    }

    /** Whether {@code s} (folded) starts as a number does: a digit, or a sign or a point before one. */
    private static boolean startsNumber(String s) {
        int i = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+' || s.charAt(0) == '.') ? 1 : 0;
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** The list node of an inventory cell: one map per entry, every value located at the cell. */
    static Node.ListNode toNode(String cell, int line, int column) {
        Node.ListNode list = new Node.ListNode(line, column);
        for (Item it : parse(cell)) {
            Node.MapNode m = new Node.MapNode(line, column);
            put(m, "vendor", it.vendor(), line, column);
            put(m, "model", it.model(), line, column);
            put(m, "kind", it.kind(), line, column);
            put(m, "count", it.count(), line, column);
            put(m, "fp16_tflops", it.fp16Tflops(), line, column);
            put(m, "memory_gb", it.memoryGb(), line, column);
            list.add(m);
        }
        return list;
    }

    /** The compact text of one entry; numbers are written as given (plain decimals). */
    public static String format(String vendor, String model, String kind, String count, String fp16Tflops, String memoryGb) {
        StringBuilder sb = new StringBuilder();
        String v = vendor == null ? "" : vendor;
        sb.append(v);
        if (model != null && !model.isEmpty()) {
            boolean needsSlash = v.isEmpty() || v.indexOf(' ') >= 0 || v.indexOf('/') >= 0;
            sb.append(needsSlash ? "/" : " ").append(model);
        } else if (v.indexOf(' ') >= 0) {
            sb.append('/');
        }
        if (kind != null) {
            sb.append(" (").append(kind).append(')');
        }
        if (count != null) {
            sb.append(" x").append(count);
        }
        if (fp16Tflops != null) {
            sb.append(" @").append(fp16Tflops).append("TF");
        }
        if (memoryGb != null) {
            sb.append(' ').append(memoryGb).append("GB");
        }
        return sb.toString().strip();
    }

    private static void put(Node.MapNode m, String key, String value, int line, int column) {
        if (value != null) {
            m.put(key, line, column, new Node.ScalarNode(line, column, value, Node.ScalarKind.STRING));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
