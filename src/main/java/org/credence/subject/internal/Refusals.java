package org.credence.subject.internal;

import java.util.List;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.springframework.http.HttpStatus;

/** Problems the registry's commands fail with, each naming the command field at fault. */
final class Refusals {

    private Refusals() {}

    static ApiException of(HttpStatus status, String code, String field, String detail) {
        return new ApiException(
                status, code, status.getReasonPhrase(), detail, List.of(new FieldProblem(field, code, detail)));
    }

    static ApiException conflict(String code, String field, String detail) {
        return of(HttpStatus.CONFLICT, code, field, detail);
    }

    static ApiException unprocessable(String code, String field, String detail) {
        return of(HttpStatus.UNPROCESSABLE_CONTENT, code, field, detail);
    }
}
