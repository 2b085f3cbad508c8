package org.credence.listing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.credence.catalog.DisclosureMode;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.credence.listing.EntryStatus;
import org.credence.record.CreditRecord;
import org.credence.record.PublicityDates;
import org.credence.record.RecordStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The automatic inclusion rules of the seeded lists, as tables: which record, repetition or grade lists whom. */
class InclusionPolicyTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static CreditRecord record(
            String type,
            @Nullable Severity severity,
            RecordStatus status,
            LocalDate decided,
            @Nullable LocalDate from) {
        return new CreditRecord(
                42L,
                1L,
                "fz-market-supervision",
                "REF-42",
                type,
                "2026",
                Polarity.NEGATIVE,
                DisclosureMode.PUBLIC,
                severity,
                status,
                1,
                "榕市监〔2026〕42号",
                "《市场监督管理严重违法失信名单管理办法》第二条",
                decided,
                from,
                null,
                "严重违法",
                null,
                PublicityDates.NOT_PUBLISHED,
                OffsetDateTime.parse("2026-06-01T00:00Z"),
                OffsetDateTime.parse("2026-06-01T00:00Z"));
    }

    @ParameterizedTest(name = "{0} {1} {2} on {3}: {4}")
    @CsvSource({
        "020-serious-illegal-dishonesty-v1.json, serious-illegal-dishonesty, SERIOUS, ACTIVE, LISTED",
        "020-serious-illegal-dishonesty-v1.json, serious-illegal-dishonesty, SERIOUS, CORRECTED, LISTED",
        "020-serious-illegal-dishonesty-v1.json, serious-illegal-dishonesty, SERIOUS, UNDER_OBJECTION, LISTED",
        "020-serious-illegal-dishonesty-v1.json, serious-illegal-dishonesty, SERIOUS, REPAIRED, record-ended",
        "020-serious-illegal-dishonesty-v1.json, serious-illegal-dishonesty, SERIOUS, REVOKED, record-ended",
        "020-serious-illegal-dishonesty-v1.json, administrative-penalty, SERIOUS, ACTIVE, no-rule",
        "010-dishonest-judgment-debtors-v1.json, dishonest-judgment-debtor, SERIOUS, ACTIVE, LISTED",
        "010-dishonest-judgment-debtors-v1.json, dishonest-judgment-debtor, GENERAL, ACTIVE, no-rule",
        "010-dishonest-judgment-debtors-v1.json, court-enforcement, GENERAL, ACTIVE, no-rule",
        "030-abnormal-operations-v1.json, abnormal-operations, GENERAL, ACTIVE, LISTED",
        "030-abnormal-operations-v1.json, abnormal-operations, , ACTIVE, LISTED",
        "040-tourism-key-attention-v1.json, administrative-penalty, SERIOUS, ACTIVE, no-rule"
    })
    void aRecordListsItsSubjectWhenARuleTakesItsTypeAndSeverity(
            String list, String type, @Nullable Severity severity, RecordStatus status, String outcome) {
        var decision = InclusionPolicy.forRecord(
                Definitions.seed(list),
                record(type, severity, status, TODAY.minusDays(3), null),
                Definitions.organisation(),
                TODAY);
        assertThat(outcome(decision)).isEqualTo(outcome);
    }

    @Test
    void aRecordEntryTakesTheRecordsDecisionDatesAndTheListsTerm() {
        var decision = InclusionPolicy.forRecord(
                Definitions.serious(),
                record(
                        "serious-illegal-dishonesty",
                        Severity.SERIOUS,
                        RecordStatus.ACTIVE,
                        LocalDate.of(2026, 1, 31),
                        LocalDate.of(2026, 2, 2)),
                Definitions.organisation(),
                TODAY);
        Inclusion entry = ((InclusionPolicy.Include) decision).inclusion();
        assertThat(entry.origin()).isEqualTo(Origin.RECORD);
        assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
        assertThat(entry.includedOn()).isEqualTo(LocalDate.of(2026, 2, 2)); // effective from, not decided
        assertThat(entry.inForceFrom()).isEqualTo(entry.includedOn());
        assertThat(entry.termMonths()).isEqualTo(36);
        assertThat(entry.termEnd()).isEqualTo(LocalDate.of(2029, 2, 2));
        assertThat(entry.decisionNumber()).isEqualTo("榕市监〔2026〕42号");
        assertThat(entry.legalBasis()).contains("严重违法失信名单管理办法");
        assertThat(entry.sourceRecordId()).isEqualTo(42L);
        assertThat(entry.dedupeKey()).isEqualTo("record:42");
        assertThat(entry.actor()).isEqualTo("system");
    }

    @ParameterizedTest(name = "decided {0}, today {1}: {2}")
    @CsvSource({
        "2023-06-15, 2026-06-15, LISTED", // the last day of a 36-month term
        "2023-06-14, 2026-06-15, term-already-over",
        "2026-06-15, 2026-06-15, LISTED"
    })
    void aRecordWhoseTermIsOverListsNobody(LocalDate decided, LocalDate today, String outcome) {
        var decision = InclusionPolicy.forRecord(
                Definitions.serious(),
                record("serious-illegal-dishonesty", Severity.SERIOUS, RecordStatus.ACTIVE, decided, null),
                Definitions.organisation(),
                today);
        assertThat(outcome(decision)).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "person born {0}, decided {1}: {2}")
    @CsvSource({
        "2010-03-01, 2026-06-12, minor-excluded",
        "2008-06-12, 2026-06-12, LISTED",
        "1980-01-01, 2026-06-12, LISTED"
    })
    void minorsAreNeverListedAsDishonestJudgmentDebtors(LocalDate born, LocalDate decided, String outcome) {
        var decision = InclusionPolicy.forRecord(
                Definitions.debtors(),
                record("dishonest-judgment-debtor", Severity.SERIOUS, RecordStatus.ACTIVE, decided, null),
                Definitions.person(born),
                TODAY);
        assertThat(outcome(decision)).isEqualTo(outcome);
    }

    @Test
    void aListForOrganisationsTakesNoPerson() {
        var decision = InclusionPolicy.forRecord(
                Definitions.abnormal(),
                record("abnormal-operations", Severity.GENERAL, RecordStatus.ACTIVE, TODAY, null),
                Definitions.person(LocalDate.of(1980, 1, 1)),
                TODAY);
        assertThat(outcome(decision)).isEqualTo("subject-kind-not-listed");
    }

    @Test
    void anUntimedListHasNoTermEnd() {
        var decision = InclusionPolicy.forRecord(
                Definitions.abnormal(),
                record("abnormal-operations", Severity.GENERAL, RecordStatus.ACTIVE, LocalDate.of(2020, 1, 1), null),
                Definitions.organisation(),
                TODAY);
        Inclusion entry = ((InclusionPolicy.Include) decision).inclusion();
        assertThat(entry.termMonths()).isNull();
        assertThat(entry.termEnd()).isNull();
    }

    @ParameterizedTest(name = "key-attention on [{0}], latest {1}: {2}")
    @CsvSource({
        "2026-01-10 2026-06-15, 2026-06-15, LISTED",
        "2025-06-15 2026-06-15, 2026-06-15, LISTED",
        "2025-06-14 2026-06-15, 2026-06-15, not-repeated",
        "2026-06-15, 2026-06-15, not-repeated"
    })
    void twiceOnTheKeyAttentionListWithin12MonthsListsOnTheTourismBlacklist(
            String days, LocalDate latest, String outcome) {
        DefinitionDocument blacklist = Definitions.tourismBlacklist();
        InclusionRule.RepeatRule rule =
                blacklist.rules(InclusionRule.RepeatRule.class).getFirst();
        DefinitionDocument keyAttention = Definitions.seed("040-tourism-key-attention-v1.json");
        EntryRow trigger = Definitions.entry(keyAttention, EntryStatus.ACTIVE, latest, latest, 12);
        List<LocalDate> inclusions =
                Arrays.stream(days.split(" ")).map(LocalDate::parse).toList();
        var decision =
                InclusionPolicy.forRepeat(blacklist, rule, trigger, inclusions, Definitions.organisation(), TODAY);
        assertThat(outcome(decision)).isEqualTo(outcome);
    }

    @Test
    void aPersonOnAListThatNotifiesWaitsForTheNoticePeriod() {
        DefinitionDocument blacklist = Definitions.tourismBlacklist();
        var person = InclusionPolicy.schedule(
                blacklist, org.credence.subject.SubjectKind.PERSON, TODAY.minusDays(5), 36, TODAY);
        assertThat(person.status()).isEqualTo(EntryStatus.PENDING_NOTICE);
        assertThat(person.inForceFrom()).isEqualTo(TODAY.plusDays(10)); // notice goes out today, not on the decision
        assertThat(person.termEnd()).isEqualTo(TODAY.minusDays(5).plusMonths(36));
        var organisation =
                InclusionPolicy.schedule(blacklist, org.credence.subject.SubjectKind.ORGANISATION, TODAY, 36, TODAY);
        assertThat(organisation.status()).isEqualTo(EntryStatus.ACTIVE);
        assertThat(organisation.inForceFrom()).isEqualTo(TODAY);
        var elsewhere = InclusionPolicy.schedule(
                Definitions.debtors(), org.credence.subject.SubjectKind.PERSON, TODAY, 24, TODAY);
        assertThat(elsewhere.status()).isEqualTo(EntryStatus.ACTIVE);
    }

    @ParameterizedTest(name = "{0} grade {1}: {2}")
    @CsvSource({
        "tax-credit, A, LISTED",
        "tax-credit, B, grade-not-held",
        "tax-credit, , grade-not-held",
        "market-supervision-risk, A, grade-not-held"
    })
    void anAGradeUnderTheTaxSchemeListsAsAGradeTaxpayer(String scheme, @Nullable String grade, String outcome) {
        DefinitionDocument aGrade = Definitions.aGrade();
        var rule = aGrade.rules(InclusionRule.GradeRule.class).getFirst();
        var decision = InclusionPolicy.forGrade(
                aGrade, rule, new InclusionPolicy.Grade(scheme, grade, 1), Definitions.organisation(), TODAY);
        assertThat(outcome(decision)).isEqualTo(outcome);
        if (decision instanceof InclusionPolicy.Include include) {
            assertThat(include.inclusion().termEnd()).isNull();
            assertThat(include.inclusion().decisionNumber()).isEqualTo("tax-credit-v1-A");
            assertThat(include.inclusion().dedupeKey()).isEqualTo("open:1");
        }
    }

    static String outcome(Object decision) {
        return switch (decision) {
            case InclusionPolicy.Include include -> "LISTED";
            case InclusionPolicy.NotListed not -> not.code();
            default -> throw new AssertionError(decision);
        };
    }
}
