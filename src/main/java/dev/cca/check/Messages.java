package dev.cca.check;

import dev.cca.model.Numbers;
import dev.cca.rules.Label;
import java.util.List;

/** Every text the checks stage writes, in English and Chinese, in one place. Numbers come formatted as reports print them. */
final class Messages {

    private Messages() {
    }

    static String n(double v) {
        return Numbers.format(v);
    }

    static Label littlesLaw(double x, double n, double tpot, double bound, double tol) {
        return new Label(n(x) + " output tokens/s exceed what concurrency " + n(n) + " at TPOT p50 " + n(tpot)
                + " ms can produce (Little's law: " + n(n) + " x 1000 / " + n(tpot) + " = " + n(bound / (1 + tol))
                + " tokens/s, plus " + n(tol * 100) + "%); throughput is scored at " + n(bound),
                n(x) + " 输出词元/秒超过并发 " + n(n) + "、TPOT中位数 " + n(tpot) + " 毫秒所能达到的上限（利特尔法则：" + n(n)
                        + " × 1000 / " + n(tpot) + " = " + n(bound / (1 + tol)) + "，另加 " + n(tol * 100) + "% 余量）；吞吐按 "
                        + n(bound) + " 计分");
    }

    static Label littlesLawNoTpot(double x, double n, double perUser, boolean exceeded) {
        return exceeded
                ? new Label(n(x) + " output tokens/s at concurrency " + n(n) + " exceed " + n(perUser)
                + " tokens/s per concurrent request, faster than any single stream is decoded; without TPOT p50 the"
                + " throughput is scored at " + n(n * perUser),
                "并发 " + n(n) + " 下 " + n(x) + " 输出词元/秒超过每路 " + n(perUser) + " 词元/秒的解码上限；未提供TPOT中位数，吞吐按 "
                        + n(n * perUser) + " 计分")
                : new Label("TPOT p50 is not given, so Little's law cannot be checked; the throughput is checked only"
                + " against " + n(perUser) + " tokens/s per concurrent request and scored as stated",
                "未提供TPOT中位数，无法按利特尔法则核对吞吐；仅按每路 " + n(perUser) + " 词元/秒核对，按声明值计分");
    }

    static Label littlesLawNoConcurrency() {
        return new Label("the throughput does not say its concurrency, so Little's law cannot be checked; scored as stated",
                "吞吐未注明并发数，无法按利特尔法则核对；按声明值计分");
    }

    static Label modelUnknown(String model, double params) {
        return model == null
                ? new Label("no model is named, so the " + n(params) + "B parameters are taken as all active (dense); a"
                + " mixture-of-experts model must give active_params_b", "未注明模型，" + n(params)
                + "B参数按全部激活（稠密）计；混合专家模型须提供 active_params_b")
                : new Label("'" + model + "' is not in the rule set's model table, so its " + n(params) + "B parameters are"
                + " taken as all active (dense); if it is a mixture-of-experts model, give active_params_b", "规则集模型表中没有“"
                + model + "”，其 " + n(params) + "B参数按全部激活（稠密）计；如为混合专家模型，请提供 active_params_b");
    }

    static Label latencyClass(String stated, String model, double totalB, double voiceMax, String allowed) {
        String why = "media".equals(stated)
                ? model + " is a language model, which the media class (image and video) is not for"
                : model + " (" + n(totalB) + "B) is a language model larger than the " + n(voiceMax) + "B the voice class"
                + " allows (the report's voice dialogue runs on models of up to billions of parameters, its 50 ms text"
                + " chat on tens of billions)";
        String whyZh = "media".equals(stated)
                ? model + " 是语言模型，不属于media（图像、视频）时延等级"
                : model + "（" + n(totalB) + "B）是大于 " + n(voiceMax) + "B 的语言模型，超出voice等级所允许的规模（报告中语音对话基于亿/十亿级模型，"
                + "50毫秒文本对话基于百亿级模型）";
        return new Label("the latency class '" + stated + "' does not follow from the workload: " + why + "; scored as '"
                + allowed + "'", "时延等级“" + stated + "”与所服务的模型不符：" + whyZh + "；按“" + allowed + "”计分");
    }

    static Label latencyClassUnbacked(String stated, String model, String allowed) {
        String what = model == null ? "no model is named" : "'" + model + "' is not in the rule set's model table";
        String whatZh = model == null ? "未注明所服务的模型" : "规则集模型表中没有“" + model + "”";
        return new Label("the latency class '" + stated + "' cannot be confirmed: " + what + ", so nothing shows that the"
                + " workload allows a laxer target than interactive text; scored as '" + allowed + "'",
                "无法确认时延等级“" + stated + "”：" + whatZh + "，无从证明其负载适用比文本交互更宽的时延目标；按“" + allowed + "”计分");
    }

    static Label modelSize(String key, String model, double stated, double table) {
        return new Label(key + " " + n(stated) + "B contradicts the model table (" + model + ": " + n(table) + "B); the"
                + " table's figure is used", key + " " + n(stated) + "B 与模型表不符（" + model + "：" + n(table) + "B），按模型表计");
    }

    static Label peakIsOther(String card, double stated, String figure, double dense) {
        return new Label(n(stated) + " TFLOPS is the " + card + "'s " + figure + " figure, not its dense FP16 peak ("
                + n(dense) + " TFLOPS); scored at " + n(dense), n(stated) + " 是 " + card + " 的" + figure + "指标，并非FP16稠密峰值（"
                + n(dense) + " TFLOPS）；按 " + n(dense) + " 计分");
    }

    static Label peakExceeds(String card, double stated, double dense) {
        return new Label(n(stated) + " TFLOPS exceeds the " + card + "'s dense FP16 peak (" + n(dense) + " TFLOPS); scored at "
                + n(dense), n(stated) + " TFLOPS 超过 " + card + " 的FP16稠密峰值（" + n(dense) + " TFLOPS）；按 " + n(dense) + " 计分");
    }

    static Label peakFilled(String card, double dense) {
        return new Label("no fp16_tflops given; the " + card + "'s dense FP16 peak (" + n(dense) + " TFLOPS) is used",
                "未提供 fp16_tflops，按 " + card + " 的FP16稠密峰值（" + n(dense) + " TFLOPS）计");
    }

