package org.credence.sanction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.credence.sanction.MeasureClass;
import org.credence.sanction.MeasureEdition;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** The rules a measures edition must pass, one broken rule at a time, each named by its field and code. */
class MeasureRulesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> MATTERS = Set.of("government-procurement", "public-bidding", "licensing");
    private static final Set<String> LISTS = Set.of("debtors", "market-ban");
    private static final MeasureRules RULES = new MeasureRules(MATTERS::contains, LISTS::contains);

    private static final String VALID = """
            {"code":"2026","title":"Test edition","effectiveFrom":"2026-01-01","measures":[
              {"code":"procurement-exclusion","contentZh":"限制参加政府采购","contentEn":"No procurement",
               "measureClass":"RIGHTS_REDUCING","incentive":false,"outcome":"RESTRICT",
               "trigger":{"lists":["debtors"],"grades":[],"always":false},
               "matterTypes":["government-procurement"],"implementingDepartments":["finance"],
               "legalBasis":"Government Procurement Law Art. 22","effectiveFrom":"2026-01-01"}]}
            """;

    @Test
    void aCompleteEditionPasses() {
        MeasureEdition edition = RULES.check(parse(VALID));

        assertThat(edition.measures()).singleElement().satisfies(m -> {
            assertThat(m.measureClass()).isEqualTo(MeasureClass.RIGHTS_REDUCING);
            assertThat(m.trigger().lists()).containsExactly("debtors");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no legal basis            | "legalBasis":"Government Procurement Law Art. 22"  | "legalBasis":" "                    | measures[0].legalBasis            | required
            autonomous restricts      | "measureClass":"RIGHTS_REDUCING"                   | "measureClass":"AUTONOMOUS"         | measures[0].outcome               | autonomous-not-binding
            punitive facilitates      | "outcome":"RESTRICT"                               | "outcome":"FACILITATION"            | measures[0].outcome               | outcome-mismatch
            unknown class             | "measureClass":"RIGHTS_REDUCING"                   | "measureClass":"CLASS_4"            | measures[0].measureClass          | invalid-value
            unknown list              | "lists":["debtors"]                                | "lists":["nobody"]                  | measures[0].trigger.lists[0]      | list-unknown
            no trigger                | "lists":["debtors"]                                | "lists":[]                          | measures[0].trigger               | required
            unknown matter type       | "matterTypes":["government-procurement"]           | "matterTypes":["moon-landing"]      | measures[0].matterTypes[0]        | matter-type-unknown
            no matter types           | "matterTypes":["government-procurement"]           | "matterTypes":[]                    | measures[0].matterTypes           | required
            no department             | "implementingDepartments":["finance"]              | "implementingDepartments":[]        | measures[0].implementingDepartments | required
            bad date                  | "effectiveFrom":"2026-01-01"}                      | "effectiveFrom":"2026-13-01"}       | measures[0].effectiveFrom         | invalid-date
            end before start          | "effectiveFrom":"2026-01-01"}                      | "effectiveFrom":"2026-01-01","effectiveTo":"2025-01-01"} | measures[0].effectiveTo | end-before-start
            bad measure code          | "code":"procurement-exclusion"                     | "code":"Procurement Exclusion"      | measures[0].code                  | invalid-code
            always with lists         | "always":false                                     | "always":true                       | measures[0].trigger.always        | ambiguous-trigger
            """)
    void eachBrokenRuleIsNamed(String name, String from, String to, String field, String code) {
        String broken = VALID.replace(from, to);
        assertThat(broken).isNotEqualTo(VALID);

        assertThatThrownBy(() -> RULES.check(parse(broken))).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo("invalid-measure-edition");
            assertThat(e.fields()).contains(new FieldProblem(field, code, messageOf(e, field, code)));
        });
    }

    @Test
    void theSeedEditionPassesTheRules() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/sanction/measures/2021.json")) {
            String seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            MeasureRules lenient = new MeasureRules(
                    m -> Set.of(
                                    "double-random-inspection",
                                    "key-supervision",
                                    "food-drug-safety-inspection",
                                    "government-procurement",
                                    "public-bidding",
                                    "public-resource-transfer",
                                    "enterprise-qualification",
                                    "professional-licence",
                                    "certification-body-approval",
                                    "administrative-licensing",
                                    "investment-project-approval",
                                    "notify-and-commit-approval",
                                    "fiscal-subsidy",
                                    "honour-selection",
                                    "preferential-credit")
                            .contains(m),
                    list -> true);

            MeasureEdition edition = lenient.check(JSON.readValue(seed, MeasureDocument.class));

            assertThat(edition.measures()).hasSizeGreaterThanOrEqualTo(14);
            assertThat(edition.measures())
                    .extracting(m -> m.measureClass())
                    .contains(MeasureClass.RIGHTS_REDUCING, MeasureClass.MANAGEMENT, MeasureClass.AUTONOMOUS);
        }
    }

    private static String messageOf(ApiException e, String field, String code) {
        return e.fields().stream()
                .filter(f -> f.field().equals(field) && f.code().equals(code))
                .map(FieldProblem::message)
                .findFirst()
                .orElse("<none: " + e.fields() + ">");
    }

    private static MeasureDocument parse(String json) {
        return JSON.readValue(json, MeasureDocument.class);
    }
}
