package org.credence.subject.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.credence.subject.IdentifierParse;
import org.credence.subject.NewSubject;
import org.credence.subject.RegistrationStatus;
import org.credence.subject.ResidentIdentityNumber;
import org.credence.subject.RoleType;
import org.credence.subject.SubjectAlreadyRegisteredException;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectLookup;
import org.credence.subject.SubjectRef;
import org.credence.subject.SubjectRegistry;
import org.credence.subject.SubjectRole;
import org.credence.subject.UnifiedSocialCreditCode;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcSubjectRegistry implements SubjectRegistry {

    /** Bound parameters per IN list: well under every driver's limit, large enough to keep round trips few. */
    private static final int IN_CHUNK = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcSubjectRegistry(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SubjectRef register(NewSubject subject) {
        SubjectIdentifier id = subject.identifier();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO subject (kind, identifier, name, region_code, birth_date, sex, organisation_type,
                                         registration_status, created_at, updated_at)
                    VALUES (:kind, :identifier, :name, :region, :birthDate, :sex, :orgType, :status, :now, :now)
                    """)
                    .param("kind", id.kind().name())
                    .param("identifier", id.value())
                    .param("name", subject.name())
                    .param("region", subject.regionCode() != null ? subject.regionCode() : regionOf(id))
                    .param("birthDate", id instanceof ResidentIdentityNumber p ? Date.valueOf(p.birthDate()) : null)
                    .param("sex", id instanceof ResidentIdentityNumber p ? String.valueOf(p.sex()) : null)
                    .param("orgType", organisationType(id))
                    .param("status", status(id, subject.registrationStatus()))
                    .param("now", now)
                    .update(keys, "subject_id");
        } catch (DuplicateKeyException e) {
            throw new SubjectAlreadyRegisteredException(id.masked());
        }
        long subjectId = keys.getKeyAs(Number.class).longValue();
        return findById(subjectId).orElseThrow();
    }

    @Override
    public SubjectLookup lookup(String identifier) {
        return switch (SubjectIdentifier.parse(identifier)) {
            case IdentifierParse.Rejected r -> new SubjectLookup.Invalid(r.reason(), r.message());
            case IdentifierParse.Accepted a ->
                jdbc.sql("SELECT " + SubjectRows.COLUMNS + " FROM subject WHERE identifier = :identifier")
                        .param("identifier", a.identifier().value())
                        .query(SubjectRows.REF)
                        .optional()
                        .<SubjectLookup>map(SubjectLookup.Found::new)
                        .orElseGet(
                                () -> new SubjectLookup.Unknown(a.identifier().masked()));
        };
    }

    @Override
    public Optional<SubjectRef> findById(long subjectId) {
        return jdbc.sql("SELECT " + SubjectRows.COLUMNS + " FROM subject WHERE subject_id = :id")
                .param("id", subjectId)
                .query(SubjectRows.REF)
                .optional();
    }

    @Override
    public Map<String, Long> resolveAll(Collection<SubjectIdentifier> identifiers) {
        List<String> values =
                identifiers.stream().map(SubjectIdentifier::value).distinct().toList();
        Map<String, Long> found = new HashMap<>(values.size() * 2);
        for (int from = 0; from < values.size(); from += IN_CHUNK) {
            List<String> chunk = values.subList(from, Math.min(values.size(), from + IN_CHUNK));
            jdbc.sql("SELECT identifier, subject_id FROM subject WHERE identifier IN (:ids)")
                    .param("ids", chunk)
                    .query((rs, n) -> found.put(rs.getString(1), rs.getLong(2)))
                    .list();
        }
        return found;
    }

    @Override
    public List<SubjectRole> rolesOfOrganisation(long organisationId) {
        return roles("subject_id", organisationId);
    }

    @Override
    public List<SubjectRole> rolesOfPerson(long personId) {
        return roles("person_subject_id", personId);
    }

    private List<SubjectRole> roles(String column, long id) {
        LocalDate today = LocalDate.now(clock);
        List<SubjectRole> roles = new ArrayList<>();
        jdbc.sql("SELECT subject_id, person_subject_id, role, valid_from, valid_to FROM subject_role WHERE " + column
                        + " = :id AND valid_from <= :today AND (valid_to IS NULL OR valid_to >= :today)"
                        + " ORDER BY role_id")
                .param("id", id)
                .param("today", Date.valueOf(today))
                .query(rs -> {
                    Date to = rs.getDate("valid_to");
                    roles.add(new SubjectRole(
                            rs.getLong("subject_id"),
                            rs.getLong("person_subject_id"),
                            RoleType.valueOf(rs.getString("role")),
                            rs.getDate("valid_from").toLocalDate(),
                            to == null ? null : to.toLocalDate()));
                });
        return roles;
    }

    static String regionOf(SubjectIdentifier id) {
        return switch (id) {
            case ResidentIdentityNumber p -> p.regionCode();
            case UnifiedSocialCreditCode o -> o.regionCode();
        };
    }

    static @Nullable String organisationType(SubjectIdentifier id) {
        return id instanceof UnifiedSocialCreditCode o ? o.organisationType().name() : null;
    }

    static @Nullable String status(SubjectIdentifier id, @Nullable RegistrationStatus status) {
        if (id instanceof UnifiedSocialCreditCode) {
            return (status == null ? RegistrationStatus.ACTIVE : status).name();
        }
        return null;
    }
}