    /** How a card the catalog does not know gets its own figures: where the catalog lives, and how a rule set adds one. */
    static final String ADD_CARD = "if it is a real card, add it with its datasheet figures and a citation to the accelerators: of a"
            + " rule set of your own (one that extends: cca-default, used with --rules FILE; scoring-rules/README.md, \"Vendors and"
            + " accelerators\"), and it is held to its own figures";
    static final String ADD_CARD_ZH = "若确有此卡，请在自己的规则集（extends: cca-default，以 --rules FILE 使用；见 scoring-rules/README.md"
            + "“Vendors and accelerators”）的 accelerators: 中加入它的规格书数据和出处，此后按它自己的数据核对";

    /** {@code fastest} and {@code peak}: the card whose dense FP16 peak is the ceiling, and that peak (null, NaN: none). */
    static Label cardUnknown(String label, String fastest, double peak) {
        String held = fastest == null ? "" : " (" + fastest + ", " + n(peak) + " TFLOPS)";
        return new Label("'" + label + "' is not in the rule set's accelerator catalog, so its peak is held only to the fastest dense"
                + " FP16 peak the catalog knows" + held + "; " + ADD_CARD, "规则集加速卡目录中没有“" + label + "”，其峰值只能以目录中最快的"
                + "FP16稠密峰值为上限核对" + (fastest == null ? "" : "（" + fastest + "，" + n(peak) + " TFLOPS）") + "；" + ADD_CARD_ZH);
    }

    /**
     * A stated peak of a card the catalog gives no dense FP16 figure for, above the most it can do: {@code fastest} names the
     * card whose figure is the ceiling when the card has none of its own (null: the card's own highest figure): the fastest
     * dense FP16 peak of the catalog, or for an on-chip SRAM card ({@code sram}) the highest figure of any SRAM card.
     */
    static Label peakAbovePublished(String card, boolean known, boolean sram, double stated, double ceiling, String fastest) {
        String why = fastest == null ? "the highest peak published for it at any precision (" + n(ceiling) + " TFLOPS)"
                : sram ? "the fastest figure of any on-chip SRAM card the catalog knows (" + fastest + ", " + n(ceiling)
                        + " TFLOPS at any precision)"
                : "the fastest dense FP16 peak of any card the catalog knows (" + fastest + ", " + n(ceiling) + " TFLOPS)";
        String whyZh = fastest == null ? "其任一精度下公布的最高峰值（" + n(ceiling) + " TFLOPS）"
                : sram ? "目录中任一片上 SRAM 加速卡的最高峰值（" + fastest + "，任一精度下 " + n(ceiling) + " TFLOPS）"
                : "目录中任一加速卡的最高FP16稠密峰值（" + fastest + "，" + n(ceiling) + " TFLOPS）";
        String head = known ? "the catalog gives no dense FP16 peak for the " + card : "the " + card + " is not in the catalog";
        String headZh = known ? "目录未给出 " + card + " 的FP16稠密峰值" : "目录中没有 " + card;
        return new Label(head + ", and " + n(stated) + " TFLOPS is above " + why + ", the most its dense FP16 peak is credited;"
                + " scored at " + n(ceiling) + (known ? "" : " (CCA-K007 says how to add a real card)"), headZh + "，而声明的 " + n(stated) + " TFLOPS 高于"
                + whyZh + "，即其FP16稠密峰值最多可计的数值；按 " + n(ceiling) + " 计分" + (known ? "" : "（如何加入真实的加速卡见 CCA-K007）"));
    }

    static Label notAnAccelerator(String label) {
        return new Label("'" + label + "' is a general-purpose processor, not an accelerator; it is not counted",
                "“" + label + "”是通用处理器而非加速卡，不计入");
    }

    static Label diversity(double writtenKinds, double named, double writtenVendors, double namedVendors, double kinds,
                           double vendors, java.util.List<String> merged, java.util.List<String> dropped,
                           java.util.List<String> uncounted, java.util.List<String> unknown, double minShare, double minCount) {
        Label base = diversity(writtenKinds, named, writtenVendors, namedVendors);
        if (kinds == named && vendors == namedVendors) {
            return base;
        }
        StringBuilder en = new StringBuilder(base.en()).append("; heterogeneous diversity counts architectures that hold a real"
                + " share of the inventory: ").append(n(kinds)).append(" architecture(s) of ").append(n(vendors)).append(" vendor(s)");
        StringBuilder zh = new StringBuilder(base.zh()).append("；异构多样性只计占清单实际份额的架构：").append(n(kinds))
                .append(" 种架构、").append(n(vendors)).append(" 家厂商");
        if (!merged.isEmpty()) {
            en.append(" (SKUs of one die count once: ").append(String.join("; ", merged)).append(")");
            zh.append("（同一芯片的不同型号只计一次：").append(String.join("；", merged)).append("）");
        }
        if (!unknown.isEmpty()) {
            en.append(" (cards the catalog does not know count together as one: ").append(String.join(", ", unknown))
                    .append("; a rule set that adds them to its catalog counts each)");
            zh.append("（目录中没有的加速卡合计只算一种：").append(String.join("、", unknown)).append("；在规则集目录中补充这些卡后分别计入）");
        }
        if (!uncounted.isEmpty()) {
            en.append(" (not counted, no count given, so no share of the inventory shown: ").append(String.join(", ", uncounted)).append(")");
            zh.append("（未写数量，无法表明占清单的份额，不计：").append(String.join("、", uncounted)).append("）");
        }
        if (!dropped.isEmpty()) {
            en.append(" (not counted, under ").append(n(minShare * 100)).append("% of the inventory's compute or fewer than ")
                    .append(n(minCount)).append(" accelerators: ").append(String.join(", ", dropped)).append(")");
            zh.append("（不足清单算力的 ").append(n(minShare * 100)).append("% 或少于 ").append(n(minCount)).append(" 张卡，不计：")
                    .append(String.join("、", dropped)).append("）");
        }
        return new Label(en.toString(), zh.toString());
    }

    static Label diversity(double writtenKinds, double kinds, double writtenVendors, double vendors) {
        return new Label("the inventory's " + n(writtenKinds) + " model(s) of " + n(writtenVendors) + " vendor(s), as written,"
                + " are " + n(kinds) + " model(s) of " + n(vendors) + " vendor(s) after the catalog's names and aliases are"
                + " applied (CPUs are not accelerators)", "清单按原文有 " + n(writtenKinds) + " 种型号、" + n(writtenVendors)
                + " 家厂商，按目录名称与别名归一后为 " + n(kinds) + " 种型号、" + n(vendors) + " 家厂商（CPU不计为加速卡）");
    }

