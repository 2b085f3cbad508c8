package org.credence.subject.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.subject.AssociationMembership;
import org.credence.subject.NewMembership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Memberships of persons and organisations in associations. */
@Component
class MembershipStore {

    private static final String SELECT = "SELECT m.membership_id, m.member_since, m.member_until, "
            + SubjectRows.columns("s") + ", " + SubjectRows.columns("a")
            + " FROM association_membership m"
            + " JOIN subject s ON s.subject_id = m.subject_id"
            + " JOIN subject a ON a.subject_id = m.association_subject_id";

    private static final String IN_FORCE =
            " m.member_since <= :today AND (m.member_until IS NULL OR m.member_until >= :today)";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SubjectProfiles profiles;

    MembershipStore(JdbcClient jdbc, Clock clock, SubjectProfiles profiles) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.profiles = profiles;
    }

    AssociationMembership add(NewMembership membership) {
        SubjectProfile association = profiles.lock(membership.associationId(), "associationId");
        SubjectProfile member = profiles.require(membership.memberId(), "memberId");
        LinkRules.membership(member, association, membership.since()).orThrow();
        if (overlaps(membership)) {
            throw Refusals.conflict(
                    "membership-exists", "memberId", "the subject is already a member of the association then");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO association_membership (subject_id, association_subject_id, member_since, member_until)
                VALUES (:member, :association, :since, :until)
                """)
                .param("member", membership.memberId())
                .param("association", membership.associationId())
                .param("since", membership.since())
                .param("until", membership.until())
                .update(keys, "membership_id");
        return new AssociationMembership(
                keys.getKeyAs(Number.class).longValue(),
                member.ref(),
                association.ref(),
                membership.since(),
                membership.until());
    }

    private boolean overlaps(NewMembership membership) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM association_membership
                WHERE subject_id = :member AND association_subject_id = :association
                  AND member_since <= :until AND COALESCE(member_until, DATE '9999-12-31') >= :since
                """)
                        .param("member", membership.memberId())
                        .param("association", membership.associationId())
                        .param("since", membership.since())
                        .param("until", membership.until() == null ? RoleStore.OPEN_END : membership.until())
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<AssociationMembership> of(long memberId) {
        return jdbc.sql(SELECT + " WHERE m.subject_id = :id AND" + IN_FORCE + " ORDER BY m.membership_id")
                .param("id", memberId)
                .param("today", LocalDate.now(clock))
                .query(MembershipStore::membership)
                .list();
    }

    Page<AssociationMembership> members(long associationId, PageRequest page) {
        List<AssociationMembership> fetched = jdbc.sql(SELECT + " WHERE m.association_subject_id = :id AND" + IN_FORCE
                        + " ORDER BY m.membership_id LIMIT :limit OFFSET :offset")
                .param("id", associationId)
                .param("today", LocalDate.now(clock))
                .param("limit", page.size() + 1)
                .param("offset", page.offset())
                .query(MembershipStore::membership)
                .list();
        return Page.of(fetched, page);
    }

    private static AssociationMembership membership(ResultSet rs, int row) throws SQLException {
        return new AssociationMembership(
                rs.getLong("membership_id"),
                SubjectRows.ref(rs, "s_"),
                SubjectRows.ref(rs, "a_"),
                rs.getObject("member_since", LocalDate.class),
                SubjectRows.date(rs, "member_until"));
    }
}
