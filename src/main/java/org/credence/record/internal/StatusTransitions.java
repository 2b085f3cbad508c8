package org.credence.record.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.credence.record.RecordStatus;

/**
 * The status lifecycle: an objection flags an active or corrected record and ends in its confirmation (back to
 * active), its correction or its removal (revoked); repair and expiry end publicity; revocation is final.
 */
final class StatusTransitions {

    /** The decision on a requested transition. */
    sealed interface Decision {}

    record Allowed() implements Decision {}

    record Refused(String code, String message) implements Decision {}

    private static final Map<RecordStatus, Set<RecordStatus>> ALLOWED = Map.of(
            RecordStatus.ACTIVE,
                    EnumSet.of(
                            RecordStatus.UNDER_OBJECTION,
                            RecordStatus.REPAIRED,
                            RecordStatus.EXPIRED,
                            RecordStatus.REVOKED),
            RecordStatus.UNDER_OBJECTION, EnumSet.of(RecordStatus.ACTIVE, RecordStatus.CORRECTED, RecordStatus.REVOKED),
            RecordStatus.CORRECTED,
                    EnumSet.of(
                            RecordStatus.UNDER_OBJECTION,
                            RecordStatus.REPAIRED,
                            RecordStatus.EXPIRED,
                            RecordStatus.REVOKED),
            RecordStatus.REPAIRED, EnumSet.of(RecordStatus.EXPIRED, RecordStatus.REVOKED),
            RecordStatus.EXPIRED, EnumSet.of(RecordStatus.REVOKED),
            RecordStatus.REVOKED, EnumSet.noneOf(RecordStatus.class));

    Decision decide(RecordStatus from, RecordStatus to) {
        if (ALLOWED.get(from).contains(to)) {
            return new Allowed();
        }
        return new Refused("status-transition-refused", "a record cannot go from " + from + " to " + to);
    }
}
