package org.credence.subject.internal.imports;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.credence.subject.SubjectImport.Membership;
import org.credence.subject.SubjectImport.Registration;
import org.credence.subject.SubjectImport.Role;
import org.credence.subject.internal.IdentifierProtector;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batch inserts of roles, professional registrations and memberships named by identifiers. Each statement resolves
 * the identifiers itself and skips a link that is on file already, so that a repeated load adds nothing.
 */
@Component
class LinkWriter {

    private static final int BATCH = 1000;
    private static final String ROLE = """
            INSERT INTO subject_role (subject_id, person_subject_id, role, valid_from, valid_to)
            SELECT o.subject_id, p.subject_id, CAST(? AS VARCHAR(24)), CAST(? AS DATE), CAST(? AS DATE)
            FROM subject o, subject p
            WHERE o.identifier_hash = ? AND p.identifier_hash = ? AND NOT EXISTS (
                SELECT 1 FROM subject_role r WHERE r.subject_id = o.subject_id
                AND r.person_subject_id = p.subject_id AND r.role = ? AND r.valid_from = ?)""";
    private static final String REGISTRATION = """
            INSERT INTO professional_registration (subject_id, profession_code, licence_number, issuer, valid_from,
                                                   valid_to, status)
            SELECT p.subject_id, CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(60)), CAST(? AS VARCHAR(200)),
                   CAST(? AS DATE), CAST(? AS DATE), CAST(? AS VARCHAR(12))
            FROM subject p
            WHERE p.identifier_hash = ? AND NOT EXISTS (
                SELECT 1 FROM professional_registration r WHERE r.profession_code = ? AND r.licence_number = ?)""";
    private static final String MEMBERSHIP = """
            INSERT INTO association_membership (subject_id, association_subject_id, member_since, member_until)
            SELECT m.subject_id, a.subject_id, CAST(? AS DATE), CAST(? AS DATE)
            FROM subject m, subject a
            WHERE m.identifier_hash = ? AND a.identifier_hash = ? AND NOT EXISTS (
                SELECT 1 FROM association_membership x WHERE x.subject_id = m.subject_id
                AND x.association_subject_id = a.subject_id AND x.member_since = ?)""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final IdentifierProtector protector;

    LinkWriter(JdbcTemplate jdbc, TransactionTemplate transaction, IdentifierProtector protector) {
        this.jdbc = jdbc;
        this.protector = protector;
        this.transaction = transaction;
    }

    int addRoles(List<Role> roles) {
        return batch(ROLE, roles, (ps, r) -> {
            ps.setString(1, r.role().name());
            date(ps, 2, r.validFrom());
            date(ps, 3, r.validTo());
            ps.setString(4, protector.lookupHash(r.organisation().value()));
            ps.setString(5, protector.lookupHash(r.person().value()));
            ps.setString(6, r.role().name());
            date(ps, 7, r.validFrom());
        });
    }

    int addRegistrations(List<Registration> registrations) {
        return batch(REGISTRATION, registrations, (ps, r) -> {
            ps.setString(1, r.professionCode());
            ps.setString(2, r.licenceNumber());
            ps.setString(3, r.issuer());
            date(ps, 4, r.validFrom());
            date(ps, 5, r.validTo());
            ps.setString(6, r.status().name());
            ps.setString(7, protector.lookupHash(r.person().value()));
            ps.setString(8, r.professionCode());
            ps.setString(9, r.licenceNumber());
        });
    }

    int addMemberships(List<Membership> memberships) {
        return batch(MEMBERSHIP, memberships, (ps, m) -> {
            date(ps, 1, m.memberSince());
            date(ps, 2, m.memberUntil());
            ps.setString(3, protector.lookupHash(m.member().value()));
            ps.setString(4, protector.lookupHash(m.association().value()));
            date(ps, 5, m.memberSince());
        });
    }

    private <T> int batch(String sql, List<T> items, ParameterizedPreparedStatementSetter<T> setter) {
        if (items.isEmpty()) {
            return 0;
        }
        int[][] counts =
                Objects.requireNonNull(transaction.execute(status -> jdbc.batchUpdate(sql, items, BATCH, setter)));
        int added = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                added += Math.max(count, 0);
            }
        }
        return added;
    }

    private static void date(PreparedStatement ps, int index, @Nullable LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, java.sql.Date.valueOf(date));
        }
    }
}
