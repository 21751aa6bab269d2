package dev.cca.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.cca.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetLintTest {

    @Test
    void the_shipped_rule_set_passes_lint_without_a_finding() {
        RuleSetLint.Report r = RuleSetLint.lint(RuleSetLoader.defaultSource(), dev.cca.check.ClaimChecks.CITATIONS);
        assertNotNull(r.rules());
        assertEquals(List.of(), r.problems().stream().map(Diagnostic::format).toList());
    }
}
