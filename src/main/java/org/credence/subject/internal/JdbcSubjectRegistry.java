package org.credence.subject.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.subject.AssociationMembership;
import org.credence.subject.IdentifierParse;
import org.credence.subject.NewMembership;
import org.credence.subject.NewRegistration;
import org.credence.subject.NewRole;
import org.credence.subject.NewSubject;
import org.credence.subject.Profession;
import org.credence.subject.ProfessionalRegistration;
import org.credence.subject.RegistrationStatus;
import org.credence.subject.ResidentIdentityNumber;
import org.credence.subject.SubjectAlreadyRegisteredException;
import org.credence.subject.SubjectDetails;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectKind;
import org.credence.subject.SubjectLookup;
import org.credence.subject.SubjectQuery;
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
    private final SubjectProfiles profiles;
    private final SubjectSearch search;
    private final RoleStore roles;
    private final RegistrationStore registrations;
    private final MembershipStore memberships;

    JdbcSubjectRegistry(
            JdbcClient jdbc,
            Clock clock,
            SubjectProfiles profiles,
            SubjectSearch search,
            RoleStore roles,
            RegistrationStore registrations,
            MembershipStore memberships) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.profiles = profiles;
        this.search = search;
        this.roles = roles;
        this.registrations = registrations;
        this.memberships = memberships;
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
    public Optional<SubjectRef> firstOfKind(SubjectKind kind) {
        return jdbc.sql("SELECT " + SubjectRows.COLUMNS
                        + " FROM subject WHERE kind = :kind ORDER BY subject_id LIMIT 1")
                .param("kind", kind.name())
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
    public Optional<SubjectDetails> details(long subjectId) {
        return profiles.find(subjectId).map(this::details);
    }

    private SubjectDetails details(SubjectProfile profile) {
        return new SubjectDetails(
                profile.ref(),
                profile.birthDate(),
                profile.sex(),
                profile.organisationType(),
                profile.registrationStatus(),
                roles.linked(profile.kind(), profile.id()),
                registrations.of(profile.id()),
                memberships.of(profile.id()),
                previousNames(profile.id()));
    }

    private List<SubjectDetails.PreviousName> previousNames(long subjectId) {
        return jdbc.sql("SELECT previous_name, changed_at, source FROM subject_name_history"
                        + " WHERE subject_id = :id ORDER BY changed_at")
                .param("id", subjectId)
                .query((rs, n) -> new SubjectDetails.PreviousName(
                        rs.getString("previous_name"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("source")))
                .list();
    }

    @Override
    public Page<SubjectRef> search(SubjectQuery query, PageRequest page) {
        return search.search(query, page);
    }

    @Override
    public List<SubjectRole> rolesOfOrganisation(long organisationId) {
        return roles.inForce(SubjectKind.ORGANISATION, organisationId);
    }

    @Override
    public List<SubjectRole> rolesOfPerson(long personId) {
        return roles.inForce(SubjectKind.PERSON, personId);
    }

    @Override
    @Transactional
    public SubjectRole addRole(NewRole role) {
        return roles.add(role);
    }

    @Override
    public List<Profession> professions() {
        return registrations.professions();
    }

    @Override
    @Transactional
    public ProfessionalRegistration addRegistration(NewRegistration registration) {
        return registrations.add(registration);
    }

    @Override
    public List<ProfessionalRegistration> registrationsOf(long subjectId) {
        return registrations.of(subjectId);
    }

    @Override
    @Transactional
    public AssociationMembership addMembership(NewMembership membership) {
        return memberships.add(membership);
    }

    @Override
    public List<AssociationMembership> membershipsOf(long subjectId) {
        return memberships.of(subjectId);
    }

    @Override
    public Page<AssociationMembership> associationMembers(long associationId, PageRequest page) {
        return memberships.members(associationId, page);
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
