package org.credence.rating.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.credence.record.RecordStatus;
import org.credence.subject.LicenceStatus;
import org.credence.subject.OrganisationType;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/** Builders of engine inputs for unit tests. */
final class Facts {

    private static final AtomicLong IDS = new AtomicLong(100);

    private Facts() {}

    static SubjectFacts enterprise() {
        return new SubjectFacts(1, SubjectKind.ORGANISATION, OrganisationType.ENTERPRISE, "350100", List.of());
    }

    static SubjectFacts person(SubjectFacts.Licence... licences) {
        return new SubjectFacts(2, SubjectKind.PERSON, null, "350102", List.of(licences));
    }

    static SubjectFacts.Licence licence(String profession, LicenceStatus status, @Nullable LocalDate validTo) {
        return new SubjectFacts.Licence(profession, LocalDate.of(2020, 1, 1), validTo, status);
    }

    /** A negative record published on its decision date until {@code maxEnd}, repair possible from {@code minEnd}. */
    static RecordFact negative(
            String type, Severity severity, String decided, @Nullable String minEnd, @Nullable String maxEnd) {
        return new RecordFact(
                IDS.incrementAndGet(),
                type,
                Polarity.NEGATIVE,
                severity,
                RecordStatus.ACTIVE,
                LocalDate.parse(decided),
                LocalDate.parse(decided),
                null,
                minEnd == null ? null : LocalDate.parse(minEnd),
                maxEnd == null ? null : LocalDate.parse(maxEnd),
                true);
    }

    static RecordFact penalty(Severity severity, String decided) {
        return negative("administrative-penalty", severity, decided, null, null);
    }

    /** A positive or neutral record in force from its decision date to {@code until} (open-ended when null). */
    static RecordFact other(String type, Polarity polarity, String decided, @Nullable String until) {
        return new RecordFact(
                IDS.incrementAndGet(),
                type,
                polarity,
                null,
                RecordStatus.ACTIVE,
                LocalDate.parse(decided),
                LocalDate.parse(decided),
                until == null ? null : LocalDate.parse(until),
                null,
                until == null ? null : LocalDate.parse(until),
                false);
    }
}
