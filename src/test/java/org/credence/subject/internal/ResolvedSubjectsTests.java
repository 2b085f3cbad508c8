package org.credence.subject.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolvedSubjectsTests {

    /** A 64-digit hex hash whose slot bits (the low bits of the second 16 digits) are {@code slot}. */
    private static String hash(long high, long slot) {
        return "%016x%016x%032x".formatted(high, slot, high * 31);
    }

    @Test
    void answersRememberedHashesAndReportsTheOthers() {
        var cache = new ResolvedSubjects(16);
        cache.remember(Map.of(hash(1, 1), 101L, hash(2, 2), 102L));

        Map<String, Long> found = new HashMap<>();
        List<String> unknown = cache.findKnown(List.of(hash(1, 1), hash(3, 3), hash(2, 2)), found);

        assertThat(found).containsExactlyInAnyOrderEntriesOf(Map.of(hash(1, 1), 101L, hash(2, 2), 102L));
        assertThat(unknown).containsExactly(hash(3, 3));
    }

    @Test
    void aNewerHashInTheSameSlotReplacesTheOlderWhichIsThenUnknownNeverAnsweredWithTheOthersId() {
        var cache = new ResolvedSubjects(16);
        cache.remember(Map.of(hash(1, 5), 101L));
        cache.remember(Map.of(hash(2, 5 + 16), 102L)); // same slot: 21 & 15 == 5

        Map<String, Long> found = new HashMap<>();
        List<String> unknown = cache.findKnown(List.of(hash(1, 5), hash(2, 21)), found);

        assertThat(found).containsExactlyEntriesOf(Map.of(hash(2, 21), 102L));
        assertThat(unknown).containsExactly(hash(1, 5));
    }

    @Test
    void aHashDifferingOnlyInItsFirstHalfIsNotMistakenForAnother() {
        var cache = new ResolvedSubjects(16);
        cache.remember(Map.of(hash(1, 7), 101L));

        Map<String, Long> found = new HashMap<>();
        assertThat(cache.findKnown(List.of(hash(9, 7)), found)).containsExactly(hash(9, 7));
        assertThat(found).isEmpty();
    }

    @Test
    void zeroSlotsRemembersNothing() {
        var cache = new ResolvedSubjects(0);
        cache.remember(Map.of(hash(1, 1), 101L));

        Map<String, Long> found = new HashMap<>();
        assertThat(cache.findKnown(List.of(hash(1, 1)), found)).containsExactly(hash(1, 1));
        assertThat(found).isEmpty();
    }

    @Test
    void refusesASizeThatIsNotAPowerOfTwo() {
        assertThatThrownBy(() -> new ResolvedSubjects(1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("credence.subject.resolved-cache-slots")
                .hasMessageContaining("1000");
        assertThatThrownBy(() -> new ResolvedSubjects(-4)).isInstanceOf(IllegalArgumentException.class);
    }
}
