package dev.cca.report;

import dev.cca.diag.Diagnostic;
import dev.cca.model.Numbers;
import dev.cca.result.AssessmentResult;
import dev.cca.result.BenchmarkSummary;
import dev.cca.result.CenterResult;
import dev.cca.result.FitResult;
import dev.cca.result.Finding;
import dev.cca.result.Gaps;
import dev.cca.result.IndicatorResult;
import dev.cca.result.MetricResult;
import dev.cca.result.PeerComparison;
import dev.cca.result.PeerStanding;
import dev.cca.result.Robustness;
import dev.cca.result.ScenarioResult;
import dev.cca.result.TableResult;
import dev.cca.rules.Label;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report readable on any git forge without tools. Per center: a summary; per scenario the grade, each
 * table's score and every indicator and metric with value, evidence, curve score, evidence factor, weight
 * and points, so any score can be recomputed by hand; scenario fit (section 3); gaps (section 4); warnings;
 * and the curves that produced the scores.
 */
public final class MarkdownRenderer implements TextRenderer<AssessmentResult>, StreamedRenderer {

    @Override
    public void render(AssessmentResult r, RenderOptions o, Writer out) throws IOException {
        boolean several = r.centers().size() > 1;
        render(r, r.centers().isEmpty() ? null : r.centers().get(0), r.centers().size(),
                List.of(StreamedRenderer.each(r.centers(), c -> row(c, o)), StreamedRenderer.each(r.centers(), c -> section(c, r, o, several))),
                o, out);
    }

    /** Two pieces per center among several: its row of the summary table, and its section. */
    @Override
    public List<String> pieces(CenterResult c, AssessmentResult shell, RenderOptions o) {
        return List.of(row(c, o), section(c, shell, o, true));
    }

    @Override
    public void render(AssessmentResult r, CenterResult first, long count, List<? extends Iterable<String>> parts,
                       RenderOptions o, Writer w) throws IOException {
        StreamedRenderer.StripTrailing out = new StreamedRenderer.StripTrailing(w);
        StringBuilder sb = new StringBuilder(4096);
        if (count > 1) {
            sb.append("# ").append(Words.get("assessment", o)).append(": ").append(count)
                    .append(o.zh() ? " 个智算中心" : " centers").append("\n\n");
            rulesLine(sb, r, o);
            sb.append("| ").append(o.zh() ? "中心" : "Center").append(" |");
            List<String> scen = first.scenarios().stream().map(ScenarioResult::id).toList();
            for (ScenarioResult s : first.scenarios()) {
                sb.append(' ').append(Text.md(s.label().get(o.lang()))).append(" |");
            }
            sb.append("\n|---|").append("---:|".repeat(scen.size())).append('\n');
            out.write(sb);
            for (String row : parts.get(0)) {
                out.write(row);
            }
            sb.setLength(0);
            sb.append('\n');
        }
        GateMarkdown.section(sb, r.gate(), o, "#");
        out.write(sb);
        for (String section : parts.get(1)) {
            out.write(section);
        }
        sb.setLength(0);
        if (!r.problems().isEmpty()) {
            sb.append("# ").append(o.zh() ? "无法评估的输入" : "Inputs that could not be assessed").append("\n\n");
            for (Diagnostic d : r.problems()) {
                sb.append("- ").append(Text.code(d.format())).append('\n');
            }
            sb.append('\n');
        }
        out.write(sb);
        out.finish();
    }

