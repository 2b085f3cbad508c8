package org.credence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.credence.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Catalogue catalogue;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void loadsTheSeedEditionsAndPicksTheOneInForceByDate() {
        assertThat(catalogue.editions()).extracting(EditionSummary::code).contains("2021", "2026");
        assertThat(catalogue.editionInForce(LocalDate.of(2025, 6, 1)).code()).isEqualTo("2021");
        assertThat(catalogue.editionInForce(LocalDate.of(2026, 4, 1)).code()).isEqualTo("2026");
        Edition edition2021 = catalogue.edition("2021").orElseThrow();
        assertThat(edition2021.categories()).hasSize(11);
        assertThat(edition2021.recordType("social-insurance-arrears")).isEmpty();
        assertThat(catalogue.edition("2026").orElseThrow().recordType("social-insurance-arrears"))
                .isPresent();
    }

    @Test
    void seedsARealisticCatalogue() {
        Edition current = catalogue.edition("2026").orElseThrow();
        assertThat(current.recordTypes())
                .extracting(RecordType::code)
                .contains(
                        "administrative-licence",
                        "administrative-penalty",
                        "administrative-coercion",
                        "dishonest-judgment-debtor",
                        "tax-arrears",
                        "abnormal-operations",
                        "serious-illegal-dishonesty",
                        "contract-non-performance",
                        "commitment-breach",
                        "association-sanction",
                        "professional-misconduct-finding",
                        "qualification-obtained",
                        "integrity-honour",
                        "voluntary-information");
        for (int category = 1; category <= 11; category++) {
            int number = category;
            assertThat(current.recordTypes()).anyMatch(t -> t.category() == number);
        }
        RecordType penalty = current.recordType("administrative-penalty").orElseThrow();
        assertThat(penalty.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(penalty.legalBasisRequired()).isTrue();
        assertThat(penalty.publicity(Severity.SERIOUS)).contains(PublicityRule.period(12, 36));
        assertThat(penalty.publicity(Severity.MINOR)).contains(PublicityRule.NOT_PUBLISHED);
        assertThat(catalogue.provider("fz-intermediate-court").orElseThrow().permits("dishonest-judgment-debtor"))
                .isTrue();
        assertThat(catalogue.matterTypes()).extracting(MatterType::area).containsAll(List.of(SupervisionArea.values()));
    }

    @Test
    void servesTheCatalogueOverHttp() {
        assertThat(http.get("/api/v1/catalog/editions").body().size()).isGreaterThanOrEqualTo(2);
        var inForce = http.get("/api/v1/catalog/editions/in-force?date=2025-01-01");
        assertThat(inForce.text("/code")).isEqualTo("2021");
        var type = http.get("/api/v1/catalog/record-types/tax-arrears");
        assertThat(type.status()).isEqualTo(200);
        assertThat(type.text("/publicityBySeverity/SERIOUS/maxMonths")).isEqualTo("36");
        assertThat(http.get("/api/v1/catalog/record-types").body().size()).isGreaterThan(25);
        assertThat(http.get("/api/v1/catalog/providers/fj-tax").text("/kind")).isEqualTo("GOVERNMENT_DEPARTMENT");
        assertThat(http.get("/api/v1/catalog/providers").body().size()).isGreaterThanOrEqualTo(8);
        assertThat(http.get("/api/v1/catalog/matter-types").body().size()).isGreaterThanOrEqualTo(15);
        var missing = http.get("/api/v1/catalog/record-types/no-such-type");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("/code")).isEqualTo("unknown-record-type");
    }

    @Test
    void addsADerivedEditionThroughTheAdminApi() {
        var body = Map.of(
                "code", "test-2091",
                "title", "Test edition 2091",
                "effectiveFrom", "2091-01-01",
                "basedOn", "2026",
                "recordTypes",
                        List.of(Map.ofEntries(
                                Map.entry("code", "test-late-delivery"),
                                Map.entry("nameZh", "逾期交付"),
                                Map.entry("nameEn", "Late delivery"),
                                Map.entry("category", 7),
                                Map.entry("polarity", "NEGATIVE"),
                                Map.entry("appliesTo", List.of("ORGANISATION")),
                                Map.entry("legalBasisRequired", true),
                                Map.entry("disclosure", "PUBLIC"),
                                Map.entry(
                                        "publicityBySeverity",
                                        Map.of("GENERAL", Map.of("mode", "PERIOD", "minMonths", 3, "maxMonths", 6))),
                                Map.entry("retentionMonths", 60),
                                Map.entry("repairable", true))),
                "withdrawnTypes", List.of("voluntary-information"));
        var created = http.post("/api/v1/catalog/editions", body);
        assertThat(created.status()).isEqualTo(201);
        Edition edition = catalogue.editionInForce(LocalDate.of(2091, 6, 1));
        assertThat(edition.code()).isEqualTo("test-2091");
        assertThat(edition.recordType("test-late-delivery")).isPresent();
        assertThat(edition.recordType("voluntary-information")).isEmpty();
        assertThat(edition.recordType("administrative-penalty")).isPresent();
        assertThat(catalogue.currentEdition().code()).isEqualTo("2026");
        assertThat(http.post("/api/v1/catalog/editions", body).status()).isEqualTo(409);
    }

    @Test
    void refusesAnEditionThatBreaksThePublicityRules() {
        var body = Map.of(
                "code", "test-2092",
                "title", "Broken",
                "effectiveFrom", "2092-01-01",
                "basedOn", "2026",
                "recordTypes",
                        List.of(Map.ofEntries(
                                Map.entry("code", "test-eternal-shame"),
                                Map.entry("nameZh", "永久公示"),
                                Map.entry("nameEn", "Eternal shame"),
                                Map.entry("category", 3),
                                Map.entry("polarity", "NEGATIVE"),
                                Map.entry("appliesTo", List.of("PERSON")),
                                Map.entry("legalBasisRequired", false),
                                Map.entry("disclosure", "PUBLIC"),
                                Map.entry(
                                        "publicityBySeverity",
                                        Map.of("SERIOUS", Map.of("mode", "PERIOD", "minMonths", 12, "maxMonths", 120))),
                                Map.entry("retentionMonths", 60),
                                Map.entry("repairable", false))));
        var refused = http.post("/api/v1/catalog/editions", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/code")).isEqualTo("invalid-edition");
        assertThat(refused.body().get("fields").findValuesAsString("code"))
                .containsExactlyInAnyOrder("legal-basis-required-for-negative", "publicity-out-of-bounds");
        assertThat(catalogue.edition("test-2092")).isEmpty();
    }
}
