package org.credence.subject.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.support.TestIdentifiers;
import org.junit.jupiter.api.Test;

class IdentifierKeysTests {

    @Test
    void remembersTheFirstLineOfEveryIdentifierThroughManyResizes() {
        var keys = new IdentifierKeys();
        String[] persons = new String[50_000];
        for (int i = 0; i < persons.length; i++) {
            persons[i] = TestIdentifiers.person().value();
            assertThat(keys.firstSeen(persons[i], true, i + 2)).isZero();
        }
        assertThat(keys.firstSeen(persons[0], true, 99_999)).isEqualTo(2);
        assertThat(keys.firstSeen(persons[49_999], true, 99_999)).isEqualTo(50_001);
    }

    @Test
    void tellsApartCodesThatDifferOnlyInAuthorityAndType() {
        var keys = new IdentifierKeys();
        String enterprise = TestIdentifiers.organisation("91").value();
        String association = "51" + enterprise.substring(2);
        assertThat(keys.firstSeen(enterprise, false, 2)).isZero();
        assertThat(keys.firstSeen(association, false, 3)).isZero();
        assertThat(keys.firstSeen(enterprise, false, 4)).isEqualTo(2);
    }
}
