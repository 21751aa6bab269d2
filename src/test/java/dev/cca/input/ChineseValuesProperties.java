package dev.cca.input;

import dev.cca.diag.ProfileCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Problems;
import dev.cca.model.CenterProfile;
import dev.cca.model.Field;
import dev.cca.model.ProfileSchema;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import dev.cca.testing.Profiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Values a Chinese user writes: scenario and hub names, 是/否, year-first dates; and what is refused, with a suggestion. */
class ChineseValuesProperties {

    private static final List<Field> CHOICE_FIELDS = List.of(ProfileSchema.field("hub"), ProfileSchema.field("scenarios"));

    @Provide
    Arbitrary<Map.Entry<String, String>> names() {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        for (Field f : CHOICE_FIELDS) {
            f.labels().forEach((name, id) -> all.add(Map.entry(f.path() + "|" + name, id)));
            f.choices().forEach(id -> all.add(Map.entry(f.path() + "|" + id, id)));
        }
        return Arbitraries.of(all);
    }

    @Property
    void every_name_of_a_choice_reads_as_that_choice_however_it_is_spaced(@ForAll("names") Map.Entry<String, String> name,
                                                                          @ForAll @IntRange(max = 3) int pad) {
        String[] parts = name.getKey().split("\\|", 2);
        Field f = ProfileSchema.field(parts[0]);
        String text = " ".repeat(pad) + parts[1] + "　".repeat(pad % 2);
        Values.Choice c = Values.choice(text, f);
        assertEquals(name.getValue(), c.id(), String.valueOf(c.error()));
    }

    @Property
    void a_choice_given_by_name_reads_as_the_same_profile_as_its_id(@ForAll("names") Map.Entry<String, String> name) {
        String[] parts = name.getKey().split("\\|", 2);
        String key = parts[0];
        String byName = "cca: center-profile/v1\nid: a\nname: A\n" + key + ": " + (key.equals("scenarios")
                ? "[" + parts[1] + "]" : "\"" + parts[1] + "\"") + "\n";
        String byId = byName.replace(parts[1], name.getValue());
        assertEquals(Profiles.summary(Profiles.valid(byId)), Profiles.summary(Profiles.valid(byName)));
    }

    @Example
    void the_default_rule_sets_names_of_its_fit_scenarios_read_as_those_scenarios() {
        RuleSet rs = RuleSetLoader.loadDefault();
        Field f = ProfileSchema.field("scenarios");
        assertTrue(!rs.fit().isEmpty());
        for (var fit : rs.fit()) {
            assertEquals(fit.scenario(), Values.choice(fit.label().zh(), f).id(), fit.label().zh());
            assertEquals(fit.scenario(), Values.choice(fit.label().en(), f).id(), fit.label().en());
        }
        // The scoring scenarios: inference is one claim, training two.
        for (var s : rs.scenarios()) {
            Values.Choice c = Values.choice(s.label().zh(), f);
            if (s.id().equals("inference")) {
                assertEquals("inference", c.id());
            } else {
                assertNull(c.id());
                assertEquals(ProfileCode.AMBIGUOUS_NAME, c.error().code());
                assertTrue(c.error().get("en").contains("pretraining") && c.error().get("en").contains("fine-tuning"), c.error().get("en"));
            }
        }
    }

    @Example
    void the_chinese_fixture_reads_as_the_same_profile_as_its_english_spelling() throws Exception {
        String zh = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/profiles/valid/chinese.yaml"));
        String en = zh.replace("hub: 成渝", "hub: chengdu-chongqing").replace("2023年5月", "2023-05")
                .replace("2025/10/15", "2025-10-15").replace("[微调, 推理]", "[fine-tuning, inference]")
                .replace("是", "true").replace("有", "true").replace("否", "false").replace("无", "false")
                .replace("2025年7月1日", "2025-07-01");
        CenterProfile a = Profiles.valid(zh);
        CenterProfile b = Profiles.valid(en);
        assertEquals(List.of("fine-tuning", "inference"), a.scenarios());
        assertEquals("chengdu-chongqing", a.get("hub").text());
        assertEquals(Profiles.summary(b).replaceAll("date=[^,}]*", ""), Profiles.summary(a).replaceAll("date=[^,}]*", ""));
        assertEquals(LocalDate.of(2025, 10, 15), a.get("assessed_on").date());
    }

    @Example
    void training_as_a_claim_is_refused_with_both_scenarios_it_could_mean() {
        Problems problems = new Problems();
        assertNull(Profiles.read("cca: center-profile/v1\nid: a\nname: A\nscenarios: [训练, 推理]\n", problems));
        Diagnostic d = problems.all().get(0);
        assertEquals(4, d.location().line());
        assertTrue(d.message().contains("预训练") && d.message().contains("微调"), d.message());
    }

    @Example
    void a_hub_name_that_is_not_a_hub_is_refused_with_the_closest_name() {
        Problems problems = new Problems();
        assertNull(Profiles.read("cca: center-profile/v1\nid: a\nname: A\nhub: 成都\n", problems));
        assertTrue(problems.all().get(0).message().contains("did you mean '成渝'"), problems.all().get(0).message());
        Problems longer = new Problems();
        assertNull(Profiles.read("cca: center-profile/v1\nid: a\nname: A\nhub: 成渝地区双城经济圈\n", longer));
        assertTrue(longer.all().get(0).message().contains("成渝"), longer.all().get(0).message());
    }

