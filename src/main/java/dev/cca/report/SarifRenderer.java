package dev.cca.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.ProblemCap;
import dev.cca.result.GateReport;
import dev.cca.result.GateStatus;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * SARIF 2.1.0, the format code-scanning views read (GitHub marks each result at its line in a pull request):
 * every invalid input at its file, line and column (at most {@link ProblemCap#DEFAULT} per file, then one result counting
 * the rest), and every failed, warned or waived gate check at the
 * profile's line, and the checks stage's findings at their claims. Rules are the kinds of finding: a diagnostic's or a
 * check's code ({@code CCA-P001}, {@code CCA-K001}), with the catalogue's text in both languages as help, and
 * {@code cca/gate/table/min_score} for gate checks;
 * a waived check is a result with an accepted external suppression carrying the waiver's reason; the run's
 * properties name every center assessed, so a clean report still says what it covered. Paths are
 * written as given, with forward slashes, so that a run from the repository root gives repository-relative
 * URIs. No timestamps: reruns give the same bytes.
 */
final class SarifRenderer<R> implements TextRenderer<R> {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private final Function<R, GateView> view;

    SarifRenderer(Function<R, GateView> view) {
        this.view = view;
    }

    private record Finding(String rule, String level, String message, String file, int line, int column, String suppression) {
    }

    @Override
    public void render(R result, RenderOptions options, Writer out) throws IOException {
        GateView v = view.apply(result);
        Map<String, String> rules = new LinkedHashMap<>();
        // The rules that are codes of the catalogue, for their help in both languages.
        Map<String, dev.cca.diag.Code> coded = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        // At most ProblemCap.DEFAULT invalid inputs per file, then one result that counts the rest: code scanning takes
        // at most 25,000 results a run, and the JSON report lists every one.
        ProblemCap cap = new ProblemCap(ProblemCap.DEFAULT);
        for (Diagnostic d : v.problems()) {
            if (d.isError()) {
                // A problem is its own rule, described by its code's template.
                String rule = d.code().id();
                rules.putIfAbsent(rule, d.code().template(options.lang()));
                coded.putIfAbsent(rule, d.code());
                if (cap.admit(d)) {
                    findings.add(new Finding(rule, "error", d.message(options.lang()) + (d.location().path().isEmpty() ? ""
                            : ("zh".equals(options.lang()) ? " [位置 " : " [at ") + d.location().path(options.lang()) + "]"), d.location().file(),
                            d.location().line(), d.location().column(), null));
                }
            }
        }
        for (ProblemCap.Hidden h : cap.drain()) {
            dev.cca.diag.Message m = h.notListed();
            rules.putIfAbsent(m.code().id(), m.code().template(options.lang()));
            coded.putIfAbsent(m.code().id(), m.code());
            findings.add(new Finding(m.code().id(), "error", m.get(options.lang()), h.file(), 0, 0, null));
        }
        GateReport g = v.gate();
        for (GateReport.Outcome o : g.outcomes()) {
            if (o.status() != GateStatus.FAIL && o.status() != GateStatus.WARN && o.status() != GateStatus.WAIVED) {
                continue;
            }
            GateReport.Check c = g.checks().get(o.check());
            String rule = "cca/gate/" + c.on() + "/" + c.bound();
            boolean zh = "zh".equals(options.lang());
            rules.putIfAbsent(rule, c.on().equals("waiver")
                    ? zh ? "门禁：豁免已过期；请设定新的到期日或删除。" : "Gate: a waiver past its expiry date; renew or remove it."
                    : zh ? "门禁：" + c.on() + " " + c.bound() + " 断言。" : "Gate: the " + c.on() + " " + c.bound().replace('_', ' ') + " assertion.");
            String level = o.status() == GateStatus.WARN ? "warning" : "error";
            findings.add(new Finding(rule, level, o.subject() + ": " + o.message().get(options.lang()) + " (" + c.title() + ", "
                    + c.definedAt() + ")", o.file(), o.line(), o.column(),
                    o.status() == GateStatus.WAIVED ? "waived until " + o.expires() + ": " + o.waiver() : null));
        }
        // The checks stage's findings, each at the line of the claim it is about: a warning when the claim is not
        // scored as stated, a note otherwise.
        for (GateView.Center c : v.centers()) {
            for (dev.cca.result.Finding f : c.findings()) {
                if (f.message() == null) {
                    continue;
                }
                // Each check is its code (CCA-K001 littles-law, ...), as when validate prints it.
                Diagnostic d = f.diagnostic();
                String rule = d.code().id();
                rules.putIfAbsent(rule, d.code().template(options.lang()));
                coded.putIfAbsent(rule, d.code());
                findings.add(new Finding(rule, f.outcome().adjusts() ? "warning" : "note", c.id() + ": " + d.message(options.lang()),
                        f.location().file(), f.location().line(), f.location().column(), null));
            }
        }
        List<String> ruleIds = new ArrayList<>(rules.keySet());
        try (JsonGenerator j = JsonRenderer.generator(out)) {
            j.writeStartObject();
            j.writeStringField("$schema", SCHEMA);
            j.writeStringField("version", "2.1.0");
            j.writeArrayFieldStart("runs");
            j.writeStartObject();
            j.writeObjectFieldStart("tool");
            j.writeObjectFieldStart("driver");
            j.writeStringField("name", "cca");
            j.writeStringField("version", v.tool().version());
            j.writeArrayFieldStart("rules");
            for (String id : ruleIds) {
                j.writeStartObject();
                j.writeStringField("id", id);
                j.writeObjectFieldStart("shortDescription");
                j.writeStringField("text", rules.get(id));
                j.writeEndObject();
                dev.cca.diag.Code code = coded.get(id);
                if (code != null) {
                    // The catalogue's text in both languages (docs/diagnostics.md), whichever the run wrote in.
                    j.writeObjectFieldStart("help");
                    j.writeStringField("text", code.en() + "\n" + code.zh());
                    j.writeStringField("markdown", "`" + code.id() + "`: " + code.en() + "\n\n" + code.zh()
                            + "\n\nSee docs/diagnostics.md.");
                    j.writeEndObject();
                }
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeEndObject();
            j.writeEndObject();
            j.writeArrayFieldStart("results");
            for (Finding f : findings) {
                j.writeStartObject();
                j.writeStringField("ruleId", f.rule());
                j.writeNumberField("ruleIndex", ruleIds.indexOf(f.rule()));
                j.writeStringField("level", f.level());
                j.writeObjectFieldStart("message");
                j.writeStringField("text", Text.stripControls(f.message()));
                j.writeEndObject();
                if (f.file() != null && !f.file().isEmpty() && !f.file().equals("-")) {
                    j.writeArrayFieldStart("locations");
                    j.writeStartObject();
                    j.writeObjectFieldStart("physicalLocation");
                    j.writeObjectFieldStart("artifactLocation");
                    j.writeStringField("uri", uri(f.file()));
                    j.writeEndObject();
                    if (f.line() > 0) {
                        j.writeObjectFieldStart("region");
                        j.writeNumberField("startLine", f.line());
                        if (f.column() > 0) {
                            j.writeNumberField("startColumn", f.column());
                        }
                        j.writeEndObject();
                    }
                    j.writeEndObject();
                    j.writeEndObject();
                    j.writeEndArray();
                }
                if (f.suppression() != null) {
                    j.writeArrayFieldStart("suppressions");
                    j.writeStartObject();
                    j.writeStringField("kind", "external");
                    j.writeStringField("status", "accepted");
                    j.writeStringField("justification", Text.stripControls(f.suppression()));
                    j.writeEndObject();
                    j.writeEndArray();
                }
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeObjectFieldStart("properties");
            j.writeStringField("rules", v.rules().id() + " " + v.rules().version());
            j.writeStringField("rulesSha256", v.rules().sha256());
            j.writeStringField("asOf", v.asOf());
            j.writeBooleanField("gatePassed", g.passed());
            // Every center assessed, so that a clean report still says what it covered.
            j.writeArrayFieldStart("centers");
            for (GateView.Center c : v.centers()) {
                j.writeStartObject();
                j.writeStringField("id", c.id());
                j.writeStringField("file", c.file());
                j.writeNumberField("line", c.line());
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeEndObject();
            j.writeEndObject();
            j.writeEndArray();
            j.writeEndObject();
        }
        out.write('\n');
    }

    /**
     * A file name as a URI reference: forward slashes, and the characters a URI cannot hold percent-encoded. A relative
     * name whose first segment holds a colon ({@code javascript:x.yaml}, {@code c:x.yaml}) would be read as a URI of that
     * scheme (RFC 3986, 4.2): it is written after {@code ./}.
     */
    static String uri(String file) {
        String f = file.replace('\\', '/');
        int colon = f.indexOf(':');
        if (colon >= 0 && !f.startsWith("/") && (f.indexOf('/') < 0 || colon < f.indexOf('/'))) {
            f = "./" + f;
        }
        StringBuilder sb = new StringBuilder(f.length());
        for (byte b : f.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }
}
