package dev.cca.report;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.ProblemCap;
import dev.cca.result.GateReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * JUnit XML, which every CI server shows as test results: one {@code testsuite} per center with one
 * {@code testcase} per gate check (a failure for a failed check, {@code skipped} for a waived or skipped one,
 * the warning in {@code system-out} for a warning), or, without a gate, one passing case per scenario with
 * its score; and a suite {@code invalid inputs} with a failing case per invalid input, named by its location (at most
 * {@link ProblemCap#DEFAULT} per file, then one case counting the rest).
 * No times or timestamps, so reruns give the same bytes. Valid against the Jenkins xUnit {@code junit-10.xsd}.
 */
final class JUnitRenderer<R> implements TextRenderer<R> {

    private final Function<R, GateView> view;

    JUnitRenderer(Function<R, GateView> view) {
        this.view = view;
    }

    @Override
    public void render(R result, RenderOptions options, Writer out) throws IOException {
        GateView v = view.apply(result);
        String lang = options.lang();
        GateReport g = v.gate();
        // At most ProblemCap.DEFAULT invalid inputs per file, then one failing case that counts the rest (the JSON
        // report lists every one): a CI server's test view is no place for 270,000 cases of one file.
        ProblemCap cap = new ProblemCap(ProblemCap.DEFAULT);
        List<Diagnostic> errors = v.problems().stream().filter(Diagnostic::isError).filter(cap::admit).toList();
        List<ProblemCap.Hidden> hidden = cap.drain();
        Map<String, List<GateReport.Outcome>> byCenter = v.outcomesByCenter();
        long cases = errors.size() + hidden.size();
        for (GateView.Center c : v.centers()) {
            cases += (g.configured() ? checksOf(g, c) : c.scenarios().size()) + shownFindings(c);
        }
        long failures = errors.size() + hidden.size() + g.counts().fail();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"cca\" tests=\"" + cases + "\" failures=\"" + failures + "\" errors=\"0\">\n");
        for (GateView.Center c : v.centers()) {
            List<GateReport.Outcome> listed = byCenter.get(c.id());
            int tests = (g.configured() ? checksOf(g, c) : c.scenarios().size()) + shownFindings(c);
            int failed = 0;
            int skipped = 0;
            if (g.configured()) {
                for (int k = 0; k < g.checks().size(); k++) {
                    if (!g.checks().get(k).appliesTo(c.id())) {
                        continue;
                    }
                    switch (v.outcome(c, k, listed).status()) {
                        case FAIL -> failed++;
                        case WAIVED, SKIPPED -> skipped++;
                        default -> { }
                    }
                }
            }
            out.write("  <testsuite name=\"" + Text.xml(c.id()) + "\" tests=\"" + tests + "\" failures=\"" + failed
                    + "\" errors=\"0\" skipped=\"" + skipped + "\" file=\"" + Text.xml(c.file()) + "\">\n");
            out.write("    <properties>\n");
            property(out, "name", c.name());
            property(out, "profile", c.file() + ":" + c.line());
            property(out, "rules", v.rules().id() + " " + v.rules().version() + " sha256:" + v.rules().sha256());
            property(out, "cca", v.tool().version());
            for (String[] s : c.scenarios()) {
                property(out, s[0], s[1] + " grade " + s[2] + " " + s[3]);
            }
            out.write("    </properties>\n");
            if (!g.configured()) {
                for (String[] s : c.scenarios()) {
                    out.write("    <testcase classname=\"" + Text.xml(c.id()) + "\" name=\"" + Text.xml(s[0] + ": score " + s[1]
                            + ", grade " + s[2] + " " + s[3]) + "\"/>\n");
                }
            } else {
                for (int k = 0; k < g.checks().size(); k++) {
                    if (g.checks().get(k).appliesTo(c.id())) {
                        testcase(out, c, g.checks().get(k), v.outcome(c, k, listed), lang);
                    }
                }
            }
            // The checks stage's findings: a passing case each (they are no gate), located at the claim's line.
            for (dev.cca.result.Finding f : c.findings()) {
                if (f.message() != null) {
                    String at = f.location().file() + ":" + f.location().line() + ":" + f.location().column();
                    out.write("    <testcase classname=\"" + Text.xml(c.id()) + "\" name=\"" + Text.xml("check " + f.check() + ": "
                            + f.metric()) + "\">\n");
                    out.write("      <system-out>" + Text.xml(at + ": " + f.outcome().id() + ": " + f.message().en()) + "</system-out>\n");
                    out.write("    </testcase>\n");
                }
            }
            out.write("  </testsuite>\n");
        }
        if (!errors.isEmpty()) {
            int n = errors.size() + hidden.size();
            out.write("  <testsuite name=\"invalid inputs\" tests=\"" + n + "\" failures=\"" + n
                    + "\" errors=\"0\" skipped=\"0\">\n");
            for (Diagnostic d : errors) {
                out.write("    <testcase classname=\"invalid-input\" name=\"" + Text.xml(d.location().prefix()) + "\">\n");
                out.write("      <failure type=\"" + d.code().id() + "\" message=\"" + Text.xml(d.message(lang)) + "\">"
                        + Text.xml(d.format(lang))
                        + "</failure>\n");
                out.write("    </testcase>\n");
            }
            for (ProblemCap.Hidden h : hidden) {
                String m = h.notListed().get(lang);
                out.write("    <testcase classname=\"invalid-input\" name=\"" + Text.xml(h.file() + ": more") + "\">\n");
                out.write("      <failure type=\"" + h.notListed().code().id() + "\" message=\"" + Text.xml(m) + "\">" + Text.xml(h.file() + ": " + m)
                        + "</failure>\n");
                out.write("    </testcase>\n");
            }
            out.write("  </testsuite>\n");
        }
        out.write("</testsuites>\n");
    }

    private static int shownFindings(GateView.Center c) {
        return (int) c.findings().stream().filter(f -> f.message() != null).count();
    }

    /** The gate's checks made for a center: every assertion's, and the waivers that name it. */
    private static int checksOf(GateReport g, GateView.Center c) {
        int n = 0;
        for (GateReport.Check k : g.checks()) {
            n += k.appliesTo(c.id()) ? 1 : 0;
        }
        return n;
    }

    private static void testcase(Writer out, GateView.Center c, GateReport.Check check, GateReport.Outcome o, String lang)
            throws IOException {
        String message = o.message().get(lang);
        String name = check.scenario() == null ? check.title() : check.scenario() + ": " + check.title();
        out.write("    <testcase classname=\"" + Text.xml(c.id()) + "\" name=\"" + Text.xml(name) + "\">\n");
        String detail = o.subject() + ": " + check.title() + " (" + check.level() + ", " + check.definedAt() + ")"
                + (o.value() == null ? "" : ("zh".equals(lang) ? "；取值 " : "; value ") + o.value().get(lang))
                + (message.isEmpty() ? "" : ("zh".equals(lang) ? "；" : "; ") + message)
                + ("zh".equals(lang) ? "；档案 " : "; profile ") + c.file() + ":" + c.line()
                + (o.file() == null || o.file().equals(c.file()) && o.line() == c.line() ? ""
                        : ("zh".equals(lang) ? "；位于 " : "; at ") + o.file() + ":" + o.line() + ":" + o.column());
        switch (o.status()) {
            case FAIL -> out.write("      <failure type=\"gate\" message=\"" + Text.xml(message) + "\">" + Text.xml(detail) + "</failure>\n");
            case WAIVED -> out.write("      <skipped message=\"" + Text.xml(("zh".equals(lang) ? "豁免至 " + o.expires() + "："
                    : "waived until " + o.expires() + ": ") + o.waiver()) + "\"/>\n");
            case SKIPPED -> out.write("      <skipped message=\"" + Text.xml(message) + "\"/>\n");
            case WARN -> out.write("      <system-out>" + Text.xml(("zh".equals(lang) ? "警告：" : "warning: ") + detail) + "</system-out>\n");
            case PASS -> out.write("      <system-out>" + Text.xml(detail) + "</system-out>\n");
        }
        out.write("    </testcase>\n");
    }

    private static void property(Writer out, String name, String value) throws IOException {
        out.write("      <property name=\"" + Text.xml(name) + "\" value=\"" + Text.xml(value == null ? "" : value) + "\"/>\n");
    }
}