    static Label clusterCount(double stated, double inventory) {
        return new Label("the largest cluster has " + n(stated) + " accelerators, more than the inventory's " + n(inventory)
                + "; scored at " + n(inventory), "最大单体集群 " + n(stated) + " 卡，多于清单所列 " + n(inventory) + " 卡；按 "
                + n(inventory) + " 计分");
    }

    static Label clusterCompute(String key, double stated, double accelerators, double peak, double bound) {
        return new Label(key + " " + n(stated) + " PFLOPS exceeds what " + n(accelerators) + " accelerators of at most " + n(peak)
                + " TFLOPS can deliver (" + n(bound) + " PFLOPS); scored at " + n(bound) + ", and scenario fit that depends on it"
                + " cannot be judged", key + " " + n(stated) + " PFLOPS 超过 " + n(accelerators) + " 张峰值不超过 " + n(peak)
                + " TFLOPS 的加速卡所能提供的算力（" + n(bound) + " PFLOPS）；按 " + n(bound) + " 计分，依赖它的场景适配无法判断");
    }

    /** A cluster of a mixed inventory: {@code fastest} are its n fastest cards, {peak TFLOPS, count}, fastest first. */
    static Label clusterFastest(double stated, double accelerators, List<double[]> fastest, double bound) {
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        int shown = Math.min(fastest.size(), 3);
        for (int i = 0; i < shown; i++) {
            en.append(i == 0 ? "" : ", ").append(n(fastest.get(i)[1])).append(" of ").append(n(fastest.get(i)[0])).append(" TFLOPS");
            zh.append(i == 0 ? "" : "、").append(n(fastest.get(i)[1])).append(" 张 ").append(n(fastest.get(i)[0])).append(" TFLOPS");
        }
        if (fastest.size() > shown) {
            double rest = 0;
            for (int i = shown; i < fastest.size(); i++) {
                rest += fastest.get(i)[1];
            }
            en.append(" and ").append(n(rest)).append(" slower");
            zh.append(" 及 ").append(n(rest)).append(" 张更慢的卡");
        }
        return new Label("compute.largest_cluster.pflops_fp16 " + n(stated) + " PFLOPS exceeds what the " + n(accelerators)
                + " fastest accelerators of the inventory can deliver (" + en + ": " + n(bound) + " PFLOPS); scored at " + n(bound)
                + ", and scenario fit that depends on it cannot be judged", "compute.largest_cluster.pflops_fp16 " + n(stated)
                + " PFLOPS 超过清单中最快的 " + n(accelerators) + " 张加速卡所能提供的算力（" + zh + "：" + n(bound) + " PFLOPS）；按 "
                + n(bound) + " 计分，依赖它的场景适配无法判断");
    }

    static Label clusterAboveTotal(double cluster, double total) {
        return new Label("the largest cluster's " + n(cluster) + " PFLOPS exceed the center's total " + n(total)
                + " PFLOPS; scored at " + n(total), "最大单体集群算力 " + n(cluster) + " PFLOPS 超过中心总算力 " + n(total)
                + " PFLOPS；按 " + n(total) + " 计分");
    }

    static Label evidenceBeforeCommissioned(java.time.LocalDate date, String since, List<String> keys) {
        return new Label("evidence dated " + date + " is from before the center went into service (" + since + "), so not of it: "
                + String.join(", ", keys) + " count as declared", date + " 的证据早于中心投入运营（" + since + "），不是它的证据："
                + String.join("、", keys).replace("(measured)", "（实测）").replace("(audited)", "（审计）") + " 按自报计");
    }

    static Label assessedBeforeCommissioned(java.time.LocalDate assessedOn, String since) {
        return new Label("the profile's data is of " + assessedOn + " (assessed_on), before the center went into service (commissioned "
                + since + "): a center not yet in service has no such data, so one of the two dates is wrong; every measured or"
                + " audited value is then dated before the commissioning or after assessed_on, and counts as declared",
                "档案数据描述的是 " + assessedOn + "（assessed_on），早于中心投入运营（commissioned " + since
                + "）：尚未投入运营的中心没有这样的数据，两个日期必有一个有误；此时每个实测或审计的值不是早于投入运营就是晚于 assessed_on，均按自报计");
    }

    static Label evidenceAfterAssessed(java.time.LocalDate date, java.time.LocalDate assessedOn, List<String> keys) {
        return new Label("evidence dated " + date + " is from after the date the profile's data describes (assessed_on " + assessedOn
                + "), so not of that data: " + String.join(", ", keys) + " count as declared (if the profile describes the"
                + " center at a later date, write that date as assessed_on)", date + " 的证据晚于档案数据所描述的日期（assessed_on "
                + assessedOn + "），不是这份数据的证据：" + String.join("、", keys).replace("(measured)", "（实测）").replace("(audited)", "（审计）")
                + " 按自报计（若档案描述的是更晚日期的中心，请把该日期写作 assessed_on）");
    }

    static Label pueFloor(double pue, double floor) {
        return new Label("PUE " + n(pue) + " is below the best annual PUE any facility has published (NREL ESIF, liquid-cooled"
                + " without chillers, 1.036; Google's fleet about 1.10): a year with " + (pue <= 1 ? "no" : "almost no")
                + " power for cooling and power conversion is not credible; scored at " + n(floor),
                "PUE " + n(pue) + " 低于任何设施公布过的最佳年度 PUE（NREL ESIF，无冷水机组的液冷，1.036；谷歌全部数据中心约 1.10）："
                + (pue <= 1 ? "全年没有" : "全年几乎没有") + "用于制冷和供配电损耗的电力不可信；按 " + n(floor) + " 计");
    }

    static Label utilizationCeiling(double pct, double ceiling) {
        return new Label("an average utilization of " + n(pct) + "% means every accelerator busy " + (pct >= 100 ? "every hour" : "nearly every hour")
                + " of the year, with no maintenance, repair or gap between jobs: not credible (well-run centers report more than 80%);"
                + " scored at " + n(ceiling) + "%", "平均利用率 " + n(pct) + "% 意味着全年" + (pct >= 100 ? "每个小时" : "几乎每个小时")
                + "每张加速卡都在运行，没有维护、维修或作业间隙：不可信（运营良好的中心报告超过 80%）；按 " + n(ceiling) + "% 计");
    }

