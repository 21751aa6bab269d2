package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.OptionCode;
import dev.cca.testing.Cli;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A command line cca cannot run is one line with its code (CCA-O), in the language of --lang or the locale. */
class UsageErrorsTest {

    private static final String SAMPLE = "samples/wuhan-aicc.yaml";

    private static void coded(Cli.Run r, OptionCode code, String lang) {
        assertEquals(2, r.exit(), r.toString());
        String head = ("zh".equals(lang) ? "错误 " : "error ") + code.id() + ": ";
        assertTrue(r.err().contains(head), head + " in:\n" + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        if ("zh".equals(lang)) {
            assertFalse(r.err().contains(" (see "), r.err());
        }
    }

    @Test
    void picocli_refusals_print_their_codes_in_either_language() {
        coded(Cli.run("assess", SAMPLE, "--no-such-option"), OptionCode.UNKNOWN_ARGUMENT, "en");
        coded(Cli.run("assess", SAMPLE, "--no-such-option", "--lang", "zh"), OptionCode.UNKNOWN_ARGUMENT, "zh");
        coded(Cli.run("assess", SAMPLE, "--top-n", "x", "--lang=zh"), OptionCode.UNKNOWN_ARGUMENT, "zh");
        coded(Cli.run("batch", SAMPLE, "--top", "many", "--lang", "zh"), OptionCode.BAD_VALUE, "zh");
        coded(Cli.run("batch", SAMPLE, "--top", "1", "--top", "2"), OptionCode.GIVEN_TWICE, "en");
        coded(Cli.run("rules", "explain", "--lang", "zh"), OptionCode.MISSING, "zh");
    }

    @Test
    void our_own_refusals_print_their_codes_in_either_language() {
        coded(Cli.run("assess", SAMPLE, "--max-depth", "0", "--lang", "zh"), OptionCode.POSITIVE, "zh");
        coded(Cli.run("assess", SAMPLE, "--lang", "fr"), OptionCode.LANG, "en");
        coded(Cli.run("assess", SAMPLE, "--fail-under", "101", "--lang", "zh"), OptionCode.FAIL_UNDER, "zh");
        coded(Cli.run("assess", SAMPLE, "--scenario", "nope", "--lang", "zh"), OptionCode.SCENARIO_UNKNOWN, "zh");
        coded(Cli.run("assess", SAMPLE, "-o", "report.nope"), OptionCode.OUTPUT_NO_FORMAT, "en");
        coded(Cli.run("rules", "explain", "no-such-indicator", "--lang", "zh"), OptionCode.UNKNOWN_INDICATOR, "zh");
    }

    @Test
    void the_locale_picks_chinese_when_lang_is_not_given() {
        Cli.Run r = Cli.run("", Map.of("LANG", "zh_CN.UTF-8"), false, "assess", SAMPLE, "--no-such-option");
        coded(r, OptionCode.UNKNOWN_ARGUMENT, "zh");
        Cli.Run own = Cli.run("", Map.of("LC_ALL", "zh_CN.UTF-8"), false, "assess", SAMPLE, "--max-problems", "-1");
        coded(own, OptionCode.MAX_PROBLEMS, "zh");
    }
}
