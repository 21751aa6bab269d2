package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.Quantity;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Figures as Chinese profiles write them: a count with its measure word ("1024张", "400余家"), a price with what it is for
 * ("12.5元/卡时", "4.5万元/台/月", "¥12.5"), and the approximations, bounds and ranges that are no claim ("约400P",
 * "80%以上", "≤1.25", "100-200"), refused with the figure to write.
 */
public class ChineseFigureProperties {

    static final List<String> MEASURE_WORDS = List.of("个", "张", "卡", "张卡", "块", "块卡", "片", "颗", "家", "项", "款", "套", "种", "类");
    public static final List<String> CARD_HOUR = List.of("/卡时", "/卡·时", "/卡/时", "/卡小时", "/卡·小时", "/卡/小时", "/卡/h", "每卡时",
            "每卡每小时", "/card-hour", "/Card/Hour", "/GPU-hour", "/gpu/h", "/accelerator-hour");
    public static final List<String> MACHINE_MONTH = List.of("/台/月", "/台·月", "/台月", "/台每月", "每台每月", "/机/月", "/节点/月",
            "/machine-month", "/Machine/Month", "/node-month", "/server/month");

    @Property
    void a_count_reads_with_its_measure_word(@ForAll @IntRange(min = 0, max = 1_000_000) int n,
                                             @ForAll @IntRange(min = 0, max = 13) int word,
                                             @ForAll @IntRange(min = 0, max = 3) int mark,
                                             @ForAll boolean wan, @ForAll boolean space) {
        String text = n + (wan ? "万" : "") + (space ? " " : "") + List.of("", "+", "余", "多").get(mark) + MEASURE_WORDS.get(word);
        Values.Result r = Values.withUnit(text, Quantity.COUNT);
        assertTrue(r.ok(), text + ": " + (r.ok() ? "" : r.error().get("en")));
        assertEquals(wan ? n * 10_000.0 : n, r.value(), 0, text);
    }

    @Test
    void machines_and_nodes_are_not_what_a_count_counts() {
        for (String text : List.of("128台", "16节点", "16个节点", "128台服务器", "8机")) {
            Values.Result r = Values.withUnit(text, Quantity.COUNT);
            assertFalse(r.ok(), text);
            assertEquals("CCA-P025", r.error().code().id(), text);
        }
    }

    @Property
    void a_price_reads_with_what_it_is_for(@ForAll @IntRange(min = 1, max = 99_999) int cents,
                                           @ForAll @IntRange(min = 0, max = 13) int per,
                                           @ForAll @IntRange(min = 0, max = 10) int month,
                                           @ForAll @IntRange(min = 0, max = 4) int money) {
        String v = cents / 100 + "." + String.format("%02d", cents % 100);
        double value = cents / 100.0;
        String unit = List.of("元", "cny", "RMB", "万元", "万").get(money);
        double factor = money >= 3 ? 10_000 : 1;
        for (Object[] c : new Object[][] {{Quantity.PRICE_CARD_HOUR, CARD_HOUR.get(per), MACHINE_MONTH.get(month)},
                {Quantity.PRICE_MACHINE_MONTH, MACHINE_MONTH.get(month), CARD_HOUR.get(per)}}) {
            Quantity q = (Quantity) c[0];
            String own = v + unit + c[1];
            Values.Result r = Values.withUnit(own, q);
            assertTrue(r.ok(), own + ": " + (r.ok() ? "" : r.error().get("en")));
            assertEquals(value * factor, r.value(), value * factor * 1e-12, own);
            // The other price's unit is a dimension error, said as such.
            String other = v + unit + c[2];
            Values.Result o = Values.withUnit(other, q);
            assertFalse(o.ok(), other);
            assertEquals("CCA-P024", o.error().code().id(), other);
            // The yuan sign before the number is the yuan after it.
            if (money == 0) {
                for (String signed : List.of("¥" + v + c[1], "￥ " + v + c[1], "¥" + v, "¥" + v + "元" + c[1])) {
                    Values.Result s = Values.withUnit(signed, q);
                    assertTrue(s.ok(), signed + ": " + (s.ok() ? "" : s.error().get("en")));
                    assertEquals(value, s.value(), value * 1e-12, signed);
                }
            }
        }
    }

    /** Figures of several quantities that read, each written as the quantity takes it. */
    static final List<Object[]> FIGURES = List.of(new Object[] {"400P", Quantity.COMPUTE_PFLOPS}, new Object[] {"80%", Quantity.PERCENT},
            new Object[] {"1.25", Quantity.NUMBER}, new Object[] {"12.5元/卡时", Quantity.PRICE_CARD_HOUR},
            new Object[] {"1024张", Quantity.COUNT}, new Object[] {"200G", Quantity.BANDWIDTH_GBPS}, new Object[] {"0.18秒", Quantity.DURATION_MS},
            new Object[] {"10 PB", Quantity.STORAGE_PB}, new Object[] {"72", Quantity.DURATION_HOURS});

    @Property
    void an_approximation_or_a_bound_is_refused_with_the_figure_to_write(
            @ForAll @IntRange(min = 0, max = 8) int figure,
            @ForAll @From("qualifiers") String qualifier) {
        String f = (String) FIGURES.get(figure)[0];
        Quantity q = (Quantity) FIGURES.get(figure)[1];
        assertTrue(Values.withUnit(f, q).ok(), f);
        boolean after = qualifier.startsWith("+");
        String w = after ? qualifier.substring(1) : qualifier;
        String text = after ? f + w : w + f;
        Values.Result r = Values.withUnit(text, q);
        assertFalse(r.ok(), text);
        assertEquals("CCA-P210", r.error().code().id(), text + ": " + r.error().get("en"));
        assertTrue(r.error().get("en").contains("write the figure alone, '" + f + "'"), r.error().get("en"));
        assertTrue(r.error().get("zh").contains("“" + w.strip() + "”") || r.error().get("zh").contains(w.strip()), r.error().get("zh"));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> qualifiers() {
        return net.jqwik.api.Arbitraries.of("约", "大约", "约为", "近", "将近", "接近", "超过", "逾", "不低于", "不少于", "不超过", "不高于",
                "至少", "最多", "最高", "低至", "高达", "≥", "≤", ">=", "<", "~", "≈", "about ", "approx. ", "at least ", "up to ",
                "over ", "nearly ", "+以上", "+以下", "+以内", "+左右", "+上下", "+起");
    }

    @Test
    void a_range_is_refused() {
        for (Object[] c : new Object[][] {{"100-200", Quantity.COMPUTE_PFLOPS}, {"100~200 PFLOPS", Quantity.COMPUTE_PFLOPS},
                {"100至200P", Quantity.COMPUTE_PFLOPS}, {"10到20元", Quantity.PRICE_CARD_HOUR}, {"80–90%", Quantity.PERCENT},
                {"1.2 - 1.3", Quantity.NUMBER}, {"100～200张", Quantity.COUNT}}) {
            Values.Result r = Values.withUnit((String) c[0], (Quantity) c[1]);
            assertFalse(r.ok(), (String) c[0]);
            assertEquals("CCA-P211", r.error().code().id(), c[0] + ": " + r.error().get("en"));
        }
        // A negative number and an exponent are no range: refused or read as they were.
        assertEquals("CCA-P028", Values.number(new Node.ScalarNode(1, 1, "-5", Node.ScalarKind.STRING),
                dev.cca.model.ProfileSchema.field("compute.pue")).error().code().id());
        assertEquals(0.001, Values.withUnit("1e-3", Quantity.NUMBER).value(), 1e-15);
    }
}
