package org.credence.subject.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentifierProtectorTests {

    private static final byte[] K1 = bytes(1);
    private static final byte[] K2 = bytes(2);
    private static final byte[] LOOKUP = bytes(3);
    private static final String NUMBER = "11010519491231002X";

    @Test
    void encryptsSoThatOnlyTheKeyReadsItBack() {
        var protector = new IdentifierProtector("k1", Map.of("k1", K1), LOOKUP);
        String encrypted = protector.encrypt(NUMBER);
        assertThat(encrypted).doesNotContain(NUMBER).doesNotContain("19491231");
        assertThat(protector.encrypt(NUMBER)).as("random IV").isNotEqualTo(encrypted);
        assertThat(protector.decrypt("k1", encrypted)).isEqualTo(NUMBER);
    }

    @Test
    void looksUpByAStableKeyedHash() {
        var protector = new IdentifierProtector("k1", Map.of("k1", K1), LOOKUP);
        assertThat(protector.lookupHash(NUMBER)).hasSize(64).isEqualTo(protector.lookupHash(NUMBER));
        var otherLookupKey = new IdentifierProtector("k1", Map.of("k1", K1), bytes(9));
        assertThat(otherLookupKey.lookupHash(NUMBER)).isNotEqualTo(protector.lookupHash(NUMBER));
    }

    @Test
    void readsValuesUnderOldKeysAfterRotation() {
        String old = new IdentifierProtector("k1", Map.of("k1", K1), LOOKUP).encrypt(NUMBER);
        var rotated = new IdentifierProtector("k2", Map.of("k1", K1, "k2", K2), LOOKUP);
        assertThat(rotated.decrypt("k1", old)).isEqualTo(NUMBER);
        assertThat(rotated.decrypt("k2", rotated.encrypt(NUMBER))).isEqualTo(NUMBER);
    }

    @Test
    void detectsTamperingAndKeyConfusion() {
        var protector = new IdentifierProtector("k2", Map.of("k1", K1, "k2", K1), LOOKUP);
        String encrypted = protector.encrypt(NUMBER);
        assertThatThrownBy(() -> protector.decrypt("k1", encrypted)).hasMessageContaining("does not decrypt");
        byte[] bytes = Base64.getDecoder().decode(encrypted);
        bytes[bytes.length - 1] ^= 1;
        assertThatThrownBy(() -> protector.decrypt("k2", Base64.getEncoder().encodeToString(bytes)))
                .hasMessageContaining("does not decrypt");
    }

    @Test
    void refusesShortKeysAndAMissingActiveKey() {
        assertThatThrownBy(() -> new IdentifierProtector("k1", Map.of("k1", new byte[16]), LOOKUP))
                .hasMessageContaining("256 bits");
        assertThatThrownBy(() -> new IdentifierProtector("k9", Map.of("k1", K1), LOOKUP))
                .hasMessageContaining("k9");
    }

    private static byte[] bytes(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return key;
    }
}
