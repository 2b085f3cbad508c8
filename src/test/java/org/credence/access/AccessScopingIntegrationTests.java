package org.credence.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.credence.catalog.Catalogue;
import org.credence.catalog.RecordType;
import org.credence.record.FilingBatch;
import org.credence.record.FilingOutcome;
import org.credence.record.RecordFiling;
import org.credence.record.RecordStatus;
import org.credence.record.RecordStore;
import org.credence.record.StatusChange;
import org.credence.shared.PageRequest;
import org.credence.subject.NewMembership;
import org.credence.subject.NewSubject;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectRegistry;
import org.credence.support.Http;
import org.credence.support.Organisations;
import org.credence.support.TestAccounts;
import org.credence.support.TestIdentifiers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Row scoping over real HTTP: a provider sees only what it submitted (others' records are not found), an approver
 * only what is public or shared between departments and in force, an association officer only its association and
 * its members in force; credit officers and a subject in its own file see everything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessScopingIntegrationTests {

    private static final String MARKET = "fz-market-supervision";
    private static final String TAX = "fj-tax";

    @Autowired
    AccessAdministration administration;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    RecordStore records;

    @Autowired
    Catalogue catalogue;

    @Autowired
    AuditTrail audit;

    @LocalServerPort
    int port;

    TestAccounts market;
    TestAccounts tax;
    TestAccounts department;

    @BeforeAll
    void accounts() {
        market = new TestAccounts(administration, subjects, MARKET);
        tax = new TestAccounts(administration, subjects, TAX);
        department = new TestAccounts(administration, subjects, "SCOPE-APPROVALS");
    }

    @Test
    void aProviderReadsOnlyTheRecordsItSubmitted() {
        SubjectIdentifier company = Organisations.fresh();
        long subject = register(company);
        long own = file(subject, MARKET, "administrative-penalty");
        long others = file(subject, TAX, "tax-arrears");

        Http provider = as(market, Role.PROVIDER);
        var ownRecord = provider.get("/api/v1/records/{id}", own);
        assertThat(ownRecord.status()).isEqualTo(200);
        assertThat(ownRecord.body().path("history").size()).isEqualTo(1);
        var othersRecord = provider.get("/api/v1/records/{id}", others);
        var missing = provider.get("/api/v1/records/{id}", 999_999_999L);
        assertThat(othersRecord.status()).isEqualTo(404);
        assertThat(othersRecord.text("/code")).isEqualTo("unknown-record").isEqualTo(missing.text("/code"));

        assertThat(audit.accessesOf(subject, new PageRequest(0, 50)).items())
                .as("a read of one record by its id shows in its subject's access log")
                .anySatisfy(a -> {
                    assertThat(a.actor()).isEqualTo(market.name(Role.PROVIDER));
                    assertThat(a.action()).isEqualTo("record.read");
                });
        assertThat(recordIds(provider, company)).containsExactly(own);
        assertThat(recordIds(as(tax, Role.PROVIDER), company)).containsExactly(others);
        assertThat(recordIds(as(market, Role.CREDIT_OFFICER), company)).containsExactlyInAnyOrder(own, others);
        assertThat(as(tax, Role.CREDIT_OFFICER).get("/api/v1/records/{id}", own).status())
                .isEqualTo(200);
    }

    @Test
    void aProviderReadsASubjectsRegistryEntryButNoRatings() {
        SubjectIdentifier company = Organisations.fresh();
        register(company);
        Http provider = as(market, Role.PROVIDER);
        assertThat(provider.get("/api/v1/subjects/" + company.value()).status()).isEqualTo(200);
        var ratings = provider.get("/api/v1/subjects/" + company.value() + "/ratings");
        assertThat(ratings.status()).isEqualTo(403);
        assertThat(ratings.text("/code")).isEqualTo("forbidden");
    }

    @Test
    void anApproverSeesPublicAndSharedRecordsInForceOnly() {
        SubjectIdentifier company = Organisations.fresh();
        long subject = register(company);
        long penalty = file(subject, MARKET, "administrative-penalty");
        long coercion = file(subject, MARKET, "administrative-coercion");
        long criminal = file(subject, "fz-intermediate-court", "criminal-judgment");
        long revoked = file(subject, MARKET, "administrative-penalty");
        records.changeStatus(new StatusChange(revoked, RecordStatus.REVOKED, "test", "quashed on review"));

        assertThat(recordIds(as(department, Role.APPROVER), company)).containsExactlyInAnyOrder(penalty, coercion);
        assertThat(recordIds(as(department, Role.CREDIT_OFFICER), company))
                .containsExactlyInAnyOrder(penalty, coercion, criminal, revoked);
        assertThat(as(department, Role.APPROVER)
                        .get("/api/v1/records/{id}", penalty)
                        .text("/code"))
                .as("approvers read records through the subject's file, without history")
                .isEqualTo("forbidden");
    }

    @Test
    void aSubjectSeesEveryRecordOfItsOwnFile() {
        long criminal = file(department.subjectId(), "fz-intermediate-court", "criminal-judgment");
        Http subject = as(department, Role.SUBJECT);
        var own = subject.get("/api/v1/subjects/" + department.subjectIdentifier() + "/records?size=500");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()
                        .path("items")
                        .valueStream()
                        .map(i -> i.path("recordId").asLong()))
                .contains(criminal);
        assertThat(recordIdsOf(as(department, Role.APPROVER), department.subjectIdentifier()))
                .doesNotContain(criminal);
    }

    @Test
    void anAssociationOfficerReachesOnlyItsAssociationAndItsMembersInForce() {
        var scene = association();
        Http officer = as(scene.accounts(), Role.ASSOCIATION_OFFICER);
        long sharedRecord = file(scene.member(), MARKET, "administrative-coercion");
        long publicRecord = file(scene.member(), MARKET, "administrative-penalty");

        assertThat(officer.get("/api/v1/subjects/" + scene.memberIdentifier()).status())
                .isEqualTo(200);
        assertThat(recordIdsOf(officer, scene.memberIdentifier()))
                .as("public records only: an association is not a department")
                .containsExactly(publicRecord)
                .doesNotContain(sharedRecord);
        assertThat(officer.get("/api/v1/subjects/" + scene.memberIdentifier() + "/ratings")
                        .status())
                .isEqualTo(200);
        var roll = officer.get("/api/v1/subjects/" + scene.associationIdentifier() + "/members");
        assertThat(roll.status()).isEqualTo(200);
        assertThat(roll.body()
                        .path("items")
                        .valueStream()
                        .map(i -> i.path("member").path("subjectId").asLong()))
                .containsExactly(scene.member());

        for (String path : List.of("", "/records", "/ratings")) {
            for (String stranger : List.of(scene.strangerIdentifier(), scene.formerIdentifier())) {
                var refused = officer.get("/api/v1/subjects/" + stranger + path);
                assertThat(refused.status()).as(path).isEqualTo(403);
                assertThat(refused.text("/code")).as(path).isEqualTo("not-a-member");
            }
        }
        var otherRoll = officer.get("/api/v1/subjects/" + scene.otherAssociationIdentifier() + "/members");
        assertThat(otherRoll.status()).isEqualTo(403);
        assertThat(otherRoll.text("/code")).isEqualTo("not-own-association");
    }

    @Test
    void anAssociationOfficerAddsMembersToItsOwnAssociationOnly() {
        var scene = association();
        Http officer = as(scene.accounts(), Role.ASSOCIATION_OFFICER);
        var elsewhere = officer.post(
                "/api/v1/subjects/" + scene.otherAssociationIdentifier() + "/members",
                Map.of("memberIdentifier", scene.strangerIdentifier(), "since", "2026-01-01"));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.text("/code")).isEqualTo("not-own-association");

        var joined = officer.post(
                "/api/v1/subjects/" + scene.associationIdentifier() + "/members",
                Map.of("memberIdentifier", scene.strangerIdentifier(), "since", "2026-01-01"));
        assertThat(joined.status()).isEqualTo(201);
        assertThat(officer.get("/api/v1/subjects/" + scene.strangerIdentifier()).status())
                .as("a new member is within reach at once")
                .isEqualTo(200);
    }

    @Test
    void anAssociationOfficerOfAnUnboundOrganisationIsRefusedAndTheRefusalIsAudited() {
        var scene = association();
        TestAccounts unbound = new TestAccounts(
                administration,
                subjects,
                "UNBOUND-ASSOC-" + UUID.randomUUID().toString().substring(0, 8));
        var refused = as(unbound, Role.ASSOCIATION_OFFICER).get("/api/v1/subjects/" + scene.memberIdentifier());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("/code")).isEqualTo("no-association");
        var rankings = as(unbound, Role.ASSOCIATION_OFFICER).get("/api/v1/rankings?profession=LAWYER");
        assertThat(rankings.text("/code")).isEqualTo("no-association");

        var entries = audit.query(
                new AuditQuery(scene.member(), unbound.name(Role.ASSOCIATION_OFFICER), null, null, null),
                new PageRequest(0, 10));
        assertThat(entries.items()).singleElement().satisfies(r -> {
            assertThat(r.entry().action()).isEqualTo("subject.read");
            assertThat(r.entry().outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
            assertThat(r.entry().detail()).isEqualTo("no-association");
        });
    }

    @Test
    void anAdministratorBindsAnOrganisationToTheAssociationItIs() {
        SubjectIdentifier association = Organisations.association();
        long associationId = register(association);
        SubjectIdentifier member = TestIdentifiers.person();
        subjects.addMembership(new NewMembership(register(member), associationId, LocalDate.of(2020, 1, 1), null));
        String code = "ASSOC-" + UUID.randomUUID().toString().substring(0, 8);
        var saved = as(department, Role.ADMINISTRATOR)
                .put(
                        "/api/v1/access/organisations/" + code,
                        Map.of("name", "测试协会", "kind", "ASSOCIATION", "subjectIdentifier", association.value()));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().path("subjectId").asLong()).isEqualTo(associationId);
        assertThat(saved.body().toString()).doesNotContain(association.value());

        TestAccounts officers = new TestAccounts(administration, subjects, code);
        assertThat(as(officers, Role.ASSOCIATION_OFFICER)
                        .get("/api/v1/subjects/" + member.value())
                        .status())
                .isEqualTo(200);
        var unknown = as(department, Role.ADMINISTRATOR)
                .put(
                        "/api/v1/access/organisations/" + code,
                        Map.of(
                                "name",
                                "测试协会",
                                "kind",
                                "ASSOCIATION",
                                "subjectIdentifier",
                                Organisations.fresh().value()));
        assertThat(unknown.text("/code")).isEqualTo("subject-not-found");
    }

    /** An association bound to a fresh organisation, a member, a former member, a stranger, another association. */
    private Scene association() {
        String code = "ASSOC-" + UUID.randomUUID().toString().substring(0, 8);
        TestAccounts accounts = new TestAccounts(administration, subjects, code);
        SubjectIdentifier association = Organisations.association();
        SubjectIdentifier other = Organisations.association();
        long associationId = register(association);
        register(other);
        SubjectIdentifier member = TestIdentifiers.person();
        SubjectIdentifier former = TestIdentifiers.person();
        SubjectIdentifier stranger = TestIdentifiers.person();
        long memberId = register(member);
        long formerId = register(former);
        register(stranger);
        subjects.addMembership(new NewMembership(memberId, associationId, LocalDate.of(2020, 1, 1), null));
        subjects.addMembership(
                new NewMembership(formerId, associationId, LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31)));
        administration.bindSubject(code, associationId);
        return new Scene(
                accounts,
                association.value(),
                other.value(),
                memberId,
                member.value(),
                former.value(),
                stranger.value());
    }

    record Scene(
            TestAccounts accounts,
            String associationIdentifier,
            String otherAssociationIdentifier,
            long member,
            String memberIdentifier,
            String formerIdentifier,
            String strangerIdentifier) {}

    private Http as(TestAccounts accounts, Role role) {
        return new Http(accounts.client(port, role));
    }

    private long register(SubjectIdentifier identifier) {
        return subjects.register(new NewSubject(identifier, "范围测试主体", null, null))
                .subjectId();
    }

    private List<Long> recordIds(Http caller, SubjectIdentifier subject) {
        return recordIdsOf(caller, subject.value());
    }

    private List<Long> recordIdsOf(Http caller, String identifier) {
        var page = caller.get("/api/v1/subjects/" + identifier + "/records?size=500");
        assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
        return page.body()
                .path("items")
                .valueStream()
                .map(i -> i.path("recordId").asLong())
                .toList();
    }

    private long file(long subjectId, String provider, String type) {
        RecordType recordType = catalogue.currentEdition().recordType(type).orElseThrow();
        boolean negative = recordType.polarity() == org.credence.catalog.Polarity.NEGATIVE;
        var filing = new RecordFiling(
                subjectId,
                provider,
                "SCOPE-" + UUID.randomUUID(),
                recordType,
                catalogue.currentEdition().code(),
                recordType.graded()
                        ? recordType.allowedSeverities().stream()
                                .sorted()
                                .findFirst()
                                .orElseThrow()
                        : null,
                negative ? "榕市监罚〔2026〕7号" : null,
                negative ? "《中华人民共和国行政处罚法》" : null,
                LocalDate.now().minusDays(10),
                LocalDate.now().minusDays(10),
                null,
                "范围测试记录",
                null,
                null,
                1);
        return ((FilingOutcome.Filed) records.file(new FilingBatch(null, provider, List.of(filing)))
                        .getFirst())
                .recordId();
    }
}
