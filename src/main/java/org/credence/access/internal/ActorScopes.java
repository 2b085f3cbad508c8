package org.credence.access.internal;

import java.util.Optional;
import org.credence.access.AccessScope;
import org.credence.access.Actor;
import org.credence.access.RecordScope;
import org.credence.access.Role;
import org.credence.shared.ApiException;
import org.credence.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The scoping rules of {@link ScopePolicy} applied to the current caller, with what they need from the database. */
@Component
class ActorScopes implements AccessScope {

    private final SecurityCurrentActor current;
    private final JdbcAccounts accounts;
    private final SubjectRegistry subjects;

    ActorScopes(SecurityCurrentActor current, JdbcAccounts accounts, SubjectRegistry subjects) {
        this.current = current;
        this.accounts = accounts;
        this.subjects = subjects;
    }

    @Override
    public void concerns(long subjectId) {
        requireReach(current.actor(), subjectId, false);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(AccessInterceptor.SUBJECT_ATTRIBUTE, subjectId, RequestAttributes.SCOPE_REQUEST);
        }
    }

    @Override
    public RecordScope records(long subjectId) {
        return ScopePolicy.records(current.actor(), subjectId);
    }

    @Override
    public Optional<Long> association() {
        Actor actor = current.actor();
        if (!actor.has(Role.ASSOCIATION_OFFICER) || !ScopePolicy.boundToSubjects(actor)) {
            return Optional.empty();
        }
        Long association = ownAssociation(actor);
        if (association == null) {
            throw refusal(ScopePolicy.NO_ASSOCIATION);
        }
        return Optional.of(association);
    }

    /** Refuses the request unless the caller reaches the subject (see {@link ScopePolicy#reach}). */
    void requireReach(Actor actor, long subjectId, boolean associationPath) {
        Long own = ownAssociation(actor);
        var reach = ScopePolicy.reach(actor, subjectId, associationPath, own, member -> isMember(member, own));
        if (reach instanceof ScopePolicy.Reach.Outside outside) {
            throw refusal(outside);
        }
    }

    private @Nullable Long ownAssociation(Actor actor) {
        return actor.has(Role.ASSOCIATION_OFFICER) && actor.organisation() != null
                ? accounts.organisationSubject(actor.organisation()).orElse(null)
                : null;
    }

    private boolean isMember(long subjectId, @Nullable Long association) {
        return association != null
                && subjects.membershipsOf(subjectId).stream()
                        .anyMatch(m -> m.association().subjectId() == association);
    }

    private static ApiException refusal(ScopePolicy.Reach.Outside outside) {
        return new ApiException(HttpStatus.FORBIDDEN, outside.code(), "Outside your reach", outside.detail());
    }
}
