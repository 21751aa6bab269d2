package dev.cca.report;

import dev.cca.model.Field;
import dev.cca.model.ProfileSchema;
import dev.cca.rules.Label;
import dev.cca.rules.MetricUses;
import dev.cca.rules.RuleSet;
import dev.cca.rules.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code cca init}: a commented profile to fill in, written from the profile schema and the rule set rather
 * than by hand, so that it cannot fall behind either. Every key appears with its unit, what it means, the
 * indicator it feeds (in the report's words, and its share of each scenario score), and an example.
 *
 * <p>Only {@code cca}, {@code id} and {@code name} are live lines; every other key is commented out with
 * {@code "# "} at the start of its line, and every explanation is a comment of its own ({@code ##}), so that
 * removing one leading {@code "# "} from a key's lines (an editor's "toggle comment") makes it a value and
 * leaves the explanations comments. The examples are illustrative: uncommented together they make a profile
 * that validates, which a test checks.
 */
public final class ProfileTemplate {

    private static final int WIDTH = 100;

    private final RuleSet rs;
    private final MetricUses uses;
    private final Set<String> scenarios;
    private final String lang;
    private final Map<String, Map<String, Double>> indicatorShares = new java.util.LinkedHashMap<>();
    private final StringBuilder sb = new StringBuilder();

    private ProfileTemplate(RuleSet rs, Set<String> scenarios, String lang) {
        this.rs = rs;
        this.uses = MetricUses.of(rs);
        this.scenarios = scenarios;
        this.lang = lang;
        for (RuleSet.Scenario s : rs.scenarios()) {
            indicatorShares.put(s.id(), Weights.indicatorShares(rs, s.id()));
        }
    }

    /**
     * @param scoring the scoring scenarios whose keys to include (the rule set's ids: training, inference)
     * @param claimed the profile scenarios to claim in {@code scenarios:} (pretraining, fine-tuning,
     *                inference), or empty to leave that key commented
     */
    public static String render(RuleSet rs, Set<String> scoring, List<String> claimed, String lang) {
        ProfileTemplate t = new ProfileTemplate(rs, scoring, lang);
        t.header(claimed);
        for (Field f : ProfileSchema.root().children().values()) {
            if (f.name().equals("cca") || f.name().equals("id") || f.name().equals("name")) {
                continue;
            }
            if (f.name().equals("scenarios") && !claimed.isEmpty()) {
                t.doc(f, "", false);
                t.sb.append("scenarios: [").append(String.join(", ", claimed)).append("]\n");
                continue;
            }
            t.field(f, "");
        }
        return t.sb.toString();
    }

    private boolean zh() {
        return "zh".equals(lang);
    }

    private void header(List<String> claimed) {
        Field root = ProfileSchema.root();
        String scen = String.join(", ", scenarios);
        if (zh()) {
            note("", "cca 智算中心档案（" + ProfileSchema.FORMAT + "）模板，由 cca init 依据档案格式与规则集 " + rs.id() + " "
                    + rs.version() + " 生成，覆盖评分场景：" + scen + "。");
            note("", "先填写 id 和 name；有数据的键，删去其所在行（及其上级键所在行）开头的“# ”即可启用。未填写的键不计分。");
            note("", "每个键注明单位；也可写带单位的字符串（\"6.93 EFLOPS\"、\"400G\"、\"80%\"、\"4.5万\"）。");
            note("", "任一度量都可附带证据：{value: 0.91, evidence: measured, source: ..., date: 2025-06-01}；"
                    + "裸值视为 declared（自行申报）。");
            note("", "示例值仅为示意，并非事实。检查：cca validate 本文件；评分：cca assess 本文件。");
        } else {
            note("", "A cca center profile (" + ProfileSchema.FORMAT + ") to fill in, written by cca init from the profile format"
                    + " and the rule set " + rs.id() + " " + rs.version() + ", for the scoring scenarios: " + scen + ".");
            note("", "Fill in id and name, then each value you have: remove the \"# \" at the start of a key's lines (and"
                    + " of its section's line) to use it. A key left out scores nothing.");
            note("", "Each key states its unit; a string with a unit works too (\"6.93 EFLOPS\", \"400G\", \"80%\", \"4.5万\").");
            note("", "Any metric may carry its evidence: {value: 0.91, evidence: measured, source: ..., date: 2025-06-01};"
                    + " a bare value counts as declared.");
            note("", "The examples are illustrative, not facts. Check with cca validate FILE; score with cca assess FILE.");
        }
        note("", zh() ? "编辑器检查：cca schema profile -o center-profile.schema.json，再删去下一行开头的“# ”。"
                : "Editor checks: cca schema profile -o center-profile.schema.json, then remove the \"# \" of the next line.");
        sb.append("# # yaml-language-server: $schema=center-profile.schema.json\n");
        sb.append("cca: ").append(ProfileSchema.FORMAT).append('\n');
        for (String key : List.of("id", "name")) {
            Field f = root.children().get(key);
            doc(f, "", false);
            sb.append(key).append(":\n");
        }
    }

    private void field(Field f, String indent) {
        if (!included(f)) {
            return;
        }
        switch (f.type()) {
            case OBJECT -> {
                doc(f, indent, false);
                sb.append("# ").append(indent).append(f.name()).append(":\n");
                for (Field c : f.children().values()) {
                    field(c, indent + "  ");
                }
            }
            case OBJECT_LIST -> {
                doc(f, indent, true);
                sb.append("# ").append(indent).append(f.name()).append(":\n");
                boolean first = true;
                for (Field c : f.item().children().values()) {
                    doc(c, indent + "    ", true);
                    sb.append("# ").append(indent).append(first ? "  - " : "    ").append(c.name()).append(": ")
                            .append(example(c)).append('\n');
                    first = false;
                }
            }
            default -> {
                doc(f, indent, true);
                sb.append("# ").append(indent).append(f.name()).append(": ");
                if (f.conditions().isEmpty()) {
                    sb.append(example(f));
                } else {
                    List<String> parts = new ArrayList<>();
                    parts.add("value: " + example(f));
                    for (Field c : f.conditions()) {
                        parts.add(c.name() + ": " + example(c));
                    }
                    sb.append('{').append(String.join(", ", parts)).append('}');
                }
                sb.append('\n');
            }
        }
    }

    /** A key is left out when every rule that reads it serves only scenarios not asked for. */
    private boolean included(Field f) {
        if (f.type() == Field.Type.OBJECT) {
            return f.children().values().stream().anyMatch(this::included);
        }
        return uses.serves(f.path().replace("[]..", "[]."), scenarios) && (!f.path().startsWith("compute.accelerators[]")
                || uses.serves("compute.accelerators", scenarios));
    }

    /** The comment lines above a key: what it is, its unit and values, what it feeds. */
    private void doc(Field f, String indent, boolean details) {
        // Required keys are live lines; the explanation of every other key is commented out with it.
        String prefix = f.isRequired() && indent.isEmpty() ? "" : "# " + indent;
        List<String> lines = new ArrayList<>();
        String text = f.doc(lang);
        if (f.isRequired()) {
            text += zh() ? "（必填）" : " (required)";
        }
        lines.add(text);
        if (details) {
            String values = values(f);
            if (!values.isEmpty()) {
                lines.add(values);
            }
            for (Field c : f.conditions()) {
                lines.add(c.name() + ": " + c.doc(lang) + unit(c));
            }
            lines.addAll(feeds(f));
        }
        if (f.isRequired() && f.example() != null) {
            lines.add((zh() ? "示例：" : "Example: ") + f.example());
        }
        for (String l : lines) {
            for (String w : wrap(l, WIDTH - Text.width(prefix) - 3)) {
                sb.append(prefix).append("## ").append(w).append('\n');
            }
        }
    }

    private void note(String indent, String text) {
        for (String w : wrap(text, WIDTH - 3)) {
            sb.append(indent).append("## ").append(w).append('\n');
        }
    }

    /** The unit and the values a key takes. */
    private String values(Field f) {
        String v = valuesEn(f);
        return zh() && v.endsWith(".") ? v.substring(0, v.length() - 1) + "。" : v;
    }

    private String valuesEn(Field f) {
        return switch (f.type()) {
            case NUMBER -> {
                String u = f.quantity().unit();
                String range = f.max() < Double.POSITIVE_INFINITY ? dev.cca.model.Numbers.format(f.min()) + "-"
                        + dev.cca.model.Numbers.format(f.max()) : "";
                if (u.isEmpty() && range.isEmpty()) {
                    yield f.integer() ? (zh() ? "整数。" : "A whole number.") : "";
                }
                yield (zh() ? "单位：" : "Unit: ") + (u.isEmpty() ? (zh() ? "无" : "none") : u) + (range.isEmpty() ? "" : ", " + range)
                        + (f.integer() ? (zh() ? "，整数" : ", a whole number") : "") + ".";
            }
            case BOOLEAN -> zh() ? "true 或 false。" : "true or false.";
            case CHOICE, CHOICE_LIST -> (zh() ? "可选值：" : "One of: ") + String.join(", ", f.choices())
                    + (f.type() == Field.Type.CHOICE_LIST ? (zh() ? "（列表）" : " (a list)") : "") + ".";
            case DATE -> f.monthPrecision() ? "YYYY-MM-DD, YYYY-MM." : "YYYY-MM-DD.";
            case ID_LIST -> {
                RuleSet.ReferenceList ref = rs.references().get(f.path());
                if (ref == null) {
                    yield zh() ? "标识列表（小写、连字符）。" : "A list of identifiers (lowercase, hyphens).";
                }
                List<String> items = new ArrayList<>();
                for (RuleSet.ReferenceItem i : ref.items()) {
                    String label = i.label().get(lang);
                    items.add(label.equalsIgnoreCase(i.id()) ? i.id() : i.id() + " (" + label + ")");
                }
                yield (zh() ? "规则集认可的标识：" : "Identifiers the rule set knows: ") + String.join(", ", items) + ".";
            }
            case PATH_LIST -> zh() ? "文件路径列表。" : "A list of file paths.";
            default -> "";
        };
    }

    private String unit(Field f) {
        String u = f.quantity().unit();
        return f.type() == Field.Type.NUMBER && !u.isEmpty() ? " (" + u + ")" : "";
    }

    /** "Feeds: Throughput (throughput), 17.5% of the inference score: <what the report means by it>". */
    private List<String> feeds(Field f) {
        List<String> out = new ArrayList<>();
        String key = f.path().replace("[]..", "[].");
        if (f.type() == Field.Type.OBJECT_LIST) {
            key = f.path();
        }
        for (MetricUses.Use u : uses.of(key)) {
            switch (u.kind()) {
                case SCORED -> {
                    RuleSet.Indicator ind = rs.indicators().get(u.indicator());
                    StringBuilder line = new StringBuilder(zh() ? "计入：" : "Feeds: ").append(ind.label().get(lang)).append(" (")
                            .append(ind.id()).append(')');
                    List<String> shares = new ArrayList<>();
                    for (RuleSet.Scenario s : rs.scenarios()) {
                        double share = Weights.termShare(rs, s.id(), ind.id(), metricIndex(ind, u.metric()));
                        if (share > 0) {
                            shares.add(zh() ? "占" + s.label().get(lang) + "得分 " + RuleSetText.pct(share)
                                    : RuleSetText.pct(share) + " of the " + s.label().get(lang).toLowerCase(java.util.Locale.ROOT)
                                    + " score");
                        }
                    }
                    if (shares.isEmpty()) {
                        shares.add(Words.get("informative", lang));
                    }
                    line.append(zh() ? "，" : ", ").append(String.join(zh() ? "，" : ", ", shares));
                    Label measures = ind.measures();
                    if (measures != null && !measures.get(lang).isEmpty()) {
                        line.append(zh() ? "。报告：" : ". The report: ").append(measures.get(lang));
                    }
                    out.add(line.toString());
                }
                case NORMALIZES, LOOKUP -> out.add((zh() ? "用于换算 " : "Normalises ") + u.metric() + " ("
                        + rs.indicators().get(u.indicator()).label().get(lang) + ")" + (zh() ? "。" : "."));
                case CAP -> {
                    RuleSet.Cap c = rs.caps().stream().filter(x -> x.id().equals(u.cap())).findFirst().orElseThrow();
                    out.add((zh() ? "封顶规则 " : "Cap ") + c.id() + ": " + c.label().get(lang));
                }
                case FIT -> {
                    RuleSet.FitRule fr = rs.fit().stream().filter(x -> x.scenario().equals(u.fit())).findFirst().orElseThrow();
                    out.add((zh() ? "场景适配：" : "Scenario fit: ") + fr.label().get(lang));
                }
            }
        }
        return out;
    }

    private static int metricIndex(RuleSet.Indicator ind, String metric) {
        for (int i = 0; i < ind.metrics().size(); i++) {
            if (ind.metrics().get(i).metric().equals(metric)) {
                return i;
            }
        }
        return -1;
    }

    /** The example of a key, as YAML; for a capability list, the first items of the rule set's reference list. */
    private String example(Field f) {
        String e = f.example();
        if (e == null) {
            e = switch (f.type()) {
                case ID_LIST -> {
                    RuleSet.ReferenceList ref = rs.references().get(f.path());
                    yield ref == null ? "[]" : "[" + String.join(", ", ref.items().stream().limit(3)
                            .map(RuleSet.ReferenceItem::id).toList()) + "]";
                }
                case CHOICE -> f.choices().get(0);
                case BOOLEAN -> "true";
                case PATH_LIST -> "[]";
                default -> "";
            };
        }
        return yaml(e);
    }

    /** Quotes a plain scalar that YAML would read otherwise (a leading indicator character, ": " or " #"). */
    static String yaml(String s) {
        if (s.startsWith("[") || s.startsWith("{")) {
            return s;
        }
        boolean quote = s.isEmpty() || "&*!|>%@`'\"#-?:,".indexOf(s.charAt(0)) >= 0 || s.contains(": ") || s.contains(" #")
                || s.endsWith(":");
        return quote ? "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : s;
    }

    /** Lines of at most {@code width} columns, broken at spaces, or between Chinese characters. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        int lastBreak = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = Text.isWide(cp) ? 2 : 1;
            if (lineWidth + w > width && line.length() > 0) {
                int cut = lastBreak > 0 ? lastBreak : line.length();
                out.add(line.substring(0, cut).strip());
                String rest = line.substring(cut).stripLeading();
                line = new StringBuilder(rest);
                lineWidth = Text.width(rest);
                lastBreak = -1;
            }
            line.appendCodePoint(cp);
            lineWidth += w;
            if (cp == ' ' || Text.isWide(cp)) {
                lastBreak = line.length();
            }
            i += Character.charCount(cp);
        }
        if (line.length() > 0) {
            out.add(line.toString().strip());
        }
        return out;
    }
}
