package org.credence.record;

import java.time.LocalDate;
import java.util.Set;
import org.credence.catalog.DisclosureMode;
import org.jspecify.annotations.Nullable;

/**
 * Filters for a subject's records: type, status and a range of decision dates (inclusive); all optional. The caller's
 * scope narrows it further: with {@code disclosures} set, only records of those disclosure modes (and, with {@code
 * inForceOnly}, only those still in force) are shown, plus every record of {@code ownProvider}.
 *
 * @param disclosures {@code null} for every disclosure mode
 */
public record RecordFilter(
        @Nullable String recordType,
        @Nullable RecordStatus status,
        @Nullable LocalDate decidedFrom,
        @Nullable LocalDate decidedTo,
        @Nullable Set<DisclosureMode> disclosures,
        boolean inForceOnly,
        @Nullable String ownProvider) {

    public static final RecordFilter NONE = new RecordFilter(null, null, null, null);

    /** Statuses in which a record is still in force (shared and counted); the others ended its publicity. */
    public static final Set<RecordStatus> IN_FORCE =
            Set.of(RecordStatus.ACTIVE, RecordStatus.UNDER_OBJECTION, RecordStatus.CORRECTED);

    public RecordFilter {
        disclosures = disclosures == null ? null : Set.copyOf(disclosures);
    }

    /** A filter over every record the subject has. */
    public RecordFilter(
            @Nullable String recordType,
            @Nullable RecordStatus status,
            @Nullable LocalDate decidedFrom,
            @Nullable LocalDate decidedTo) {
        this(recordType, status, decidedFrom, decidedTo, null, false, null);
    }

    /**
     * This filter narrowed to what a caller may see: records of the given disclosure modes (in force only, if so
     * asked) and all of its own organisation's.
     */
    public RecordFilter scoped(Set<DisclosureMode> visible, boolean onlyInForce, @Nullable String provider) {
        return new RecordFilter(recordType, status, decidedFrom, decidedTo, visible, onlyInForce, provider);
    }
}