    static Label weightsMemory(double paramsB, double bits, double weightsGb, double accelerators, Label card, double memoryGb) {
        return new Label("the model's " + n(paramsB) + "B parameters at " + n(bits) + " bits are " + n(weightsGb) + " GB of weights,"
                + " more than " + n(accelerators) + " accelerator(s) hold (" + n(accelerators) + " x " + n(memoryGb) + " GB"
                + (card == null ? "" : ", " + card.en()) + "): the throughput cannot be of so few accelerators, and is not scored",
                "模型 " + n(paramsB) + "B 参数按 " + n(bits) + " 位计，权重为 " + n(weightsGb) + " GB，超过 " + n(accelerators)
                + " 张加速卡的显存（" + n(accelerators) + " × " + n(memoryGb) + " GB" + (card == null ? "" : "，" + card.zh())
                + "）：吞吐不可能出自这么少的加速卡，不计分");
    }

    /** A card without a memory figure in the catalog whose stated memory is more than the catalog's largest ({@code of}). */
    static Label memoryHeld(String card, double stated, String of, double largest) {
        return new Label(card + ", whose stated " + n(stated) + " GB is held to the most memory of any card of the catalog, the "
                + of + "'s " + n(largest) + " GB", card + "，其声明的 " + n(stated) + " GB 按目录中显存最大的加速卡 " + of + " 的 "
                + n(largest) + " GB 计");
    }

    static Label servingUncounted(double accelerators, String line) {
        return new Label("the serving figures are for " + n(accelerators) + " accelerators, more than the inventory's lines with a count"
                + " hold, and " + line + " gives no count: the serving accelerators cannot be checked against the inventory",
                "服务指标按 " + n(accelerators) + " 张加速卡计，多于清单中写明数量的各行之和，而 " + line + " 未写数量：无法据清单核对服务所用加速卡");
    }

    static Label clusterUncounted(String line) {
        return new Label(line + " gives no count, so the inventory's size is unknown: the cluster's accelerators and compute and the"
                + " total compute cannot be checked against it", line + " 未写数量，清单规模未知：无法据此核对集群卡数、集群算力与总算力");
    }

    static Label clusterUnchecked() {
        return new Label("no accelerator inventory with counts and peaks is given, so the cluster's compute cannot be checked"
                + " against it", "未提供含数量与峰值的加速卡清单，无法核对集群算力");
    }

    static Label trainingPeak(double achieved, double peak, String what) {
        return new Label(n(achieved) + " TFLOP/s per accelerator exceed the " + n(peak) + " TFLOPS peak of " + what
                + ": the run is not used (MFU would be " + n(100 * achieved / peak) + "%)", "每卡 " + n(achieved)
                + " TFLOP/s 超过 " + what + " 的峰值 " + n(peak) + " TFLOPS：该运行不予采用（MFU将为 " + n(100 * achieved / peak) + "%）");
    }

    /** {@code fromFp16}: an FP8 run of a card without an FP8 figure, held to the inventory's dense FP16 peak. */
    static Label linePeakBelowDatasheet(String line, double written, String card, double least) {
        return new Label("the inventory gives " + line + " a peak of " + n(written) + " TFLOPS, below the " + n(least) + " TFLOPS the"
                + " catalog gives the " + card + ": a lower peak would raise the MFU of a run on it without the run doing more, so"
                + " the MFU is computed against " + n(least), "清单给出的 " + line + " 峰值 " + n(written) + " TFLOPS 低于目录给出的 " + card
                + " 峰值 " + n(least) + " TFLOPS：峰值写低会在运行未多做任何计算的情况下抬高MFU，因此按 " + n(least) + " 计算MFU");
    }

    static Label pricedPeakBelowDatasheet(String line, double written, String card, double least) {
        return new Label("the inventory gives " + line + " a peak of " + n(written) + " TFLOPS, below the " + n(least) + " TFLOPS the"
                + " catalog gives the " + card + ": the price is scored per PFLOPS of the card priced, and a lower peak would let a"
                + " price below the floor pass, so the price is divided by " + n(least), "清单给出的 " + line + " 峰值 " + n(written)
                + " TFLOPS 低于目录给出的 " + card + " 峰值 " + n(least) + " TFLOPS：价格按所定价加速卡的每PFLOPS计分，峰值写低会让低于下限的价格通过，"
                + "因此按 " + n(least) + " 折算价格");
    }

    static Label trainingPeakBelowSlowest(double given, double least, String slowest, String precision) {
        String at = precision == null ? "" : " at " + precision;
        String atZh = precision == null ? "" : "（" + precision + "）";
        return new Label("the run's stated peak of " + n(given) + " TFLOPS per accelerator is below that of every card of the inventory,"
                + " the slowest being the " + slowest + " (" + n(least) + " TFLOPS" + at + "): the run names no card (accelerator_model)"
                + " but ran on one of them, and a lower peak would raise the MFU without the run doing more, so the MFU is computed"
                + " against " + n(least), "该运行声明的每卡峰值 " + n(given) + " TFLOPS 低于清单中任何一种加速卡，其中最慢的是 " + slowest + "（"
                + n(least) + " TFLOPS" + atZh + "）：运行未写明加速卡（accelerator_model），但必在其中一种上运行，峰值写低会在运行未多做任何计算的情况下"
                + "抬高MFU，因此按 " + n(least) + " 计算MFU");
    }

    static Label trainingPeakUnderstated(double given, double known, String what, String precision, boolean fromFp16) {
        String at = precision == null ? "" : " at " + precision;
        String atZh = precision == null ? "" : "（" + precision + "）";
        String whose = fromFp16 ? " the dense FP16 peak of " + n(known) + " TFLOPS the inventory gives " + what + ", which its FP8 peak is"
                + " never below" : " the " + n(known) + " TFLOPS peak of " + what + at + " that the inventory and the catalog give";
        String whoseZh = fromFp16 ? "清单给出的 " + what + " FP16稠密峰值 " + n(known) + " TFLOPS（其FP8峰值不会低于它）"
                : "清单与目录给出的 " + what + atZh + " 峰值 " + n(known) + " TFLOPS";
        return new Label("the run's stated peak of " + n(given) + " TFLOPS per accelerator is below" + whose + ": a lower peak would"
                + " raise the MFU without the run doing more, so the MFU is computed against " + n(known), "该运行声明的每卡峰值 " + n(given)
                + " TFLOPS 低于" + whoseZh + "：峰值写低会在运行未多做任何计算的情况下抬高MFU，因此按 " + n(known) + " 计算MFU");
    }

    static Label extrapolated() {
        return new Label("extrapolated to the largest cluster", "外推至最大单体集群");
    }

