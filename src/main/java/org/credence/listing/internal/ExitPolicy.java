package org.credence.listing.internal;

import java.time.LocalDate;
import org.credence.listing.EntryStatus;
import org.credence.record.RecordStatus;
import org.jspecify.annotations.Nullable;

/**
 * How entries end, as decisions: early removal (only where the list allows it, and not before its waiting period),
 * term extension (within the list's limit), repair (not of an incentive list), revocation, and the entries that follow
 * their source record. Pure: the definition is the version the entry was made under.
 */
final class ExitPolicy {

    /** What a requested exit decided. */
    sealed interface Decision {}

    /** Allowed; for an extension, with the new term. */
    record Allowed(@Nullable Integer termMonths, @Nullable LocalDate termEnd) implements Decision {

        static final Allowed PLAIN = new Allowed(null, null);
    }

    /** The entry ended already (409). */
    record Ended(EntryStatus status, String message) implements Decision {}

    /** The list does not allow it (422), with a stable code and the field at fault. */
    record Refused(String code, String field, String message) implements Decision {}

    private ExitPolicy() {}

    static Decision removal(EntryRow entry, DefinitionDocument def, LocalDate today) {
        if (ended(entry, today) instanceof Ended ended) {
            return ended;
        }
        Integer after = def.definition().earlyRemovalAfterMonths();
        if (after == null) {
            return new Refused(
                    "early-removal-not-allowed", "entryId", "entries of " + def.code() + " are not removed early");
        }
        LocalDate from = Terms.earlyRemovalFrom(entry.inForceFrom(), after);
        if (today.isBefore(from)) {
            return new Refused(
                    "early-removal-too-soon",
                    "entryId",
                    "entry " + entry.entryId() + " may be removed early from " + from + " (" + after
                            + " months in force)");
        }
        return Allowed.PLAIN;
    }

    static Decision extension(EntryRow entry, DefinitionDocument def, int months, LocalDate today) {
        if (ended(entry, today) instanceof Ended ended) {
            return ended;
        }
        Integer max = def.maxTermMonths();
        if (entry.termMonths() == null || max == null || def.definition().extensionMonths() == 0) {
            return new Refused("not-extendable", "months", "entries of " + def.code() + " have no extendable term");
        }
        int total = entry.termMonths() + months;
        if (total > max) {
            return new Refused(
                    "term-beyond-limit",
                    "months",
                    "the term may grow by at most " + (max - entry.termMonths()) + " more months (to " + max
                            + " in all)");
        }
        return new Allowed(total, Terms.end(entry.includedOn(), total));
    }

    static Decision revocation(EntryRow entry, LocalDate today) {
        return ended(entry, today);
    }

    static Decision repair(EntryRow entry, DefinitionDocument def, LocalDate today) {
        if (ended(entry, today) instanceof Ended ended) {
            return ended;
        }
        if (def.definition().kind().isIncentive()) {
            return new Refused(
                    "not-repairable", "entryId", "an entry on an incentive list is not repaired; revoke it instead");
        }
        return Allowed.PLAIN;
    }

    /** How an open entry follows a change of its source record: its status, or {@code null} to stay. */
    static @Nullable EntryStatus followRecord(EntryRow entry, RecordStatus record) {
        return switch (record) {
            case REPAIRED -> EntryStatus.REPAIRED;
            case REVOKED -> EntryStatus.REVOKED;
            case EXPIRED -> entry.termEnd() == null ? EntryStatus.EXPIRED : null;
            case ACTIVE, UNDER_OBJECTION, CORRECTED -> null;
        };
    }

    private static Decision ended(EntryRow entry, LocalDate today) {
        EntryStatus status = entry.statusOn(today);
        if (status.isEnded()) {
            return new Ended(status, "entry " + entry.entryId() + " has ended (" + status + ")");
        }
        return Allowed.PLAIN;
    }
}
