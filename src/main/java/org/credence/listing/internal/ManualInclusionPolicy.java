package org.credence.listing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.credence.access.Actor;
import org.credence.listing.ListDefinition;
import org.credence.listing.ListKind;
import org.credence.listing.NewInclusion;
import org.credence.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A credit officer's inclusion decision checked against the list: first every field it must state ({@link
 * #problems}, a 400 naming each), then what the list allows ({@link #decide}: a 422 refusal naming the field).
 */
final class ManualInclusionPolicy {

    /** What the list's rules say of a well-formed decision. */
    sealed interface Decision {}

    record Include(Inclusion inclusion) implements Decision {}

    record Refused(String code, String field, String message) implements Decision {}

    private ManualInclusionPolicy() {}

    /** Every field missing, too long or not allowed on this list; the identifier is checked by the caller. */
    static List<FieldProblem> problems(ListDefinition def, NewInclusion cmd, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Checks.text(problems, "decisionNumber", cmd.decisionNumber(), 100);
        Checks.text(problems, "facts", cmd.facts(), 4000);
        Checks.text(problems, "reasons", cmd.reasons(), 4000);
        Checks.text(problems, "legalBasis", cmd.legalBasis(), 1000);
        if (cmd.decisionDate() != null && cmd.decisionDate().isAfter(today)) {
            problems.add(new FieldProblem("decisionDate", "in-future", "a decision date cannot be in the future"));
        }
        if (cmd.termMonths() != null && cmd.termMonths() < 1) {
            problems.add(new FieldProblem("termMonths", "out-of-range", "a term is at least one month"));
        }
        boolean ban = def.kind() == ListKind.MARKET_BAN;
        barred(problems, ban, "barredMatterTypes", cmd.barredMatterTypes(), def.barredMatterTypes());
        barred(problems, ban, "barredSectors", cmd.barredSectors(), def.barredSectors());
        if (ban && (cmd.barredSectors() == null || cmd.barredSectors().isEmpty())) {
            problems.add(new FieldProblem(
                    "barredSectors", "required", "a market ban names the sectors the subject is barred from"));
        }
        return problems;
    }

    private static void barred(
            List<FieldProblem> problems,
            boolean ban,
            String field,
            @Nullable List<String> codes,
            List<String> allowed) {
        if (codes == null || codes.isEmpty()) {
            return;
        }
        if (!ban) {
            problems.add(new FieldProblem(field, "not-a-market-ban", "only a market ban bars matter types or sectors"));
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || !DefinitionParser.CODE.matcher(code).matches()) {
                problems.add(new FieldProblem(field + "[" + i + "]", "invalid-code", DefinitionParser.KEBAB));
            } else if (!allowed.isEmpty() && !allowed.contains(code)) {
                problems.add(new FieldProblem(
                        field + "[" + i + "]",
                        "not-barred-by-list",
                        code + " is not one the list may bar: " + allowed));
            }
        }
    }

    /** The entry a well-formed decision makes, or why the list does not allow it. */
    static Decision decide(DefinitionDocument def, NewInclusion cmd, Subject subject, LocalDate today, Actor actor) {
        LocalDate includedOn = cmd.decisionDate() != null ? cmd.decisionDate() : today;
        Optional<InclusionPolicy.NotListed> ineligible = InclusionPolicy.ineligible(def, subject, includedOn);
        if (ineligible.isPresent()) {
            return new Refused(
                    ineligible.get().code(), "identifier", ineligible.get().reason());
        }
        Integer max = def.maxTermMonths();
        Integer months =
                cmd.termMonths() != null ? cmd.termMonths() : def.definition().defaultTermMonths();
        if (def.termByDecision() && cmd.termMonths() == null) {
            return new Refused("term-required", "termMonths", "on " + def.code() + " each decision states its term");
        }
        if (cmd.termMonths() != null && max == null) {
            return new Refused("term-beyond-limit", "termMonths", "list " + def.code() + " has no term");
        }
        if (months != null && max != null && months > max) {
            return new Refused(
                    "term-beyond-limit", "termMonths", "a term on " + def.code() + " is at most " + max + " months");
        }
        var schedule = InclusionPolicy.schedule(def, subject.kind(), includedOn, months, today);
        if (schedule.termEnd() != null && schedule.termEnd().isBefore(today)) {
            return new Refused("term-already-over", "decisionDate", "the term ended on " + schedule.termEnd());
        }
        boolean ban = def.definition().kind() == ListKind.MARKET_BAN;
        List<String> matterTypes = !ban
                ? List.of()
                : cmd.barredMatterTypes() == null || cmd.barredMatterTypes().isEmpty()
                        ? def.definition().barredMatterTypes()
                        : cmd.barredMatterTypes();
        List<String> sectors = ban && cmd.barredSectors() != null ? cmd.barredSectors() : List.of();
        String decision = Checks.required(cmd.decisionNumber());
        return new Include(new Inclusion(
                def,
                subject,
                Origin.MANUAL,
                schedule.status(),
                decision,
                Checks.required(cmd.legalBasis()),
                Checks.required(cmd.facts()),
                Checks.required(cmd.reasons()),
                null,
                null,
                includedOn,
                schedule.inForceFrom(),
                schedule.termMonths(),
                schedule.termEnd(),
                matterTypes,
                sectors,
                "decision:" + subject.subjectId() + ":" + decision,
                actor.name(),
                actor.organisation()));
    }
}
