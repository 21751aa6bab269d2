package dev.cca.report;

import dev.cca.model.Numbers;
import dev.cca.result.PeerStanding;
import dev.cca.result.Robustness;
import java.util.List;
import java.util.Locale;

/**
 * The words of standing among peers and of robustness, in English and Chinese, for every human-readable report
 * (single and catalog Markdown, the terminal): "grade 4 (held in 93% of 1,000 variations), rank 3 (2-5)".
 */
public final class PeerText {

    private PeerText() {
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A share as a whole percentage, rounded down so that "100%" means every one. */
    static String share(double s) {
        return Double.isNaN(s) ? "n/a" : (s >= 1 ? 100 : (int) Math.floor(s * 100)) + "%";
    }

    /** "grade 4 (held in 93% of 1,000 variations)". */
    static String held(int grade, double share, int variations, RenderOptions o) {
        return o.zh() ? grade + "级（" + count(variations) + "次变化中" + share(share) + "保持）"
                : "grade " + grade + " (held in " + share(share) + " of " + count(variations) + " variations)";
    }

    /** "rank 3 (2-5)". */
    static String rank(int rank, int low, int high, RenderOptions o) {
        return (o.zh() ? "第" + rank + "名（" : "rank " + rank + " (") + low + "-" + high + (o.zh() ? "）" : ")");
    }

    /** "55.1-61". */
    static String scoreRange(double low, double high) {
        return Numbers.score(low) + "-" + Numbers.score(high);
    }

    /** "100-PFLOPS level 4/41 (p93)": the class, the rank in it, and the percentile. */
    static String standing(PeerStanding st, int s, int i, RenderOptions o) {
        PeerStanding.ScenarioStanding sc = st.scenarios().get(s);
        if (sc.classRank()[i] == 0) {
            return "";
        }
        String cls = st.classOf(i).label().get(o.lang());
        float p = sc.percentile()[i];
        return cls + " " + sc.classRank()[i] + "/" + sc.classSize()[i]
                + (Float.isNaN(p) ? "" : (o.zh() ? "（百分位" : " (p") + Numbers.format(p, 0) + (o.zh() ? "）" : ")"));
    }

    /** What the variations varied, in one sentence. */
    public static String settings(Robustness.Settings st, RenderOptions o) {
        StringBuilder sb = new StringBuilder();
        boolean dirichlet = st.distribution().equals("dirichlet");
        if (o.zh()) {
            sb.append(count(st.variations())).append("次变化（随机种子 ").append(st.seed()).append("）：");
            sb.append(dirichlet ? "每组权重按以默认权重为中心的狄利克雷分布抽取（集中度 " + Numbers.format(st.concentration()) + "）"
                    : "每个权重乘以[" + Numbers.format(1 - st.spread()) + ", " + Numbers.format(1 + st.spread()) + "]内的均匀随机系数后归一化");
            if (st.aggregation().size() > 1) {
                sb.append("；能力表按加权算术平均或加权几何平均合成");
            }
            if (st.metricMissing().size() > 1) {
                sb.append("；缺失的指标项记0分或不计入");
            }
            if (st.indicatorMissing().size() > 1) {
                sb.append("；无数据的指标记0分或不计入");
            }
            sb.append("。区间为第").append(st.lowPercentile()).append("至第").append(st.highPercentile()).append("百分位")
                    .append(st.scoreBins() == 0 ? "（精确值）。" : "（按每个中心" + st.scoreBins() + "个分箱的直方图计算：区间只会偏宽，两端误差不超过一个分箱，或取所见极值）。");
        } else {
            sb.append(count(st.variations())).append(" variations (seed ").append(st.seed()).append("): ");
            sb.append(dirichlet ? "each group's weights drawn from a Dirichlet distribution around the rule set's (concentration "
                    + Numbers.format(st.concentration()) + ")"
                    : "each weight times a factor drawn from [" + Numbers.format(1 - st.spread()) + ", "
                    + Numbers.format(1 + st.spread()) + "], renormalised");
            if (st.aggregation().size() > 1) {
                sb.append("; tables combined by a weighted arithmetic or geometric mean");
            }
            if (st.metricMissing().size() > 1) {
                sb.append("; a missing metric scored 0 or left out");
            }
            if (st.indicatorMissing().size() > 1) {
                sb.append("; an indicator without data scored 0 or left out");
            }
            sb.append(". Intervals run from the ").append(ordinal(st.lowPercentile())).append(" to the ")
                    .append(ordinal(st.highPercentile())).append(" percentile")
                    .append(st.scoreBins() == 0 ? " (exact)." : " (from histograms of " + st.scoreBins() + " bins per center: never "
                            + "narrower than exact; each end within a bin of it, or at the extreme value seen).");
        }
        return sb.toString();
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** The judgements that move a scenario's ranking most, as a Markdown table of the first {@code top}. */
    static void factors(StringBuilder sb, Robustness.ScenarioStats sc, int top, RenderOptions o) {
        List<Robustness.Factor> f = sc.sensitivity();
        if (f.isEmpty()) {
            sb.append(o.zh() ? "没有变化的判断。\n\n" : "No judgement varied.\n\n");
            return;
        }
        boolean given = f.stream().anyMatch(x -> !Double.isNaN(x.givenChoices()));
        sb.append(o.zh() ? "| 判断 | 一阶敏感度指数 |" : "| Judgement | First-order index |")
                .append(given ? (o.zh() ? " 固定聚合与缺失处理后 |" : " Given the choices |") : "")
                .append("\n|---|---:|").append(given ? "---:|" : "").append('\n');
        for (int k = 0; k < Math.min(top, f.size()); k++) {
            Robustness.Factor x = f.get(k);
            sb.append("| ").append(Text.md(x.label().get(o.lang()))).append(" (").append(Text.code(x.id()))
                    .append(") | ").append(Numbers.format(x.firstOrder(), 3)).append(" |");
            if (given) {
                sb.append(' ').append(Numbers.format(x.givenChoices(), 3)).append(" |");
            }
            sb.append('\n');
        }
        sb.append('\n').append(o.zh()
                ? "一阶指数：该判断单独解释的排名变化（平均名次变动）方差占比"
                + (given ? "；“固定聚合与缺失处理后”：扣除聚合方式与缺失处理的影响后，权重单独解释的剩余方差占比" : "")
                + "。低于 " + Numbers.format(sc.noiseFloor(), 3) + " 的值与随机噪声无异。\n\n"
                : "First-order index: the share of the variance of the ranking's change (the mean shift in ranks) that the judgement "
                + "explains on its own" + (given ? "; given the choices: the share of what is left once the aggregation and "
                + "missing-data choices are accounted for, which says which weights matter whichever way those go" : "")
                + ". Values below " + Numbers.format(sc.noiseFloor(), 3) + " are what chance alone gives.\n\n");
    }
}
