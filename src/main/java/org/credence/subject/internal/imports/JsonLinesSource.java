package org.credence.subject.internal.imports;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** Reads JSON Lines: one object per line with string fields; unknown fields are ignored. */
final class JsonLinesSource {

    private static final JsonMapper JSON = new JsonMapper();
    private static final Set<String> FIELDS =
            Set.of(ImportCodes.IDENTIFIER, ImportCodes.NAME, ImportCodes.REGION_CODE, ImportCodes.REGISTRATION_STATUS);

    private JsonLinesSource() {}

    static void read(LineReader lines, RowSink sink) throws IOException {
        while (lines.next()) {
            String text = lines.text();
            String problem = lines.problem();
            if (problem != null || text == null) {
                sink.reject(
                        lines.number(),
                        null,
                        String.valueOf(problem),
                        ImportCodes.lineProblemMessage(String.valueOf(problem), lines.maxLineBytes()));
            } else if (!text.isBlank()) {
                row(lines.number(), text, sink);
            }
        }
    }

    private static void row(long line, String text, RowSink sink) {
        Map<String, @Nullable String> values = new HashMap<>(8);
        String wrongType = null;
        JsonToken wrongToken = null;
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                sink.reject(line, null, ImportCodes.MALFORMED_LINE, "a line must hold one JSON object");
                return;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && FIELDS.contains(field)) {
                    values.put(field, parser.getString());
                } else if (value != JsonToken.VALUE_NULL && FIELDS.contains(field) && wrongType == null) {
                    wrongType = field;
                    wrongToken = value;
                }
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                sink.reject(line, null, ImportCodes.MALFORMED_LINE, "the line holds more than one JSON value");
                return;
            }
        } catch (JacksonException e) {
            sink.reject(
                    line, null, ImportCodes.MALFORMED_LINE, "the line is not valid JSON: " + e.getOriginalMessage());
            return;
        }
        if (wrongType != null) {
            sink.reject(
                    line,
                    wrongType,
                    ImportCodes.WRONG_TYPE,
                    wrongType + " must be a string, not " + describe(wrongToken));
            return;
        }
        sink.row(new RawRow(
                line,
                values.get(ImportCodes.IDENTIFIER),
                values.get(ImportCodes.NAME),
                values.get(ImportCodes.REGION_CODE),
                values.get(ImportCodes.REGISTRATION_STATUS)));
    }

    private static String describe(@Nullable JsonToken token) {
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case null, default -> "another JSON type";
        };
    }
}
