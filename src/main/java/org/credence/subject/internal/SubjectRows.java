package org.credence.subject.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.credence.subject.OrganisationType;
import org.credence.subject.RegistrationStatus;
import org.credence.subject.SubjectKind;
import org.credence.subject.SubjectRef;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/** Maps subject rows to the facade's records, which carry the stored masked identifier, never the clear one. */
final class SubjectRows {

    static final String COLUMNS = "subject_id, kind, identifier_masked, name, region_code";

    static final String PROFILE_COLUMNS = COLUMNS + ", birth_date, sex, organisation_type, registration_status";

    static final RowMapper<SubjectRef> REF = (rs, row) -> ref(rs, "");

    static final RowMapper<SubjectProfile> PROFILE = SubjectRows::profile;

    private SubjectRows() {}

    /**
     * The reference columns of the subject table under {@code alias}, each renamed with the alias as a prefix
     * ({@code o.name AS o_name}), so that one row can carry several subjects; read them with {@link #ref(ResultSet,
     * String)} and {@code alias + "_"}.
     */
    static String columns(String alias) {
        StringBuilder sql = new StringBuilder();
        for (String column : COLUMNS.split(", ")) {
            sql.append(sql.isEmpty() ? "" : ", ")
                    .append(alias)
                    .append('.')
                    .append(column)
                    .append(" AS ")
                    .append(alias)
                    .append('_')
                    .append(column);
        }
        return sql.toString();
    }

    static SubjectRef ref(ResultSet rs, String prefix) throws SQLException {
        SubjectKind kind = SubjectKind.valueOf(rs.getString(prefix + "kind"));
        String masked = rs.getString(prefix + "identifier_masked");
        return new SubjectRef(
                rs.getLong(prefix + "subject_id"),
                kind,
                masked,
                rs.getString(prefix + "name"),
                rs.getString(prefix + "region_code"));
    }

    static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static SubjectProfile profile(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("organisation_type");
        String status = rs.getString("registration_status");
        return new SubjectProfile(
                ref(rs, ""),
                date(rs, "birth_date"),
                rs.getString("sex"),
                type == null ? null : OrganisationType.valueOf(type),
                status == null ? null : RegistrationStatus.valueOf(status));
    }
}
