package org.credence.commitment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.credence.commitment.CommitmentTemplate;
import org.credence.commitment.NewCommitmentTemplate;
import org.credence.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Set<String> MATTERS = Set.of("government-procurement", "fiscal-subsidy");
    private static final CommitmentTemplate LATEST = new CommitmentTemplate(
            "procurement-integrity",
            "government-procurement",
            2,
            "承诺",
            "Commitment",
            CommitmentTemplate.hash("承诺", "Commitment"),
            LocalDate.of(2026, 12, 1));

    @ParameterizedTest(name = "{0} = {1}: {2} {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "matterType, -, matterType, required",
                "matterType, no-such-matter, matterType, unknown-matter-type",
                "code, Bad_Code, code, invalid-code",
                "code, other-code, code, template-code-changed",
                "textZh, -, textZh, required",
                "textZh, Only English here, textZh, not-chinese",
                "textZh, 承\u0007诺, textZh, control-character",
                "textEn, '  ', textEn, required",
                "effectiveFrom, 2026-11-28, effectiveFrom, effective-in-past",
                "effectiveFrom, 2026-11-30, effectiveFrom, effective-before-previous",
            })
    void reportsTheFieldAtFault(String field, String value, String expectedField, String expectedCode) {
        var t = with(field, value);
        assertThat(TemplateRules.check(t, MATTERS, LATEST, TODAY))
                .extracting(p -> p.field() + " " + p.code())
                .containsExactly(expectedField + " " + expectedCode);
    }

    @Test
    void acceptsAWellFormedNextVersion() {
        assertThat(TemplateRules.check(with("code", "procurement-integrity"), MATTERS, LATEST, TODAY))
                .isEmpty();
    }

    @Test
    void listsEveryProblemAtOnce() {
        var t = new NewCommitmentTemplate(null, null, null, null, null);
        assertThat(TemplateRules.check(t, MATTERS, null, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("matterType", "textZh", "textEn", "effectiveFrom");
    }

    @Test
    void acceptsAHistoricalSeed() {
        var t = new NewCommitmentTemplate(
                "procurement-integrity", "government-procurement", "承诺", "Commitment", LocalDate.of(2020, 1, 1));
        assertThat(TemplateRules.check(t, MATTERS, null, null)).isEmpty();
    }

    private static NewCommitmentTemplate with(String field, String value) {
        return new NewCommitmentTemplate(
                field.equals("code") ? value : null,
                field.equals("matterType") ? value : "government-procurement",
                field.equals("textZh") ? value : "本人承诺所提交材料真实有效。",
                field.equals("textEn") ? value : "I commit that the documents are true.",
                field.equals("effectiveFrom") ? LocalDate.parse(value) : LocalDate.of(2026, 12, 15));
    }
}
