package org.credence.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.credence.access.AccessAdministration;
import org.credence.access.Role;
import org.credence.catalog.Catalogue;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.credence.listing.internal.ListingTestAccess;
import org.credence.rating.MutableClock;
import org.credence.rating.RatingChanged;
import org.credence.rating.RatingTestConfiguration;
import org.credence.record.RecordFiled;
import org.credence.record.RecordStatus;
import org.credence.record.RecordStore;
import org.credence.record.StatusChange;
import org.credence.subject.RoleType;
import org.credence.subject.SubjectRegistry;
import org.credence.support.Http;
import org.credence.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * From records, repeated listings and grades to entries and back out, end to end: records filed over HTTP by their
 * provider, events handled after commit (the tests wait for them), the clock moved to end terms and notice periods.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RatingTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingFlowIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccessAdministration administration;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    RecordStore records;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Listings listings;

    @Autowired
    ListAdministration lists;

    @Autowired
    MutableClock clock;

    @Autowired
    ListingTestAccess access;

    ListingFixtures fixtures;
    Http courtProvider;
    Http tourism;
    Http market;
    LocalDate today;

    @BeforeAll
    void accounts() {
        fixtures = new ListingFixtures(subjects, records, catalogue, listings);
        courtProvider = new Http(
                new TestAccounts(administration, subjects, "fz-intermediate-court").client(port, Role.PROVIDER));
        tourism = new Http(
                new TestAccounts(administration, subjects, "fj-culture-tourism").client(port, Role.CREDIT_OFFICER));
        market = new Http(
                new TestAccounts(administration, subjects, "fz-market-supervision").client(port, Role.CREDIT_OFFICER));
    }

    @BeforeEach
    void today() {
        today = LocalDate.now(ListingFixtures.ZONE);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCourtRecordFiledOverHttpListsTheDebtorOnceWithTheRolesItsMeasuresExtendTo() {
        var company = fixtures.enterprise();
        Map<String, Object> record = new HashMap<>();
        record.put("provider", "fz-intermediate-court");
        record.put("identifier", company.identifier());
        record.put("recordType", "dishonest-judgment-debtor");
        record.put("severity", "SERIOUS");
        record.put("sourceReference", "(2026)闽01执" + UUID.randomUUID());
        record.put("decisionNumber", "(2026)闽01执88号");
        record.put("legalBasis", "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项");
        record.put("decisionDate", today.minusDays(2).toString());
        record.put("summary", "有履行能力而拒不履行生效法律文书确定的义务");
        var filed = courtProvider.post("/api/v1/records", record);
        assertThat(filed.status()).isEqualTo(201);
        long recordId = filed.body().get("recordId").asLong();

        ListEntry entry = fixtures.await(
                company.subjectId(), "dishonest-judgment-debtors", lists, e -> e.status() == EntryStatus.ACTIVE);
        assertThat(entry.sourceRecordId()).isEqualTo(recordId);
        assertThat(entry.decisionNumber()).isEqualTo("(2026)闽01执88号");
        assertThat(entry.includedOn()).isEqualTo(today.minusDays(2));
        assertThat(entry.termEnd()).isEqualTo(today.minusDays(2).plusMonths(24));
        assertThat(lists.history(entry.entryId()))
                .singleElement()
                .satisfies(h -> assertThat(h.actor()).isEqualTo("system"));

        assertThat(courtProvider.post("/api/v1/records", record).text("/outcome"))
                .isEqualTo("UNCHANGED");
        access.redeliver(new RecordFiled(
                recordId,
                company.subjectId(),
                "dishonest-judgment-debtor",
                Polarity.NEGATIVE,
                Severity.SERIOUS,
                "fz-intermediate-court",
                today.minusDays(2)));
        records.changeStatus(new StatusChange(recordId, RecordStatus.UNDER_OBJECTION, "court", "objection filed"));
        records.changeStatus(new StatusChange(recordId, RecordStatus.ACTIVE, "court", "objection rejected"));
        org.awaitility.Awaitility.await()
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> fixtures.entries(company.subjectId(), "dishonest-judgment-debtors", lists)
                                .size()
                        == 1);

        // (while the record was under objection the tax grade ignored it: an A-grade entry may come and go)
        assertThat(listings.entriesInForce(company.subjectId(), today).stream().filter(e -> e.kind() == ListKind.BLACK))
                .singleElement()
                .satisfies(e -> assertThat(e.extendsTo())
                        .containsExactlyInAnyOrder(
                                RoleType.LEGAL_REPRESENTATIVE,
                                RoleType.PRINCIPAL,
                                RoleType.DIRECTLY_RESPONSIBLE,
                                RoleType.ACTUAL_CONTROLLER));
    }

    @Test
    void aRepairedOrRevokedSourceRecordEndsTheEntriesItMade() {
        var company = fixtures.enterprise();
        long abnormal = fixtures.file(
                company.subjectId(), "fz-market-supervision", "abnormal-operations", Severity.GENERAL, today);
        long serious = fixtures.file(
                company.subjectId(),
                "fz-market-supervision",
                "serious-illegal-dishonesty",
                Severity.SERIOUS,
                today.minusDays(1));
        ListEntry cured = fixtures.await(company.subjectId(), "abnormal-operations", lists, e -> true);
        assertThat(cured.kind()).isEqualTo(ListKind.KEY_ATTENTION);
        assertThat(cured.termEnd()).isNull();
        fixtures.await(company.subjectId(), "serious-illegal-dishonesty", lists, e -> true);
        assertThat(listings.entriesInForce(company.subjectId(), today))
                .extracting(ListEntry::listCode)
                .containsExactlyInAnyOrder("abnormal-operations", "serious-illegal-dishonesty");

        records.changeStatus(new StatusChange(abnormal, RecordStatus.REPAIRED, "officer", "annual report filed"));
        ListEntry repaired = fixtures.await(
                company.subjectId(), "abnormal-operations", lists, e -> e.status() == EntryStatus.REPAIRED);
        assertThat(repaired.endedOn()).isEqualTo(today);
        assertThat(repaired.endReason()).contains("source record " + abnormal).contains("REPAIRED");

        records.changeStatus(new StatusChange(serious, RecordStatus.REVOKED, "officer", "penalty quashed on review"));
        fixtures.await(
                company.subjectId(), "serious-illegal-dishonesty", lists, e -> e.status() == EntryStatus.REVOKED);
        // Its clean file may make it an A-grade taxpayer again (a red list): no punitive entry is left
        assertThat(listings.entriesInForce(company.subjectId(), today))
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo(ListKind.RED));
    }

    @Test
    void twiceOnTheKeyAttentionListWithin12MonthsPutsAPersonOnTheTourismBlacklistAfterNotice() {
        var guide = fixtures.person();
        var first = keyAttention(guide.identifier(), "闽文旅关〔2026〕" + System.nanoTime() + "号", today.minusDays(200));
        assertThat(first.status()).isEqualTo(201);
        assertThat(fixtures.entries(guide.subjectId(), "tourism-blacklist", lists))
                .isEmpty();

        var second = keyAttention(guide.identifier(), "闽文旅关〔2026〕" + System.nanoTime() + "号", today);
        assertThat(second.status()).isEqualTo(201);
        ListEntry blacklisted =
                fixtures.entries(guide.subjectId(), "tourism-blacklist", lists).getFirst();
        assertThat(blacklisted.status()).isEqualTo(EntryStatus.PENDING_NOTICE);
        assertThat(blacklisted.facts())
                .contains(today.minusDays(200).toString())
                .contains(today.toString());
        assertThat(blacklisted.termEnd()).isEqualTo(today.plusMonths(36));
        assertThat(listings.entriesInForce(guide.subjectId(), today))
                .extracting(ListEntry::listCode)
                .containsExactlyInAnyOrder("tourism-key-attention", "tourism-key-attention");

        keyAttention(guide.identifier(), "闽文旅关〔2026〕" + System.nanoTime() + "号", today);
        assertThat(fixtures.entries(guide.subjectId(), "tourism-blacklist", lists))
                .hasSize(1);

        moveTo(today.plusDays(10));
        LocalDate noticeOver = today.plusDays(10);
        assertThat(listings.entriesInForce(guide.subjectId(), noticeOver))
                .extracting(ListEntry::listCode)
                .contains("tourism-blacklist");
        assertThat(access.sweep()[0]).isPositive();
        assertThat(listings.entry(blacklisted.entryId()).orElseThrow().status()).isEqualTo(EntryStatus.ACTIVE);
        assertThat(lists.history(blacklisted.entryId()))
                .extracting(h -> h.action().name())
                .containsExactly("INCLUDED", "ACTIVATED");
    }

    Http.Response keyAttention(String identifier, String number, LocalDate decided) {
        Map<String, Object> body = new HashMap<>();
        body.put("identifier", identifier);
        body.put("decisionNumber", number);
        body.put("decisionDate", decided.toString());
        body.put("facts", "带团途中强迫旅游者购物");
        body.put("reasons", "扰乱旅游市场秩序");
        body.put("legalBasis", "《文化和旅游市场信用管理规定》第十三条");
        return tourism.post("/api/v1/lists/tourism-key-attention/entries", body);
    }

    @Test
    void aTermEndsWithTheClockEvenBeforeTheSweepMarksItExpired() {
        var company = fixtures.enterprise();
        Map<String, Object> body = new HashMap<>();
        body.put("identifier", company.identifier());
        body.put("decisionNumber", "榕市监信〔2026〕" + System.nanoTime() + "号");
        body.put("decisionDate", today.minusMonths(1).toString());
        body.put("termMonths", 2);
        body.put("facts", "提供虚假材料骗取登记");
        body.put("reasons", "情节严重");
        body.put("legalBasis", "《市场监督管理严重违法失信名单管理办法》第九条");
        var created = market.post("/api/v1/lists/serious-illegal-dishonesty/entries", body);
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("entryId").asLong();
        LocalDate termEnd = today.minusMonths(1).plusMonths(2);
        assertThat(created.text("/termEnd")).isEqualTo(termEnd.toString());

        moveTo(termEnd);
        assertThat(listings.entriesInForce(company.subjectId(), termEnd)).hasSize(1);
        moveTo(termEnd.plusDays(1));
        assertThat(listings.entriesInForce(company.subjectId(), termEnd.plusDays(1)))
                .isEmpty();
        assertThat(listings.entry(id).orElseThrow().status()).isEqualTo(EntryStatus.EXPIRED);

        assertThat(access.sweep()[1]).isPositive();
        ListEntry expired = listings.entry(id).orElseThrow();
        assertThat(expired.status()).isEqualTo(EntryStatus.EXPIRED);
        assertThat(expired.endedOn()).isEqualTo(termEnd.plusDays(1));
        assertThat(lists.history(id)).extracting(h -> h.action().name()).containsExactly("INCLUDED", "EXPIRED");
    }

    @Test
    void aRecordCorrectedOutOfAListsRuleEndsItsEntryAndOneCorrectedIntoItListsItsSubject() {
        var debtor = fixtures.enterprise();
        String reference = "LT-" + UUID.randomUUID();
        long record = courtDebtor(debtor.subjectId(), 5, reference);
        ListEntry listed = fixtures.await(
                debtor.subjectId(), "dishonest-judgment-debtors", lists, e -> e.status() == EntryStatus.ACTIVE);

        // the court corrects its record: an enforcement case, not a dishonest judgment debtor
        courtEnforcement(debtor.subjectId(), 5, reference);
        ListEntry revoked = fixtures.await(
                debtor.subjectId(), "dishonest-judgment-debtors", lists, e -> e.status() == EntryStatus.REVOKED);
        assertThat(revoked.entryId()).isEqualTo(listed.entryId());
        assertThat(revoked.endReason())
                .contains("source record " + record + " corrected to version 2")
                .contains("court-enforcement");

        // and corrected back: listed again, in a new entry
        courtDebtor(debtor.subjectId(), 5, reference);
        ListEntry relisted = fixtures.await(
                debtor.subjectId(), "dishonest-judgment-debtors", lists, e -> e.status() == EntryStatus.ACTIVE);
        assertThat(relisted.entryId()).isNotEqualTo(listed.entryId());

        var other = fixtures.enterprise();
        String second = "LT-" + UUID.randomUUID();
        courtEnforcement(other.subjectId(), 3, second);
        courtDebtor(other.subjectId(), 3, second);
        ListEntry corrected = fixtures.await(
                other.subjectId(), "dishonest-judgment-debtors", lists, e -> e.status() == EntryStatus.ACTIVE);
        assertThat(corrected.includedOn()).isEqualTo(today.minusDays(3));
    }

    /**
     * A correction the list's rule still takes keeps the entry (same id, status, dates) and has it cite the corrected
     * decision and legal basis; the history keeps what it cited before.
     */
    @Test
    void aRecordCorrectedWithinAListsRuleHasItsEntryCiteTheCorrectedDecision() {
        var debtor = fixtures.enterprise();
        String reference = "LT-" + UUID.randomUUID();
        long record = courtDebtor(debtor.subjectId(), 5, reference, "(2026)闽01执101号", "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条");
        ListEntry listed = fixtures.await(
                debtor.subjectId(), "dishonest-judgment-debtors", lists, e -> e.status() == EntryStatus.ACTIVE);
        assertThat(listed.decisionNumber()).isEqualTo("(2026)闽01执101号");

        // the court corrects the decision number, the legal basis and the decision date
        courtDebtor(debtor.subjectId(), 4, reference, "(2026)闽01执102号", "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第二项");
        ListEntry amended = fixtures.await(
                debtor.subjectId(),
                "dishonest-judgment-debtors",
                lists,
                e -> e.decisionNumber().equals("(2026)闽01执102号"));

        assertThat(amended.entryId()).isEqualTo(listed.entryId());
        assertThat(amended.status()).isEqualTo(EntryStatus.ACTIVE);
        assertThat(amended.includedOn()).isEqualTo(listed.includedOn());
        assertThat(amended.termEnd()).isEqualTo(listed.termEnd());
        assertThat(amended.legalBasis()).isEqualTo("《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第二项");
        assertThat(amended.facts()).contains("decided " + today.minusDays(4)).isNotEqualTo(listed.facts());
        var history = lists.history(listed.entryId());
        assertThat(history).extracting(h -> h.action().name()).containsExactly("INCLUDED", "AMENDED");
        assertThat(history.getLast().reason()).isEqualTo("source record " + record + " corrected to version 2");
        assertThat(history.getLast().detail())
                .contains("decision (2026)闽01执101号 -> (2026)闽01执102号")
                .contains("legal basis 《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条 -> " + "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第二项")
                .contains("facts were: " + listed.facts());
    }

    /** The court files (or, under a reference it used before, corrects) a dishonest-judgment-debtor record. */
    private long courtDebtor(long subjectId, int daysAgo, String reference) {
        return fixtures.file(
                subjectId,
                "fz-intermediate-court",
                "dishonest-judgment-debtor",
                Severity.SERIOUS,
                today.minusDays(daysAgo),
                reference);
    }

    /** The same, citing the decision and legal basis given. */
    private long courtDebtor(long subjectId, int daysAgo, String reference, String decision, String legalBasis) {
        return fixtures.file(
                subjectId,
                "fz-intermediate-court",
                "dishonest-judgment-debtor",
                Severity.SERIOUS,
                today.minusDays(daysAgo),
                reference,
                decision,
                legalBasis);
    }

    /** The court files (or corrects into) an enforcement case, which no list takes. */
    private long courtEnforcement(long subjectId, int daysAgo, String reference) {
        return fixtures.file(
                subjectId,
                "fz-intermediate-court",
                "court-enforcement",
                Severity.GENERAL,
                today.minusDays(daysAgo),
                reference);
    }

    @Test
    void threeYearsOnTheAbnormalOperationsListEscalateToTheSeriousListOnce() {
        var company = fixtures.enterprise();
        fixtures.file(
                company.subjectId(),
                "fz-market-supervision",
                "abnormal-operations",
                Severity.GENERAL,
                today.minusMonths(36).minusDays(1));
        ListEntry abnormal = fixtures.await(
                company.subjectId(), "abnormal-operations", lists, e -> e.status() == EntryStatus.ACTIVE);
        var younger = fixtures.enterprise();
        fixtures.file(
                younger.subjectId(),
                "fz-market-supervision",
                "abnormal-operations",
                Severity.GENERAL,
                today.minusMonths(35));
        fixtures.await(younger.subjectId(), "abnormal-operations", lists, e -> e.status() == EntryStatus.ACTIVE);

        assertThat(access.sweep()[2]).isPositive();
        ListEntry serious = fixtures.await(
                company.subjectId(), "serious-illegal-dishonesty", lists, e -> e.status() == EntryStatus.ACTIVE);
        assertThat(serious.includedOn()).isEqualTo(today);
        assertThat(serious.decisionNumber()).isEqualTo("escalation-of-entry-" + abnormal.entryId());
        assertThat(serious.facts()).contains("abnormal-operations").contains("36 months");
        assertThat(fixtures.entries(younger.subjectId(), "serious-illegal-dishonesty", lists))
                .as("35 months is not yet three years")
                .isEmpty();

        access.sweep();
        assertThat(fixtures.entries(company.subjectId(), "serious-illegal-dishonesty", lists))
                .as("one escalation per entry, however often the sweep runs")
                .hasSize(1);

        var listedAlready = fixtures.enterprise();
        fixtures.file(
                listedAlready.subjectId(),
                "fz-market-supervision",
                "abnormal-operations",
                Severity.GENERAL,
                today.minusMonths(37));
        fixtures.file(
                listedAlready.subjectId(),
                "fz-market-supervision",
                "serious-illegal-dishonesty",
                Severity.SERIOUS,
                today.minusMonths(1));
        fixtures.await(
                listedAlready.subjectId(), "serious-illegal-dishonesty", lists, e -> e.status() == EntryStatus.ACTIVE);
        fixtures.await(listedAlready.subjectId(), "abnormal-operations", lists, e -> e.status() == EntryStatus.ACTIVE);
        access.sweep();
        assertThat(fixtures.entries(listedAlready.subjectId(), "serious-illegal-dishonesty", lists))
                .as("a subject on the list already is not put on it twice")
                .hasSize(1);
    }

    @Test
    void anAGradeUnderTheTaxSchemeListsTheTaxpayerUntilTheGradeIsLost() {
        var company = fixtures.enterprise();
        fixtures.file(company.subjectId(), "fz-credit-centre", "integrity-honour", null, today.minusDays(3));
        ListEntry red =
                fixtures.await(company.subjectId(), "a-grade-taxpayers", lists, e -> e.status() == EntryStatus.ACTIVE);
        assertThat(red.kind()).isEqualTo(ListKind.RED);
        assertThat(red.decisionNumber()).isEqualTo("tax-credit-v1-A");
        assertThat(red.termEnd()).isNull();

        access.redeliver(new RatingChanged(company.subjectId(), "tax-credit", null, "A", 1));
        assertThat(fixtures.entries(company.subjectId(), "a-grade-taxpayers", lists))
                .hasSize(1);

        fixtures.file(company.subjectId(), "fj-tax", "tax-arrears", Severity.GENERAL, today.minusDays(1));
        ListEntry lost =
                fixtures.await(company.subjectId(), "a-grade-taxpayers", lists, e -> e.status() == EntryStatus.EXPIRED);
        assertThat(lost.entryId()).isEqualTo(red.entryId());
        assertThat(lost.endReason()).contains("tax-credit");
        assertThat(listings.entriesInForce(company.subjectId(), today)).isEmpty();
    }

    private void moveTo(LocalDate date) {
        clock.set(date.atTime(10, 0).atZone(ListingFixtures.ZONE).toInstant());
    }
}
