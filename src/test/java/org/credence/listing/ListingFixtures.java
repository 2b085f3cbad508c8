package org.credence.listing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.credence.catalog.Catalogue;
import org.credence.catalog.Polarity;
import org.credence.catalog.RecordType;
import org.credence.catalog.Severity;
import org.credence.record.FilingBatch;
import org.credence.record.FilingOutcome;
import org.credence.record.RecordFiling;
import org.credence.record.RecordStore;
import org.credence.subject.NewSubject;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectRegistry;
import org.credence.support.Organisations;
import org.credence.support.TestIdentifiers;
import org.jspecify.annotations.Nullable;

/** Subjects, records and waits for listing tests, through the subject, record and listing facades. */
final class ListingFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A subject on file: its id and its identifier (tests only ever send it, never expect it back). */
    record Registered(long subjectId, String identifier, String name) {}

    private final SubjectRegistry subjects;
    private final RecordStore records;
    private final Catalogue catalogue;
    private final Listings listings;

    ListingFixtures(SubjectRegistry subjects, RecordStore records, Catalogue catalogue, Listings listings) {
        this.subjects = subjects;
        this.records = records;
        this.catalogue = catalogue;
        this.listings = listings;
    }

    Registered enterprise() {
        return register(
                Organisations.fresh(), "名单测试企业" + UUID.randomUUID().toString().substring(0, 8));
    }

    Registered person() {
        return register(
                TestIdentifiers.person(), "名单测试人" + UUID.randomUUID().toString().substring(0, 6));
    }

    private Registered register(SubjectIdentifier identifier, String name) {
        long id =
                subjects.register(new NewSubject(identifier, name, null, null)).subjectId();
        return new Registered(id, identifier.value(), name);
    }

    /** Files a record through the record facade as the provider; its id. */
    long file(long subjectId, String provider, String type, @Nullable Severity severity, LocalDate decided) {
        return file(subjectId, provider, type, severity, decided, "LT-" + UUID.randomUUID());
    }

    /** Files a record under the provider's reference: a correction when the reference was used before. */
    long file(
            long subjectId,
            String provider,
            String type,
            @Nullable Severity severity,
            LocalDate decided,
            String reference) {
        boolean negative =
                catalogue.currentEdition().recordType(type).orElseThrow().polarity() == Polarity.NEGATIVE;
        return file(
                subjectId,
                provider,
                type,
                severity,
                decided,
                reference,
                negative ? "名单测试〔2026〕" + Math.abs(reference.hashCode() % 1000) + "号" : null,
                negative ? "《名单测试依据》第一条" : null);
    }

    /** Files (or corrects) a record citing the decision and legal basis given. */
    long file(
            long subjectId,
            String provider,
            String type,
            @Nullable Severity severity,
            LocalDate decided,
            String reference,
            @Nullable String decisionNumber,
            @Nullable String legalBasis) {
        RecordType recordType = catalogue.currentEdition().recordType(type).orElseThrow();
        var filing = new RecordFiling(
                subjectId,
                provider,
                reference,
                recordType,
                catalogue.currentEdition().code(),
                severity,
                decisionNumber,
                legalBasis,
                decided,
                decided,
                null,
                "名单测试记录",
                null,
                null,
                1);
        return switch (records.file(new FilingBatch(null, provider, List.of(filing)))
                .getFirst()) {
            case FilingOutcome.Filed filed -> filed.recordId();
            case FilingOutcome.Corrected corrected -> corrected.recordId();
            case FilingOutcome.Unchanged unchanged -> unchanged.recordId();
            case FilingOutcome.Refused refused -> throw new AssertionError("refused: " + refused);
        };
    }

    /** The subject's entries on the list, as they stand now. */
    List<ListEntry> entries(long subjectId, String listCode, ListAdministration lists) {
        return lists.entriesOf(subjectId).stream()
                .filter(e -> e.listCode().equals(listCode))
                .toList();
    }

    /** Waits (events are handled after commit, asynchronously) for the subject's entry on the list to hold. */
    ListEntry await(long subjectId, String listCode, ListAdministration lists, Predicate<ListEntry> condition) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> entries(subjectId, listCode, lists).stream()
                                .filter(condition)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    Listings listings() {
        return listings;
    }
}