    /** A center's row of the summary table of several centers. */
    private static String row(CenterResult c, RenderOptions o) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("| ").append(Text.md(c.name())).append(" (").append(Text.code(c.id())).append(") |");
        for (ScenarioResult s : c.scenarios()) {
            String unrated = Words.unrated(s.status(), s.reportedShare(), o, false);
            sb.append(' ').append(unrated == null ? Numbers.score(s.score()) + " · " + s.grade()
                    : "(" + Numbers.score(s.score()) + ") · " + Text.md(unrated)).append(" |");
        }
        return sb.append('\n').toString();
    }

    /** A center's section: headed one level down when it is one of several. */
    private String section(CenterResult c, AssessmentResult r, RenderOptions o, boolean several) {
        StringBuilder sb = new StringBuilder(16_384);
        center(sb, c, r, o, several ? "#" : "");
        return sb.toString();
    }

    private static void rulesLine(StringBuilder sb, AssessmentResult r, RenderOptions o) {
        sb.append(o.zh() ? "规则集 " : "Rule set ").append(Text.code(r.rules().id())).append(' ').append(Text.md(r.rules().version()))
                .append(" (sha256 ").append(Text.code(r.rules().sha256().substring(0, 12))).append(", ")
                .append(Text.md("embedded".equals(r.rules().source()) ? Words.get("embedded", o) : r.rules().source()))
                .append(") · ").append(r.tool().name()).append(' ').append(r.tool().version());
        sb.append(" · ").append(referenceDate(r.asOf(), r.referenceDate(), o));
        sb.append("\n\n");
    }

    private void center(StringBuilder sb, CenterResult c, AssessmentResult r, RenderOptions o, String h) {
        sb.append(h).append("# ").append(Words.get("assessment", o)).append(": ").append(Text.md(c.name()))
                .append(" (").append(Text.code(c.id())).append(")\n\n");
        StringBuilder facts = new StringBuilder();
        if (c.nameEn() != null) {
            facts.append(Text.md(c.nameEn()));
        }
        String place = join(" ", c.province(), c.city());
        if (!place.isEmpty()) {
            sep(facts).append(Text.md(place));
        }
        if (c.operatorName() != null || c.operatorType() != null) {
            sep(facts).append(o.zh() ? "运营方：" : "operator: ").append(Text.md(join(" · ", c.operatorName(), c.operatorType())));
        }
        if (c.hub() != null) {
            sep(facts).append(o.zh() ? "枢纽节点：" : "hub: ").append(Text.md(c.hub()));
        }
        if (c.assessedOn() != null) {
            sep(facts).append(o.zh() ? "数据日期：" : "assessed on ").append(c.assessedOn());
        }
        if (!c.claimedScenarios().isEmpty()) {
            sep(facts).append(o.zh() ? "声明场景：" : "claims: ").append(Text.md(String.join(o.zh() ? "、" : ", ",
                    c.claimedScenarios().stream().map(s -> o.zh() ? Words.value("claim", s, "zh") : s).toList())));
        }
        if (facts.length() > 0) {
            sb.append(facts).append("\n\n");
        }
        sb.append(o.zh() ? "档案 " : "Profile ").append(Text.code(c.sourceFile() + ":" + c.sourceLine())).append(" · ");
        rulesLine(sb, r, o);

        // 1. Summary
        sb.append(h).append("## 1. ").append(Words.get("summary", o)).append("\n\n");
        sb.append("| ").append(Words.get("scenario", o)).append(" | ").append(Words.get("score", o)).append(" | ")
                .append(Words.get("grade", o)).append(" |");
        List<TableResult> firstTables = c.scenarios().isEmpty() ? List.of() : c.scenarios().get(0).tables();
        for (TableResult t : firstTables) {
            sb.append(' ').append(Text.md(t.label().get(o.lang()))).append(" |");
        }
        sb.append(' ').append(Words.get("evidence-coverage", o)).append(" |\n|---|---:|---|")
                .append("---:|".repeat(firstTables.size())).append("---:|\n");
        for (ScenarioResult s : c.scenarios()) {
            sb.append("| ").append(Text.md(s.label().get(o.lang()))).append(" | ");
            String unrated = Words.unrated(s.status(), s.reportedShare(), o, false);
            if (unrated != null) {
                sb.append('(').append(Numbers.score(s.score())).append(") | **").append(Text.md(unrated)).append("**");
            } else {
                sb.append("**").append(Numbers.score(s.score())).append("** | **").append(s.grade()).append("** ")
                        .append(Text.md(s.gradeLabel().get(o.lang())));
                if (s.uncappedGrade() != s.grade()) {
                    sb.append(o.zh() ? "（封顶前 " : " (capped from ").append(s.uncappedGrade()).append(o.zh() ? "）" : ")");
                }
            }
            sb.append(" |");
            for (TableResult t : s.tables()) {
                sb.append(' ').append(Numbers.score(t.score())).append(" |");
            }
            sb.append(' ').append(pct(s.evidenceCoverage())).append(" |\n");
        }
        sb.append('\n');
        boolean unratedNoted = false;
        for (ScenarioResult s : c.scenarios()) {
            String why = Words.unratedWhy(s.status(), s.reportedShare(), r.rules().policy().minReported(), o);
            if (why != null) {
                sb.append("- ").append(Text.md(s.label().get(o.lang()))).append(": **")
                        .append(Text.md(Words.unrated(s.status(), s.reportedShare(), o, false))).append("**: ").append(Text.md(why))
                        .append('\n');
                unratedNoted = true;
            }
        }
        if (unratedNoted) {
            sb.append('\n');
        }
        for (ScenarioResult s : c.scenarios()) {
            if (!s.rated()) {
                continue;
            }
            for (ScenarioResult.CapResult cap : s.caps()) {
                sb.append("- ").append(Text.md(s.label().get(o.lang()))).append(": ")
                        .append(cap.lowered() ? (o.zh() ? "**封顶** " : "**capped** ") : (o.zh() ? "封顶条件成立 " : "cap holds "))
                        .append(Text.code(cap.id())).append(": ").append(Text.md(cap.label().get(o.lang()))).append('\n');
            }
        }
        if (c.scenarios().stream().anyMatch(s -> s.rated() && !s.caps().isEmpty())) {
            sb.append('\n');
        }
        if (r.peers() != null) {
            peers(sb, c, r, o);
        }

        // 2. Scores
        sb.append(h).append("## 2. ").append(Words.get("scores", o)).append("\n\n");
        sb.append(o.zh()
                ? "每个度量：曲线得分 × 证据系数 = 得分；指标得分为其度量得分按权重的加权平均（“贡献分”= 权重占比 × 得分，合计即指标得分）。"
                + "能力表得分为其指标的加权平均，场景得分为三张能力表的加权平均。\n\n"
                : "Each metric: curve score × evidence factor = score. An indicator's score is the weighted mean of its metrics' "
                + "scores (points = weight share × score; the points add up to the indicator's score). A table's score is the "
                + "weighted mean of its indicators, the scenario score the weighted mean of the three tables.\n\n");
        sb.append(Words.missingPolicy(r.rules().policy(), o)).append("\n\n");
        int si = 0;
        for (ScenarioResult s : c.scenarios()) {
            si++;
            sb.append(h).append("### 2.").append(si).append(' ').append(Text.md(s.label().get(o.lang()))).append(": ")
                    .append(Numbers.score(s.score())).append(", ");
            String unrated = Words.unrated(s.status(), s.reportedShare(), o, false);
            if (unrated != null) {
                sb.append(Text.md(unrated)).append("\n\n");
            } else {
                sb.append(Words.get("grade", o).toLowerCase()).append(' ').append(s.grade()).append(' ')
                        .append(Text.md(s.gradeLabel().get(o.lang()))).append("\n\n");
            }
            sb.append(o.zh() ? "场景得分 = " : "Scenario score = ");
            boolean first = true;
            for (TableResult t : s.tables()) {
                if (t.share() <= 0) {
                    continue;
                }
                sb.append(first ? "" : " + ").append(pct(t.share())).append(" × ").append(Numbers.score(t.score()));
                first = false;
            }
            sb.append(" = ").append(Numbers.score(s.score()));
            if ("weighted-geometric-mean".equals(s.combine())) {
                sb.append(o.zh() ? "（加权几何平均）" : " (weighted geometric mean)");
            }
            sb.append("\n\n");
            int ti = 0;
            for (TableResult t : s.tables()) {
                ti++;
                table(sb, t, o, h, si, ti);
            }
        }

        // 3. Fit
        sb.append(h).append("## 3. ").append(Words.get("fit", o)).append("\n\n");
        sb.append("| ").append(Words.get("scenario", o)).append(" | ").append(Words.get("claimed", o)).append(" | ")
                .append(o.zh() ? "适配" : "Fit").append(" | ").append(Words.get("why", o)).append(" | ")
                .append(Words.get("scored-as", o)).append(" |\n|---|---|---|---|---|\n");
        for (FitResult f : c.fit()) {
            ScenarioResult scored = c.scenario(f.scoredAs());
            sb.append("| ").append(Text.md(f.label().get(o.lang()))).append(" | ")
                    .append(f.claimed() ? Words.get("yes", o) : "").append(" | **").append(fitWord(f.fit(), o)).append("** | ")
                    .append(Text.md(f.note().get(o.lang()))).append(" | ");
            if (scored != null) {
                String unrated = Words.unrated(scored.status(), scored.reportedShare(), o, false);
                sb.append(Text.md(scored.label().get(o.lang()))).append(' ').append(unrated != null ? Text.md(unrated)
                        : Words.get("grade", o).toLowerCase() + ' ' + scored.grade());
            }
            sb.append(" |\n");
        }
        sb.append('\n');
        for (FitResult f : c.fit()) {
            if (f.warning() != null) {
                sb.append("> **").append(o.zh() ? "警告" : "Warning").append(":** ").append(Text.md(f.warning().get(o.lang()))).append("\n>\n");
            }
        }
        if (c.fit().stream().anyMatch(f -> f.warning() != null)) {
            sb.setLength(sb.length() - 2);
            sb.append('\n');
        }

        // 4. Gaps
        sb.append(h).append("## 4. ").append(Words.get("gaps", o)).append("\n\n");
        for (ScenarioResult s : c.scenarios()) {
            gaps(sb, s, o, h);
        }

        // 5. Benchmarks
        sb.append(h).append("## 5. ").append(o.zh() ? "基准测试证据" : "Evidence from benchmarks").append("\n\n");
        if (c.benchmarks().isEmpty()) {
            sb.append(o.zh() ? "未提供基准测试结果；所有取值均来自档案。\n\n" : "No benchmark results were given; every value comes from the profile.\n\n");
        } else {
            sb.append(o.zh() ? "| 文件 | 工具 | 类型 | 日期 | 条件 | 设定的度量 | 未使用的测量 |\n"
                    : "| File | Tool | Kind | Date | Conditions | Metrics set | Measurements not used |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            for (BenchmarkSummary b : c.benchmarks()) {
                StringBuilder cond = new StringBuilder();
                b.conditions().forEach((k, v) -> cond.append(cond.length() == 0 ? "" : ", ").append(k).append('=').append(v));
                sb.append("| ").append(Text.code(b.file())).append(" | ").append(Text.md(b.tool())).append(" | ")
                        .append(Text.md(b.kind())).append(" | ").append(b.date() == null ? (o.zh() ? "未注明" : "undated") : b.date())
                        .append(" | ").append(Text.md(cond.toString())).append(" | ")
                        .append(Text.md(String.join(", ", b.metrics()))).append(" | ")
                        .append(Text.md(String.join(", ", b.unused().stream().map(BenchmarkSummary.Unused::text).toList())))
                        .append(" |\n");
            }
            sb.append('\n');
            for (BenchmarkSummary b : c.benchmarks()) {
                for (dev.cca.diag.Localized n : b.notes()) {
                    sb.append("- ").append(Text.code(b.file())).append(": ").append(Text.md(n.get(o.lang()))).append('\n');
                }
            }
            if (c.benchmarks().stream().anyMatch(b -> !b.notes().isEmpty())) {
                sb.append('\n');
            }
        }

        // 6. Checks
        sb.append(h).append("## 6. ").append(Words.get("checks", o)).append("\n\n");
        if (c.findings().isEmpty()) {
            sb.append(Words.get("no-findings", o)).append("\n\n");
        } else {
            sb.append(Words.get("checks-intro", o)).append("\n\n");
            sb.append("| ").append(Words.get("check", o)).append(" | ").append(Words.get("where", o)).append(" | ")
                    .append(Words.get("stated", o)).append(" | ").append(Words.get("bound", o)).append(" | ")
                    .append(Words.get("outcome", o)).append(" | ").append(Words.get("why", o)).append(" |\n|---|---|---:|---:|---|---|\n");
            for (Finding f : c.findings()) {
                String unit = f.unit() == null || f.unit().isEmpty() ? "" : " " + Text.md(Words.unit(f.unit(), o));
                sb.append("| ").append(Text.code(f.check())).append(" | ").append(Text.code(f.location().prefix()));
                if (!f.location().path().isEmpty()) {
                    sb.append(" ").append(Text.code(f.location().path(o.lang())));
                }
                sb.append(" | ").append(Double.isNaN(f.stated()) ? "—" : Numbers.format(f.stated()) + unit)
                        .append(" | ").append(Double.isNaN(f.bound()) ? "—" : Numbers.format(f.bound()) + unit)
                        .append(" | ").append(o.zh() ? f.outcome().zh() : f.outcome().id())
                        .append(" | ").append(Text.md(f.message().get(o.lang()))).append(" |\n");
            }
            sb.append('\n');
        }

        // 7. Warnings
        sb.append(h).append("## 7. ").append(Words.get("warnings", o)).append("\n\n");
        if (c.warnings().isEmpty()) {
            sb.append(Words.get("no-warnings", o)).append("\n\n");
        } else {
            for (Diagnostic d : c.warnings()) {
                sb.append("- ").append(Text.code(d.location().prefix())).append(' ')
                        .append(Text.code(d.code().id())).append(" ").append(Text.md(d.message(o.lang())));
                if (!d.location().path().isEmpty()) {
                    sb.append(" (").append(Text.code(d.location().path(o.lang()))).append(")");
                }
                sb.append('\n');
            }
            sb.append('\n');
        }

        // Appendix: curves of the metrics shown.
        sb.append(h).append("## ").append(Words.get("curves", o)).append("\n\n");
        sb.append("| ").append(Words.get("metric", o)).append(" | ").append(o.zh() ? "曲线" : "Curve").append(" |\n|---|---|\n");
        Map<String, String> curves = new LinkedHashMap<>();
        for (ScenarioResult s : c.scenarios()) {
            for (TableResult t : s.tables()) {
                for (IndicatorResult i : t.indicators()) {
                    for (MetricResult m : i.metrics()) {
                        String unit = m.normalizedUnit() == null || m.normalizedUnit().isEmpty() ? ""
                                : " [" + Words.unit(m.normalizedUnit(), o) + "]";
                        curves.putIfAbsent(i.id() + "/" + m.metric(), Text.code(m.metric()) + Text.md(unit)
                                + " (" + Text.md(i.label().get(o.lang())) + ") | " + Text.md(m.curve().get(o.lang())));
                    }
                }
            }
        }
        for (String line : curves.values()) {
            sb.append("| ").append(line).append(" |\n");
        }
        sb.append('\n');
    }

    private void table(StringBuilder sb, TableResult t, RenderOptions o, String h, int si, int ti) {
        sb.append(h).append("#### 2.").append(si).append('.').append(ti).append(' ').append(Text.md(t.label().get(o.lang())))
                .append(": ").append(Numbers.score(t.score()));
        sb.append(o.zh() ? "（权重占比 " : " (weight share ").append(pct(t.share()))
                .append(o.zh() ? "，贡献 " : ", contributes ").append(Numbers.score(t.contribution()))
                .append(o.zh() ? "，证据覆盖 " : ", evidence coverage ").append(pct(t.evidenceCoverage()))
                .append(o.zh() ? "）" : ")").append("\n\n");
        sb.append("| ").append(Words.get("indicator", o)).append(" / ").append(Words.get("metric", o)).append(" | ")
                .append(Words.get("value", o)).append(" | ").append(Words.get("evidence", o)).append(" | ")
                .append(Words.get("curve-score", o)).append(" | ").append(Words.get("factor", o)).append(" | ")
                .append(Words.get("score", o)).append(" | ").append(Words.get("weight", o)).append(" | ")
                .append(Words.get("points", o)).append(" |\n|---|---|---|---:|---:|---:|---:|---:|\n");
        for (IndicatorResult i : t.indicators()) {
            sb.append("| **").append(Text.md(i.label().get(o.lang()))).append("**");
            if (i.informative()) {
                sb.append(" _(").append(Words.get("informative", o)).append(")_");
            }
            sb.append(" | | | | | **").append(i.assessed() || !Double.isNaN(i.score()) ? Numbers.score(i.score()) : "n/a")
                    .append("** | ").append(i.informative() ? "—" : pct(i.share())).append(" (").append(Numbers.format(i.weight()))
                    .append(") | ").append(i.informative() ? "—" : Numbers.score(i.contribution())).append(" |\n");
            for (MetricResult m : i.metrics()) {
                sb.append("| · ").append(Text.md(m.label().get(o.lang()))).append(" ").append(Text.code(m.metric())).append(" | ");
                sb.append(valueCell(m, o)).append(" | ");
                if (m.evidence() != null) {
                    sb.append(Text.md(Words.value("evidence", m.evidence(), o.lang())));
                    if (m.claimedEvidence() != null && !m.claimedEvidence().equals(m.evidence()) && !m.stale()) {
                        sb.append(o.zh() ? "（标为" : " (labelled ").append(Text.md(Words.value("evidence", m.claimedEvidence(), o.lang())))
                                .append(o.zh() ? "）" : ")");
                    }
                    if (m.stale()) {
                        sb.append(o.zh() ? "（过期）" : " (stale)");
                    }
                }
                sb.append(" | ").append(Numbers.score(m.curveScore())).append(" | ")
                        .append(Double.isNaN(m.evidenceFactor()) ? "" : "×" + Numbers.format(m.evidenceFactor(), 2)).append(" | ")
                        .append(Numbers.score(m.score())).append(" | ").append(pct(m.share())).append(" | ")
                        .append(Numbers.score(m.contribution())).append(" |\n");
            }
        }
        sb.append('\n');
        List<String> sources = new java.util.ArrayList<>();
        for (IndicatorResult i : t.indicators()) {
            for (MetricResult m : i.metrics()) {
                if (m.origin() != null) {
                    String line = Text.code(m.metric()) + " ← " + Text.md(m.origin().get(o.lang()));
                    if (m.note() != null) {
                        line += " — " + Text.md(m.note().get(o.lang()));
                    }
                    if (m.ageDays() >= 0) {
                        line += o.zh() ? "，" + m.ageDays() + " 天前" : ", " + m.ageDays() + " days old";
                        if (!Double.isNaN(m.strength()) && m.strength() < 1) {
                            line += o.zh() ? "（证据强度 " + Numbers.format(m.strength(), 2) + "）"
                                    : " (strength " + Numbers.format(m.strength(), 2) + ")";
                        }
                    }
                    if (m.unearned() != null) {
                        line += " — " + Text.md(m.unearned().get(o.lang()));
                    }
                    for (dev.cca.model.Provenance p : m.provenance()) {
                        line += o.zh() ? "；依据 " : "; backed by ";
                        line += Text.md(p.describe(o.lang()));
                    }
                    for (MetricResult.Superseded sup : m.superseded()) {
                        line += o.zh() ? "；取代 " : "; supersedes ";
                        line += Text.md(sup.valueText()) + (o.zh() ? "（" : " (") + Text.md(Words.value("evidence", sup.evidence(), o.lang()))
                                + (o.zh() ? "，" : ", ") + Text.md(sup.origin().get(o.lang())) + (o.zh() ? "）" : ")");
                    }
                    if (!sources.contains(line)) {
                        sources.add(line);
                    }
                }
            }
        }
        if (!sources.isEmpty()) {
            sb.append("<details><summary>").append(Words.get("source", o)).append("</summary>\n\n");
            for (String s : sources) {
                sb.append("- ").append(s).append('\n');
            }
            sb.append("\n</details>\n\n");
        }
    }

    /** The normalised unit of a metric scored by its share of a reference list (engine.Assessor). */
    private static final String COVERAGE = "share of reference list";

    private static String valueCell(MetricResult m, RenderOptions o) {
        if (m.valueText() == null) {
            String why = m.missingReason() != null ? m.missingReason() : Words.get("not-assessed", o);
            return "_" + Text.md(why) + "_";
        }
        // The items of a list are the ids the profile writes (iso-27001, fine-tuning), shown as identifiers.
        String v = COVERAGE.equals(m.normalizedUnit()) ? String.join(", ", java.util.Arrays.stream(m.valueText().split(", "))
                .map(Text::code).toList()) : Text.md(yesNo(m.valueText(), o));
        if (m.unit() != null && !m.unit().isEmpty()) {
            v += " " + Text.md(Words.unit(m.unit(), o));
        }
        boolean normalised = m.normalizedUnit() != null && !m.normalizedUnit().equals(m.unit())
                && !Double.isNaN(m.normalizedValue());
        if (normalised) {
            v += " → " + Numbers.format(m.normalizedValue()) + " " + Text.md(Words.unit(m.normalizedUnit(), o));
        }
        if (m.missingReason() != null) {
            v += " _(" + Text.md(m.missingReason()) + ")_";
        }
        return v;
    }

    /** A yes/no value in the report's language. */
    private static String yesNo(String value, RenderOptions o) {
        return "yes".equals(value) || "no".equals(value) ? Words.get(value, o) : value;
    }

    private static void gaps(StringBuilder sb, ScenarioResult s, RenderOptions o, String h) {
        Gaps g = s.gaps();
        sb.append(h).append("### ").append(Text.md(s.label().get(o.lang()))).append("\n\n");
        if (g.nextGrade() == 0) {
            sb.append(o.zh() ? "已达最高等级。\n\n" : "Already at the top grade.\n\n");
        } else {
            sb.append(o.zh() ? "下一等级 " : "Next grade: ").append(g.nextGrade()).append(o.zh() ? "，需得分 ≥ " : ", needs a score of at least ")
                    .append(Numbers.score(g.nextGradeScore())).append(o.zh() ? "（当前 " : " (now ").append(Numbers.score(s.score()))
                    .append(o.zh() ? "）。\n\n" : ").\n\n");
        }
        for (ScenarioResult.CapResult cap : g.blockingCaps()) {
            sb.append(o.zh() ? "- **先解除封顶** " : "- **First lift the cap** ").append(Text.code(cap.id())).append(": ")
                    .append(Text.md(cap.label().get(o.lang()))).append('\n');
        }
        if (!g.blockingCaps().isEmpty()) {
            sb.append('\n');
        }
        if (!g.indicators().isEmpty()) {
            sb.append("| ").append(Words.get("indicator", o)).append(" | ").append(Words.get("score", o)).append(" | ")
                    .append(Words.get("potential", o)).append(" | ").append(Words.get("improve", o)).append(" |\n|---|---:|---:|---|\n");
            for (Gaps.IndicatorGap i : g.indicators()) {
                sb.append("| ").append(Text.md(i.label().get(o.lang()))).append(" | ").append(Numbers.score(i.score()))
                        .append(" | +").append(Numbers.score(i.potential())).append(" | ").append(Text.md(i.improve().get(o.lang())))
                        .append(" |\n");
            }
            sb.append('\n');
        }
        if (!g.targets().isEmpty()) {
            sb.append(o.zh() ? "单项改进即可升一级（其他不变）：\n\n" : "Any one of these alone lifts the center one grade (all else equal):\n\n");
            sb.append("| ").append(Words.get("metric", o)).append(" | ").append(Words.get("now", o)).append(" | ")
                    .append(Words.get("needed", o)).append(" |\n|---|---:|---:|\n");
            for (Gaps.MetricTarget t : g.targets()) {
                String unit = t.unit() == null || t.unit().isEmpty() ? "" : " " + Text.md(Words.unit(t.unit(), o));
                sb.append("| ").append(Text.md(t.label().get(o.lang()))).append(" ").append(Text.code(t.metric())).append(" | ")
                        .append(Double.isNaN(t.current()) ? "—" : Numbers.format(t.current()) + unit).append(" | ")
                        .append(t.higherIsBetter() ? "≥ " : "≤ ").append(Numbers.format(t.target())).append(unit).append(" |\n");
            }
            sb.append('\n');
        } else if (g.nextGrade() != 0 && g.blockingCaps().isEmpty()) {
            sb.append(o.zh() ? "没有单项度量能独自让中心升一级；需要多项同时改进。\n\n"
                    : "No single metric lifts the center a grade on its own; several must improve together.\n\n");
        }
        if (g.evidenceGain() >= 0.05) {
            sb.append(o.zh() ? "以实测数据支撑现有自报值可增加 " : "Backing the declared values with measurements would add ")
                    .append(Numbers.score(g.evidenceGain())).append(o.zh() ? " 分。\n\n" : " points.\n\n");
        }
    }

    /**
     * "as of 2025-11-30" when --as-of was given, else "reference date 2026-12-03 (today; rerun with --as-of
     * 2026-12-03 to reproduce)": every report says which date its evidence aged against.
     */
    static String referenceDate(String asOf, String referenceDate, RenderOptions o) {
        if (o.zh()) {
            return asOf != null ? "基准日 " + asOf : "参考日期 " + referenceDate + "（运行当天；用 --as-of " + referenceDate + " 可复现）";
        }
        return referenceDate(asOf, referenceDate);
    }

    static String referenceDate(String asOf, String referenceDate) {
        if (asOf != null) {
            return "as of " + asOf;
        }
        return "reference date " + referenceDate + " (the day of the run; reproduce with --as-of " + referenceDate + ")";
    }

    /**
     * Standing among peers and, with a robustness analysis, how far the grade and rank hold: a table per scenario, a
     * sentence such as "grade 4 (held in 93% of 1,000 variations), rank 3 (2-5)", and the judgements that move the
     * ranking most.
     */
    private static void peers(StringBuilder sb, CenterResult c, AssessmentResult r, RenderOptions o) {
        PeerComparison p = r.peers();
        int i = r.centers().indexOf(c);
        Robustness rb = p.robustness();
        sb.append(o.zh() ? "**同规模对比**：" : "**Among peers**: ");
        if (p.catalog().isEmpty()) {
            sb.append(o.zh() ? "与本次评估的 " + PeerText.count(p.centers()) + " 个中心比较" : "compared with the " + PeerText.count(p.centers())
                    + " centers assessed together");
        } else {
            sb.append(o.zh() ? "与 " : "compared with ").append(PeerText.count(p.centers()))
                    .append(o.zh() ? " 个中心比较（" : " centers (").append(Text.md(String.join(", ", p.catalog()))).append(o.zh() ? "）" : ")");
        }
        sb.append(o.zh() ? "，规模等级按 " : "; scale classes by ").append(Text.code(p.standing().metric() == null ? "-" : p.standing().metric()))
                .append(o.zh() ? "。\n\n" : ".\n\n");
        sb.append(o.zh() ? "| 场景 | 排名 | 规模等级 | 等级内排名 | 百分位 |" : "| Scenario | Rank | Scale class | In class | Percentile |");
        if (rb != null) {
            sb.append(o.zh() ? " 等级保持 | 得分区间 |" : " Grade held | Score range |");
        }
        sb.append("\n|---|---:|---|---:|---:|").append(rb != null ? "---:|---:|" : "").append('\n');
        List<String> sentences = new java.util.ArrayList<>();
        for (ScenarioResult s : c.scenarios()) {
            int k = scenarioIndex(p.standing(), s.id());
            PeerStanding.ScenarioStanding st = p.standing().scenarios().get(k);
            sb.append("| ").append(Text.md(s.label().get(o.lang()))).append(" | ");
            if (st.rank()[i] == 0) {
                sb.append(Text.md(statusWord(s, o))).append(" | | | |").append(rb != null ? " | |" : "").append('\n');
                continue;
            }
            Robustness.ScenarioStats rs = rb == null ? null : rb.scenarios().get(k);
            sb.append(st.rank()[i]).append(" / ").append(PeerText.count(st.of()));
            if (rs != null) {
                sb.append(" (").append(rs.rankLow()[i]).append('-').append(rs.rankHigh()[i]).append(')');
            }
            sb.append(" | ").append(Text.md(p.standing().classOf(i).label().get(o.lang()))).append(" | ").append(st.classRank()[i])
                    .append(" / ").append(st.classSize()[i]).append(" | ").append(Numbers.format(st.percentile()[i], 0)).append(" |");
            if (rs != null) {
                sb.append(' ').append(PeerText.share(rs.gradeHeld()[i])).append(" | ")
                        .append(PeerText.scoreRange(rs.scoreLow()[i], rs.scoreHigh()[i])).append(" |");
                sentences.add(Text.md(s.label().get(o.lang())) + (o.zh() ? "：" : ": ")
                        + PeerText.held(s.grade(), rs.gradeHeld()[i], rb.settings().variations(), o) + (o.zh() ? "，" : ", ")
                        + PeerText.rank(rs.rank()[i], rs.rankLow()[i], rs.rankHigh()[i], o)
                        + (rs.settled()[i] ? "" : o.zh() ? "，与相邻中心在区间内并列" : ", tied with its neighbours within their intervals"));
            }
            sb.append('\n');
        }
        sb.append('\n');
        if (rb == null) {
            return;
        }
        for (String line : sentences) {
            sb.append("- ").append(line).append('\n');
        }
        sb.append('\n').append(PeerText.settings(rb.settings(), o)).append("\n\n");
        for (Robustness.ScenarioStats rs : rb.scenarios()) {
            if (c.scenario(rs.scenario()) == null) {
                continue;
            }
            sb.append(o.zh() ? "影响排名最大的判断（" : "The judgements that move the ranking most (")
                    .append(Text.md(c.scenario(rs.scenario()).label().get(o.lang()))).append(o.zh() ? "，平均名次变动 " : "; mean shift in ranks ")
                    .append(Numbers.format(rs.meanRankShift(), 1)).append(o.zh() ? " 位）：\n\n" : " places):\n\n");
            PeerText.factors(sb, rs, 5, o);
        }
    }

    private static int scenarioIndex(PeerStanding st, String id) {
        for (int k = 0; k < st.scenarios().size(); k++) {
            if (st.scenarios().get(k).scenario().equals(id)) {
                return k;
            }
        }
        return -1;
    }

    private static String statusWord(ScenarioResult s, RenderOptions o) {
        return o.zh() ? s.status().zh() : s.status().id();
    }

    private static String fitWord(String fit, RenderOptions o) {
        return Words.value("fit", Words.has("fit." + fit) ? fit : "unknown", o.lang());
    }

    static String pct(double share) {
        return Double.isNaN(share) ? "n/a" : Numbers.format(share * 100, 1) + "%";
    }

    private static StringBuilder sep(StringBuilder sb) {
        if (sb.length() > 0) {
            sb.append(" · ");
        }
        return sb;
    }

    private static String join(String sep, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(sep);
                }
                sb.append(p);
            }
        }
        return sb.toString();
    }

    static String label(Label l, RenderOptions o) {
        return l == null ? "" : l.get(o.lang());
    }
}
