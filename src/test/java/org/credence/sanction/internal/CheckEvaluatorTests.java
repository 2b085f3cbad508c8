package org.credence.sanction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.listing.EntryStatus;
import org.credence.listing.ListEntry;
import org.credence.listing.ListKind;
import org.credence.sanction.CheckAnswer.AppliedMeasure;
import org.credence.sanction.CheckAnswer.Link;
import org.credence.sanction.CheckDecision;
import org.credence.sanction.Measure;
import org.credence.sanction.MeasureClass;
import org.credence.sanction.MeasureOutcome;
import org.credence.subject.RoleType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check's rules as tables: which measures apply, which entries and grades set them off, and the decision. */
class CheckEvaluatorTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static final Measure PROCUREMENT_BAN = measure(
            "procurement-exclusion",
            MeasureClass.RIGHTS_REDUCING,
            MeasureOutcome.RESTRICT,
            List.of("debtors"),
            List.of(),
            List.of("government-procurement"),
            false);
    private static final Measure CONSUMPTION = measure(
            "high-consumption-restriction",
            MeasureClass.RIGHTS_REDUCING,
            MeasureOutcome.RESTRICT,
            List.of("debtors"),
            List.of(),
            List.of("land-transfer"),
            true);
    private static final Measure KEY_SUPERVISION = measure(
            "key-supervision",
            MeasureClass.MANAGEMENT,
            MeasureOutcome.ENHANCED_REVIEW,
            List.of("abnormal"),
            List.of(new Measure.GradeTrigger("risk", List.of("D"))),
            List.of("*"),
            false);
    private static final Measure NEW_ENTITY = measure(
            "new-entity-commitment",
            MeasureClass.MANAGEMENT,
            MeasureOutcome.COMMITMENT,
            List.of(),
            List.of(new Measure.GradeTrigger("tax", List.of("M"))),
            List.of("licensing"),
            false);
    private static final Measure RISK_PRICING = measure(
            "risk-pricing",
            MeasureClass.AUTONOMOUS,
            MeasureOutcome.INFORMATION,
            List.of("debtors"),
            List.of(),
            List.of("*"),
            true);
    private static final Measure GREEN_CHANNEL = new Measure(
            "green-channel",
            "绿色通道",
            "Green channel",
            MeasureClass.MANAGEMENT,
            true,
            MeasureOutcome.FACILITATION,
            new Measure.Trigger(List.of("a-taxpayers"), List.of(), false),
            List.of("*"),
            false,
            false,
            List.of("all"),
            "basis",
            LocalDate.of(2021, 12, 1),
            null);
    private static final Measure MARKET_BAN = new Measure(
            "market-entry-ban",
            "禁入",
            "Market ban",
            MeasureClass.RIGHTS_REDUCING,
            false,
            MeasureOutcome.RESTRICT,
            new Measure.Trigger(List.of("market-ban"), List.of(), false),
            List.of(),
            true,
            true,
            List.of("market supervision"),
            "basis",
            LocalDate.of(2021, 12, 1),
            null);
    private static final Measure EXPIRED_MEASURE = new Measure(
            "old-measure",
            "旧措施",
            "Old measure",
            MeasureClass.RIGHTS_REDUCING,
            false,
            MeasureOutcome.RESTRICT,
            new Measure.Trigger(List.of("debtors"), List.of(), false),
            List.of("*"),
            false,
            false,
            List.of("x"),
            "basis",
            LocalDate.of(2021, 1, 1),
            LocalDate.of(2025, 12, 31));

    private static final List<Measure> ALL = List.of(
            PROCUREMENT_BAN,
            CONSUMPTION,
            KEY_SUPERVISION,
            NEW_ENTITY,
            RISK_PRICING,
            GREEN_CHANNEL,
            MARKET_BAN,
            EXPIRED_MEASURE);

    /**
     * Own entries (list codes), own grades (scheme=grade), matter type, whether a commitment text exists → decision
     * and the measures that apply.
     */
    @ParameterizedTest(name = "{0} / {1} / {2} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -                | -            | government-procurement | true  | PROCEED                      | -
            debtors          | -            | government-procurement | true  | RESTRICTED                   | procurement-exclusion risk-pricing
            debtors          | -            | licensing              | true  | PROCEED                      | risk-pricing
            abnormal         | -            | licensing              | true  | PROCEED_WITH_ENHANCED_REVIEW | key-supervision
            -                | risk=D       | licensing              | true  | PROCEED_WITH_ENHANCED_REVIEW | key-supervision
            -                | risk=C       | licensing              | true  | PROCEED                      | -
            -                | tax=M        | licensing              | true  | PROCEED_WITH_COMMITMENT      | new-entity-commitment
            -                | tax=M        | licensing              | false | PROCEED_WITH_ENHANCED_REVIEW | new-entity-commitment
            -                | tax=M        | government-procurement | true  | PROCEED                      | -
            abnormal         | tax=M        | licensing              | true  | PROCEED_WITH_ENHANCED_REVIEW | key-supervision new-entity-commitment
            a-taxpayers      | -            | licensing              | true  | PROCEED                      | green-channel
            a-taxpayers      | risk=D       | licensing              | true  | PROCEED_WITH_ENHANCED_REVIEW | key-supervision green-channel
            debtors abnormal | -            | government-procurement | true  | RESTRICTED                   | procurement-exclusion key-supervision risk-pricing
            market-ban       | -            | public-bidding         | true  | RESTRICTED                   | market-entry-ban
            market-ban       | -            | licensing              | true  | PROCEED                      | -
            """)
    void decisionTable(
            @Nullable String lists,
            @Nullable String grades,
            String matterType,
            boolean commitmentAvailable,
            CheckDecision decision,
            @Nullable String measures) {
        List<ListEntry> entries = lists == null
                ? List.of()
                : java.util.Arrays.stream(lists.split(" "))
                        .map(code -> entry(code, TODAY.minusMonths(1), null, Set.of(), List.of("public-bidding")))
                        .toList();
        Map<String, String> held = grades == null ? Map.of() : Map.of(grades.split("=")[0], grades.split("=")[1]);

        CheckEvaluator.Evaluation evaluation =
                CheckEvaluator.evaluate(ALL, TODAY, matterType, entries, held, List.of(), commitmentAvailable);

        assertThat(evaluation.decision()).isEqualTo(decision);
        assertThat(evaluation.measures())
                .extracting(AppliedMeasure::code)
                .containsExactlyInAnyOrder(measures == null ? new String[0] : measures.split(" "));
    }

    @Test
    void classThreeMeasuresAreNeverBindingNorRestricting() {
        CheckEvaluator.Evaluation evaluation = CheckEvaluator.evaluate(
                List.of(RISK_PRICING), TODAY, "anything", List.of(entry("debtors")), Map.of(), List.of(), true);

        assertThat(evaluation.measures()).singleElement().satisfies(m -> {
            assertThat(m.binding()).isFalse();
            assertThat(m.measureClass()).isEqualTo(3);
        });
        assertThat(evaluation.decision()).isEqualTo(CheckDecision.PROCEED);
    }

    @Test
    void entriesNotInForceSetNothingOff() {
        ListEntry ended = entry("debtors", TODAY.minusYears(3), TODAY.minusDays(1), Set.of(), List.of());
        ListEntry future = entry("debtors", TODAY.plusDays(1), null, Set.of(), List.of());

        CheckEvaluator.Evaluation evaluation = CheckEvaluator.evaluate(
                ALL, TODAY, "government-procurement", List.of(ended, future), Map.of(), List.of(), true);

        assertThat(evaluation.decision()).isEqualTo(CheckDecision.PROCEED);
        assertThat(evaluation.measures()).isEmpty();
    }

    /** Linked entries: role the list extends to × measure that extends → applies with the link named. */
    @ParameterizedTest(name = "list extends to {0}, linked as {1}, measure {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            LEGAL_REPRESENTATIVE | LEGAL_REPRESENTATIVE | high-consumption-restriction | RESTRICTED
            LEGAL_REPRESENTATIVE | ACTUAL_CONTROLLER    | high-consumption-restriction | PROCEED
            ACTUAL_CONTROLLER    | ACTUAL_CONTROLLER    | high-consumption-restriction | RESTRICTED
            LEGAL_REPRESENTATIVE | LEGAL_REPRESENTATIVE | procurement-exclusion        | PROCEED
            """)
    void extensionTable(RoleType extendsTo, RoleType linkedAs, String measureCode, CheckDecision decision) {
        Measure measure = ALL.stream()
                .filter(m -> m.code().equals(measureCode))
                .findFirst()
                .orElseThrow();
        String matter = measure.matterTypes().getFirst();
        ListEntry theirs = entry("debtors", TODAY.minusMonths(2), null, Set.of(extendsTo), List.of());
        Link link = new Link(linkedAs, Link.Side.ORGANISATION, "9135********00Y43", "Debtor Co.");

        CheckEvaluator.Evaluation evaluation = CheckEvaluator.evaluate(
                List.of(measure),
                TODAY,
                matter,
                List.of(),
                Map.of(),
                List.of(new CheckEvaluator.Linked(link, List.of(theirs))),
                true);

        assertThat(evaluation.decision()).isEqualTo(decision);
        if (decision == CheckDecision.RESTRICTED) {
            assertThat(evaluation.measures().getFirst().causes())
                    .singleElement()
                    .satisfies(c -> assertThat(c.via()).isEqualTo(link));
        }
    }

    @Test
    void gradesOfLinkedSubjectsDoNotPassOn() {
        ListEntry unrelated =
                entry("abnormal", TODAY.minusMonths(1), null, Set.of(RoleType.LEGAL_REPRESENTATIVE), List.of());
        Link link = new Link(RoleType.LEGAL_REPRESENTATIVE, Link.Side.PERSON, "3501********1234", "Zhang San");

        CheckEvaluator.Evaluation evaluation = CheckEvaluator.evaluate(
                List.of(KEY_SUPERVISION),
                TODAY,
                "licensing",
                List.of(),
                Map.of(),
                List.of(new CheckEvaluator.Linked(link, List.of(unrelated))),
                true);

        // key-supervision does not extend to linked subjects: the person's entry sets nothing off for the company
        assertThat(evaluation.measures()).isEmpty();
    }

    @Test
    void bindingMeasuresComeFirstStrictestFirst() {
        CheckEvaluator.Evaluation evaluation = CheckEvaluator.evaluate(
                ALL,
                TODAY,
                "government-procurement",
                List.of(entry("debtors"), entry("abnormal"), entry("a-taxpayers")),
                Map.of(),
                List.of(),
                true);

        assertThat(evaluation.measures())
                .extracting(AppliedMeasure::code)
                .containsExactly("procurement-exclusion", "key-supervision", "green-channel", "risk-pricing");
    }

    private static ListEntry entry(String list) {
        return entry(list, TODAY.minusMonths(1), null, Set.of(), List.of());
    }

    private static ListEntry entry(
            String list,
            LocalDate includedOn,
            @Nullable LocalDate termEnd,
            Set<RoleType> extendsTo,
            List<String> barred) {
        return new ListEntry(
                list.hashCode() & 0xffff,
                list,
                1,
                list.equals("market-ban") ? ListKind.MARKET_BAN : ListKind.BLACK,
                42,
                EntryStatus.ACTIVE,
                "(2026)闽01执123号",
                "basis",
                "facts",
                "reasons",
                null,
                includedOn,
                termEnd,
                null,
                null,
                extendsTo,
                barred,
                OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                List.of());
    }

    private static Measure measure(
            String code,
            MeasureClass measureClass,
            MeasureOutcome outcome,
            List<String> lists,
            List<Measure.GradeTrigger> grades,
            List<String> matters,
            boolean extendsToLinked) {
        return new Measure(
                code,
                code,
                code,
                measureClass,
                false,
                outcome,
                new Measure.Trigger(lists, grades, false),
                matters,
                false,
                extendsToLinked,
                List.of("department"),
                "basis of " + code,
                LocalDate.of(2021, 12, 1),
                null);
    }
}
