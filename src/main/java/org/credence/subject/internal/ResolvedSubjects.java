package org.credence.subject.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lookup hashes recently resolved to subject ids, so that a bulk filing naming a subject again (a court filing many
 * judgments against the same debtors, a provider's monthly file) skips the database for it: on a filing of a million
 * records, the subject lookups were the database's largest cost after the records themselves.
 *
 * <p>An entry never goes stale: a lookup hash belongs to one identifier for good (rotating the lookup key re-hashes every
 * identifier under a new key, so the old hashes are simply never asked for again), and subjects are never deleted.
 * Only ids read from the database are remembered, never ones of a transaction that may still roll back.
 *
 * <p>Memory is fixed whatever the population: a direct-mapped table of {@code slots} entries, each keyed by 128 bits of
 * the hash (three longs, 24 bytes; a general-purpose cache would spend about 150 bytes per entry on the hash string
 * and its node), a newer entry replacing an older one in the same slot. A key that matches on 128 bits of a keyed
 * SHA-256 and yet belongs to another identifier is as unlikely as a collision of the stored 256-bit hash itself would
 * be in practice.
 */
@Component
class ResolvedSubjects {

    private final int mask;
    private final long[] high;
    private final long[] low;
    private final long[] ids;

    ResolvedSubjects(@Value("${credence.subject.resolved-cache-slots:524288}") int slots) {
        if (slots < 0 || Integer.bitCount(Math.max(slots, 1)) != 1) {
            throw new IllegalArgumentException(
                    "credence.subject.resolved-cache-slots must be 0 (off) or a power of two, not " + slots);
        }
        this.mask = slots - 1;
        this.high = new long[slots];
        this.low = new long[slots];
        this.ids = new long[slots];
    }

    /**
     * Puts the subject id of each hash that is remembered into {@code found} (keyed by hash) and returns the hashes
     * that are not.
     */
    synchronized List<String> findKnown(Collection<String> hashes, Map<String, Long> found) {
        if (ids.length == 0) {
            return List.copyOf(hashes);
        }
        List<String> unknown = new ArrayList<>();
        for (String hash : hashes) {
            long h = HexFormat.fromHexDigitsToLong(hash, 0, 16);
            long l = HexFormat.fromHexDigitsToLong(hash, 16, 32);
            int slot = (int) l & mask;
            if (ids[slot] != 0 && high[slot] == h && low[slot] == l) {
                found.put(hash, ids[slot]);
            } else {
                unknown.add(hash);
            }
        }
        return unknown;
    }

    /** Remembers subject ids read from the database, by lookup hash. */
    synchronized void remember(Map<String, Long> resolved) {
        if (ids.length == 0) {
            return;
        }
        resolved.forEach((hash, id) -> {
            long l = HexFormat.fromHexDigitsToLong(hash, 16, 32);
            int slot = (int) l & mask;
            high[slot] = HexFormat.fromHexDigitsToLong(hash, 0, 16);
            low[slot] = l;
            ids[slot] = id;
        });
    }
}
