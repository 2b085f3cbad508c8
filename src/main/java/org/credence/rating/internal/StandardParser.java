package org.credence.rating.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.credence.catalog.Severity;
import org.credence.rating.LocalizedText;
import org.credence.rating.internal.StandardDocument.Assignment;
import org.credence.rating.internal.StandardDocument.Condition;
import org.credence.rating.internal.StandardDocument.DecayStep;
import org.credence.rating.internal.StandardDocument.Factor;
import org.credence.rating.internal.StandardDocument.Grade;
import org.credence.rating.internal.StandardDocument.Phase;
import org.credence.rating.internal.StandardDocument.Scope;
import org.credence.rating.internal.StandardDocument.ScoreRule;
import org.credence.shared.FieldProblem;
import org.credence.subject.OrganisationType;
import org.credence.subject.SubjectKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a standard from its YAML or JSON text into a {@link StandardDocument}, or into the list of every problem found,
 * each with the path of the offending value. {@link StandardChecks} then checks what spans several parts.
 */
final class StandardParser {

    /** The outcome of parsing a document. */
    sealed interface Parsed {}

    record Valid(StandardDocument document) implements Parsed {}

    record Invalid(List<FieldProblem> problems) implements Parsed {

        Invalid {
            problems = List.copyOf(problems);
        }
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final ReferenceData references;

    StandardParser(ReferenceData references) {
        this.references = references;
    }

    /** Whether the text is JSON (an object) rather than YAML. */
    static boolean isJson(String text) {
        return text.stripLeading().startsWith("{");
    }

    Parsed parse(String text) {
        DocumentReader reader = new DocumentReader();
        JsonNode tree;
        try {
            tree = isJson(text) ? JSON.readTree(text) : YAML.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new Invalid(List.of(new FieldProblem(
                    "document",
                    "unreadable",
                    "the document is not valid " + (isJson(text) ? "JSON" : "YAML") + where)));
        }
        if (tree == null || !tree.isObject()) {
            return new Invalid(
                    List.of(new FieldProblem("document", "not-an-object", "the document must be an object")));
        }
        StandardDocument document = read(reader.root(tree));
        if (reader.problems().isEmpty()) {
            new StandardChecks(reader, references).check(document);
        }
        return reader.problems().isEmpty() ? new Valid(document) : new Invalid(reader.problems());
    }

    private StandardDocument read(DocumentReader.Node root) {
        root.only(
                "scheme",
                "version",
                "title",
                "sector",
                "effectiveFrom",
                "scope",
                "score",
                "underObjection",
                "factors",
                "assignments",
                "grades",
                "defaultReason",
                "reasons");
        List<Factor> factors = new ArrayList<>();
        for (DocumentReader.Node node : root.get("factors").items(true)) {
            factors.add(factor(node));
        }
        List<Assignment> assignments = new ArrayList<>();
        for (DocumentReader.Node node : listIfPresent(root, "assignments")) {
            assignments.add(assignment(node));
        }
        return new StandardDocument(
                root.get("scheme").code(),
                root.get("version").integer(1, 1_000_000),
                text(root.get("title")),
                root.get("sector").code(),
                root.get("effectiveFrom").date(),
                scope(root.get("scope")),
                score(root.get("score")),
                underObjection(root),
                factors,
                assignments,
                grades(root.get("grades")),
                root.get("defaultReason").code(),
                reasons(root.get("reasons")),
                Map.of());
    }

    private static boolean underObjection(DocumentReader.Node root) {
        if (!root.present("underObjection")) {
            return false;
        }
        return choice(root.get("underObjection"), Set.of("COUNT", "IGNORE"), "IGNORE")
                .equals("COUNT");
    }

    private Scope scope(DocumentReader.Node node) {
        node.only("subjectKind", "organisationTypes", "professions");
        SubjectKind kind = SubjectKind.valueOf(choice(node.get("subjectKind"), names(SubjectKind.values()), "PERSON"));
        Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
        for (DocumentReader.Node item : listIfPresent(node, "organisationTypes")) {
            types.add(OrganisationType.valueOf(choice(item, names(OrganisationType.values()), "OTHER")));
        }
        Set<String> professions = new LinkedHashSet<>();
        for (DocumentReader.Node item : listIfPresent(node, "professions")) {
            String code = item.code();
            if (!code.isEmpty() && !references.professions().contains(code)) {
                item.problem("unknown-profession", "no profession '" + code + "' is on file");
            }
            professions.add(code);
        }
        return new Scope(kind, types, professions);
    }

