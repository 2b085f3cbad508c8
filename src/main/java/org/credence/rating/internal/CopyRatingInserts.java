package org.credence.rating.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** Ratings streamed into their tables with PostgreSQL {@code COPY}, in the caller's transaction. */
class CopyRatingInserts implements RatingInserts {

    private final DataSource dataSource;
    private final RatingInserts small;

    CopyRatingInserts(DataSource dataSource, RatingInserts small) {
        this.dataSource = dataSource;
        this.small = small;
    }

    @Override
    public void insert(List<RatingRow> rows, OffsetDateTime computedAt) {
        if (rows.size() < 50) {
            small.insert(rows, computedAt);
            return;
        }
        String computed = computedAt.toString();
        copy(
                "COPY rating (subject_id, scheme_code, standard_id, standard_version, score, grade, assignment_code,"
                        + " as_of, valid_until, read_at, computed_at, job_id, reasons) FROM STDIN",
                out -> {
                    // a chunk's rows share their standard, dates and read time: each is formatted once, not per row
                    Repeated standard = new Repeated();
                    Repeated version = new Repeated();
                    Repeated asOf = new Repeated();
                    Repeated readAt = new Repeated();
                    // every value of a rating row is a number, a date, a time or a validated code (scheme, grade,
                    // assignment, reasons): none holds a character COPY escapes, so none is scanned for one
                    for (RatingRow row : rows) {
                        Evaluation e = row.evaluation();
                        out.write(Long.toString(row.subjectId()));
                        clean(out, row.scheme());
                        clean(out, standard.text(row.standardId()));
                        clean(out, version.text(row.version()));
                        clean(out, Points.plain(e.score()));
                        clean(out, e.grade());
                        clean(out, e.assignment());
                        clean(out, asOf.text(row.asOf()));
                        clean(out, date(e.validUntil()));
                        clean(out, readAt.text(row.readAt()));
                        clean(out, computed);
                        clean(out, row.jobId() == null ? null : row.jobId().toString());
                        clean(out, ReasonColumn.encode(e.reasons()));
                        out.write('\n');
                    }
                });
        if (rows.stream().anyMatch(r -> !r.evaluation().professions().isEmpty())) {
            copy(
                    "COPY rating_profession (subject_id, scheme_code, profession_code, region_code, score) FROM STDIN",
                    out -> {
                        for (RatingRow row : rows) {
                            for (String profession : row.evaluation().professions()) {
                                out.write(Long.toString(row.subjectId()));
                                field(out, row.scheme());
                                field(out, profession);
                                field(out, row.regionCode());
                                field(
                                        out,
                                        Points.decimal(row.evaluation().score()).toPlainString());
                                out.write('\n');
                            }
                        }
                    });
        }
    }

    /** The text of the last value seen, formatted again only when the value changes. */
    private static final class Repeated {
        private @Nullable Object value;
        private String text = "";

        String text(Object next) {
            if (!next.equals(value)) {
                value = next;
                text = next.toString();
            }
            return text;
        }
    }

    /** Writes the lines of one COPY. */
    private interface Lines {
        void write(Writer out) throws IOException;
    }

    private void copy(String sql, Lines lines) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = new PGCopyOutputStream(con.unwrap(PGConnection.class), sql, 1 << 16);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
                lines.write(out);
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new DuplicateKeyException("a rating was stored meanwhile: " + e.getMessage(), e);
            }
            throw new IllegalStateException("COPY of ratings failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    private static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A tab and a value that holds no tab, newline, carriage return or backslash; {@code \N} for null. */
    private static void clean(Writer out, @Nullable String value) throws IOException {
        out.write('\t');
        out.write(value == null ? "\\N" : value);
    }

    /** A tab and the value in COPY text format: {@code \N} for null, backslash escapes where needed. */
    private static void field(Writer out, @Nullable String value) throws IOException {
        out.write('\t');
        if (value == null) {
            out.write("\\N");
            return;
        }
        if (plain(value)) {
            out.write(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
    }

    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }
}
