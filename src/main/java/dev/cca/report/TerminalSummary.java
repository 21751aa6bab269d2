package dev.cca.report;

import dev.cca.model.Numbers;
import dev.cca.result.AssessmentResult;
import dev.cca.result.CenterResult;
import dev.cca.result.FitResult;
import dev.cca.result.Gaps;
import dev.cca.result.ScenarioResult;
import dev.cca.result.TableResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact terminal summary of an assessment: per center at most about 20 lines of at most 80 columns
 * (grade and score per scenario, the three table scores, caps, scenario fit and the weakest indicators).
 * Colour only when the options say the output is a colour terminal; untrusted text has control characters
 * stripped, so a hostile name cannot move the cursor or change colours.
 */
public final class TerminalSummary {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    /** Wide enough for "4 Proficient (cap)" and "insufficient (12%)"; the line stays within 80 columns. */
    private static final int GRADE_WIDTH = 19;

    private TerminalSummary() {
    }

    public static void print(AssessmentResult r, RenderOptions o, PrintWriter out) {
        int width = Math.max(60, Math.min(o.width(), 120));
        boolean firstCenter = true;
        for (CenterResult c : r.centers()) {
            if (!firstCenter) {
                out.println();
            }
            firstCenter = false;
            center(c, o, width, out);
            if (r.peers() != null) {
                peers(r, r.centers().indexOf(c), o, width, out);
            }
        }
        out.flush();
    }

    /** The summary of one center, as {@link #print} prints it without peers (the text of a streamed assessment). */
    public static String center(CenterResult c, RenderOptions o) {
        java.io.StringWriter sw = new java.io.StringWriter(2048);
        PrintWriter out = new PrintWriter(sw);
        center(c, o, Math.max(60, Math.min(o.width(), 120)), out);
        out.flush();
        return sw.toString();
    }

    /** One line per rated scenario: rank among peers (with its interval), standing in the scale class, grade held. */
    private static void peers(AssessmentResult r, int i, RenderOptions o, int width, PrintWriter out) {
        dev.cca.result.PeerComparison p = r.peers();
        for (int s = 0; s < p.standing().scenarios().size(); s++) {
            dev.cca.result.PeerStanding.ScenarioStanding st = p.standing().scenarios().get(s);
            if (st.rank()[i] == 0 || r.centers().get(i).scenario(st.scenario()) == null) {
                continue;
            }
            StringBuilder line = new StringBuilder(o.zh() ? "同规模对比 " : "Peers ").append(st.scenario()).append(": ")
                    .append(o.zh() ? "第" : "#").append(st.rank()[i]).append('/').append(PeerText.count(st.of()));
            dev.cca.result.Robustness.ScenarioStats rs = p.robustness() == null ? null : p.robustness().scenarios().get(s);
            if (rs != null) {
                line.append(" (").append(rs.rankLow()[i]).append('-').append(rs.rankHigh()[i]).append(')');
            }
            line.append(" · ").append(Text.stripControls(PeerText.standing(p.standing(), s, i, o)));
            if (rs != null) {
                line.append(" · ").append(o.zh() ? "等级保持 " : "held ").append(PeerText.share(rs.gradeHeld()[i]));
            }
            out.println(Text.fit(line.toString(), width).stripTrailing());
        }
    }

