package org.credence.listing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.credence.listing.ListKind;
import org.credence.subject.RoleType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Definition documents: the seeds are valid; a broken document is answered with every problem at its path. */
class DefinitionParserTests {

    static final DefinitionParser.References REFS = new DefinitionParser.References(
            Set.of("fz-market-supervision", "fj-tax", "fz-intermediate-court", "fj-culture-tourism"),
            Set.of("dishonest-judgment-debtor", "serious-illegal-dishonesty", "abnormal-operations"),
            Set.of("public-bidding", "government-procurement"),
            Set.of("tourism-key-attention", "abnormal-operations"));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "010-dishonest-judgment-debtors-v1.json",
                "020-serious-illegal-dishonesty-v1.json",
                "030-abnormal-operations-v1.json",
                "035-serious-illegal-dishonesty-v2.json",
                "040-tourism-key-attention-v1.json",
                "050-tourism-blacklist-v1.json",
                "060-accounting-blacklist-v1.json",
                "070-market-ban-v1.json",
                "080-a-grade-taxpayers-v1.json",
                "090-advanced-certified-enterprises-v1.json"
            })
    void everySeedIsValid(String file) {
        assertThat(Definitions.PARSER.parse(Definitions.text(file), null)).isInstanceOf(DefinitionParser.Valid.class);
    }

    @Test
    void theDebtorsListIsWhatTheCourtsDecide() {
        var debtors = Definitions.debtors();
        assertThat(debtors.definition().kind()).isEqualTo(ListKind.BLACK);
        assertThat(debtors.definition().managingAuthority()).isEqualTo("fz-intermediate-court");
        assertThat(debtors.definition().defaultTermMonths()).isEqualTo(24);
        assertThat(debtors.definition().extensionMonths()).isEqualTo(36);
        assertThat(debtors.maxTermMonths()).isEqualTo(60);
        assertThat(debtors.definition().extendsTo())
                .containsExactlyInAnyOrder(
                        RoleType.LEGAL_REPRESENTATIVE,
                        RoleType.PRINCIPAL,
                        RoleType.DIRECTLY_RESPONSIBLE,
                        RoleType.ACTUAL_CONTROLLER);
        assertThat(debtors.excludeMinors()).isTrue();
        assertThat(Definitions.tourismBlacklist().noticeDays()).isEqualTo(10);
        assertThat(Definitions.tourismBlacklist().notifiesPersons()).isTrue();
    }

    static List<String> problems(String document) {
        return switch (Definitions.PARSER.parse(document, REFS)) {
            case DefinitionParser.Valid valid -> List.of();
            case DefinitionParser.Invalid invalid ->
                invalid.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
        };
    }

    @Test
    void aBrokenDocumentIsAnsweredWithEveryProblemAtItsPath() {
        String document = """
                {"code": "Bad_Code", "version": 0, "nameZh": "", "kind": "GREY", "managingAuthority": "nobody",
                 "inclusionRule": "x", "effectiveFrom": "2026-13-01", "defaultTermMonths": 12,
                 "earlyRemovalAfterMonths": 12, "noticeDays": 5, "barredMatterTypes": ["public-bidding"],
                 "colour": "red",
                 "rules": [{"type": "record", "recordTypes": ["no-such-type"], "severities": ["HUGE"]},
                           {"type": "repeat", "list": "no-such-list", "count": 1},
                           {"type": "grade", "scheme": "tax-credit", "grades": []},
                           {"type": "vote"}]}
                """;
        assertThat(problems(document))
                .containsExactlyInAnyOrder(
                        "colour:unknown-field",
                        "code:invalid-code",
                        "version:out-of-range",
                        "nameZh:required",
                        "nameEn:required",
                        "kind:unknown-value",
                        "managingAuthority:unknown-provider",
                        "legalStandard:required",
                        "effectiveFrom:invalid-date",
                        "earlyRemovalAfterMonths:early-removal-after-term",
                        "noticeDays:notice-days-without-notice",
                        "rules[0].recordTypes[0]:unknown-record-type",
                        "rules[0].severities[0]:unknown-value",
                        "rules[1].list:unknown-list",
                        "rules[1].count:out-of-range",
                        "rules[1].withinMonths:required",
                        "rules[2].grades:required",
                        "rules[3].type:unknown-rule-type");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // nothing negative is perpetual
                "{'kind': 'BLACK'} | defaultTermMonths:perpetual-listing",
                "{'kind': 'RED'} | ",
                "{'kind': 'KEY_ATTENTION', 'rules': [{'type': 'record', 'recordTypes': ['abnormal-operations']}]} | ",
                "{'kind': 'RED', 'extensionMonths': 12} | extensionMonths:extension-without-term",
                "{'kind': 'BLACK', 'defaultTermMonths': 12, 'notifyPersonsBeforePublication': true} | noticeDays:required",
                "{'kind': 'MARKET_BAN', 'defaultTermMonths': 12} | barredMatterTypes:required",
                "{'kind': 'MARKET_BAN', 'defaultTermMonths': 12, 'barredMatterTypes': ['fiscal-subsidy']}"
                        + " | barredMatterTypes[0]:unknown-matter-type",
                "{'kind': 'BLACK', 'defaultTermMonths': 12, 'barredSectors': ['food']} | barredSectors:not-a-market-ban",
                "{'kind': 'BLACK', 'defaultTermMonths': 12, 'rules': [{'type': 'repeat', 'list': 'own-list',"
                        + " 'count': 2, 'withinMonths': 12}]} | rules[0].list:repeat-of-itself",
                "{'kind': 'BLACK', 'defaultTermMonths': 12, 'rules': [{'type': 'escalation', 'list':"
                        + " 'abnormal-operations', 'afterMonths': 36}]} | ",
                "{'kind': 'BLACK', 'defaultTermMonths': 12, 'rules': [{'type': 'escalation', 'list': 'own-list',"
                        + " 'afterMonths': 36}]} | rules[0].list:escalation-of-itself",
                "{'kind': 'BLACK', 'defaultTermMonths': 12, 'rules': [{'type': 'escalation', 'list': 'no-such-list',"
                        + " 'afterMonths': 36}]} | rules[0].list:unknown-list",
                "{'kind': 'BLACK', 'defaultTermMonths': 12, 'rules': [{'type': 'escalation', 'list':"
                        + " 'abnormal-operations', 'afterMonths': 0}]} | rules[0].afterMonths:out-of-range",
                "{'kind': 'BLACK', 'defaultTermMonths': 12, 'rules': [{'type': 'escalation', 'list':"
                        + " 'abnormal-operations'}]} | rules[0].afterMonths:required",
                "{'kind': 'BLACK', 'defaultTermMonths': 121} | defaultTermMonths:out-of-range",
                "{'kind': 'BLACK', 'defaultTermMonths': '12'} | defaultTermMonths:not-integer",
                "{'kind': 'BLACK', 'defaultTermMonths': 12, 'subjectKinds': []} | subjectKinds:required"
            })
    void checksTheTermsOfAList(String fields, String expected) {
        String base = "{'code': 'own-list', 'version': 1, 'nameZh': '名单', 'nameEn': 'List',"
                + " 'managingAuthority': 'fj-tax', 'legalStandard': 'law', 'inclusionRule': 'rule',"
                + " 'effectiveFrom': '2026-01-01', ";
        String document = (base + fields.substring(1)).replace('\'', '"');
        List<String> problems = problems(document);
        if (expected == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsExactly(expected);
        }
    }

    @Test
    void notJsonIsOneProblem() {
        assertThat(problems("{not json")).containsExactly("document:not-json");
        assertThat(problems("[]")).containsExactly("document:not-object");
    }
}
