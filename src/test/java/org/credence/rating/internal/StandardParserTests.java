package org.credence.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.credence.shared.FieldProblem;
import org.credence.subject.SubjectKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StandardParserTests {

    static final String MINIMAL = """
            scheme: test
            version: 1
            title: { zh: 测试, en: Test }
            sector: TEST
            effectiveFrom: 2026-01-01
            scope: { subjectKind: ORGANISATION }
            score: { min: 0, max: 100, base: 80 }
            factors:
              - { code: pen, recordTypes: [administrative-penalty], points: -10, reason: PEN }
            grades:
              - { code: A, minScore: 60, label: { zh: 甲, en: A } }
              - { code: B, minScore: 0, label: { zh: 乙, en: B } }
            defaultReason: CLEAN
            reasons:
              PEN: { zh: 处罚, en: Penalty }
              CLEAN: { zh: 无, en: None }
            """;

    private static List<FieldProblem> problems(String text) {
        return switch (new StandardParser(TestStandards.REFERENCES).parse(text)) {
            case StandardParser.Valid valid -> List.of();
            case StandardParser.Invalid invalid -> invalid.problems();
        };
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "rating/standards/market-supervision-risk-v1.yaml",
                "rating/standards/tax-credit-v1.yaml",
                "rating/standards/professional-credit-v1.yaml"
            })
    void seededStandardsAreValid(String path) {
        assertThat(problems(TestStandards.resource(path))).isEmpty();
    }

    @Test
    void readsTheMinimalDocumentWithPointsInHundredths() {
        StandardDocument document = TestStandards.parse(MINIMAL);
        assertThat(document.scheme()).isEqualTo("test");
        assertThat(document.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(document.scope().kind()).isEqualTo(SubjectKind.ORGANISATION);
        assertThat(document.score().base()).isEqualTo(8000);
        assertThat(document.factors().getFirst().points()).isEqualTo(-1000);
        assertThat(document.factors().getFirst().decay()).containsExactly(new StandardDocument.DecayStep(0, 100));
    }

    @Test
    void readsTheSameStandardFromJson() {
        String json = """
                {"scheme":"test","version":1,"title":{"zh":"测试","en":"Test"},"sector":"TEST",
                 "effectiveFrom":"2026-01-01","scope":{"subjectKind":"ORGANISATION"},
                 "score":{"min":0,"max":100,"base":80},
                 "factors":[{"code":"pen","recordTypes":["administrative-penalty"],"points":-10.25,"reason":"PEN"}],
                 "grades":[{"code":"A","minScore":60,"label":{"zh":"甲","en":"A"}},
                           {"code":"B","minScore":0,"label":{"zh":"乙","en":"B"}}],
                 "defaultReason":"CLEAN","reasons":{"PEN":{"zh":"处罚","en":"Penalty"},"CLEAN":{"zh":"无","en":"None"}}}
                """;
        assertThat(TestStandards.parse(json).factors().getFirst().points()).isEqualTo(-1025);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelt field           | 'points: -10, reason'              | 'pionts: -10, reason'             | factors[0].pionts        | unknown-field
            missing points           | 'points: -10, reason'              | 'reason'                          | factors[0].points        | required
            unknown record type      | '[administrative-penalty]'         | '[parking-ticket]'                | factors[0].recordTypes[0] | unknown-record-type
            positive for negative    | 'points: -10'                      | 'points: 10'                      | factors[0].points        | sign-against-polarity
            three decimals           | 'points: -10'                      | 'points: -10.125'                 | factors[0].points        | invalid-points
            unknown reason           | 'reason: PEN'                      | 'reason: NOPE'                    | factors[0].reason        | unknown-reason
            separator in reason code | 'reason: PEN'                      | 'reason: PEN;X'                   | factors[0].reason        | invalid-code
            base outside range       | 'base: 80'                         | 'base: 180'                       | score.base               | out-of-range
            grade order              | 'minScore: 0, label: { zh: 乙'     | 'minScore: 70, label: { zh: 乙'   | grades[1].minScore       | grade-order
            lowest grade above min   | 'minScore: 0, label: { zh: 乙'     | 'minScore: 10, label: { zh: 乙'   | grades                   | score-without-grade
            bad date                 | '2026-01-01'                       | '2026-02-30'                      | effectiveFrom            | invalid-date
            bad kind                 | 'subjectKind: ORGANISATION'        | 'subjectKind: ROBOT'              | scope.subjectKind        | invalid-choice
            severity not allowed     | 'recordTypes: [administrative-penalty]' | 'recordTypes: [abnormal-operations], severities: [SERIOUS]' | factors[0].severities | severity-not-allowed
            """)
    void namesThePathAndCodeOfEachProblem(String name, String from, String to, String path, String code) {
        String text = MINIMAL.replace(from, to);
        assertThat(text).as("the test edits the document").isNotEqualTo(MINIMAL);
        assertThat(problems(text)).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(path);
            assertThat(p.code()).isEqualTo(code);
        });
    }

    @Test
    void refusesAStandardForPersonsThatNamesNoProfession() {
        String text = MINIMAL.replace("subjectKind: ORGANISATION", "subjectKind: PERSON");
        assertThat(problems(text)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("scope.professions");
            assertThat(p.code()).isEqualTo("person-outside-profession");
        });
    }

    @Test
    void refusesAnUnknownProfession() {
        String text = MINIMAL.replace("subjectKind: ORGANISATION", "subjectKind: PERSON, professions: [ASTROLOGER]");
        assertThat(problems(text)).anySatisfy(p -> assertThat(p.field()).isEqualTo("scope.professions[0]"));
    }

    @Test
    void refusesDecayThatGrowsOrStartsLate() {
        String text = MINIMAL.replace(
                "points: -10, reason",
                "points: -10, decay: [{months: 3, percent: 50}, {months: 6, percent: 80}], reason");
        assertThat(problems(text))
                .extracting(FieldProblem::field, FieldProblem::code)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("factors[0].decay[0].months", "decay-start"),
                        org.assertj.core.groups.Tuple.tuple("factors[0].decay[1].percent", "decay-increases"));
    }

    @Test
    void refusesAGradeWithoutScoreThatNoAssignmentGives() {
        String text = MINIMAL.replace(
                "  - { code: B, minScore: 0", "  - { code: M, label: { zh: 新, en: New } }\n  - { code: B, minScore: 0");
        assertThat(problems(text))
                .anySatisfy(
                        p -> assertThat(p.field() + " " + p.code()).isEqualTo("grades[1].minScore unreachable-grade"));
    }

    @Test
    void reportsTheLineOfAYamlSyntaxError() {
        assertThat(problems("scheme: test\nversion: [1\n")).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("document");
            assertThat(p.code()).isEqualTo("unreadable");
            assertThat(p.message()).contains("line");
        });
    }

    @Test
    void collectsEveryProblemNotOnlyTheFirst() {
        String text = MINIMAL.replace("points: -10", "points: 10").replace("base: 80", "base: 180");
        assertThat(problems(text)).hasSizeGreaterThanOrEqualTo(2);
    }
}
