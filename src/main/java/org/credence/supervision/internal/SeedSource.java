package org.credence.supervision.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Where a draw's seed comes from when none is given: 256 bits from a {@link SecureRandom}, recorded with the draw. The
 * draw itself never touches a random number generator; everything after the seed is a hash.
 */
@Component
class SeedSource {

    private final SecureRandom random = new SecureRandom();

    String next() {
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        return HexFormat.of().formatHex(seed);
    }
}
