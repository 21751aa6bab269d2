package dev.cca.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.engine.Assessor;
import dev.cca.engine.RuleWarnings;
import dev.cca.model.CenterProfile;
import dev.cca.result.CenterResult;
import dev.cca.result.IndicatorResult;
import dev.cca.result.MetricResult;
import dev.cca.result.ScenarioResult;
import dev.cca.result.TableResult;
import dev.cca.testing.Profiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, item 9: a capability list names its items by the rule set's ids, their labels in either language, or
 * their aliases, spelled any way (full width, case, spaces, hyphens); a list scored by count counts only what the
 * rule set knows.
 */
class ReferenceNamesTest {

    private static final RuleSet RULES = RuleSetLoader.loadDefault();

    private static final String HEAD = "cca: center-profile/v1\nid: t\nname: T\nscenarios: [fine-tuning, inference]\n";

    private static CenterResult assess(String yaml) {
        CenterProfile p = Profiles.valid(HEAD + yaml);
        dev.cca.check.ClaimChecks.Report checks = new dev.cca.check.ClaimChecks(RULES).check(p);
        return new Assessor(RULES).assess(p, Profiles.TODAY, List.of(), List.of(), List.of(), checks);
    }

    private static MetricResult metric(CenterResult r, String scenario, String metric) {
        for (TableResult t : r.scenario(scenario).tables()) {
            for (IndicatorResult i : t.indicators()) {
                for (MetricResult m : i.metrics()) {
                    if (m.metric().equals(metric)) {
                        return m;
                    }
                }
            }
        }
        throw new AssertionError(metric + " not in " + scenario);
    }

    @Test
    void chinese_labels_score_as_their_ids() {
        CenterResult zh = assess("training: {frameworks: [飞桨, 昇思MindSpore, PyTorch]}\noperations: {security: [等保三级, 内容安全]}\n");
        CenterResult ids = assess("training: {frameworks: [paddlepaddle, mindspore, pytorch]}\n"
                + "operations: {security: [mlps-level-3, content-security]}\n");
        double frameworks = metric(ids, "training", "training.frameworks").score();
        assertTrue(frameworks > 0);
        assertEquals(frameworks, metric(zh, "training", "training.frameworks").score(), 1e-9);
        double security = metric(ids, "inference", "operations.security").score();
        assertTrue(security > 0);
        assertEquals(security, metric(zh, "inference", "operations.security").score(), 1e-9);
    }

    @Test
    void any_width_case_space_or_hyphen_names_the_same_item() {
        RuleSet.ReferenceList fw = RULES.references().get("training.frameworks");
        for (String name : List.of("ＰｙＴｏｒｃｈ", "py-torch", "Py Torch", "PYTORCH", "torch")) {
            assertEquals("pytorch", fw.item(name).id(), name);
        }
        assertEquals("paddlepaddle", fw.item("Paddle Paddle").id());
        assertEquals("paddlepaddle", fw.item("飞桨").id());
        assertEquals("mindspore", fw.item("昇思 MindSpore").id());
        RuleSet.ReferenceList sec = RULES.references().get("operations.security");
        assertEquals("mlps-level-3", sec.item("ＭＬＰＳ Level 3").id());
        assertEquals("mlps-level-3", sec.item("等保三级").id());
    }

    @Test
    void a_chinese_security_label_does_not_trigger_the_no_security_cap() {
        CenterResult r = assess("operations: {security: [等保三级]}\n");
        for (ScenarioResult s : r.scenarios()) {
            assertFalse(s.caps().stream().anyMatch(c -> c.id().equals("no-security-evidence")), s.id() + ": " + s.caps());
        }
        CenterResult none = assess("operations: {security: [made-up-certificate]}\n");
        assertTrue(none.scenario("training").caps().stream().anyMatch(c -> c.id().equals("no-security-evidence")),
                "a list of names the rule set does not know is no security evidence");
    }

