package org.credence.record.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.record.RecordStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorrectionPolicyTests {

    private final CorrectionPolicy policy = new CorrectionPolicy();

    private static ExistingRecord stored(RecordStatus status, Long batch, Long line) {
        return new ExistingRecord(7, 100, "REF-1", status, 2, "hash-a", batch, line);
    }

    @Test
    void sameContentIsUnchanged() {
        assertThat(policy.decide(stored(RecordStatus.ACTIVE, null, null), 100, "hash-a", 5L, 3))
                .isInstanceOf(CorrectionPolicy.KeepUnchanged.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ACTIVE, CORRECTED",
        "UNDER_OBJECTION, CORRECTED",
        "CORRECTED, CORRECTED",
        "REPAIRED, REPAIRED",
        "EXPIRED, EXPIRED",
    })
    void otherContentIsTheNextVersion(RecordStatus before, RecordStatus after) {
        assertThat(policy.decide(stored(before, null, null), 100, "hash-b", null, 1))
                .isEqualTo(new CorrectionPolicy.Correct(3, after));
    }

    @Test
    void refusesToCorrectARevokedRecord() {
        assertThat(policy.decide(stored(RecordStatus.REVOKED, null, null), 100, "hash-b", null, 1))
                .isInstanceOfSatisfying(
                        CorrectionPolicy.Refuse.class, r -> assertThat(r.code()).isEqualTo("record-revoked"));
    }

    @Test
    void refusesToMoveAReferenceToAnotherSubject() {
        assertThat(policy.decide(stored(RecordStatus.ACTIVE, null, null), 101, "hash-a", null, 1))
                .isInstanceOfSatisfying(
                        CorrectionPolicy.Refuse.class, r -> assertThat(r.code()).isEqualTo("subject-mismatch"));
    }

    @Test
    void refusesAReferenceUsedEarlierInTheSameFile() {
        assertThat(policy.decide(stored(RecordStatus.ACTIVE, 5L, 3L), 100, "hash-a", 5L, 9))
                .isInstanceOfSatisfying(CorrectionPolicy.Refuse.class, r -> {
                    assertThat(r.code()).isEqualTo("duplicate-line");
                    assertThat(r.message()).contains("line 3");
                });
    }

    @Test
    void recognisesItsOwnLineAfterARestart() {
        assertThat(policy.decide(stored(RecordStatus.ACTIVE, 5L, 3L), 100, "hash-a", 5L, 3))
                .isInstanceOf(CorrectionPolicy.AlreadyApplied.class);
    }
}