    static Label trainingMfu(double achieved, double peak, String what) {
        return new Label("MFU from " + n(achieved) + " TFLOP/s per accelerator against the " + n(peak) + " TFLOPS peak of " + what,
                "由每卡 " + n(achieved) + " TFLOP/s 与 " + what + " 的峰值 " + n(peak) + " TFLOPS 计算MFU");
    }

    static Label trainingNoCard(int kinds) {
        return new Label("the run does not name its accelerator (conditions.accelerator_model) and the inventory has " + kinds
                + " kinds, so its TFLOP/s cannot become MFU; not used", "运行未注明加速卡（conditions.accelerator_model），而清单有 "
                + kinds + " 种加速卡，无法换算MFU；不予采用");
    }

    static Label trainingNoPeak(String model) {
        return new Label("no peak is known for '" + model + "' (neither the inventory nor the catalog), so its TFLOP/s cannot"
                + " become MFU; not used", "“" + model + "”的峰值未知（清单与目录均无），无法换算MFU；不予采用");
    }

    static Label runCardNotInInventory(String model) {
        return new Label("the run's accelerator '" + model + "' is not in the inventory; the catalog's peak is used",
                "运行所用加速卡“" + model + "”不在清单中；按目录峰值计");
    }

    static Label speedupScale(double s, double from, double to, double cluster, double credited) {
        return new Label("a speed-up of " + n(s) + " from " + n(from) + " to " + n(to) + " accelerators does not stand for the "
                + n(cluster) + "-accelerator cluster: extrapolated at the same loss per doubling it is " + n(s) + "^(log(" + n(cluster)
                + "/" + n(from) + ")/log(" + n(to) + "/" + n(from) + ")) = " + Numbers.format(credited, 3) + ", scored so",
                "从 " + n(from) + " 卡到 " + n(to) + " 卡的加速比 " + n(s) + " 不能代表 " + n(cluster) + " 卡的集群：按每倍增相同损耗外推为 "
                        + Numbers.format(credited, 3) + "，按此计分");
    }

    static Label mfuScale(double m, double n, double cluster, double per, double credited) {
        double doublings = Math.log(cluster / n) / Math.log(2);
        return new Label("an MFU of " + n(m) + "% measured on " + n(n) + " accelerators does not stand for the " + n(cluster)
                + "-accelerator cluster: " + Numbers.format(doublings, 2) + " doublings at " + n(per) + " each give " + n(m) + " x "
                + n(per) + "^" + Numbers.format(doublings, 2) + " = " + Numbers.format(credited, 2) + "%, scored so",
                n(n) + " 卡上测得的MFU " + n(m) + "% 不能代表 " + n(cluster) + " 卡的集群：按每倍增 " + n(per) + " 外推 "
                        + Numbers.format(doublings, 2) + " 次为 " + Numbers.format(credited, 2) + "%，按此计分");
    }

    static Label scaleUnknown(String what, String keys) {
        return new Label(what + " does not say at what scale it was measured (" + keys + "), so it cannot be compared"
                + " with the largest cluster; scored as stated", what + " 未注明测量规模（" + keys + "），无法与最大单体集群比较；按声明值计分");
    }

    static Label pricedCardUnknown(String model) {
        return new Label("the prices are for '" + model + "', whose peak neither the inventory nor the catalog gives; they are"
                + " not normalised and not scored", "价格对应的“" + model + "”峰值未知（清单与目录均无）；无法归一，不计分");
    }

    static Label pricedCardWeakest(String card, double peak) {
        return new Label("the prices do not name their accelerator (operations.pricing.accelerator) and the inventory has"
                + " several; they are held to its weakest card, " + card + " (" + n(peak) + " TFLOPS)",
                "价格未注明对应加速卡（operations.pricing.accelerator），而清单有多种；按最弱的 " + card + "（" + n(peak) + " TFLOPS）计");
    }

    static Label pricedCardNotInInventory(String model, String weakest, double peak) {
        return new Label("the prices are for '" + model + "', which is not in the inventory: a price of a card the center does not"
                + " list is not part of its offer, and is held to its weakest card, " + weakest + " (" + n(peak) + " TFLOPS)",
                "价格对应的“" + model + "”不在清单中：清单外加速卡的价格不是本中心的报价，按清单中最弱的 " + weakest + "（" + n(peak)
                        + " TFLOPS）计");
    }

    static Label machineDefault(double n) {
        return new Label("the machine-month price does not say how many accelerators a machine has; " + n(n) + " are assumed",
                "台月价格未注明每台机器的卡数，按 " + n(n) + " 卡计");
    }

    static Label machineAboveInventory(double stated, double listed, String card) {
        return new Label("a machine of " + n(stated) + " accelerators, but the inventory lists " + n(listed) + " " + card
                + " in all; the machine-month price is divided by " + n(listed), "每台机器 " + n(stated) + " 张加速卡，但清单中 " + card
                + " 共 " + n(listed) + " 张；台月价格按每台 " + n(listed) + " 张折算");
    }

    static Label busbw(double busbw, double declared) {
        return new Label("the multi-node all-reduce's bus bandwidth (" + n(busbw) + " Gbps) is a figure of the collective (NVLink"
                + " or PCIe inside a node and the network between nodes), not of one accelerator's network interface; it is kept"
                + " as compute.network.allreduce_busbw_gbps and the per-accelerator bandwidth stays "
                + (Double.isNaN(declared) ? "not assessed" : n(declared) + " Gbps as declared"),
                "多节点all-reduce总线带宽（" + n(busbw) + " Gbps）是集合通信的整体指标（节点内NVLink或PCIe与节点间网络），并非单卡网卡带宽；"
                        + "记为 compute.network.allreduce_busbw_gbps，单卡带宽仍" + (Double.isNaN(declared) ? "未评估" : "按声明的 "
                        + n(declared) + " Gbps"));
    }

    /** The claim as written, and what Little's law capped it to when it did (NaN when it did not). */
    private static Label claimed(double x, double capped) {
        return capped >= 0 ? new Label(n(x) + " output tokens/s (held to " + n(capped) + " by Little's law)",
                n(x) + " 输出词元/秒（按利特尔法则已限为 " + n(capped) + "）") : new Label(n(x) + " output tokens/s", n(x) + " 输出词元/秒");
    }

