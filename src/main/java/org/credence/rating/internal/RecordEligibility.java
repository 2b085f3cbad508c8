package org.credence.rating.internal;

import java.time.LocalDate;
import org.credence.catalog.Polarity;
import org.credence.rating.internal.StandardDocument.Phase;
import org.credence.record.RecordStatus;

/**
 * Whether a record counts on a date, and from which date its age runs. A repaired, expired or revoked record never
 * counts; one under objection counts only if the standard says so; a negative record stops counting on the day its
 * publicity ends; a positive or neutral one when its term ends. A record counted as fulfilled (a commitment kept)
 * counts only after its term, aged from its end.
 */
final class RecordEligibility {

    /** The decision for one record. */
    sealed interface Decision {}

    /** Counts, aged from {@code since}. */
    record Counts(LocalDate since) implements Decision {}

    /** Does not count, with a stable code saying why. */
    record Ignored(String code) implements Decision {}

    private static final Ignored REPAIRED = new Ignored("ended-repaired");
    private static final Ignored EXPIRED = new Ignored("ended-expired");
    private static final Ignored REVOKED = new Ignored("ended-revoked");

    private RecordEligibility() {}

    static Decision decide(RecordFact record, Phase phase, boolean countUnderObjection, LocalDate date) {
        switch (record.status()) {
            case REPAIRED -> {
                return REPAIRED;
            }
            case EXPIRED -> {
                return EXPIRED;
            }
            case REVOKED -> {
                return REVOKED;
            }
            case UNDER_OBJECTION -> {
                if (!countUnderObjection) {
                    return new Ignored("under-objection");
                }
            }
            case ACTIVE, CORRECTED -> {}
        }
        if (record.decisionDate().isAfter(date)) {
            return new Ignored("not-yet-decided");
        }
        return phase == Phase.FULFILLED ? fulfilled(record, date) : inForce(record, date);
    }

    private static Decision inForce(RecordFact record, LocalDate date) {
        if (record.effectiveFrom() != null && record.effectiveFrom().isAfter(date)) {
            return new Ignored("not-yet-in-force");
        }
        if (record.publicityMaxEnd() != null && !date.isBefore(record.publicityMaxEnd())) {
            return new Ignored("publicity-ended");
        }
        if (record.polarity() != Polarity.NEGATIVE
                && record.effectiveTo() != null
                && date.isAfter(record.effectiveTo())) {
            return new Ignored("term-ended");
        }
        return new Counts(record.decisionDate());
    }

    private static Decision fulfilled(RecordFact record, LocalDate date) {
        LocalDate end = record.effectiveTo();
        if (end == null || !date.isAfter(end)) {
            return new Ignored("not-yet-fulfilled");
        }
        return new Counts(end);
    }

    /** Whether the record's status is one in which it may count at all. */
    static boolean live(RecordStatus status) {
        return status == RecordStatus.ACTIVE
                || status == RecordStatus.CORRECTED
                || status == RecordStatus.UNDER_OBJECTION;
    }
}