    private static ScoreRule score(DocumentReader.Node node) {
        node.only("min", "max", "base", "negativeCap", "positiveCap");
        return new ScoreRule(
                node.get("min").points(),
                node.get("max").points(),
                node.get("base").points(),
                node.present("negativeCap") ? node.get("negativeCap").points() : null,
                node.present("positiveCap") ? node.get("positiveCap").points() : null);
    }

    private Factor factor(DocumentReader.Node node) {
        node.only("code", "recordTypes", "severities", "phase", "points", "cap", "decay", "reason");
        List<DecayStep> decay = new ArrayList<>();
        for (DocumentReader.Node step : listIfPresent(node, "decay")) {
            step.only("months", "percent");
            decay.add(new DecayStep(
                    step.get("months").integer(0, 1200), step.get("percent").integer(0, 100)));
        }
        if (decay.isEmpty()) {
            decay.add(new DecayStep(0, 100));
        }
        Phase phase = node.present("phase")
                ? Phase.valueOf(choice(node.get("phase"), names(Phase.values()), "IN_FORCE"))
                : Phase.IN_FORCE;
        return new Factor(
                node.get("code").code(),
                recordTypes(node.get("recordTypes")),
                severities(node),
                phase,
                node.get("points").points(),
                node.present("cap") ? node.get("cap").points() : null,
                decay,
                node.get("reason").code());
    }

    private Assignment assignment(DocumentReader.Node node) {
        node.only("code", "when", "grade", "reason");
        DocumentReader.Node when = node.get("when").only("recordTypes", "severities", "newSubject");
        Condition condition;
        if (when.present("newSubject")) {
            DocumentReader.Node fresh = when.get("newSubject").only("recordType", "months");
            String type = fresh.get("recordType").code();
            knownType(fresh.get("recordType"), type);
            condition =
                    new StandardDocument.NewSubject(type, fresh.get("months").integer(1, 1200));
        } else {
            condition = new StandardDocument.OnRecords(recordTypes(when.get("recordTypes")), severities(when));
        }
        return new Assignment(
                node.get("code").code(),
                condition,
                node.get("grade").code(),
                node.get("reason").code());
    }

    private static List<Grade> grades(DocumentReader.Node node) {
        List<Grade> grades = new ArrayList<>();
        for (DocumentReader.Node item : node.items(true)) {
            item.only("code", "minScore", "label");
            grades.add(new Grade(
                    item.get("code").code(),
                    item.present("minScore") ? item.get("minScore").points() : null,
                    text(item.get("label"))));
        }
        return grades;
    }

    private static Map<String, LocalizedText> reasons(DocumentReader.Node node) {
        Map<String, LocalizedText> reasons = new LinkedHashMap<>();
        for (DocumentReader.Node entry : node.entries()) {
            reasons.put(entry.key(), text(entry));
        }
        if (reasons.isEmpty()) {
            node.problem("empty", "must name at least one reason");
        }
        return reasons;
    }

    private Set<String> recordTypes(DocumentReader.Node node) {
        Set<String> types = new LinkedHashSet<>();
        for (DocumentReader.Node item : node.items(true)) {
            String code = item.code();
            knownType(item, code);
            types.add(code);
        }
        return types;
    }

    private void knownType(DocumentReader.Node node, String code) {
        if (!code.isEmpty() && !references.recordTypes().containsKey(code)) {
            node.problem("unknown-record-type", "no catalogue edition has a record type '" + code + "'");
        }
    }

    private static Set<Severity> severities(DocumentReader.Node node) {
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        for (DocumentReader.Node item : listIfPresent(node, "severities")) {
            severities.add(Severity.valueOf(choice(item, names(Severity.values()), "MINOR")));
        }
        return severities;
    }

    private static LocalizedText text(DocumentReader.Node node) {
        node.only("zh", "en");
        String zh = node.get("zh").text();
        String en = node.get("en").text();
        return zh.isEmpty() || en.isEmpty() ? new LocalizedText("-", "-") : new LocalizedText(zh, en);
    }

    private static List<DocumentReader.Node> listIfPresent(DocumentReader.Node node, String key) {
        return node.present(key) ? node.get(key).items(false) : List.of();
    }

    private static String choice(DocumentReader.Node node, Set<String> allowed, String fallback) {
        String value = node.text().toUpperCase(Locale.ROOT);
        if (!value.isEmpty() && !allowed.contains(value)) {
            node.problem(
                    "invalid-choice", "must be one of " + new java.util.TreeSet<>(allowed) + ", was '" + value + "'");
            return fallback;
        }
        return value.isEmpty() ? fallback : value;
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new LinkedHashSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }
}