    /** Which figure of the card a serving bound uses: its fastest dense one (at == null), or its dense one at {@code at}. */
    private static Label figure(String at) {
        return at == null ? new Label("its fastest dense figure", "的最高稠密峰值")
                : new Label("its dense figure at " + at + ", the run's precision", "在该次运行的精度 " + at + " 下的稠密峰值");
    }

    static Label computeBound(double x, double capped, double n, String card, double peak, String at, double activeB, double in,
                              double out, double promptPerOutput, double bound) {
        Label claim = claimed(x, capped);
        boolean prompts = promptPerOutput > 0;
        String tokens = prompts ? "(2 x " + n(activeB) + "B active parameters x (1 + " + n(in) + " / " + n(out) + "))"
                : "(2 x " + n(activeB) + "B active parameters)";
        String tokensZh = prompts ? "（2 × " + n(activeB) + "B 激活参数 ×（1 + " + n(in) + " / " + n(out) + "））"
                : "（2 × " + n(activeB) + "B 激活参数）";
        return new Label(claim.en() + " exceed what " + n(n) + " accelerator(s) can compute: at most " + n(n) + " x "
                + n(peak) + " TFLOPS (" + card + ", " + figure(at).en() + ") / " + tokens + " = "
                + n(bound) + " tokens/s at 100% utilisation, since a token costs about 2 FLOPs per active parameter"
                + (prompts ? ", and each request's " + n(in) + " prompt tokens (inference.throughput.input_tokens) are computed"
                        + " too, for its " + n(out) + " output tokens" : "")
                + "; the claim is physically impossible and not scored",
                claim.zh() + "超过 " + n(n) + " 张加速卡的算力上限：每个词元约需激活参数量 2 倍的浮点运算"
                        + (prompts ? "，每个请求的 " + n(in) + " 个提示词元（inference.throughput.input_tokens）也要计算，对应其 "
                                + n(out) + " 个输出词元" : "")
                        + "，满负荷时至多 " + n(n) + " × " + n(peak) + " TFLOPS（" + card + " " + figure(at).zh() + "）/" + tokensZh + "= " + n(bound)
                        + " 词元/秒；该声明在物理上不可能，不计分");
    }

    static Label ttftComputeFloor(String metric, double v, boolean response, double prompt, double a, String card, double peak,
                                  String at, double activeB, double floor) {
        return new Label(metric + " " + n(v) + " ms is shorter than the prefill of the run's prompts allows: "
                + (response ? "a response contains its first token, which" : "a first token") + " comes from a forward pass"
                + " over the prompt, " + n(prompt) + " tokens on average (inference.throughput.input_tokens), at about 2 FLOPs per"
                + " active parameter per token, on at most " + n(a) + " x " + n(peak) + " TFLOPS (" + card + ", " + figure(at).en()
                + "): 2 x " + n(activeB) + " x " + n(prompt) + " / (" + n(a) + " x " + n(peak) + ") = " + n(floor)
                + " ms at 100% utilisation; the claim is physically impossible and not scored",
                metric + " " + n(v) + " 毫秒短于该次运行的提示词预填充所需的时间：" + (response ? "响应包含首个词元，而首个词元" : "首个词元")
                        + "出自对提示词的一次前向计算，提示平均 " + n(prompt) + " 个词元（inference.throughput.input_tokens），每个词元约需激活参数量"
                        + " 2 倍的浮点运算，算力至多 " + n(a) + " × " + n(peak) + " TFLOPS（" + card + " " + figure(at).zh() + "）：2 × " + n(activeB)
                        + " × " + n(prompt) + " /（" + n(a) + " × " + n(peak) + "）= " + n(floor) + " 毫秒（满负荷）；该声明在物理上不可能，不计分");
    }

    /** The bits each weight is read at, with why in words: {@code en} "4 bits each", "16 bits each (bf16, ...)". */
    record Bits(double value, Label each) {
    }

    /**
     * The bits a bandwidth check read each weight at: {@code bits}, the serving precision's {@code stated} bits when the
     * profile gives a {@code precision} and they are more than the rule set's fewest, else that fewest.
     */
    static Bits bits(double bits, String precision, double stated) {
        String each = n(bits) + " bits each";
        String eachZh = "每个按 " + n(bits) + " 比特计";
        if (precision == null) {
            return new Bits(bits, new Label(each, eachZh));
        }
        if (stated >= bits) {
            return new Bits(bits, new Label(each + " (" + precision + ", as inference.throughput.precision states)",
                    eachZh + "，即 inference.throughput.precision 所写的 " + precision));
        }
        return new Bits(bits, new Label(each + " (inference.throughput.precision states " + precision + ", but the rule set"
                + " credits no fewer than " + n(bits) + ")", eachZh + "；inference.throughput.precision 写明 " + precision
                + "，但规则集至少按 " + n(bits) + " 比特计"));
    }

    static Label bandwidthBound(double x, double capped, double n, double a, Label card, double gbs, double activeB, double k,
                                Bits bits, double bound) {
        Label claim = claimed(x, capped);
        return new Label(claim.en() + " at concurrency " + n(n) + " exceed what " + n(a) + " accelerator(s) can"
                + " decode: each step reads the model's weights once, so a sequence gets at most " + n(k) + " token(s) per read"
                + " of " + n(activeB) + "B active parameters at " + bits.each().en() + ", at " + n(a) + " x " + n(gbs) + " GB/s ("
                + card.en() + "): " + n(n) + " x " + n(a) + " x " + n(gbs) + " x " + n(k) + " x 8 / (" + n(bits.value()) + " x "
                + n(activeB) + ") = " + n(bound) + " tokens/s; the claim is physically impossible and not scored",
"并发 " + n(n) + " 下 " + claim.zh() + "超过 " + n(a) + " 张加速卡的解码上限：每步解码都要读一遍模型权重，"
                        + "每个序列每读一遍 " + n(activeB) + "B 激活参数（" + bits.each().zh() + "）至多得 " + n(k) + " 个词元，存储带宽 "
                        + n(a) + " × " + n(gbs) + " GB/s（" + card.zh() + "）：" + n(n) + " × " + n(a) + " × " + n(gbs) + " × " + n(k)
                        + " × 8 /（" + n(bits.value()) + " × " + n(activeB) + "）= " + n(bound) + " 词元/秒；该声明在物理上不可能，不计分");
    }

