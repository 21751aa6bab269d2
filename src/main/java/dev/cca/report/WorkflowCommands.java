package dev.cca.report;

import dev.cca.diag.Diagnostic;
import dev.cca.result.GateReport;
import java.io.PrintWriter;
import java.util.List;

/**
 * GitHub Actions annotations: {@code ::error file=F,line=L,col=C,title=T::MESSAGE} for every invalid input and
 * failed gate check, {@code ::warning} for a gate warning, {@code ::notice} for a waiver, so that the run's
 * summary and the pull request's changed files show them at the profile's line. Everything that comes from a
 * profile is escaped as the runner decodes it ({@link Text#workflowData}, {@link Text#workflowProperty}).
 * GitHub shows only the first few annotations of a step, so at most {@link #MAX} are written.
 */
public final class WorkflowCommands {

    public static final int MAX = 50;

    private WorkflowCommands() {
    }

    /** In {@code lang}: the annotation's message, as the reports say it. */
    public static void write(List<Diagnostic> problems, GateReport gate, PrintWriter out, String lang) {
        int n = 0;
        for (Diagnostic d : problems) {
            if (d.isError() && n++ < MAX) {
                command(out, "error", d.location().file(), d.location().line(), d.location().column(),
                        ("zh".equals(lang) ? "cca：无效输入 " : "cca: invalid input ") + d.code().id(), d.message(lang));
            }
        }
        for (GateReport.Outcome o : gate.outcomes()) {
            String kind = switch (o.status()) {
                case FAIL -> "error";
                case WARN -> "warning";
                case WAIVED -> "notice";
                default -> null;
            };
            if (kind != null && n++ < MAX) {
                GateReport.Check c = gate.checks().get(o.check());
                command(out, kind, o.file(), o.line(), o.column(), ("zh".equals(lang) ? "cca 门禁：" : "cca gate: ") + o.center() + " "
                        + c.title(), o.subject() + ("zh".equals(lang) ? "：" : ": ") + o.message().get(lang));
            }
        }
        out.flush();
    }

    static void command(PrintWriter out, String kind, String file, int line, int col, String title, String message) {
        StringBuilder sb = new StringBuilder("::").append(kind);
        String sep = " ";
        if (file != null && !file.isEmpty() && !file.equals("-")) {
            sb.append(sep).append("file=").append(Text.workflowProperty(file));
            sep = ",";
            if (line > 0) {
                sb.append(",line=").append(line);
                if (col > 0) {
                    sb.append(",col=").append(col);
                }
            }
        }
        sb.append(sep).append("title=").append(Text.workflowProperty(title));
        sb.append("::").append(Text.workflowData(message));
        out.println(sb);
    }
}
