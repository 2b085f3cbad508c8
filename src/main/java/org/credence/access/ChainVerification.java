package org.credence.access;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the audit chain: how many entries were checked and, if the chain is broken, the first place
 * where it is.
 *
 * @param firstBrokenPosition the chain position of the first entry that does not verify, or where an entry is missing
 */
public record ChainVerification(
        boolean intact,
        long entriesChecked,
        @Nullable Long firstBrokenPosition,
        @Nullable String problem) {

    public static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    public static ChainVerification broken(long checked, long position, String problem) {
        return new ChainVerification(false, checked, position, problem);
    }
}
