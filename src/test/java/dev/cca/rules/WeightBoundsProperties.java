package dev.cca.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Problems;
import dev.cca.diag.RuleCode;
import dev.cca.input.InputFiles;
import dev.cca.input.Limits;
import dev.cca.input.SourceFile;
import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Every weight of a rule set is bounded when it loads (at most {@link RuleSetLoader#MAX_WEIGHT}), wherever it is
 * written (a metric in its indicator, an indicator in a table, a table in a scenario, an item of a reference list),
 * and lint says the same: {@code weight: 1e308} on two indicators summed to infinity and scored a table 0.
 */
class WeightBoundsProperties {

    /** The place of a weight in an override of cca-default; {@code W} is the weight, on line {@code line}. */
    enum Place {
        INDICATOR_IN_TABLE("tables:\n  - id: operations\n    training:\n      - {indicator: security-compliance, weight: W, cite: judgement}\n", 9),
        TABLE_IN_SCENARIO("tables:\n  - id: operations\n    weight: {training: W, inference: 25}\n", 8),
        METRIC_IN_INDICATOR("indicators:\n  cluster-effectiveness:\n    metrics:\n      - metric: training.mfu_pct\n        weight: W\n", 10),
        REFERENCE_ITEM("references:\n  training.frameworks:\n    - {id: pytorch, en: PyTorch, zh: PyTorch, weight: W}\n", 8);

        final String yaml;
        final int line;

        Place(String yaml, int line) {
            this.yaml = yaml;
            this.line = line;
        }
    }

    /** The directories {@link #ruleSet} made, removed when the class's properties are done. */
    private static final List<Path> MADE = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    @net.jqwik.api.lifecycle.AfterContainer
    static void removeRuleSets() throws java.io.IOException {
        for (Path dir : MADE) {
            Files.deleteIfExists(dir.resolve("rules.yaml"));
            Files.deleteIfExists(dir);
        }
        MADE.clear();
    }

    private static Path ruleSet(String body) throws Exception {
        Path dir = Files.createTempDirectory("cca-weights");
        MADE.add(dir);
        Path f = dir.resolve("rules.yaml");
        Files.writeString(f, "cca: rules/v1\nextends: cca-default\nid: w\nversion: \"1\"\ntitle: {en: x, zh: x}\n" + body);
        return f;
    }

    private static List<Diagnostic> loading(Path f) throws Exception {
        Problems p = new Problems();
        SourceFile src = InputFiles.read(f, f.toString(), Limits.DEFAULT, null);
        RuleSetLoader.read(src, p);
        return p.all().stream().filter(Diagnostic::isError).toList();
    }

    @Provide
    Arbitrary<String> tooLarge() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(1_000_001, Double.MAX_VALUE).ofScale(0)
                        .map(d -> String.valueOf(d).toLowerCase(java.util.Locale.ROOT)),
                Arbitraries.longs().between((long) RuleSetLoader.MAX_WEIGHT + 1, Long.MAX_VALUE).map(String::valueOf),
                Arbitraries.of("1e308", "1.7976931348623157e308", "1_000_001", "1000000.5"));
    }

    @Property(tries = 60)
    void a_weight_over_the_bound_is_one_located_error_at_load_and_in_lint(@ForAll Place place, @ForAll("tooLarge") String w)
            throws Exception {
        Path f = ruleSet(place.yaml.replace("W", w));
        List<Diagnostic> errors = loading(f);
        assertEquals(1, errors.size(), w + " " + place + ": " + errors);
        Diagnostic d = errors.get(0);
        assertEquals(RuleCode.WEIGHT_TOO_LARGE, d.code());
        assertEquals(f.toString(), d.location().file());
        assertEquals(place.line, d.location().line(), d.format());
        assertTrue(d.message().contains(w) && d.zh().contains(w), d.message());
        Problems p = new Problems();
        assertNull(RuleSetLoader.load(InputFiles.read(f, f.toString(), Limits.DEFAULT, null), p), "the rule set does not load");
        List<Diagnostic> lint = RuleSetLint.lint(InputFiles.read(f, f.toString(), Limits.DEFAULT, null),
                dev.cca.check.ClaimChecks.CITATIONS).problems().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of(d.format()), lint.stream().map(Diagnostic::format).toList(), "lint reports what loading does");
    }

    @Property(tries = 30)
    void a_weight_within_the_bound_loads(@ForAll Place place, @ForAll @DoubleRange(min = 0.001, max = 1_000_000) @Scale(3) double w)
            throws Exception {
        Path f = ruleSet(place.yaml.replace("W", String.format(java.util.Locale.ROOT, "%.3f", w)));
        assertEquals(List.of(), loading(f), place + " " + w);
    }

    @Property(tries = 20)
    void the_shares_of_bounded_weights_are_finite_and_add_up(@ForAll @IntRange(min = 0, max = 6) int exponent) throws Exception {
        String w = "1e" + exponent;
        Path f = ruleSet(Place.INDICATOR_IN_TABLE.yaml.replace("W", w)
                + "      - {indicator: partner-richness, weight: " + w + ", cite: judgement}\n");
        Problems p = new Problems();
        RuleSet rs = RuleSetLoader.load(InputFiles.read(f, f.toString(), Limits.DEFAULT, null), p);
        assertNotNull(rs, p.all().toString());
        for (RuleSet.Scenario s : rs.scenarios()) {
            double sum = Weights.terms(rs, s.id()).stream().mapToDouble(Weights.Term::share).sum();
            assertEquals(1.0, sum, 1e-9, s.id());
        }
    }

    @Example
    void the_red_team_rule_set_is_refused_by_lint_and_by_assess() throws Exception {
        Path f = ruleSet("tables:\n  - id: operations\n    training:\n"
                + "      - {indicator: security-compliance, weight: 1e308, cite: judgement}\n"
                + "      - {indicator: partner-richness, weight: 1e308, cite: judgement}\n");
        Cli.Run lint = Cli.run("rules", "lint", f.toString());
        assertEquals(3, lint.exit(), lint.toString());
        assertTrue(lint.err().contains(f + ":9:") && lint.err().contains(f + ":10:") && lint.err().contains("CCA-R181"), lint.err());
        Cli.Run assess = Cli.run("assess", "samples/wuhan-aicc.yaml", "-q", "--rules", f.toString());
        assertEquals(3, assess.exit(), assess.toString());
        assertTrue(assess.err().contains("CCA-R181"), assess.err());
    }
}
