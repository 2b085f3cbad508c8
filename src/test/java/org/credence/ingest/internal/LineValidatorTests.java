package org.credence.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.credence.catalog.Category;
import org.credence.catalog.DisclosureMode;
import org.credence.catalog.Edition;
import org.credence.catalog.Polarity;
import org.credence.catalog.Provider;
import org.credence.catalog.ProviderKind;
import org.credence.catalog.PublicityRule;
import org.credence.catalog.RecordType;
import org.credence.catalog.Severity;
import org.credence.catalog.SubjectScope;
import org.credence.ingest.RecordSubmission;
import org.credence.shared.FieldProblem;
import org.credence.support.Organisations;
import org.credence.support.TestIdentifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The validation table: each rule, the field it names and its stable code. */
class LineValidatorTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final String COMPANY = Organisations.fresh().value();
    static final String PERSON = TestIdentifiers.person().value();

    static final RecordType PENALTY = type(
            "administrative-penalty",
            Polarity.NEGATIVE,
            true,
            Map.of(
                    Severity.MINOR,
                    PublicityRule.NOT_PUBLISHED,
                    Severity.GENERAL,
                    PublicityRule.period(3, 12),
                    Severity.SERIOUS,
                    PublicityRule.period(12, 36)),
            null,
            SubjectScope.PERSON,
            SubjectScope.ORGANISATION);
    static final RecordType ABNORMAL = type(
            "abnormal-operations",
            Polarity.NEGATIVE,
            true,
            Map.of(Severity.GENERAL, PublicityRule.period(3, 12)),
            null,
            SubjectScope.ORGANISATION);
    static final RecordType LICENCE = type(
            "administrative-licence",
            Polarity.NEUTRAL,
            true,
            Map.of(),
            PublicityRule.WHILE_IN_FORCE,
            SubjectScope.PERSON,
            SubjectScope.ORGANISATION);
    static final RecordType HONOUR = type(
            "integrity-honour",
            Polarity.POSITIVE,
            false,
            Map.of(),
            PublicityRule.WHILE_IN_FORCE,
            SubjectScope.PERSON,
            SubjectScope.ORGANISATION);

    private final LineValidator validator = new LineValidator(
            new Provider(
                    "fz-msa",
                    "市监局",
                    "MSA",
                    ProviderKind.GOVERNMENT_DEPARTMENT,
                    "350100",
                    Set.of("administrative-penalty", "abnormal-operations", "administrative-licence")),
            new Edition(
                    "t",
                    "Test",
                    LocalDate.of(2026, 4, 1),
                    null,
                    List.of(new Category(3, "administrative", "行政", "Administrative")),
                    List.of(PENALTY, ABNORMAL, LICENCE, HONOUR)),
            TODAY);

    static RecordType type(
            String code,
            Polarity polarity,
            boolean legalBasis,
            Map<Severity, PublicityRule> graded,
            PublicityRule ungraded,
            SubjectScope... scopes) {
        return new RecordType(
                code,
                code,
                code,
                3,
                polarity,
                Set.of(scopes),
                legalBasis,
                DisclosureMode.PUBLIC,
                graded,
                ungraded,
                60,
                true);
    }

    /** A valid penalty submission as field values, to change one field at a time. */
    static Map<String, String> valid() {
        Map<String, String> line = new HashMap<>();
        line.put("identifier", COMPANY);
        line.put("recordType", "administrative-penalty");
        line.put("severity", "GENERAL");
        line.put("sourceReference", "R-1");
        line.put("decisionNumber", "榕市监罚〔2026〕3号");
        line.put("legalBasis", "《行政处罚法》第二十八条");
        line.put("decisionDate", "2026-11-29");
        line.put("summary", "未按规定公示年度报告");
        line.put("payload", "{\"fineYuan\":500}");
        return line;
    }

    static RecordSubmission submission(Map<String, String> f) {
        return new RecordSubmission(
                f.get("identifier"),
                f.get("recordType"),
                f.get("severity"),
                f.get("sourceReference"),
                f.get("decisionNumber"),
                f.get("legalBasis"),
                f.get("decisionDate"),
                f.get("effectiveFrom"),
                f.get("effectiveTo"),
                f.get("summary"),
                f.get("payload"),
                null);
    }

    /** A table row: the fields to change (name, value, name, value...), the field and code expected. */
    static Arguments row(String field, String code, String... changes) {
        Map<String, String> changed = new HashMap<>();
        for (int i = 0; i < changes.length; i += 2) {
            changed.put(changes[i], changes[i + 1]);
        }
        return Arguments.of(field, code, changed);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                row("identifier", "missing-field", "identifier", null),
                row("identifier", "identifier-check", "identifier", "91350100M000100Y44"),
                row("identifier", "identifier-length", "identifier", "91350100M000100"),
                row("recordType", "unknown-record-type", "recordType", "jaywalking"),
                row("recordType", "type-not-permitted", "recordType", "integrity-honour", "severity", null),
                row("identifier", "type-not-applicable", "identifier", PERSON, "recordType", "abnormal-operations"),
                row("severity", "severity-required", "severity", null),
                row("severity", "invalid-severity", "severity", "BIG"),
                row("severity", "severity-not-allowed", "recordType", "abnormal-operations", "severity", "SERIOUS"),
                row("severity", "severity-not-applicable", "recordType", "administrative-licence", "severity", "MINOR"),
                row("legalBasis", "legal-basis-required", "legalBasis", " "),
                row("decisionNumber", "decision-number-required", "decisionNumber", null),
                row("decisionDate", "decision-date-in-future", "decisionDate", "2026-11-30"),
                row("decisionDate", "decision-date-implausible", "decisionDate", "1900-01-01"),
                row("decisionDate", "invalid-date", "decisionDate", "2026-13-01"),
                row("decisionDate", "missing-field", "decisionDate", null),
                row("effectiveTo", "end-before-start", "effectiveFrom", "2026-06-01", "effectiveTo", "2026-05-31"),
                row("effectiveTo", "invalid-date", "effectiveTo", "31.05.2026"),
                row("sourceReference", "missing-field", "sourceReference", ""),
                row("sourceReference", "field-too-long", "sourceReference", "R".repeat(101)),
                row("summary", "field-too-long", "summary", "长".repeat(501)),
                row("summary", "control-character", "summary", "a\u0007b"),
                row("payload", "invalid-payload", "payload", "[1]"),
                row("payload", "invalid-payload", "payload", "{\"a\":1,\"a\":2}"),
                row("payload", "invalid-payload", "payload", "{fine: 1}"));
    }

    @ParameterizedTest(name = "{2} -> {0} {1}")
    @MethodSource("rules")
    void eachRuleNamesItsFieldAndCode(String field, String code, Map<String, String> changes) {
        Map<String, String> line = valid();
        line.putAll(changes);
        LineCheck check = validator.check(7, submission(line));
        assertThat(check).isInstanceOfSatisfying(LineCheck.Rejected.class, r -> {
            assertThat(r.line()).isEqualTo(7);
            assertThat(r.problems())
                    .extracting(FieldProblem::field, FieldProblem::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(field, code));
        });
    }

    @Test
    void acceptsAValidLineWithItsPayloadInCanonicalForm() {
        Map<String, String> line = valid();
        line.put("payload", "{ \"z\": 1, \"a\": {\"y\": 2, \"b\": 3} }");
        assertThat(validator.check(1, submission(line))).isInstanceOfSatisfying(LineCheck.Candidate.class, c -> {
            assertThat(c.type()).isEqualTo(PENALTY);
            assertThat(c.submission().payload()).isEqualTo("{\"a\":{\"b\":3,\"y\":2},\"z\":1}");
        });
    }

    @Test
    void reportsEveryProblemOfALineAtOnce() {
        Map<String, String> line = valid();
        line.put("identifier", PERSON);
        line.put("severity", null);
        line.put("decisionNumber", null);
        line.put("legalBasis", null);
        line.put("decisionDate", "2027-01-01");
        assertThat(validator.check(1, submission(line)))
                .isInstanceOfSatisfying(
                        LineCheck.Rejected.class,
                        r -> assertThat(r.problems())
                                .extracting(FieldProblem::code)
                                .containsExactly(
                                        "severity-required",
                                        "legal-basis-required",
                                        "decision-number-required",
                                        "decision-date-in-future"));
    }
}
