package org.credence.record.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.credence.catalog.DisclosureMode;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.credence.record.CreditRecord;
import org.credence.record.PublicityDates;
import org.credence.record.RecordStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/** Maps credit_record rows. */
final class RecordRows {

    static final RowMapper<CreditRecord> RECORD = RecordRows::record;

    static final RowMapper<ExistingRecord> EXISTING = (rs, n) -> new ExistingRecord(
            rs.getLong("record_id"),
            rs.getLong("subject_id"),
            rs.getString("source_reference"),
            RecordStatus.valueOf(rs.getString("status")),
            rs.getInt("version"),
            rs.getString("content_hash"),
            (Long) rs.getObject("last_batch_id", Long.class),
            (Long) rs.getObject("last_batch_line", Long.class));

    static final RowMapper<RecordContent> CONTENT = (rs, n) -> new RecordContent(
            rs.getString("record_type"),
            rs.getString("severity"),
            rs.getString("decision_number"),
            rs.getString("legal_basis"),
            requiredDate(rs, "decision_date"),
            date(rs, "effective_from"),
            date(rs, "effective_to"),
            rs.getString("summary"),
            rs.getString("payload"));

    private RecordRows() {}

    private static CreditRecord record(ResultSet rs, int row) throws SQLException {
        String severity = rs.getString("severity");
        return new CreditRecord(
                rs.getLong("record_id"),
                rs.getLong("subject_id"),
                rs.getString("provider_code"),
                rs.getString("source_reference"),
                rs.getString("record_type"),
                rs.getString("edition_code"),
                Polarity.valueOf(rs.getString("polarity")),
                DisclosureMode.valueOf(rs.getString("disclosure")),
                severity == null ? null : Severity.valueOf(severity),
                RecordStatus.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getString("decision_number"),
                rs.getString("legal_basis"),
                requiredDate(rs, "decision_date"),
                date(rs, "effective_from"),
                date(rs, "effective_to"),
                rs.getString("summary"),
                rs.getString("payload"),
                new PublicityDates(
                        date(rs, "publication_date"), date(rs, "publicity_min_end"), date(rs, "publicity_max_end")),
                rs.getObject("filed_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static LocalDate requiredDate(ResultSet rs, String column) throws SQLException {
        return rs.getDate(column).toLocalDate();
    }

    static @Nullable Date sqlDate(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
