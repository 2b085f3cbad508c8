package org.credence.subject.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.subject.AssociationMembership;
import org.credence.subject.NewMembership;
import org.credence.subject.NewRegistration;
import org.credence.subject.NewRole;
import org.credence.subject.NewSubject;
import org.credence.subject.Profession;
import org.credence.subject.ProfessionalRegistration;
import org.credence.subject.SubjectDetails;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectKind;
import org.credence.subject.SubjectLookup;
import org.credence.subject.SubjectQuery;
import org.credence.subject.SubjectRef;
import org.credence.subject.SubjectRegistry;
import org.credence.subject.SubjectRole;
import org.credence.subject.SubjectWithRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's facade. Reads run without a transaction of their own: at read committed a read-only transaction gives
 * a method's statements no common snapshot, and costs every call a COMMIT (a credit check makes several such calls).
 * A read called inside a caller's transaction takes part in it.
 */
@Service
class JdbcSubjectRegistry implements SubjectRegistry {

    private final JdbcClient jdbc;
    private final SubjectStore store;
    private final SubjectProfiles profiles;
    private final SubjectSearch search;
    private final RoleStore roles;
    private final RegistrationStore registrations;
    private final MembershipStore memberships;

    JdbcSubjectRegistry(
            JdbcClient jdbc,
            SubjectStore store,
            SubjectProfiles profiles,
            SubjectSearch search,
            RoleStore roles,
            RegistrationStore registrations,
            MembershipStore memberships) {
        this.jdbc = jdbc;
        this.store = store;
        this.profiles = profiles;
        this.search = search;
        this.roles = roles;
        this.registrations = registrations;
        this.memberships = memberships;
    }

    @Override
    @Transactional
    public SubjectRef register(NewSubject subject) {
        return store.register(subject);
    }

    @Override
    public SubjectLookup lookup(String identifier) {
        return store.lookup(identifier);
    }

    /** One query for the applicant and its roles; a refusal (invalid, not on file) as {@link #require} gives it. */
    @Override
    public SubjectWithRoles requireWithRoles(String identifier, String field) {
        return store.withRoles(identifier).orElseGet(() -> SubjectRegistry.super.requireWithRoles(identifier, field));
    }

    @Override
    public Optional<SubjectRef> findById(long subjectId) {
        return store.findById(subjectId);
    }

    @Override
    public Optional<SubjectRef> firstOfKind(SubjectKind kind) {
        return store.firstOfKind(kind);
    }

    @Override
    public Map<String, Long> resolveAll(Collection<SubjectIdentifier> identifiers) {
        return store.resolveAll(identifiers);
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
}
