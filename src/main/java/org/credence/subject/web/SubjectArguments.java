package org.credence.subject.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.credence.subject.IdentifierParse;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectLookup;
import org.credence.subject.SubjectRef;
import org.credence.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Turns identifiers given in paths and bodies into subjects, and facade problems into problems about the request: each
 * names the request field at fault.
 */
final class SubjectArguments {

    /** The facade's command fields and the request fields that carry them. */
    private static final Map<String, String> REQUEST_FIELDS = Map.of(
            "organisationId", "orgIdentifier",
            "personId", "personIdentifier",
            "subjectId", "identifier",
            "memberId", "memberIdentifier",
            "associationId", "associationIdentifier");

    private SubjectArguments() {}

    /** A valid identifier, or a 400 problem whose code is the rejection reason. */
    static SubjectIdentifier parse(@Nullable String raw, String field) {
        return switch (SubjectIdentifier.parse(raw)) {
            case IdentifierParse.Accepted accepted -> accepted.identifier();
            case IdentifierParse.Rejected rejected ->
                throw ApiException.invalid(rejected.reason().code(), field, rejected.message());
        };
    }

    /** The subject a path names: 400 if the identifier is invalid, 404 if no subject has it. */
    static SubjectRef named(SubjectRegistry registry, String raw, String field) {
        return find(registry, raw, field, HttpStatus.NOT_FOUND);
    }

    /** The subject a request body refers to: 400 if the identifier is invalid, 422 if no subject has it. */
    static SubjectRef referenced(SubjectRegistry registry, @Nullable String raw, String field) {
        return find(registry, raw, field, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /** Runs a facade command; problems naming a command field ({@code personId}) name the request field instead. */
    static <T> T asRequested(Supplier<T> command) {
        try {
            return command.get();
        } catch (ApiException e) {
            if (e.fields().stream().noneMatch(f -> REQUEST_FIELDS.containsKey(f.field()))) {
                throw e;
            }
            List<FieldProblem> fields = e.fields().stream()
                    .map(f ->
                            new FieldProblem(REQUEST_FIELDS.getOrDefault(f.field(), f.field()), f.code(), f.message()))
                    .toList();
            throw new ApiException(e.status(), e.code(), e.title(), e.getMessage(), fields);
        }
    }

    private static SubjectRef find(SubjectRegistry registry, @Nullable String raw, String field, HttpStatus unknown) {
        return switch (registry.lookup(raw == null ? "" : raw)) {
            case SubjectLookup.Found found -> found.subject();
            case SubjectLookup.Invalid invalid ->
                throw ApiException.invalid(invalid.reason().code(), field, invalid.message());
            case SubjectLookup.Unknown u -> {
                String detail = "no subject with identifier " + u.maskedIdentifier() + " is on file";
                throw new ApiException(
                        unknown,
                        "subject-not-found",
                        "Subject not found",
                        detail,
                        List.of(new FieldProblem(field, "subject-not-found", detail)));
            }
        };
    }
}
