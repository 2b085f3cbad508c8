package org.credence.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.credence.access.Actor;
import org.credence.access.AuditEntry;
import org.credence.access.AuditTrail;
import org.credence.access.Purpose;
import org.credence.access.Role;
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
 * purpose needs one), and a caller who is only a subject may read only its own file. After it: every purpose-bound
 * read and every write is appended to the audit trail with its outcome.
 */
final class AccessInterceptor implements HandlerInterceptor {

    static final String PURPOSE_ATTRIBUTE = AccessInterceptor.class.getName() + ".purpose";
    private static final String SUBJECT_ATTRIBUTE = AccessInterceptor.class.getName() + ".subject";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AccessProperties properties;
    private final SecurityCurrentActor current;
    private final SubjectRegistry subjects;
    private final AuditTrail audit;

    AccessInterceptor(
            AccessProperties properties, SecurityCurrentActor current, SubjectRegistry subjects, AuditTrail audit) {
        this.properties = properties;
        this.current = current;
        this.subjects = subjects;
        this.audit = audit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(PurposeBound.class)) {
            return true;
        }
        Actor actor = current.actor();
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
        request.setAttribute(PURPOSE_ATTRIBUTE, purpose);
        Long subjectId = subjectOf(request);
        request.setAttribute(SUBJECT_ATTRIBUTE, subjectId);
        if (actor.roles().equals(Set.of(Role.SUBJECT)) && subjectId != null && !subjectId.equals(actor.subjectId())) {
            throw new ApiException(
                    HttpStatus.FORBIDDEN, "not-own-file", "Forbidden", "a subject may read only its own file");
        }
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
        if (!(handler instanceof HandlerMethod method)) {
            return;
        }
        PurposeBound read = method.getMethodAnnotation(PurposeBound.class);
        boolean write = WRITES.contains(request.getMethod());
        if (read == null && !write) {
            return;
        }
        Actor actor = current.actor();
        Purpose purpose = (Purpose) request.getAttribute(PURPOSE_ATTRIBUTE);
        Long subjectId = read != null ? (Long) request.getAttribute(SUBJECT_ATTRIBUTE) : subjectOf(request);
        String action = read != null ? read.value() : request.getMethod() + " " + pattern(request);
        audit.record(new AuditEntry(
                actor.name(),
                actor.organisation(),
                action,
                subjectId,
                purpose == null ? null : purpose.code(),
                purpose == null ? null : purpose.caseNumber(),
                outcome(response.getStatus(), ex),
                null));
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

    /**
     * The subject named by the {@code identifier} path variable (or else the first {@code ...Identifier} one), if the
     * handler has one and it is on file.
     */
    private @Nullable Long subjectOf(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null) {
            return null;
        }
        String identifier = variables.get("identifier");
        if (identifier == null) {
            identifier = variables.entrySet().stream()
                    .filter(e -> e.getKey().endsWith("Identifier"))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }
        if (identifier == null) {
            return null;
        }
        return subjects.lookup(identifier) instanceof SubjectLookup.Found found
                ? found.subject().subjectId()
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