    static Label tpotBandwidthFloor(String metric, double v, double a, Label card, double gbs, double activeB, double k,
                                    Bits bits, double floor) {
        return new Label(metric + " " + n(v) + " ms is shorter than one read of the model's weights allows: each token of a"
                + " stream needs the " + n(activeB) + "B active parameters read once, at " + bits.each().en() + ", from " + n(a)
                + " x " + n(gbs) + " GB/s (" + card.en() + "), and a read yields at most " + n(k) + " token(s): " + n(activeB)
                + " x " + n(bits.value()) + " / 8 / (" + n(a) + " x " + n(gbs) + ") x 1000 / " + n(k) + " = " + n(floor)
                + " ms a token; the claim is physically impossible and not scored",
                metric + " " + n(v) + " 毫秒短于读一遍模型权重所需的时间：单路每个词元都要读一遍 " + n(activeB) + "B 激活参数（"
                        + bits.each().zh() + "），存储带宽 " + n(a) + " × " + n(gbs) + " GB/s（" + card.zh() + "），每读一遍至多得 " + n(k)
                        + " 个词元：" + n(activeB) + " × " + n(bits.value()) + " / 8 /（" + n(a) + " × " + n(gbs) + "）× 1000 / " + n(k)
                        + " = " + n(floor) + " 毫秒每词元；该声明在物理上不可能，不计分");
    }

    static Label ttftBandwidthFloor(String metric, double v, boolean response, double reads, double a, Label card, double gbs,
                                    double activeB, Bits bits, double floor) {
        return new Label(metric + " " + n(v) + " ms is shorter than one read of the model's weights allows: "
                + (response ? "a response contains its first token, which" : "a first token") + " comes"
                + " from a forward pass of the whole model over the prompt, which reads the " + n(activeB) + "B active parameters"
                + " at least " + (reads == 1 ? "once" : n(reads) + " time(s)") + ", at " + bits.each().en() + ", from " + n(a) + " x "
                + n(gbs) + " GB/s (" + card.en() + "): " + n(reads) + " x " + n(activeB) + " x " + n(bits.value()) + " / 8 / (" + n(a)
                + " x " + n(gbs) + ") x 1000 = " + n(floor) + " ms; the claim is physically impossible and not scored",
                metric + " " + n(v) + " 毫秒短于读一遍模型权重所需的时间：" + (response ? "响应包含首个词元，而首个词元" : "首个词元")
                        + "出自整个模型对提示词的一次前向计算，至少要读 " + n(reads) + " 遍 " + n(activeB) + "B 激活参数（"
                        + bits.each().zh() + "），存储带宽 " + n(a) + " × " + n(gbs) + " GB/s（" + card.zh() + "）：" + n(reads) + " × "
                        + n(activeB) + " × " + n(bits.value()) + " / 8 /（" + n(a) + " × " + n(gbs) + "）× 1000 = " + n(floor)
                        + " 毫秒；该声明在物理上不可能，不计分");
    }

    static Label computeBoundUnknown(boolean model, boolean accelerators) {
        String en = !model ? "the model's parameters (params_b or a model of the table)" : "how many accelerators serve it";
        String zh = !model ? "模型参数量（params_b 或模型表中的模型）" : "服务所用的加速卡数";
        return new Label("the throughput cannot be held to the compute its accelerators deliver without " + en
                + "; scored as stated", "缺少" + zh + "，无法按加速卡算力核对吞吐；按声明值计分");
    }

    static Label latencyFloor(String metric, double v, double floor, double perUser, double pass, String card) {
        boolean compute = pass > floor;
        String why = compute ? "one forward pass of the model on the serving accelerators (" + card + ") takes at least "
                + n(pass) + " ms at 100% of their peak" : "no stream is decoded faster than " + n(perUser)
                + " tokens/s, " + n(floor) + " ms a token";
        String whyZh = compute ? "模型在服务加速卡（" + card + "）上一次前向计算满负荷也至少需 " + n(pass) + " 毫秒"
                : "单路解码不快于 " + n(perUser) + " 词元/秒，即每词元 " + n(floor) + " 毫秒";
        double bound = Math.max(floor, pass);
        return new Label(metric + " " + n(v) + " ms is shorter than any response can be: " + why + "; below " + n(bound)
                + " ms the claim is physically impossible and not scored",
                metric + " " + n(v) + " 毫秒短于任何响应的可能：" + whyZh + "；低于 " + n(bound) + " 毫秒的声明在物理上不可能，不计分");
    }

    static Label e2eBelowTtft(String q, double e2e, double ttft) {
        return new Label("the end-to-end latency " + q + " (" + n(e2e) + " ms) is below the time to first token " + q + " (" + n(ttft)
                + " ms): a response cannot end before its first token, so the two claims contradict each other and neither is scored",
                "端到端时延 " + q + "（" + n(e2e) + " 毫秒）低于首词元时延 " + q + "（" + n(ttft)
                        + " 毫秒）：响应不可能在首个词元之前结束，两项声明相互矛盾，均不计分");
    }

    static Label mfuCeiling(double v, double ceiling) {
        return new Label("an MFU of " + n(v) + "% is above the " + n(ceiling) + "% credited: the highest published"
                + " large-scale MFU is about 52% (Megatron-LM on 3,072 A100) and the report calls 40-50% fairly excellent;"
                + " the claim is not credible and not scored",
                "MFU " + n(v) + "% 高于可信上限 " + n(ceiling) + "%：已发表的大规模训练最高约 52%（Megatron-LM，3072 张 A100），"
                        + "报告称 40%-50% 已属较优；该声明不可信，不计分");
    }

    static Label speedupPerfect(double v, double from, double to, double machine) {
        String scale = to > 0 ? " from " + n(from) + " to " + n(to) + " accelerators" : " at an unstated scale";
        String scaleZh = to > 0 ? "（" + n(from) + " 卡至 " + n(to) + " 卡）" : "（未注明规模）";
        return new Label("a linear speed-up of " + n(v) + scale + ", credited at the scale of the largest cluster, says communication across machines (more than " + n(machine)
                + " accelerators) costs nothing; the best the report cites is 91%, and no such measurement is published, so"
                + " the claim is not scored", "线性加速比 " + n(v) + scaleZh + " 意味着跨机（超过 " + n(machine)
                + " 卡）通信毫无开销；报告引用的最好结果为 91%，未见此类实测，该声明不计分");
    }

