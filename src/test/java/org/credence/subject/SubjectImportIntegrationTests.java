package org.credence.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.credence.subject.ImportReport.RejectedLine;
import org.credence.subject.internal.IdentifierProtector;
import org.credence.support.TestIdentifiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Chunks of three rows, so that every file here crosses chunk boundaries. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "credence.subject.import.chunk-size=3")
class SubjectImportIntegrationTests {

    @Autowired
    SubjectImport imports;

    @Autowired
    SubjectRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentifierProtector protector;

    @Test
    void importsCsvAndReportsEveryOutcomeWithLineAndField() {
        var newPerson = TestIdentifiers.person();
        var renamed = TestIdentifiers.organisation();
        var same = TestIdentifiers.organisation();
        registry.register(new NewSubject(renamed, "旧名称有限公司", null, null));
        registry.register(new NewSubject(same, "同名有限公司", null, null));
        var unnamed = TestIdentifiers.person();
        var badRegion = TestIdentifiers.person();
        var personWithStatus = TestIdentifiers.person();
        var badStatus = TestIdentifiers.organisation();
        String csv = String.join(
                "\n",
                "identifier,name,region_code,registration_status",
                newPerson.value() + ",张三,,",
                renamed.value() + ",新名称有限公司,,",
                same.value() + ",同名有限公司,,ACTIVE",
                wrongCheck(TestIdentifiers.person().value()) + ",李四,,",
                unnamed.value() + ", ,,",
                badRegion.value() + ",王五,99010,",
                personWithStatus.value() + ",赵六,,ACTIVE",
                badStatus.value() + ",某某公司,,CLOSED",
                newPerson.value().toLowerCase(java.util.Locale.ROOT) + ",张三重复,,",
                "");

        ImportReport report = importCsv(csv);

        assertThat(report.lines()).isEqualTo(9);
        assertThat(List.of(report.accepted(), report.updated(), report.unchanged(), report.rejected()))
                .containsExactly(1L, 1L, 1L, 6L);
        assertThat(report.rejectedLines())
                .extracting(RejectedLine::line, RejectedLine::field, RejectedLine::code)
                .containsExactly(
                        tuple(5L, "identifier", "identifier-check"),
                        tuple(6L, "name", "empty-name"),
                        tuple(7L, "region_code", "invalid-region"),
                        tuple(8L, "registration_status", "field-not-applicable"),
                        tuple(9L, "registration_status", "invalid-status"),
                        tuple(10L, "identifier", "duplicate-identifier"));
        assertThat(report.rejectedLines().get(5).message()).contains("line 2");
        assertThat(row(newPerson.value()))
                .containsEntry("name", "张三")
                .containsEntry("region_code", newPerson.regionCode())
                .containsEntry("sex", String.valueOf(newPerson.sex()));
        assertThat(row(renamed.value())).containsEntry("name", "新名称有限公司");
        assertThat(history(renamed.value())).containsExactly("旧名称有限公司");
        assertThat(onFile(unnamed, badRegion, personWithStatus, badStatus)).isZero();
    }

