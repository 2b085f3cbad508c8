package org.credence.listing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.credence.listing.ListDefinition;
import org.credence.listing.ListKind;
import org.credence.shared.FieldProblem;
import org.credence.subject.RoleType;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses a definition document (JSON) and checks it completely: every problem is reported with its path. With
 * {@link References} it also checks the codes it names against the catalogue and the lists on file (when a version is
 * added); without, only its shape (when stored versions are loaded).
 */
final class DefinitionParser {

    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final String KEBAB = "lowercase letters, digits and single hyphens (kebab-case)";
    private static final int MAX_MONTHS = 120;
    private static final List<String> FIELDS = List.of(
            "code",
            "version",
            "nameZh",
            "nameEn",
            "kind",
            "managingAuthority",
            "legalStandard",
            "inclusionRule",
            "effectiveFrom",
            "subjectKinds",
            "defaultTermMonths",
            "extensionMonths",
            "termByDecision",
            "earlyRemovalAfterMonths",
            "notifyPersonsBeforePublication",
            "noticeDays",
            "excludeMinors",
            "extendsTo",
            "barredMatterTypes",
            "barredSectors",
            "rules");

    /** The codes a document may name: providers, record types (of any edition), matter types, lists on file. */
    record References(Set<String> providers, Set<String> recordTypes, Set<String> matterTypes, Set<String> lists) {}

    sealed interface Result {}

    record Valid(DefinitionDocument document) implements Result {}

    record Invalid(List<FieldProblem> problems) implements Result {

        Invalid {
            problems = List.copyOf(problems);
        }
    }

    private final JsonMapper json;

    DefinitionParser(JsonMapper json) {
        this.json = json;
    }

