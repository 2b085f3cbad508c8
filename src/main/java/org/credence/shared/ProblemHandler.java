package org.credence.shared;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Renders every error as an RFC 9457 problem detail with a stable {@code type} and {@code code}, the offending fields,
 * and on a server error an error id that is also logged. Never a class name or a stack trace.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return ResponseEntity.status(e.status())
                .body(problem(e.status(), e.code(), e.title(), e.getMessage(), e.fields()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String detail = "parameter '" + e.getName() + "' has the wrong type";
        return ResponseEntity.badRequest()
                .body(problem(
                        HttpStatus.BAD_REQUEST,
                        "invalid-parameter",
                        "Invalid request",
                        detail,
                        List.of(new FieldProblem(e.getName(), "invalid-parameter", detail))));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e) {
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage(), List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected error {}", errorId, e);
        ProblemDetail body = problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "The server failed to answer; quote error id " + errorId + " when you report it.",
                List.of());
        body.setProperty("errorId", errorId);
        return ResponseEntity.internalServerError().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), "invalid-field", String.valueOf(f.getDefaultMessage())))
                .toList();
        String detail = fields.stream()
                .map(f -> f.field() + ": " + f.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("the request is invalid");
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "invalid-field", "Invalid request", detail, fields));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = fieldOf(e);
        if (field != null) {
            String detail = "field '" + field + "' has a value of the wrong type or format";
            return ResponseEntity.badRequest()
                    .body(problem(
                            HttpStatus.BAD_REQUEST,
                            "invalid-field",
                            "Invalid request",
                            detail,
                            List.of(new FieldProblem(field, "invalid-field", detail))));
        }
        return ResponseEntity.badRequest()
                .body(problem(
                        HttpStatus.BAD_REQUEST,
                        "unreadable-body",
                        "Unreadable request body",
                        "the request body is not valid JSON of the expected shape",
                        List.of()));
    }

    /** The JSON path of the value the body failed on ({@code role}, {@code items[2].date}), if Jackson knows it. */
    private static @Nullable String fieldOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
                String path = j.getPath().stream()
                        .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining());
                return path.startsWith(".") ? path.substring(1) : path;
            }
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @org.jspecify.annotations.Nullable Object body,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail detail && detail.getProperties() == null) {
            String code = "http-" + status.value();
            detail.setType(Problems.type(code));
            detail.setProperty("code", code);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    static ProblemDetail problem(
            HttpStatusCode status, String code, String title, String detail, List<FieldProblem> fields) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(Problems.type(code));
        body.setTitle(title);
        body.setProperty("code", code);
        if (!fields.isEmpty()) {
            body.setProperty("fields", fields);
        }
        return body;
    }
}
