package org.credence.access;

import java.util.EnumSet;
import java.util.Set;
import org.credence.catalog.DisclosureMode;
import org.jspecify.annotations.Nullable;

/**
 * Which of a subject's credit records a caller may see. Its own organisation's submissions ({@code ownProvider}),
 * always, with their history. Others' records only when their disclosure mode is in {@code disclosures} and, with
 * {@code inForceOnly}, while they are in force (a repaired, expired or revoked record is no longer shared); their
 * history only with {@code othersHistory}.
 *
 * @param ownProvider the provider code of the caller's organisation, if it has one
 */
public record RecordScope(
        Set<DisclosureMode> disclosures, @Nullable String ownProvider, boolean inForceOnly, boolean othersHistory) {

    /** Everything: credit officers, and a subject reading its own file. */
    public static final RecordScope EVERYTHING =
            new RecordScope(EnumSet.allOf(DisclosureMode.class), null, false, true);

    public RecordScope {
        disclosures = Set.copyOf(disclosures);
    }

    /** Whether every record is in scope, so that a query needs no restriction. */
    public boolean isEverything() {
        return disclosures.containsAll(EnumSet.allOf(DisclosureMode.class)) && !inForceOnly;
    }

    /** Whether a record of this provider and disclosure mode, in force or not, is in scope. */
    public boolean admits(String providerCode, DisclosureMode disclosure, boolean inForce) {
        return providerCode.equals(ownProvider) || (disclosures.contains(disclosure) && (inForce || !inForceOnly));
    }

    /** Whether the caller sees the history of a record of this provider. */
    public boolean showsHistoryOf(String providerCode) {
        return othersHistory || providerCode.equals(ownProvider);
    }
}
