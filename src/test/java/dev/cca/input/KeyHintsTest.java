package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Problems;
import dev.cca.input.catalog.Catalogs;
import dev.cca.model.Field;
import dev.cca.model.ProfileSchema;
import dev.cca.testing.Profiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unknown key is answered with the key it most likely meant: its unit left out ("mfu": mfu_pct), or a Chinese name
 * of a key ("总算力": compute.total_pflops_fp16), keys being written in English; a profile's key and a catalog's column
 * alike.
 */
class KeyHintsTest {

    private static final String HEAD = "cca: center-profile/v1\nid: t\nname: T\nassessed_on: 2025-10-01\n";

    private static List<String> errors(String yaml) {
        Problems p = new Problems();
        Profiles.read(HEAD + yaml, p);
        return p.all().stream().map(Diagnostic::message).toList();
    }

    @Test
    void every_chinese_name_names_a_key_of_the_schema_and_one_only() {
        for (String path : ProfileSchema.namedPaths()) {
            assertNotNull(ProfileSchema.field(path), path);
        }
        assertEquals(List.of("compute.total_pflops_fp16"), ProfileSchema.pathsNamed("总算力"));
        assertEquals(List.of("compute.total_pflops_fp16"), ProfileSchema.pathsNamed(" 总 算力 "));
        assertEquals(List.of("inference.cloud.availability_sla_pct"), ProfileSchema.pathsNamed("sla"));
        assertEquals(List.of(), ProfileSchema.pathsNamed("总算"));
    }

    /**
     * The Chinese name the default rule set gives a scored metric that is a key of the profile names that key, so that a
     * report's own words, written as a key, are answered (a name with a qualifier in brackets, or of a figure the
     * scoring derives, such as 单卡输出吞吐×模型参数量, is no key's name).
     */
    @Test
    void the_rule_sets_chinese_metric_names_name_their_keys() {
        List<String> missing = new java.util.ArrayList<>();
        for (dev.cca.rules.RuleSet.Indicator i : dev.cca.rules.RuleSetLoader.loadDefault().indicators().values()) {
            for (dev.cca.rules.RuleSet.MetricRule m : i.metrics()) {
                String zh = m.label().zh();
                if (ProfileSchema.field(m.metric()) == null || zh.matches(".*[（(×].*") || m.metric().startsWith("compute.accelerator_")) {
                    continue;
                }
                if (!ProfileSchema.pathsNamed(zh).contains(m.metric())) {
                    missing.add(m.metric() + " " + zh);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /** Each Chinese name of the table, as the path it names: drawn for the properties below. */
    @Provide
    Arbitrary<String[]> named() {
        List<String[]> pairs = new java.util.ArrayList<>();
        for (String path : ProfileSchema.namedPaths()) {
            for (String name : List.of("总算力", "单体集群算力", "利用率", "线性加速比", "有效训练时长占比", "平均无故障时间", "首词元时延",
                    "卡时单价", "合作伙伴", "数量", "厂商", "调度平台", "迁移耗时", "弹性伸缩", "场景", "评估日期")) {
                if (ProfileSchema.pathsNamed(name).equals(List.of(path))) {
                    pairs.add(new String[] {name, path});
                }
            }
        }
        return Arbitraries.of(pairs);
    }

    @Property(tries = 100)
    void a_chinese_key_is_answered_with_its_key_where_it_is_written_and_with_its_path_elsewhere(@ForAll("named") String[] named) {
        String name = named[0];
        String path = named[1];
        String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        // Where the key belongs: its own name; at the top of the profile (or elsewhere): its full path.
        Field object = parent.isEmpty() ? ProfileSchema.root() : parent.endsWith("[]")
                ? ProfileSchema.field(parent.substring(0, parent.length() - 2)).item() : ProfileSchema.field(parent);
        String here = ProfileReader.unknownKeyHint(name, object.children().keySet(), parent).get("en");
        assertTrue(here.contains("'" + name + "' is '" + leaf + "'"), name + " in " + parent + ": " + here);
        String top = ProfileReader.unknownKeyHint(name, ProfileSchema.root().children().keySet(), "").get("en");
        String expected = path.startsWith("compute.accelerators[].") ? path.replace("[].", "[0].") : path.contains(".") ? path : leaf;
        assertTrue(top.contains("'" + name + "' is '" + expected + "'"), name + " at the top: " + top);
        assertTrue(ProfileReader.unknownKeyHint(name, ProfileSchema.root().children().keySet(), "").get("zh").contains("键名须用英文"));
    }

    @Test
    void a_profile_with_chinese_keys_names_each_english_key() {
        List<String> e = errors("总算力: 400\ncompute:\n  总算力: 400\n  accelerators:\n    - {厂商: Huawei, 型号: Ascend 910B, 数量: 8}\n"
                + "training:\n  有效训练时长占比: 95\n");
        assertEquals(List.of("unknown key '总算力' (keys are written in English: '总算力' is 'compute.total_pflops_fp16')",
                "unknown key '总算力' (keys are written in English: '总算力' is 'total_pflops_fp16')",
                "unknown key '厂商' (keys are written in English: '厂商' is 'vendor')",
                "unknown key '型号' (keys are written in English: '型号' is 'model')",
                "unknown key '数量' (keys are written in English: '数量' is 'count')",
                "unknown key '有效训练时长占比' (keys are written in English: '有效训练时长占比' is"
                        + " 'training.stability.effective_training_time_pct')"), e);
    }

    @Test
    void a_key_without_its_unit_is_answered_with_the_key_that_names_it() {
        assertEquals(List.of("unknown key 'mfu' (did you mean 'mfu_pct'? a key names its unit)"), errors("training:\n  mfu: 45\n"));
        assertEquals(List.of("unknown key 'recovery' (did you mean 'recovery_minutes'? a key names its unit)"),
                errors("training:\n  stability: {recovery: 15}\n"));
        // A spelling close to a sibling is said as before.
        assertEquals(List.of("unknown key 'utilisation_pct' (did you mean 'utilization_pct'?)"), errors("compute:\n  utilisation_pct: 80\n"));
    }

    @Test
    void a_catalogs_columns_are_answered_alike(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("c.csv");
        Files.writeString(csv, "id,name,总算力,compute.利用率,training.mfu\nt1,T,400,80,45\n");
        Catalogs.Result r = Catalogs.read(csv);
        assertEquals(List.of("unknown column '总算力' (keys are written in English: '总算力' is 'compute.total_pflops_fp16')",
                "unknown column 'compute.利用率' (keys are written in English: '利用率' is 'compute.utilization_pct')",
                "unknown column 'training.mfu' (did you mean 'training.mfu_pct'? a key names its unit)"),
                r.fileErrors().stream().map(Diagnostic::message).toList());
    }
}
