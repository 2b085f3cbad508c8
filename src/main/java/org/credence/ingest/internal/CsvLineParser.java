package org.credence.ingest.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.credence.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Parses CSV lines (RFC 4180 quoting: a field in double quotes may hold commas and doubled quotes, not line breaks)
 * against the columns named by the header line. An empty cell is an absent value.
 */
final class CsvLineParser {

    private final SubmissionField[] columns;

    private CsvLineParser(SubmissionField[] columns) {
        this.columns = columns;
    }

    /** The parser for a header, or the header's problems (unknown, repeated or missing columns). */
    static Header header(String text) {
        List<String> names;
        try {
            names = split(text);
        } catch (IllegalArgumentException e) {
            return new Header(null, List.of(new FieldProblem("header", "malformed-csv", e.getMessage())));
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<SubmissionField> columns = new ArrayList<>();
        Set<SubmissionField> seen = EnumSet.noneOf(SubmissionField.class);
        for (String name : names) {
            Optional<SubmissionField> field = SubmissionField.named(name);
            if (field.isEmpty()) {
                problems.add(new FieldProblem(name, "unknown-column", "no field is named '" + name + "'"));
            } else if (!seen.add(field.get())) {
                problems.add(new FieldProblem(name, "duplicate-column", "column '" + name + "' appears twice"));
            } else {
                columns.add(field.get());
            }
        }
        for (SubmissionField field : SubmissionField.values()) {
            if (field.required() && !seen.contains(field)) {
                problems.add(
                        new FieldProblem(field.apiName(), "missing-column", "the header lacks " + field.apiName()));
            }
        }
        return problems.isEmpty()
                ? new Header(new CsvLineParser(columns.toArray(SubmissionField[]::new)), List.of())
                : new Header(null, problems);
    }

    /** The outcome of reading a header. */
    record Header(@Nullable CsvLineParser parser, List<FieldProblem> problems) {}

    ParsedLine parse(String text) {
        List<String> cells;
        try {
            cells = split(text);
        } catch (IllegalArgumentException e) {
            return ParsedLine.Malformed.of("line", "malformed-csv", e.getMessage());
        }
        if (cells.size() != columns.length) {
            return ParsedLine.Malformed.of(
                    "line", "column-count", "the line has " + cells.size() + " fields, the header " + columns.length);
        }
        String[] values = new String[SubmissionField.values().length];
        for (int i = 0; i < columns.length; i++) {
            values[columns[i].ordinal()] = cells.get(i).isEmpty() ? null : cells.get(i);
        }
        return new ParsedLine.Fields(ParsedLine.submission(values));
    }

    /** Splits one line into cells; throws {@link IllegalArgumentException} on broken quoting. */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>(16);
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (true) {
            cell.setLength(0);
            if (i < line.length() && line.charAt(i) == '"') {
                i = quoted(line, i + 1, cell);
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after a closing quote at character " + (i + 1));
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    if (line.charAt(i) == '"') {
                        throw new IllegalArgumentException("a quote inside an unquoted field at character " + (i + 1));
                    }
                    cell.append(line.charAt(i++));
                }
            }
            cells.add(cell.toString());
            if (i >= line.length()) {
                return cells;
            }
            i++;
        }
    }

    private static int quoted(String line, int from, StringBuilder cell) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            cell.append(c);
            i++;
        }
        throw new IllegalArgumentException("a quoted field is not closed on this line (fields may not span lines)");
    }
}