    Result parse(String document, @Nullable References references) {
        JsonNode root;
        try {
            root = json.readTree(document);
        } catch (JacksonException e) {
            return new Invalid(List.of(new FieldProblem("document", "not-json", "the document is not valid JSON")));
        }
        if (root == null || !root.isObject()) {
            return new Invalid(List.of(new FieldProblem("document", "not-object", "the document is a JSON object")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        DefinitionDocument parsed = read(new JsonFields(root, "", problems), references);
        return problems.isEmpty() && parsed != null ? new Valid(parsed) : new Invalid(problems);
    }

    private static @Nullable DefinitionDocument read(JsonFields f, @Nullable References refs) {
        f.onlyKnown(FIELDS);
        Header h = header(f, refs);
        Set<SubjectKind> subjectKinds = f.present("subjectKinds")
                ? f.enumerations("subjectKinds", SubjectKind.class)
                : EnumSet.allOf(SubjectKind.class);
        if (subjectKinds.isEmpty()) {
            f.problem("subjectKinds", "required", "names PERSON, ORGANISATION or both");
        }
        Term term = term(f);
        Notice notice = notice(f);
        boolean excludeMinors = f.bool("excludeMinors");
        Set<RoleType> extendsTo = f.enumerations("extendsTo", RoleType.class);
        List<String> matterTypes = barredMatterTypes(f, h.kind(), refs);
        List<String> sectors = f.texts("barredSectors", false, CODE, KEBAB);
        if (!sectors.isEmpty() && h.kind() != null && h.kind() != ListKind.MARKET_BAN) {
            f.problem("barredSectors", "not-a-market-ban", "only a market ban bars sectors");
        }
        List<InclusionRule> rules = RuleParser.rules(f, h.code(), refs);
        checkExit(f, h.kind(), term, rules);
        if (!h.complete()) {
            return null;
        }
        var definition = new ListDefinition(
                h.code(),
                h.version(),
                h.nameZh(),
                h.nameEn(),
                h.kind(),
                h.authority(),
                h.legalStandard(),
                h.inclusionRule(),
                term.defaultMonths(),
                term.extensionMonths(),
                term.earlyRemovalAfter(),
                notice.persons(),
                extendsTo,
                matterTypes,
                sectors,
                h.effectiveFrom());
        return new DefinitionDocument(definition, subjectKinds, notice.days(), term.byDecision(), excludeMinors, rules);
    }

    /** The required fields: what the list is, who manages it, on which legal standard, from when. */
    private record Header(
            @Nullable String code,
            @Nullable Integer version,
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable ListKind kind,
            @Nullable String authority,
            @Nullable String legalStandard,
            @Nullable String inclusionRule,
            @Nullable LocalDate effectiveFrom) {

        boolean complete() {
            return code != null
                    && version != null
                    && nameZh != null
                    && nameEn != null
                    && kind != null
                    && authority != null
                    && legalStandard != null
                    && inclusionRule != null
                    && effectiveFrom != null;
        }
    }

    private static Header header(JsonFields f, @Nullable References refs) {
        String code = f.code("code", true, CODE, KEBAB);
        if (code != null && (code.length() < 3 || code.length() > 60)) {
            f.problem("code", "invalid-code", "has 3 to 60 characters");
        }
        Integer version = f.integer("version", true, 1, 100_000);
        String nameZh = f.text("nameZh", true, 200);
        String nameEn = f.text("nameEn", true, 300);
        ListKind kind = f.enumeration("kind", true, ListKind.class);
        String authority = f.code("managingAuthority", true, CODE, KEBAB);
        if (authority != null && refs != null && !refs.providers().contains(authority)) {
            f.problem("managingAuthority", "unknown-provider", "no provider " + authority + " in the catalogue");
        }
        return new Header(
                code,
                version,
                nameZh,
                nameEn,
                kind,
                authority,
                f.text("legalStandard", true, 1000),
                f.text("inclusionRule", true, 2000),
                f.date("effectiveFrom", true));
    }

    private record Term(
            @Nullable Integer defaultMonths,
            int extensionMonths,
            boolean byDecision,
            @Nullable Integer earlyRemovalAfter) {}

    private static Term term(JsonFields f) {
        Integer months = f.integer("defaultTermMonths", false, 1, MAX_MONTHS);
        Integer extension = f.integer("extensionMonths", false, 0, MAX_MONTHS);
        boolean byDecision = f.bool("termByDecision");
        Integer early = f.integer("earlyRemovalAfterMonths", false, 0, MAX_MONTHS);
        boolean untimed = months == null && !f.present("defaultTermMonths");
        if (untimed && extension != null && extension > 0) {
            f.problem("extensionMonths", "extension-without-term", "a list without a term cannot extend one");
        }
        if (untimed && byDecision) {
            f.problem("termByDecision", "term-without-default", "a term set by decision needs defaultTermMonths");
        }
        if (months != null && early != null && early >= months) {
            f.problem("earlyRemovalAfterMonths", "early-removal-after-term", "must be shorter than the term");
        }
        return new Term(months, extension == null ? 0 : extension, byDecision, early);
    }

    private record Notice(boolean persons, @Nullable Integer days) {}

    private static Notice notice(JsonFields f) {
        boolean persons = f.bool("notifyPersonsBeforePublication");
        if (persons) {
            return new Notice(true, f.integer("noticeDays", true, 1, 90));
        }
        if (f.present("noticeDays")) {
            f.problem("noticeDays", "notice-days-without-notice", "only for lists that notify persons in advance");
        }
        return new Notice(false, null);
    }

    private static List<String> barredMatterTypes(JsonFields f, @Nullable ListKind kind, @Nullable References refs) {
        boolean ban = kind == ListKind.MARKET_BAN;
        List<String> types = f.texts("barredMatterTypes", ban, CODE, KEBAB);
        if (!types.isEmpty() && kind != null && !ban) {
            f.problem("barredMatterTypes", "not-a-market-ban", "only a market ban bars matter types");
        }
        for (int i = 0; refs != null && i < types.size(); i++) {
            if (!refs.matterTypes().contains(types.get(i))) {
                f.problem(
                        "barredMatterTypes[" + i + "]",
                        "unknown-matter-type",
                        "no matter type " + types.get(i) + " in the catalogue");
            }
        }
        return types;
    }

    /** Nothing negative is perpetual: a punitive list has a term, or rules whose source ends its entries. */
    private static void checkExit(JsonFields f, @Nullable ListKind kind, Term term, List<InclusionRule> rules) {
        if (kind == null || kind.isIncentive() || term.defaultMonths() != null || f.present("defaultTermMonths")) {
            return;
        }
        boolean endsWithSource = rules.stream()
                .anyMatch(r -> r instanceof InclusionRule.RecordRule || r instanceof InclusionRule.GradeRule);
        if (!endsWithSource) {
            f.problem(
                    "defaultTermMonths",
                    "perpetual-listing",
                    "a punitive list needs a term, or a rule over records or grades whose end ends the entry");
        }
    }
}
