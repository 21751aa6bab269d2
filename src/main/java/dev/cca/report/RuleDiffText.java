package dev.cca.report;

import dev.cca.model.Numbers;
import dev.cca.result.RuleImpact;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetDiff;
import java.util.List;

/**
 * {@code cca rules diff} as Markdown, for the review of a rule change: what changed entry by entry, how the
 * shares of each scenario score moved, and, given a catalog, which centers change grade or rank and by how much.
 */
public final class RuleDiffText {

    private RuleDiffText() {
    }

    public static String render(RuleSet before, RuleSet after, List<RuleSetDiff.Change> changes,
                                List<RuleSetDiff.ShareChange> shares, RuleImpact impact, int top, String lang) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(w("rules-diff", lang)).append(": ").append(Text.md(before.id())).append(' ')
                .append(Text.md(before.version())).append(" → ").append(Text.md(after.id())).append(' ')
                .append(Text.md(after.version())).append("\n\n");
        sb.append("## ").append(w("what-changed", lang)).append("\n\n");
        if (changes.isEmpty()) {
            sb.append(w("no-changes", lang)).append("\n\n");
        } else {
            sb.append("| ").append(w("where", lang)).append(" | ").append(w("before", lang)).append(" | ")
                    .append(w("after", lang)).append(" |\n|---|---|---|\n");
            for (RuleSetDiff.Change c : changes) {
                sb.append("| ").append(Text.code(c.path())).append(" | ").append(c.before() == null ? "—" : Text.md(c.before()))
                        .append(" | ").append(c.after() == null ? "—" : Text.md(c.after())).append(" |\n");
            }
            sb.append('\n');
        }
        if (!shares.isEmpty()) {
            sb.append("## ").append(w("shares-moved", lang)).append("\n\n| ").append(w("metric", lang)).append(" | ")
                    .append(w("scenario", lang)).append(" | ").append(w("before", lang)).append(" | ").append(w("after", lang))
                    .append(" | ").append(w("change", lang)).append(" |\n|---|---|---:|---:|---:|\n");
            for (RuleSetDiff.ShareChange s : shares) {
                double d = (s.after() - s.before()) * 100;
                sb.append("| ").append(Text.code(s.metric())).append(" | ").append(Text.md(s.scenario())).append(" | ")
                        .append(RuleSetText.pct(s.before())).append(" | ").append(RuleSetText.pct(s.after())).append(" | ")
                        .append(d > 0 ? "+" : "").append(Numbers.format(d, 2)).append(" pp |\n");
            }
            sb.append('\n');
        }
        if (impact == null) {
            return sb.toString();
        }
        sb.append("## ").append(w("catalog-effect", lang)).append("\n\n");
        sb.append(impact.centers()).append(' ').append("zh".equals(lang) ? "个中心由两个规则集分别评分" : "centers scored by each rule set");
        if (impact.onlyBefore() + impact.onlyAfter() > 0) {
            sb.append("zh".equals(lang) ? "（仅一方有效：" : " (valid under only one: ").append(impact.onlyBefore() + impact.onlyAfter())
                    .append("zh".equals(lang) ? "）" : ")");
        }
        sb.append(".\n\n| ").append(w("scenario", lang)).append(" | ").append(w("centers", lang)).append(" | ")
                .append(w("grade-up", lang)).append(" | ").append(w("grade-down", lang)).append(" | ").append(w("rank-changed", lang))
                .append(" | ").append(w("mean-change", lang)).append(" | ").append(w("largest-rise", lang)).append(" | ")
                .append(w("largest-fall", lang)).append(" |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RuleImpact.ScenarioSummary s : impact.scenarios()) {
            sb.append("| ").append(Text.md(s.scenario())).append(" | ").append(s.scored()).append(" | ").append(s.gradeUp())
                    .append(" | ").append(s.gradeDown()).append(" | ").append(s.rankChanged()).append(" | ")
                    .append(signed(s.meanDelta())).append(" | ").append(signed(s.maxUp())).append(" | ").append(signed(s.maxDown()))
                    .append(" |\n");
        }
        sb.append('\n');
        if (impact.moves().isEmpty()) {
            sb.append(w("nothing-moved", lang)).append('\n');
            return sb.toString();
        }
        sb.append("### ").append(w("moved-centers", lang));
        if (impact.moves().size() > top) {
            sb.append(" (").append("zh".equals(lang) ? "前 " + top + " 个，共 " : "first " + top + " of ").append(impact.moves().size())
                    .append(')');
        }
        sb.append("\n\n| ").append(w("center", lang)).append(" | ").append(w("scenario", lang)).append(" | ")
                .append(w("score", lang)).append(" | ").append(w("change", lang)).append(" | ").append(w("grade", lang))
                .append(" | ").append(w("rank", lang)).append(" |\n|---|---|---:|---:|---|---|\n");
        int shown = 0;
        for (RuleImpact.Move m : impact.moves()) {
            if (shown++ >= top) {
                break;
            }
            sb.append("| ").append(Text.md(m.name())).append(' ').append(Text.code(m.id())).append(" | ").append(Text.md(m.scenario()))
                    .append(" | ").append(Numbers.format(m.before(), 2)).append(" → ").append(Numbers.format(m.after(), 2)).append(" | ")
                    .append(signed(Math.round(m.after() * 100) / 100.0 - Math.round(m.before() * 100) / 100.0)).append(" | ")
                    .append(m.gradeBefore()).append(m.gradeChanged() ? " → " + m.gradeAfter() : "").append(" | ")
                    .append(m.rankBefore()).append(m.rankBefore() != m.rankAfter() ? " → " + m.rankAfter() : "").append(" |\n");
        }
        return sb.toString();
    }

    private static String signed(double v) {
        String s = Numbers.format(v, 2);
        return v > 0 ? "+" + s : s;
    }

    private static String w(String key, String lang) {
        return Words.get(key, lang);
    }
}