    static Label speedupCeiling(double v, double from, double to, double doublings, double q, double bound) {
        boolean span = from > 0 && to > from;
        String scale = span ? " from " + n(from) + " to " + n(to) + " accelerators (" + n(doublings) + " doublings)"
                : " at an unstated span (taken as one doubling)";
        String scaleZh = span ? "（" + n(from) + " 卡至 " + n(to) + " 卡，规模翻 " + n(doublings) + " 倍）" : "（未注明规模，按翻一倍计）";
        return new Label("a linear speed-up of " + n(v) + scale + " across machines loses less than any published run: at most "
                + n(q) + " per doubling is credited (the best published, MLPerf Training's 3,584 to 11,616 H100, is 0.992 per"
                + " doubling; the report's best is 91%), " + n(q) + "^" + n(doublings) + " = " + n(bound)
                + "; the claim is not credible and not scored",
                "线性加速比 " + n(v) + scaleZh + " 的跨机损耗小于任何已发表的实测：每翻一倍至多可信 " + n(q)
                        + "（已发表最好结果为 MLPerf 训练 3584 至 11616 张 H100，每翻一倍 0.992；报告引用的最好结果为 91%），"
                        + n(q) + "^" + n(doublings) + " = " + n(bound) + "；该声明不可信，不计分");
    }

    static Label recoveryFloor(double v, double floor) {
        return new Label("a recovery of " + n(v) + " minutes after a failure is shorter than detecting the failure,"
                + " rescheduling the job and reloading its checkpoint can take (at least " + n(floor) + " minute(s) are"
                + " credible); the claim is not scored", "故障后 " + n(v) + " 分钟恢复，短于发现故障、重新调度任务并加载检查点"
                + "所需的时间（可信下限 " + n(floor) + " 分钟）；该声明不计分");
    }

    static Label stabilityConsistency(double effective, double mtbf, double recovery, double share, double bound) {
        return new Label("an effective training time of " + n(effective) + "% cannot be true with a job-interrupting failure every "
                + n(mtbf) + " hours and " + n(recovery) + " minutes to recover from each: counting " + n(share * 100)
                + "% of every recovery, training stops at least " + n(100 - bound) + "% of the time, so at most " + n(bound)
                + "% is effective; the claim is not scored", "有效训练时长占比 " + n(effective) + "% 与平均每 " + n(mtbf)
                + " 小时一次中断作业的故障、每次恢复 " + n(recovery) + " 分钟不能同时成立：每次恢复只计 " + n(share * 100)
                + "%，训练也至少有 " + n(100 - bound) + "% 的时间停止，有效时长至多 " + n(bound) + "%；该声明不计分");
    }

    static Label servingAccelerators(double claimed, double inventory) {
        return new Label("the serving figures are for " + n(claimed) + " accelerators, more than the inventory's " + n(inventory)
                + ": the bounds of throughput and latency count " + n(inventory) + ", and throughput per accelerator stays divided"
                + " by the " + n(claimed) + " claimed", "推理服务数据对应 " + n(claimed) + " 张加速卡，多于清单所列 " + n(inventory)
                + " 张：吞吐与时延的上下限按 " + n(inventory) + " 张计，单卡吞吐仍按所声明的 " + n(claimed) + " 张折算");
    }
    static Label mtbfCeiling(double mtbf, double accelerators, boolean cluster, double perAccelerator, double factor, double bound) {
        String span = cluster ? n(accelerators) + " accelerators of the largest cluster" : "one accelerator (the largest cluster's size is not given)";
        String spanZh = cluster ? "最大集群的 " + n(accelerators) + " 张加速卡" : "一张加速卡（未给出最大集群的规模）";
        return new Label("an MTBF of " + n(mtbf) + " hours is longer than a job on " + span + " can have: a job stops at the"
                + " first failure of any of its accelerators, so its MTBF is at most the hours one accelerator goes between"
                + " failures divided by their number; the best published large-scale record is about " + n(perAccelerator)
                + " accelerator-hours (Llama 3: 419 interruptions in 54 days on 16,384 H100), and " + n(factor) + " times it over "
                + n(accelerators) + " is " + n(bound) + " hours; the claim is not scored",
                "平均无故障时间 " + n(mtbf) + " 小时超过了" + spanZh + "上的作业所能达到的上限：任何一张卡出故障作业即中断，"
                        + "作业的 MTBF 至多为单卡无故障小时数除以卡数；已发表的大规模训练最佳记录约为 " + n(perAccelerator)
                        + " 卡时（Llama 3：16384 张 H100 上 54 天 419 次中断），其 " + n(factor) + " 倍除以 " + n(accelerators)
                        + " 为 " + n(bound) + " 小时；该声明不计分");
    }

    static Label priceFloor(String key, double price, double perPflopsHour, double floor, String card, double peak) {
        String what = key.endsWith("machine_month_cny") ? "machine-month" : "card-hour";
        String whatZh = key.endsWith("machine_month_cny") ? "台月" : "卡时";
        String cardEn = card == null ? "card priced" : card;
        String cardZh = card == null ? "所报价加速卡" : card;
        return new Label("a " + what + " price of " + n(price) + " CNY is " + n(perPflopsHour) + " CNY per PFLOPS-hour of the "
                + cardEn + " (" + n(peak) + " TFLOPS), below the " + n(floor) + " that the electricity of the most efficient"
                + " accelerator costs at a low industrial tariff: no one rents at that price sustainably; the price is not scored",
                whatZh + "价 " + n(price) + " 元，折合" + cardZh + "（" + n(peak) + " TFLOPS）每 PFLOPS 每小时 " + n(perPflopsHour)
                        + " 元，低于能效最高的加速卡按低价工业电价计算的电费 " + n(floor) + " 元：没有人能以此价格持续出租；该价格不计分");
    }

    static Label networkCeiling(double gbps, double ceiling) {
        return new Label(n(gbps) + " Gb/s of scale-out bandwidth per accelerator is above the " + n(ceiling) + " Gb/s credited:"
                + " the fastest network interfaces of any platform give one accelerator 800 Gb/s (ConnectX-8) to 1,600 Gb/s"
                + " (two ConnectX-9); scale-up links (NVLink, HCCS) inside a machine or rack are not the scale-out network;"
                + " the claim is not scored",
                "单卡横向扩展带宽 " + n(gbps) + " Gb/s 高于可计上限 " + n(ceiling) + " Gb/s：任何平台的最快网卡为每张加速卡提供"
                        + " 800 Gb/s（ConnectX-8）至 1600 Gb/s（两张 ConnectX-9）；机内或机柜内的纵向扩展互联（NVLink、HCCS）"
                        + "不是横向扩展网络；该声明不计分");
    }
}