    @Test
    void five_made_up_scheduling_platforms_score_nothing_and_each_warns() {
        String yaml = "operations: {scheduling: {platforms: [alpha-grid, beta-cloud, gamma-hub, delta-net, epsilon-pool]}}\n";
        CenterResult r = assess(yaml);
        MetricResult m = metric(r, "training", "operations.scheduling.platforms");
        assertEquals(0, m.score(), 0, "invented names count for nothing (they scored 96.9 when every name counted)");
        List<Diagnostic> w = RuleWarnings.unknownItems(RULES, Profiles.valid(HEAD + yaml));
        assertEquals(5, w.stream().filter(d -> d.message().contains("operations.scheduling.platforms")).count(), w.toString());
    }

    @Test
    void known_platforms_count_once_each_by_any_of_their_names() {
        CenterResult r = assess("operations: {scheduling: {platforms: [jiangsu-provincial, 江苏省算力调度平台, nanjing-municipal]}}\n");
        assertEquals(2, metric(r, "training", "operations.scheduling.platforms").value(), 0);
    }

    @Test
    void a_misspelt_platform_warns_with_the_id_it_is_close_to() {
        List<Diagnostic> w = RuleWarnings.unknownItems(RULES,
                Profiles.valid(HEAD + "operations: {scheduling: {platforms: [jiangsu-provinical]}, security: [等保二级]}\n"));
        assertTrue(w.stream().anyMatch(d -> d.message().contains("did you mean 'jiangsu-provincial'")), w.toString());
        assertTrue(w.stream().anyMatch(d -> d.message().contains("did you mean 'mlps-level-3'")), w.toString());
    }

    @Test
    void every_name_finds_its_own_item() {
        List<String> wrong = new ArrayList<>();
        for (RuleSet.ReferenceList list : RULES.references().values()) {
            for (int i = 0; i < list.items().size(); i++) {
                for (String name : list.items().get(i).names()) {
                    if (list.index(name) != i) {
                        wrong.add(list.metric() + ": '" + name + "' of " + list.items().get(i).id() + " finds "
                                + (list.index(name) < 0 ? "nothing" : list.items().get(list.index(name)).id()));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void the_chinese_names_profiles_write_find_their_items() {
        String[][] cases = {
                {"training.frameworks", "昇思", "mindspore"}, {"training.frameworks", "百度飞桨", "paddlepaddle"},
                {"training.model_families", "千问", "qwen"}, {"training.model_families", "智谱", "glm"},
                {"training.model_families", "深度求索", "deepseek"}, {"training.model_families", "书生·浦语", "internlm"},
                {"training.model_families", "文心一言", "ernie"}, {"training.model_families", "零一万物", "yi"},
                {"services.data_governance", "质量评估", "quality-evaluation"}, {"services.data_governance", "合成数据", "synthesis"},
                {"services.dev_tools", "模型训练", "training"}, {"services.dev_tools", "模型微调", "fine-tuning"},
                {"services.dev_tools", "知识蒸馏", "distillation"}, {"services.dev_tools", "模型评估", "evaluation"},
                {"services.dev_tools", "低代码", "low-code"}, {"services.pooling", "异构资源池", "heterogeneous-pool"},
                {"services.pooling", "GPU虚拟化", "gpu-virtual-slicing"}, {"services.pooling", "vgpu", "gpu-virtual-slicing"},
                {"services.pooling", "MIG", "gpu-hard-partition"}, {"operations.security", "等保2.0三级", "mlps-level-3"},
                {"operations.security", "网络安全等级保护三级", "mlps-level-3"}, {"operations.security", "大模型备案", "model-filing-service"},
                {"operations.security", "数据安全", "data-protection"}, {"operations.security", "安全评估", "security-evaluation"}};
        for (String[] c : cases) {
            RuleSet.ReferenceItem item = RULES.references().get(c[0]).item(c[1]);
            assertEquals(c[2], item == null ? null : item.id(), c[0] + ": " + c[1]);
        }
        // Names that could be either of two items stay unknown, and are warned about: 推理部署 (inference or deployment?),
        // 算力切分 (hard or virtual partitioning?).
        assertEquals(null, RULES.references().get("services.dev_tools").item("推理部署"));
        assertEquals(null, RULES.references().get("services.pooling").item("算力切分"));
    }
}