    @Test
    void importsJsonLinesWithTypeErrorsAndRegionOverride() {
        var moved = TestIdentifiers.person();
        var org = TestIdentifiers.organisation("93");
        var typed = TestIdentifiers.person();
        String jsonl = String.join(
                "\n",
                "{\"identifier\":\"" + moved.value() + "\",\"name\":\"陈静\",\"region_code\":\"350200\",\"extra\":[1]}",
                "{\"identifier\":\"" + org.value() + "\",\"name\":\"某某种植专业合作社\",\"registration_status\":\"suspended\"}",
                "{\"identifier\":" + typed.value().substring(0, 17) + ",\"name\":\"数字\"}",
                "{\"identifier\":\"" + typed.value() + "\",\"name\":[\"数组\"]}",
                "",
                "not json",
                "[\"" + typed.value() + "\"]",
                "{\"identifier\":\"" + typed.value() + "\"}",
                "{\"name\":\"无号\"} {}");

        ImportReport report = imports.importSubjects(stream(jsonl), ImportFormat.JSON_LINES, n -> {});

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.rejectedLines())
                .extracting(RejectedLine::line, RejectedLine::field, RejectedLine::code)
                .containsExactly(
                        tuple(3L, "identifier", "wrong-type"),
                        tuple(4L, "name", "wrong-type"),
                        tuple(6L, null, "malformed-line"),
                        tuple(7L, null, "malformed-line"),
                        tuple(8L, "name", "empty-name"),
                        tuple(9L, null, "malformed-line"));
        assertThat(row(moved.value())).containsEntry("region_code", "350200");
        assertThat(row(org.value()))
                .containsEntry("organisation_type", "COOPERATIVE")
                .containsEntry("registration_status", "SUSPENDED");
        assertThat(onFile(typed)).isZero();
    }

    @Test
    void reimportKeepsEveryEarlierNameAndLeavesIdenticalRowsAlone() {
        var org = TestIdentifiers.organisation();
        var person = TestIdentifiers.person();
        String first = "identifier,name\n" + org.value() + ",甲公司\n" + person.value() + ",周一\n";
        String second = "identifier,name\n" + org.value() + ",乙公司\n" + person.value() + ",周一\n";
        String third = "identifier,name\n" + org.value() + ",丙公司\n" + person.value() + ",周一\n";

        assertThat(importCsv(first).accepted()).isEqualTo(2);
        ImportReport renamed = importCsv(second);
        ImportReport again = importCsv(third);
        ImportReport unchanged = importCsv(third);

        assertThat(List.of(renamed.updated(), renamed.unchanged())).containsExactly(1L, 1L);
        assertThat(List.of(again.updated(), again.unchanged())).containsExactly(1L, 1L);
        assertThat(List.of(unchanged.accepted(), unchanged.updated(), unchanged.unchanged()))
                .containsExactly(0L, 0L, 2L);
        assertThat(history(org.value())).containsExactly("甲公司", "乙公司");
        assertThat(history(person.value())).isEmpty();
        assertThat(registry.lookup(org.value()))
                .isInstanceOfSatisfying(
                        SubjectLookup.Found.class,
                        f -> assertThat(f.subject().name()).isEqualTo("丙公司"));
    }

    @Test
    void rejectsBrokenLinesPreciselyAndStoresTheGoodOnes() {
        var before = TestIdentifiers.person();
        var after = TestIdentifiers.person();
        var quoted = TestIdentifiers.organisation();
        var out = new ByteArrayOutputStream();
        write(out, "\uFEFFidentifier,name,region_code\r\n");
        write(out, before.value() + ",\"林, 小明\",350100\r\n");
        out.writeBytes(new byte[] {'1', '1', ',', (byte) 0xFF, (byte) 0xFE, '\n'});
        write(out, TestIdentifiers.person().value() + "," + "长".repeat(6000) + ",350100\n");
        write(out, quoted.value() + ",\"未闭合,350100\n");
        write(out, TestIdentifiers.person().value() + ",多一列,350100,ACTIVE,extra\n");
        write(out, TestIdentifiers.person().value() + ",少一列\n");
        write(out, after.value() + ",吴二,350100");

        ImportReport report =
                imports.importSubjects(new ByteArrayInputStream(out.toByteArray()), ImportFormat.CSV, n -> {});

        assertThat(report.lines()).isEqualTo(7);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.rejectedLines())
                .extracting(RejectedLine::line, RejectedLine::field, RejectedLine::code)
                .containsExactly(
                        tuple(3L, null, "invalid-encoding"),
                        tuple(4L, null, "line-too-long"),
                        tuple(5L, null, "malformed-line"),
                        tuple(6L, null, "malformed-line"),
                        tuple(7L, "region_code", "missing-field"));
        assertThat(row(before.value())).containsEntry("name", "林, 小明");
        assertThat(row(after.value())).containsEntry("name", "吴二");
        assertThat(onFile(quoted)).isZero();
    }

    @Test
    void refusesAFileWithoutTheRequiredColumnsAndStoresNothing() {
        var person = TestIdentifiers.person();
        assertThatThrownBy(() -> importCsv("id,name\n" + person.value() + ",某人\n"))
                .isInstanceOf(ImportUnreadableException.class)
                .hasMessageContaining("'identifier'");
        assertThatThrownBy(() -> importCsv(""))
                .isInstanceOf(ImportUnreadableException.class)
                .hasMessageContaining("empty");
        assertThat(onFile(person)).isZero();
    }

    @Test
    void rejectsADuplicateInALaterChunkAndKeepsTheFirstOccurrence() {
        var ids = List.of(
                TestIdentifiers.person(), TestIdentifiers.person(), TestIdentifiers.person(), TestIdentifiers.person());
        String csv = "identifier,name\n" + ids.get(0).value() + ",第一\n"
                + ids.get(1).value() + ",b\n" + ids.get(2).value() + ",c\n"
                + ids.get(3).value() + ",d\n" + ids.get(0).value() + ",第二\n";

        ImportReport report = importCsv(csv);

        assertThat(report.accepted()).isEqualTo(4);
        assertThat(report.rejectedLines())
                .singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(6))
                .satisfies(r -> assertThat(r.message()).isEqualTo("the identifier already appears on line 2"));
        assertThat(row(ids.get(0).value())).containsEntry("name", "第一");
    }

    @Test
    void keepsOnlyTheConfiguredNumberOfRejectedLinesButCountsThemAll() {
        StringBuilder csv = new StringBuilder("identifier,name\n");
        for (int i = 0; i < 1_005; i++) {
            csv.append("X,bad\n");
        }
        ImportReport report = importCsv(csv.toString());
        assertThat(report.rejected()).isEqualTo(1_005);
        assertThat(report.rejectedLines()).hasSize(1_000);
        assertThat(report.rejectedLines().getLast().line()).isEqualTo(1_001);
    }

    @Test
    void addsLinksOnceWhateverTheNumberOfCalls() {
        var org = TestIdentifiers.organisation();
        var association = TestIdentifiers.organisation("51");
        var person = TestIdentifiers.person();
        imports.importRows(List.of(
                new SubjectImport.Row(org.value(), "某某科技有限公司", null, null),
                new SubjectImport.Row(association.value(), "某某行业协会", null, null),
                new SubjectImport.Row(person.value(), "郑和", null, null)));
        LocalDate since = LocalDate.of(2020, 1, 2);
        var role = new SubjectImport.Role(org, person, RoleType.LEGAL_REPRESENTATIVE, since, null);
        var registration = new SubjectImport.Registration(
                person, "LAWYER", "L" + person.value(), "福建省司法厅", since, null, RegistrationStatus.ACTIVE);
        var membership = new SubjectImport.Membership(org, association, since, null);
        var unknownPerson = new SubjectImport.Role(org, TestIdentifiers.person(), RoleType.PRINCIPAL, since, null);
        assertThat(imports.addRoles(List.of(role, unknownPerson))).isEqualTo(1);
        assertThat(imports.addRegistrations(List.of(registration))).isEqualTo(1);
        assertThat(imports.addMemberships(List.of(membership))).isEqualTo(1);
        assertThat(imports.addRoles(List.of(role))).isZero();
        assertThat(imports.addRegistrations(List.of(registration))).isZero();
        assertThat(imports.addMemberships(List.of(membership))).isZero();

        long orgId =
                ((SubjectLookup.Found) registry.lookup(org.value())).subject().subjectId();
        assertThat(registry.rolesOfOrganisation(orgId))
                .singleElement()
                .satisfies(r -> assertThat(r.role()).isEqualTo(RoleType.LEGAL_REPRESENTATIVE));
        assertThat(imports.isRegisterEmpty()).isFalse();
    }

    private ImportReport importCsv(String csv) {
        return imports.importSubjects(stream(csv), ImportFormat.CSV, n -> {});
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String wrongCheck(String identifier) {
        char check = identifier.charAt(17);
        char other = check == '1' ? '2' : '1';
        return identifier.substring(0, 17) + other;
    }

    private Map<String, Object> row(String identifier) {
        return jdbc.sql("SELECT name, TRIM(region_code) AS region_code, sex, organisation_type, registration_status"
                        + " FROM subject WHERE identifier_hash = :id")
                .param("id", protector.lookupHash(identifier))
                .query()
                .singleRow();
    }

    private List<String> history(String identifier) {
        return jdbc.sql(
                        "SELECT h.previous_name FROM subject_name_history h JOIN subject s ON s.subject_id = h.subject_id"
                                + " WHERE s.identifier_hash = :id AND h.source = 'IMPORT' ORDER BY h.changed_at")
                .param("id", protector.lookupHash(identifier))
                .query(String.class)
                .list();
    }

    private long onFile(SubjectIdentifier... ids) {
        return jdbc.sql("SELECT COUNT(*) FROM subject WHERE identifier_hash IN (:ids)")
                .param(
                        "ids",
                        java.util.Arrays.stream(ids)
                                .map(id -> protector.lookupHash(id.value()))
                                .toList())
                .query(Long.class)
                .single();
    }
}
