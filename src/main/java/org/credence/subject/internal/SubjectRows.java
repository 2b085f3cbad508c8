package org.credence.subject.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectKind;
import org.credence.subject.SubjectRef;
import org.springframework.jdbc.core.RowMapper;

/** Maps subject rows to the facade's records; the clear identifier is masked on the way out. */
final class SubjectRows {

    static final String COLUMNS = "subject_id, kind, identifier, name, region_code";

    static final RowMapper<SubjectRef> REF = SubjectRows::ref;

    private SubjectRows() {}

    private static SubjectRef ref(ResultSet rs, int row) throws SQLException {
        SubjectKind kind = SubjectKind.valueOf(rs.getString("kind"));
        String identifier = rs.getString("identifier");
        String masked = kind == SubjectKind.PERSON
                ? SubjectIdentifier.mask(identifier, 6, 4)
                : SubjectIdentifier.mask(identifier, 4, 5);
        return new SubjectRef(
                rs.getLong("subject_id"), kind, masked, rs.getString("name"), rs.getString("region_code"));
    }
}
