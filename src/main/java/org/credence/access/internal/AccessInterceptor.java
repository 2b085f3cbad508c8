package org.credence.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.credence.access.Actor;
import org.credence.access.AuditEntry;
import org.credence.access.AuditTrail;
import org.credence.access.Purpose;
import org.credence.shared.ApiException;
import org.credence.shared.web.PurposeBound;
import org.credence.subject.SubjectLookup;
import org.credence.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Before a handler: a purpose-bound read needs a purpose permitted for the caller's role (and a case number where the
 * purpose needs one), and the subject named in the path must be within the caller's reach (a subject's own file, an
 * association officer's members; see {@link ScopePolicy}). A refusal here is audited at once. A write is announced to
 * {@link WriteAudit}, which appends its entry in the write's own transaction. After the handler: a purpose-bound read
 * is audited with its outcome, and so is a write whose transaction never committed (refused or failed), or which
 * failed after one did.
 */
final class AccessInterceptor implements HandlerInterceptor {

    static final String PURPOSE_ATTRIBUTE = AccessInterceptor.class.getName() + ".purpose";
    static final String SUBJECT_ATTRIBUTE = AccessInterceptor.class.getName() + ".subject";
    private static final String REFUSED_ATTRIBUTE = AccessInterceptor.class.getName() + ".refused";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AccessProperties properties;
    private final SecurityCurrentActor current;
    private final SubjectRegistry subjects;
    private final AuditTrail audit;
    private final ActorScopes scopes;
    private final WriteAudit writes;

    AccessInterceptor(
            AccessProperties properties,
            SecurityCurrentActor current,
            SubjectRegistry subjects,
            AuditTrail audit,
            ActorScopes scopes,
            WriteAudit writes) {
        this.properties = properties;
        this.current = current;
        this.subjects = subjects;
        this.audit = audit;
        this.scopes = scopes;
        this.writes = writes;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        PurposeBound read = method.getMethodAnnotation(PurposeBound.class);
        boolean write = WRITES.contains(request.getMethod());
        if (read == null && !write) {
            return true;
        }
        Actor actor = current.actor();
        try {
            if (read != null) {
                request.setAttribute(PURPOSE_ATTRIBUTE, permittedPurpose(request, actor));
            }
            SubjectPath path = subjectPath(request);
            request.setAttribute(SUBJECT_ATTRIBUTE, path == null ? null : path.subjectId());
            if (path != null) {
                scopes.requireReach(actor, path.subjectId(), path.asAssociation());
            }
        } catch (ApiException refusal) {
            // This interceptor's afterCompletion does not run when its preHandle throws: audit the refusal here.
            request.setAttribute(REFUSED_ATTRIBUTE, Boolean.TRUE);
            audit.record(entry(request, actor, read, outcome(refusal.status().value(), null), refusal.code()));
            throw refusal;
        }
        if (read == null) {
            writes.expect(entry(request, actor, null, AuditEntry.Outcome.ALLOWED, null));
        }
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
        if (!(handler instanceof HandlerMethod method) || request.getAttribute(REFUSED_ATTRIBUTE) != null) {
            return;
        }
        PurposeBound read = method.getMethodAnnotation(PurposeBound.class);
        boolean write = WRITES.contains(request.getMethod());
        if (read == null && !write) {
            return;
        }
        AuditEntry.Outcome outcome = outcome(response.getStatus(), ex);
        if (read == null) {
            boolean committed = writes.finish();
            if (committed && outcome == AuditEntry.Outcome.ALLOWED) {
                return;
            }
            String detail = committed ? "failed after a change was committed" : null;
            audit.record(entry(request, current.actor(), null, outcome, detail));
            return;
        }
        audit.record(entry(request, current.actor(), read, outcome, null));
    }

    private Purpose permittedPurpose(HttpServletRequest request, Actor actor) {
        Purpose purpose = purpose(request);
        if (!properties.permits(actor.roles(), purpose.code())) {
            throw new ApiException(
                    HttpStatus.FORBIDDEN,
                    "purpose-not-permitted",
                    "Purpose not permitted",
                    "your role may not read this data for purpose " + purpose.code());
        }
        if (properties.caseRequired().contains(purpose.code()) && purpose.caseNumber() == null) {
            throw ApiException.invalid(
                    "case-number-required", "X-Case-Number", "purpose " + purpose.code() + " needs a case number");
        }
        return purpose;
    }

    private static AuditEntry entry(
            HttpServletRequest request,
            Actor actor,
            @Nullable PurposeBound read,
            AuditEntry.Outcome outcome,
            @Nullable String detail) {
        Purpose purpose = (Purpose) request.getAttribute(PURPOSE_ATTRIBUTE);
        return new AuditEntry(
                actor.name(),
                actor.organisation(),
                read != null ? read.value() : request.getMethod() + " " + pattern(request),
                (Long) request.getAttribute(SUBJECT_ATTRIBUTE),
                purpose == null ? null : purpose.code(),
                purpose == null ? null : purpose.caseNumber(),
                outcome,
                detail);
    }

    private static Purpose purpose(HttpServletRequest request) {
        String code = request.getHeader("X-Purpose");
        if (code == null || code.isBlank()) {
            throw ApiException.invalid(
                    "purpose-required",
                    "X-Purpose",
                    "reading non-public data needs a purpose of use in the X-Purpose header");
        }
        String caseNumber = request.getHeader("X-Case-Number");
        return new Purpose(code.strip(), caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip());
    }

    /** The subject a path names and whether it names it as an association (whose members the handler concerns). */
    private record SubjectPath(long subjectId, boolean asAssociation) {}

    /**
     * The subject named by the {@code identifier} path variable (or else the first {@code ...Identifier} one), if the
     * handler has one and it is on file.
     */
    private @Nullable SubjectPath subjectPath(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null) {
            return null;
        }
        String name = variables.containsKey("identifier")
                ? "identifier"
                : variables.keySet().stream()
                        .filter(key -> key.endsWith("Identifier"))
                        .findFirst()
                        .orElse(null);
        if (name == null) {
            return null;
        }
        return subjects.lookup(variables.get(name)) instanceof SubjectLookup.Found found
                ? new SubjectPath(found.subject().subjectId(), name.equals("associationIdentifier"))
                : null;
    }

    private static String pattern(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? request.getRequestURI() : pattern.toString();
    }

    private static AuditEntry.Outcome outcome(int status, @Nullable Exception ex) {
        if (status == 401 || status == 403) {
            return AuditEntry.Outcome.DENIED;
        }
        return ex != null || status >= 400 ? AuditEntry.Outcome.FAILED : AuditEntry.Outcome.ALLOWED;
    }
}