    @Provide
    Arbitrary<String> yesNoWords() {
        List<String> all = new ArrayList<>(Values.TRUE_WORDS);
        all.addAll(Values.FALSE_WORDS);
        return Arbitraries.of(all);
    }

    @Property
    void chinese_yes_and_no_read_as_true_and_false_without_a_warning(@ForAll("yesNoWords") String word) {
        Values.Result r = Values.bool(new Node.ScalarNode(1, 1, word, Node.ScalarKind.STRING));
        assertTrue(r.ok(), String.valueOf(r.error()));
        assertNull(r.warning());
        assertEquals(Values.TRUE_WORDS.contains(word) ? 1.0 : 0.0, r.value());
    }

    @Example
    void a_chinese_boolean_in_a_profile_is_the_same_as_true() {
        CenterProfile p = Profiles.valid("cca: center-profile/v1\nid: a\nname: A\ninference: {cloud: {api: 是, self_service: 否,"
                + " elastic_scaling: 有}}\nservices: {model_migration: {tooling: 无}}\n");
        assertEquals(1.0, p.number("inference.cloud.api"));
        assertEquals(0.0, p.number("inference.cloud.self_service"));
        assertEquals(1.0, p.number("inference.cloud.elastic_scaling"));
        assertEquals(0.0, p.number("services.model_migration.tooling"));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, (int) (LocalDate.of(Values.LAST_YEAR, 12, 31).toEpochDay()
                - LocalDate.of(Values.FIRST_YEAR, 1, 1).toEpochDay())).map(i -> LocalDate.of(Values.FIRST_YEAR, 1, 1).plusDays(i));
    }

    @Property
    void a_date_written_year_first_in_any_of_the_usual_ways_is_that_date(@ForAll("dates") LocalDate d,
                                                                       @ForAll @IntRange(max = 4) int form,
                                                                       @ForAll boolean padded) {
        String m = padded ? String.format("%02d", d.getMonthValue()) : String.valueOf(d.getMonthValue());
        String day = padded ? String.format("%02d", d.getDayOfMonth()) : String.valueOf(d.getDayOfMonth());
        String text = switch (form) {
            case 0 -> d.getYear() + "/" + m + "/" + day;
            case 1 -> d.getYear() + "." + m + "." + day;
            case 2 -> d.getYear() + "年" + m + "月" + day + "日";
            case 3 -> d.getYear() + "-" + m + "-" + day;
            default -> "２０" .substring(0, 0) + toFullWidth(d.getYear() + "年" + m + "月" + day + "日");
        };
        Values.Why err = new Values.Why();
        assertEquals(d, Values.date(text, false, err), String.valueOf(err.message()));
        LocalDate month = Values.date(d.getYear() + "年" + m + "月", true);
        assertEquals(d.withDayOfMonth(1), month);
    }

    private static String toFullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return b.toString();
    }

    @Example
    void a_day_first_or_month_first_date_is_refused_with_the_year_first_form() {
        Values.Why err = new Values.Why();
        assertNull(Values.date("15/10/2025", false, err));
        assertEquals(ProfileCode.DATE_ORDER, err.message().code());
        assertTrue(err.message().get("zh").contains("2025-10-15"), err.message().get("zh"));
        Values.Why both = new Values.Why();
        assertNull(Values.date("05/10/2025", false, both));
        assertEquals(ProfileCode.DATE_ORDER, both.message().code());
        assertTrue(both.message().get("en").contains("2025-05-10 or 2025-10-05"), both.message().get("en"));
        assertTrue(both.message().get("zh").contains("2025-05-10 或 2025-10-05"), both.message().get("zh"));
        Values.Why noDay = new Values.Why();
        assertNull(Values.date("2025年10月", false, noDay));
        assertEquals(ProfileCode.DATE_NO_DAY, noDay.message().code());
        assertTrue(noDay.message().get("en").contains("2025-10-01"), noDay.message().get("en"));
    }

    @Property
    void no_text_makes_the_value_parsers_fail_other_than_by_a_reason(@ForAll("anyText") String text) {
        Values.Why err = new Values.Why();
        LocalDate d = Values.date(text, true, err);
        assertTrue(d != null ^ err.message() != null, text);
        Values.Result b = Values.bool(new Node.ScalarNode(1, 1, text, Node.ScalarKind.STRING));
        assertTrue(b.ok() ^ b.error() != null);
        for (Field f : CHOICE_FIELDS) {
            Values.Choice c = Values.choice(text, f);
            assertTrue(c.id() != null ^ c.error() != null);
            if (c.id() != null) {
                assertTrue(f.choices().contains(c.id()));
            }
        }
        assertNotNull(Values.identifier(text));
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> pieces = Arbitraries.of("2025", "10", "1", "15", "/", ".", "-", "年", "月", "日", " ", "是", "否",
                "成渝", "枢纽", "训练", "推理", "99999", "０", "　", "\u0000", "\uD83D\uDE00", "ＡＢ", "e", "+");
        return Arbitraries.oneOf(pieces.list().ofMaxSize(8).map(l -> String.join("", l)), Arbitraries.strings().ofMaxLength(20));
    }
}
