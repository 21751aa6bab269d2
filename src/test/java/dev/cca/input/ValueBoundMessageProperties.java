package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Problems;
import dev.cca.testing.Profiles;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A value refused for its range is shown as it is, never rounded onto the bound it broke. */
class ValueBoundMessageProperties {

    private static String error(String key, String value) {
        Problems p = new Problems();
        String[] path = key.split("\\.");
        Profiles.read("cca: center-profile/v1\nid: t\nname: T\n" + path[0] + ":\n  " + path[1] + ": " + value + "\n", p);
        assertEquals(1, p.all().size(), p.all().toString());
        return p.all().get(0).message("en");
    }

    @Property(tries = 200)
    void a_percentage_just_over_100_is_shown_over_100(@ForAll @IntRange(min = 1, max = 9) int digit,
                                                      @ForAll @IntRange(min = 3, max = 12) int places) {
        double v = 100 + digit * Math.pow(10, -places);
        if (v == 100) {
            return;
        }
        String m = error("compute.utilization_pct", Double.toString(v));
        Matcher got = Pattern.compile("\\(got ([0-9.]+)\\)").matcher(m);
        assertTrue(got.find(), m);
        assertTrue(Double.parseDouble(got.group(1)) > 100, m);
    }

    @Test
    void an_implausible_value_of_a_key_without_a_unit_has_no_space_before_its_parenthesis() {
        String m = error("compute.pue", "12");
        assertTrue(m.endsWith("(got 12, over 5)"), m);
        assertTrue(error("compute.storage_pb", "1e12").matches(".*over [0-9]+ PB\\)"), error("compute.storage_pb", "1e12"));
    }
}
