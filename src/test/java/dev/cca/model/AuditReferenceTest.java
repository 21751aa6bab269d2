package dev.cca.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Problems;
import dev.cca.diag.ProfileCode;
import dev.cca.testing.Profiles;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An audited label is earned by a reference one can look up, not by any text in the audit key. */
class AuditReferenceTest {

    private static final LocalDate DATE = LocalDate.of(2025, 9, 1);

    private static Evidence.Earned earn(String reference) {
        return Evidence.earn(Evidence.AUDITED, List.of(Provenance.audit(reference, DATE, "p.yaml")), DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?", "-", "none", "n/a", "N/A", "TBD", "pending", "待定", "无", "\u200b", "\u200b\u200c\u2060",
        "x", "1", "12345", "X-1", "—", "???", "audit"})
    void a_placeholder_or_non_word_reference_does_not_earn_audited(String reference) {
        Evidence.Earned e = earn(reference);
        assertEquals(Evidence.DECLARED, e.level(), reference);
        assertEquals(ProfileCode.AUDIT_REFERENCE_UNVERIFIABLE, e.reason().code(), reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"中国信通院 CAICT-2025-TR-0412", "EXAMPLE-LAB 2025-0412", "审计报告2025-07", "TÜV SÜD 2025-17",
        "示例测评机构 2025-0042"})
    void a_body_and_a_number_earn_audited(String reference) {
        assertEquals(Evidence.AUDITED, earn(reference).level(), reference);
        assertTrue(Evidence.isAuditReference(reference));
    }

    @Property
    void a_reference_without_a_digit_never_earns_audited(@ForAll @StringLength(max = 40) String reference) {
        if (reference.codePoints().noneMatch(Character::isDigit)) {
            assertFalse(Evidence.isAuditReference(reference));
            assertEquals(Evidence.DECLARED, earn(reference).level());
        }
    }

    @Property
    void invisible_characters_add_nothing_to_a_reference(@ForAll @StringLength(max = 12) @CharRange(from = '\u2000', to = '\u206f') String junk) {
        // General punctuation and format characters (zero-width space, joiners, word joiner): no letters, no digits.
        assertFalse(Evidence.isAuditReference(junk + "?" + junk));
    }

    @Test
    void a_profile_whose_audit_is_a_question_mark_counts_as_declared_with_a_located_warning() {
        Problems problems = new Problems();
        CenterProfile p = Profiles.read("cca: center-profile/v1\nid: a\nname: A\ntraining:\n  mfu_pct: {value: 40, accelerators: 8,"
                + " evidence: audited, audit: '?', date: 2025-09-01}\n", problems);
        assertEquals(Evidence.DECLARED, p.get("training.mfu_pct").evidence());
        assertTrue(problems.all().stream().anyMatch(d -> !d.isError() && d.code() == ProfileCode.AUDIT_REFERENCE_UNVERIFIABLE
                && d.location().line() == 5), problems.all().toString());
    }
}
