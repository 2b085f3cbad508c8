package org.credence.subject.internal.imports;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.credence.shared.CsvLines;
import org.credence.subject.ImportUnreadableException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Reads CSV with a header row, one record per line. Each line is parsed on its own, so that a broken quote costs that
 * line and not the rest of the file; a quoted field cannot span lines (no subject field contains a line break).
 */
final class CsvSource {

    private CsvSource() {}

    static void read(LineReader lines, RowSink sink) throws IOException {
        Header header = header(lines);
        while (lines.next()) {
            String text = lines.text();
            String problem = lines.problem();
            if (problem != null || text == null) {
                sink.reject(lines.number(), null, String.valueOf(problem), lineProblem(lines));
            } else if (!text.isBlank()) {
                row(lines.number(), text, header, sink);
            }
        }
    }

    private static void row(long line, String text, Header header, RowSink sink) {
        List<String> fields;
        try {
            fields = CsvLines.fields(text);
        } catch (JacksonException e) {
            sink.reject(line, null, ImportCodes.MALFORMED_LINE, "the line is not valid CSV: " + e.getOriginalMessage());
            return;
        }
        int expected = header.columns().size();
        if (fields.size() > expected) {
            sink.reject(line, null, ImportCodes.MALFORMED_LINE, countMessage(fields.size(), expected));
        } else if (fields.size() < expected) {
            sink.reject(
                    line,
                    header.columns().get(fields.size()),
                    ImportCodes.MISSING_FIELD,
                    countMessage(fields.size(), expected));
        } else {
            sink.row(new RawRow(
                    line,
                    value(fields, header.identifier()),
                    value(fields, header.name()),
                    value(fields, header.regionCode()),
                    value(fields, header.registrationStatus())));
        }
    }

    private static Header header(LineReader lines) throws IOException {
        if (!lines.next()) {
            throw new ImportUnreadableException("the file is empty: a CSV import starts with a header row");
        }
        String text = lines.text();
        if (text == null) {
            throw new ImportUnreadableException("the header row cannot be read: " + lineProblem(lines));
        }
        List<String> columns;
        try {
            columns = CsvLines.fields(text).stream()
                    .map(c -> c.strip().toLowerCase(Locale.ROOT))
                    .toList();
        } catch (JacksonException e) {
            throw new ImportUnreadableException("the header row is not valid CSV: " + e.getOriginalMessage());
        }
        if (columns.stream().distinct().count() != columns.size()) {
            throw new ImportUnreadableException("the header row names a column twice: " + columns);
        }
        for (String required : List.of(ImportCodes.IDENTIFIER, ImportCodes.NAME)) {
            if (!columns.contains(required)) {
                throw new ImportUnreadableException("the header row has no '" + required
                        + "' column; expected identifier,name[,region_code][,registration_status]");
            }
        }
        return new Header(columns);
    }

    private static @Nullable String value(List<String> fields, int index) {
        return index < 0 ? null : fields.get(index);
    }

    private static String countMessage(int actual, int expected) {
        return "the line has " + actual + " fields, the header names " + expected;
    }

    private static String lineProblem(LineReader lines) {
        return ImportCodes.lineProblemMessage(String.valueOf(lines.problem()), lines.maxLineBytes());
    }

    /** Positions of the known columns in the header; other columns are ignored. */
    private record Header(List<String> columns) {

        int identifier() {
            return columns.indexOf(ImportCodes.IDENTIFIER);
        }

        int name() {
            return columns.indexOf(ImportCodes.NAME);
        }

        int regionCode() {
            return columns.indexOf(ImportCodes.REGION_CODE);
        }

        int registrationStatus() {
            return columns.indexOf(ImportCodes.REGISTRATION_STATUS);
        }
    }
}
