package dev.cca.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The catalogue: every diagnostic code of every area, in the order docs/diagnostics.md lists them. */
public final class Codes {

    private Codes() {
    }

    private static final List<Code> ALL = collect();

    private static List<Code> collect() {
        List<Code> all = new ArrayList<>();
        for (Class<? extends Enum<?>> area : List.<Class<? extends Enum<?>>>of(FileCode.class, ProfileCode.class,
                BenchCode.class, CatalogCode.class, RuleCode.class, GateCode.class, OptionCode.class, CheckCode.class)) {
            for (Enum<?> e : area.getEnumConstants()) {
                all.add((Code) e);
            }
        }
        all.sort((a, b) -> a.area() != b.area() ? a.area().compareTo(b.area()) : Integer.compare(a.number(), b.number()));
        return Collections.unmodifiableList(all);
    }

    public static List<Code> all() {
        return ALL;
    }

    /** The code with this id ({@code CCA-P012}), or null. */
    public static Code byId(String id) {
        for (Code c : ALL) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }

    /** docs/diagnostics.md: every code with its message in both languages. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Diagnostics\n\n")
                .append("Every problem cca reports has a stable code, printed after its severity:\n\n")
                .append("```\nsamples/x.yaml:12:5: error CCA-P001: unknown key 'total_pflop_fp16' (did you mean"
                        + " 'total_pflops_fp16'?) [at compute.total_pflop_fp16]\n```\n\n")
                .append("The code never changes once published, whatever the wording or the language: tests, scripts and"
                        + " CI annotations match codes, never message text. JSON reports carry it as `code` beside `message`"
                        + " (English) and `message_zh`, SARIF as `ruleId`, JUnit as the failure's `type`, GitHub annotations in"
                        + " their title. Every message cca prints has a code: a problem cannot be reported without one.\n\n")
                .append("Messages, help, warnings and reports are written in English or Chinese: `--lang en|zh`, or, when"
                        + " `--lang` is not given, the locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; a value"
                        + " beginning `zh` picks Chinese). `{name}` in a message stands for what the input wrote or what cca"
                        + " computed.\n\n")
                .append("This page is generated from the catalogue (`dev.cca.diag.Codes`); a test fails when it is stale.\n");
        Area area = null;
        for (Code c : ALL) {
            if (c.area() != area) {
                area = c.area();
                sb.append("\n## ").append(area.name()).append(": ").append(area.en()).append(" (").append(area.zh())
                        .append(")\n\n| Code | English | 中文 |\n| --- | --- | --- |\n");
            }
            sb.append("| ").append(c.id()).append(" | ").append(cell(c.en())).append(" | ").append(cell(c.zh())).append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("<", "&lt;");
    }
}
