package dev.cca.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a profile tree as YAML the way people write profiles by hand: sections as block maps, small maps
 * of scalars (regions, evidence, inventory lines) and lists of identifiers in flow style, plain scalars
 * where YAML reads them back as the same text, double quotes where it would not.
 */
final class YamlEmitter {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}][\\p{L}\\p{N} ._/()（）·&+'-]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~");
    private static final int FLOW_MAP_MAX = 7;

    private YamlEmitter() {
    }

    static void write(Map<String, Object> doc, Appendable out) throws IOException {
        block(doc, 0, out);
    }

    private static void block(Map<String, Object> map, int indent, Appendable out) throws IOException {
        for (Map.Entry<String, Object> e : map.entrySet()) {
            indent(indent, out);
            out.append(e.getKey()).append(':');
            Object v = e.getValue();
            if (v instanceof Map<?, ?> m && !isFlowMap(m)) {
                out.append('\n');
                block(cast(m), indent + 2, out);
            } else if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map) {
                out.append('\n');
                for (Object item : l) {
                    indent(indent + 2, out);
                    out.append("- ");
                    flow(item, out);
                    out.append('\n');
                }
            } else {
                out.append(' ');
                flow(v, out);
                out.append('\n');
            }
        }
    }

    private static boolean isFlowMap(Map<?, ?> m) {
        if (m.size() > FLOW_MAP_MAX) {
            return false;
        }
        for (Object v : m.values()) {
            if (v instanceof Map || v instanceof List) {
                return false;
            }
        }
        return true;
    }

    private static void flow(Object v, Appendable out) throws IOException {
        if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(String.valueOf(e.getKey())).append(": ");
                flow(e.getValue(), out);
            }
            out.append('}');
        } else if (v instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                flow(l.get(i), out);
            }
            out.append(']');
        } else {
            out.append(scalar(v));
        }
    }

    static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (v instanceof Boolean || v instanceof LocalDate) {
            return v.toString();
        }
        String s = v.toString();
        if (PLAIN.matcher(s).matches() && !s.endsWith(" ") && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        return quoted(s);
    }

    /** A double-quoted YAML scalar; the escapes are JSON's, which YAML's double quotes accept. */
    static String quoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static void indent(int n, Appendable out) throws IOException {
        for (int i = 0; i < n; i++) {
            out.append(' ');
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
