package org.credence.shared;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure the caller can act on, rendered as an RFC 9457 problem detail whose {@code type} ends in {@link #code()}.
 * Codes are stable: clients may branch on them.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final List<FieldProblem> fields;

    public ApiException(HttpStatus status, String code, String title, String detail, List<FieldProblem> fields) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.fields = List.copyOf(fields);
    }

    public ApiException(HttpStatus status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    public static ApiException notFound(String code, String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, code, "Not found", detail);
    }

    public static ApiException invalid(String code, String field, String detail) {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                code,
                "Invalid request",
                detail,
                List.of(new FieldProblem(field, code, detail)));
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(HttpStatus.CONFLICT, code, "Conflict", detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
