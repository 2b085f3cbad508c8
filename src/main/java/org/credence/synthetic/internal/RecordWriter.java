package org.credence.synthetic.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes records of named text fields as CSV (header row, empty for absent) or JSON Lines (absent fields left out):
 * the formats the subject import reads.
 */
final class RecordWriter implements AutoCloseable {

    private static final CsvMapper CSV = new CsvMapper();
    private static final JsonMapper JSON = JsonMapper.builder(
                    JsonFactory.builder().rootValueSeparator("\n").build())
            .build();

    private final String[] columns;
    private final boolean csv;
    private final OutputStream out;
    private final JsonGenerator generator;

    private RecordWriter(Path file, boolean csv, String... columns) throws IOException {
        this.columns = columns;
        this.csv = csv;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (csv) {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            for (String column : columns) {
                schema.addColumn(column);
            }
            this.generator = CSV.writer(schema.build()).createGenerator(out);
        } else {
            this.generator = JSON.createGenerator(out);
        }
    }

    static RecordWriter open(Path file, boolean csv, String... columns) throws IOException {
        return new RecordWriter(file, csv, columns);
    }

    void write(@Nullable String... values) {
        if (csv) {
            generator.writeStartArray();
            for (String value : values) {
                if (value == null) {
                    generator.writeNull();
                } else {
                    generator.writeString(value);
                }
            }
            generator.writeEndArray();
        } else {
            generator.writeStartObject();
            for (int i = 0; i < columns.length; i++) {
                if (values[i] != null) {
                    generator.writeStringProperty(columns[i], values[i]);
                }
            }
            generator.writeEndObject();
        }
    }

    @Override
    public void close() throws IOException {
        if (!csv) {
            generator.writeRaw('\n');
        }
        generator.close();
        out.close();
    }
}
