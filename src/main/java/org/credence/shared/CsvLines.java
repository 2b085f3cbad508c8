package org.credence.shared;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * One CSV line into its fields, parsed on its own so that a broken quote costs that line and not the rest of a file
 * (a quoted field cannot span lines). Throws Jackson's {@code JacksonException} for a line that is not valid CSV.
 */
public final class CsvLines {

    private static final CsvMapper CSV = new CsvMapper();

    private CsvLines() {}

    public static List<String> fields(String line) {
        List<String> fields = new ArrayList<>(8);
        try (JsonParser parser = CSV.createParser(line)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    fields.add(parser.getString());
                }
            }
        }
        return fields;
    }
}
