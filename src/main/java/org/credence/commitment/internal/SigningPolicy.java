package org.credence.commitment.internal;

import java.util.regex.Pattern;
import org.credence.access.Actor;
import org.credence.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Who may record a signature for whom: a subject for its own file (naming the department whose case it is), an
 * approver for a case of its own department; nobody else. An approver who is also the subject signs as the approver.
 */
final class SigningPolicy {

    private static final Pattern DEPARTMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{1,59}");

    /** The verdict: allowed, for a department and in a capacity, or refused with a stable code. */
    sealed interface Decision {}

    /** @param signedAs {@code SUBJECT} or {@code APPROVER} */
    record Allowed(String department, String signedAs) implements Decision {}

    record Refused(HttpStatus status, String code, String field, String message) implements Decision {}

    private SigningPolicy() {}

    static Decision decide(Actor actor, long subjectId, @Nullable String department) {
        if (actor.has(Role.APPROVER) && actor.organisation() != null) {
            if (department != null && !department.equals(actor.organisation())) {
                return new Refused(
                        HttpStatus.FORBIDDEN,
                        "not-case-department",
                        "department",
                        "an approver records signatures for its own department's cases only");
            }
            return new Allowed(actor.organisation(), "APPROVER");
        }
        if (actor.has(Role.SUBJECT)) {
            if (actor.subjectId() == null || actor.subjectId() != subjectId) {
                return new Refused(
                        HttpStatus.FORBIDDEN, "not-own-file", "identifier", "a subject signs only for itself");
            }
            if (department == null || department.isBlank()) {
                return new Refused(
                        HttpStatus.BAD_REQUEST,
                        "department-required",
                        "department",
                        "name the approving department whose case the commitment is for");
            }
            if (!DEPARTMENT.matcher(department).matches()) {
                return new Refused(
                        HttpStatus.BAD_REQUEST,
                        "invalid-department",
                        "department",
                        "a department is an organisation code of 2 to 60 letters, digits, hyphens and underscores");
            }
            return new Allowed(department, "SUBJECT");
        }
        return new Refused(
                HttpStatus.FORBIDDEN,
                "signer-not-permitted",
                "identifier",
                "only the applicant itself or an approver of the case's department records a signature");
    }
}
