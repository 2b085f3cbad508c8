package org.credence.subject.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.credence.subject.NewRole;
import org.credence.subject.RoleType;
import org.credence.subject.SubjectDetails.LinkedRole;
import org.credence.subject.SubjectKind;
import org.credence.subject.SubjectRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Roles linking persons to organisations: recording them and reading those in force. */
@Component
class RoleStore {

    /** Stands for an open end in overlap checks, so that no nullable parameter needs a type. */
    static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private static final String IN_FORCE = inForce("r");

    /** The condition that the role under the alias is in force on {@code :today}, with a leading space. */
    static String inForce(String alias) {
        return " " + alias + ".valid_from <= :today AND (" + alias + ".valid_to IS NULL OR " + alias
                + ".valid_to >= :today)";
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SubjectProfiles profiles;

    RoleStore(JdbcClient jdbc, Clock clock, SubjectProfiles profiles) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.profiles = profiles;
    }

    SubjectRole add(NewRole role) {
        SubjectProfile organisation = profiles.lock(role.organisationId(), "organisationId");
        SubjectProfile person = profiles.require(role.personId(), "personId");
        LinkRules.role(organisation, person, role.validFrom()).orThrow();
        if (overlaps(role)) {
            throw Refusals.conflict(
                    "role-exists",
                    "role",
                    "the person already holds the role " + role.role() + " for the organisation in that period");
        }
        jdbc.sql("""
                INSERT INTO subject_role (subject_id, person_subject_id, role, valid_from, valid_to)
                VALUES (:organisation, :person, :role, :from, :to)
                """)
                .param("organisation", role.organisationId())
                .param("person", role.personId())
                .param("role", role.role().name())
                .param("from", role.validFrom())
                .param("to", role.validTo())
                .update();
        return new SubjectRole(role.organisationId(), role.personId(), role.role(), role.validFrom(), role.validTo());
    }

    private boolean overlaps(NewRole role) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM subject_role
                WHERE subject_id = :organisation AND person_subject_id = :person AND role = :role
                  AND valid_from <= :to AND COALESCE(valid_to, DATE '9999-12-31') >= :from
                """)
                        .param("organisation", role.organisationId())
                        .param("person", role.personId())
                        .param("role", role.role().name())
                        .param("from", role.validFrom())
                        .param("to", role.validTo() == null ? OPEN_END : role.validTo())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The roles in force today of the organisation ({@code subject_id}) or the person ({@code person_subject_id}). */
    List<SubjectRole> inForce(SubjectKind side, long subjectId) {
        String column = side == SubjectKind.ORGANISATION ? "r.subject_id" : "r.person_subject_id";
        return jdbc.sql("SELECT r.subject_id, r.person_subject_id, r.role, r.valid_from, r.valid_to"
                        + " FROM subject_role r WHERE " + column + " = :id AND" + IN_FORCE + " ORDER BY r.role_id")
                .param("id", subjectId)
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> role(rs, ""))
                .list();
    }

    /**
     * A role from the columns of {@code subject_role} named with the prefix ({@code role_subject_id} and so on for
     * "role_"), so that a row can carry a role next to a subject's own columns.
     */
    static SubjectRole role(ResultSet rs, String prefix) throws SQLException {
        return new SubjectRole(
                rs.getLong(prefix + "subject_id"),
                rs.getLong(prefix + "person_subject_id"),
                RoleType.valueOf(rs.getString(prefix + "role")),
                rs.getObject(prefix + "valid_from", LocalDate.class),
                SubjectRows.date(rs, prefix + "valid_to"));
    }

    /** The roles in force today seen from the subject, each with the subject on the other side. */
    List<LinkedRole> linked(SubjectKind kind, long subjectId) {
        boolean organisation = kind == SubjectKind.ORGANISATION;
        String own = organisation ? "r.subject_id" : "r.person_subject_id";
        String other = organisation ? "r.person_subject_id" : "r.subject_id";
        return jdbc.sql("SELECT r.role, r.valid_from, r.valid_to, " + SubjectRows.columns("c")
                        + " FROM subject_role r JOIN subject c ON c.subject_id = " + other
                        + " WHERE " + own + " = :id AND" + IN_FORCE + " ORDER BY r.role_id")
                .param("id", subjectId)
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> new LinkedRole(
                        RoleType.valueOf(rs.getString("role")),
                        SubjectRows.ref(rs, "c_"),
                        rs.getObject("valid_from", LocalDate.class),
                        SubjectRows.date(rs, "valid_to")))
                .list();
    }
}
