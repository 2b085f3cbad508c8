package org.credence.subject.internal.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.credence.subject.UnifiedSocialCreditCode;

/**
 * The identifiers already seen in one import and the line each was first seen on, to reject later duplicates. Every
 * identifier is packed exactly into a {@code long} (no hashing, so no false duplicates): a resident identity number is
 * its first 17 digits; a credit code is its division code and organisation code in base 31, kept in one table per
 * authority-and-type prefix. About 17 bytes per identifier, against some 60 per line of the file itself.
 */
final class IdentifierKeys {

    private static final int PERSONS = -1;
    private static final long BASE31_8 = 852_891_037_441L;

    private final Map<Integer, LongLineTable> tables = new HashMap<>();

    /** The line the identifier was first seen on, or 0 after recording it as first seen on {@code line}. */
    long firstSeen(String identifier, boolean person, long line) {
        int table = person ? PERSONS : prefix(identifier);
        long key = person ? Long.parseLong(identifier, 0, 17, 10) : organisationKey(identifier);
        return tables.computeIfAbsent(table, t -> new LongLineTable()).putIfAbsent(key, line);
    }

    private static int prefix(String code) {
        return UnifiedSocialCreditCode.ALPHABET.indexOf(code.charAt(0)) * 31
                + UnifiedSocialCreditCode.ALPHABET.indexOf(code.charAt(1));
    }

    private static long organisationKey(String code) {
        long body = 0;
        for (int i = 8; i < 16; i++) {
            body = body * 31 + UnifiedSocialCreditCode.ALPHABET.indexOf(code.charAt(i));
        }
        return Long.parseLong(code, 2, 8, 10) * BASE31_8 + body;
    }

    /** Open addressing from non-negative long keys to line numbers; key {@code -1} marks a free slot. */
    static final class LongLineTable {

        private long[] keys = newKeys(1 << 10);
        private int[] lines = new int[1 << 10];
        private int size;

        long putIfAbsent(long key, long line) {
            if (size * 10L >= keys.length * 7L) {
                grow();
            }
            int mask = keys.length - 1;
            for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return lines[slot];
                }
                if (keys[slot] == -1) {
                    keys[slot] = key;
                    lines[slot] = (int) Math.min(line, Integer.MAX_VALUE);
                    size++;
                    return 0;
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldLines = lines;
            keys = newKeys(oldKeys.length * 2);
            lines = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != -1) {
                    putIfAbsent(oldKeys[i], oldLines[i]);
                }
            }
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        private static long[] newKeys(int capacity) {
            long[] keys = new long[capacity];
            Arrays.fill(keys, -1);
            return keys;
        }
    }
}