    private static void center(CenterResult c, RenderOptions o, int width, PrintWriter out) {
        String title = Text.stripControls(c.name()) + " (" + Text.stripControls(c.id()) + ")";
        String date = c.assessedOn() == null ? "" : "  " + c.assessedOn();
        out.println(style(Text.fit(title, width - Text.width(date)) + date, BOLD, o));
        List<TableResult> tables = c.scenarios().isEmpty() ? List.of() : c.scenarios().get(0).tables();
        StringBuilder head = new StringBuilder();
        head.append(Text.fit("", 12)).append(Text.right(Words.get("score", o), 6)).append("  ")
                .append(Text.fit(Words.get("grade", o), GRADE_WIDTH));
        for (TableResult t : tables) {
            head.append(Text.right(shortName(t, o), 11));
        }
        head.append(Text.right(o.zh() ? "证据" : "Evid.", 7));
        out.println(style(Text.fit(head.toString(), width).stripTrailing(), DIM, o));
        for (ScenarioResult s : c.scenarios()) {
            StringBuilder line = new StringBuilder();
            // A scenario without a grade shows its score in parentheses (for reference) and says why instead.
            String unrated = Words.unrated(s.status(), s.reportedShare(), o, true);
            String score = Numbers.score(s.score());
            line.append(Text.fit(s.label().get(o.lang()), 12)).append(Text.right(unrated == null ? score : "(" + score + ")", 6))
                    .append("  ");
            if (unrated == null) {
                String grade = s.grade() + " " + s.gradeLabel().get(o.lang()) + (s.uncappedGrade() != s.grade()
                        ? (o.zh() ? "（封顶）" : " (cap)") : "");
                line.append(style(Text.fit(grade, GRADE_WIDTH), gradeColour(s.grade()), o));
            } else {
                line.append(style(Text.fit(unrated, GRADE_WIDTH), DIM, o));
            }
            for (TableResult t : s.tables()) {
                line.append(Text.right(Numbers.score(t.score()), 11));
            }
            line.append(Text.right(Numbers.format(s.evidenceCoverage() * 100, 0) + "%", 7));
            out.println(line);
        }
        for (ScenarioResult s : c.scenarios()) {
            if (s.status() == dev.cca.result.ScenarioStatus.INSUFFICIENT_DATA) {
                out.println(Text.fit("  " + (o.zh() ? s.label().get("zh") + "：" : s.id() + ": ") + Words.unrated(s.status(), s.reportedShare(), o, false), width)
                        .stripTrailing());
            }
            for (ScenarioResult.CapResult cap : s.caps()) {
                if (cap.lowered() && s.rated()) {
                    out.println(Text.fit("  " + (o.zh() ? "封顶 " + s.label().get("zh") + "：" : "cap " + s.id() + ": ") + cap.label().get(o.lang()), width)
                            .stripTrailing());
                }
            }
        }
        StringBuilder fit = new StringBuilder(o.zh() ? "场景适配: " : "Fit: ");
        for (FitResult f : c.fit()) {
            fit.append(o.zh() && f.label() != null ? f.label().get("zh") : f.scenario()).append(' ')
                    .append(o.zh() ? Words.value("fit", f.fit(), "zh") : f.fit()).append(f.claimed() ? "*" : "").append("  ");
        }
        out.println(Text.fit(fit.toString().stripTrailing() + (o.zh() ? "  (*声明)" : "  (*claimed)"), width).stripTrailing());
        for (FitResult f : c.fit()) {
            if (f.warning() != null) {
                out.println(style(Text.fit("  ! " + f.warning().get(o.lang()), width).stripTrailing(), "\u001b[33m", o));
            }
        }
        List<String[]> weak = new ArrayList<>();
        for (ScenarioResult s : c.scenarios()) {
            if (s.status() == dev.cca.result.ScenarioStatus.NOT_CLAIMED) {
                continue;
            }
            for (Gaps.IndicatorGap g : s.gaps().indicators()) {
                if (weak.stream().filter(w -> w[0].equals(s.id())).count() < 3) {
                    weak.add(new String[] {s.label().get(o.lang()), g.label().get(o.lang()), Numbers.score(g.score()),
                            "+" + Numbers.score(g.potential())});
                }
            }
        }
        if (!weak.isEmpty()) {
            out.println(Words.get("weakest", o) + (o.zh() ? "（满分可增分）:" : " (points if at 100):"));
            for (String[] w : weak) {
                out.println("  " + Text.fit(w[0], 10) + Text.fit(w[1], width - 28) + Text.right(w[2], 7) + Text.right(w[3], 7));
            }
        }
        for (ScenarioResult s : c.scenarios()) {
            Gaps g = s.gaps();
            if (s.rated() && g.nextGrade() != 0 && !g.targets().isEmpty()) {
                Gaps.MetricTarget t = g.targets().get(0);
                String unit = t.unit() == null || t.unit().isEmpty() ? "" : " " + Words.unit(t.unit(), o);
                out.println(Text.fit((o.zh() ? "升至 " : "To grade ") + g.nextGrade() + (o.zh() ? "（" + s.label().get(o.lang()) + "）：" : " (" + s.id() + "): ")
                        + t.label().get(o.lang()) + (t.higherIsBetter() ? " >= " : " <= ") + Numbers.format(t.target()) + unit,
                        width).stripTrailing());
            }
        }
        long adjusted = c.findings().stream().filter(f -> f.outcome().adjusts()).count();
        for (dev.cca.result.Finding f : c.findings()) {
            if (f.outcome().adjusts()) {
                out.println(Text.fit((o.zh() ? "核查 " : "Check ") + f.check() + ": " + f.message().get(o.lang()), width).stripTrailing());
            }
        }
        if (c.findings().size() > adjusted) {
            out.println(style((o.zh() ? "其他核查结果 " : "Other check findings: ") + (c.findings().size() - adjusted)
                    + (o.zh() ? " 条（见报告）" : " (see the report)"), DIM, o));
        }
        if (!c.warnings().isEmpty()) {
            out.println(style((o.zh() ? "警告 " : "Warnings: ") + c.warnings().size()
                    + (o.zh() ? " 条（见报告或 --verbose）" : " (see the report, or --verbose)"), DIM, o));
        }
    }

    /** A table's name in at most ten columns: its id in English ("Foundation"), the first four characters in Chinese. */
    private static String shortName(TableResult t, RenderOptions o) {
        if (o.zh() && t.label().zh() != null && t.label().zh().length() >= 4) {
            return t.label().zh().substring(0, 4);
        }
        String id = Text.stripControls(t.id());
        String s = id.isEmpty() ? id : Character.toUpperCase(id.charAt(0)) + id.substring(1);
        return Text.width(s) <= 10 ? s : Text.fit(s, 10).stripTrailing();
    }

    private static String gradeColour(int grade) {
        return switch (grade) {
            case 5, 4 -> "\u001b[32m";
            case 3 -> "\u001b[36m";
            case 2 -> "\u001b[33m";
            default -> "\u001b[31m";
        };
    }

    private static String style(String s, String code, RenderOptions o) {
        return o.color() ? code + s + RESET : s;
    }
}
