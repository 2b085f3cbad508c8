package org.credence.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.credence.shared.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses JSON Lines: each line one JSON object whose properties are the submission's fields, strings or null, the
 * payload an object. Unknown properties and repeated keys are problems, not silently dropped.
 */
final class JsonLineParser {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    ParsedLine parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            return ParsedLine.Malformed.of("line", "malformed-json", "not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return ParsedLine.Malformed.of("line", "malformed-json", "each line must be one JSON object");
        }
        String[] values = new String[SubmissionField.values().length];
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            Optional<SubmissionField> field = SubmissionField.named(property.getKey());
            if (field.isEmpty() || !field.get().apiName().equals(property.getKey())) {
                problems.add(
                        new FieldProblem(property.getKey(), "unknown-field", "no field is named " + property.getKey()));
                continue;
            }
            value(field.get(), property.getValue(), values, problems);
        }
        return problems.isEmpty()
                ? new ParsedLine.Fields(ParsedLine.submission(values))
                : new ParsedLine.Malformed(problems);
    }

    private static void value(SubmissionField field, JsonNode value, String[] values, List<FieldProblem> problems) {
        if (value.isNull()) {
            return;
        }
        if (field == SubmissionField.PAYLOAD) {
            if (value.isObject()) {
                values[field.ordinal()] = value.toString();
            } else {
                problems.add(new FieldProblem(field.apiName(), "invalid-type", "the payload must be a JSON object"));
            }
        } else if (value.isString()) {
            values[field.ordinal()] = value.asString();
        } else {
            problems.add(new FieldProblem(
                    field.apiName(),
                    "invalid-type",
                    field.apiName() + " must be a string, not " + value.getNodeType()));
        }
    }
}
