package org.credence.access.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.credence.access.AccessAdministration;
import org.credence.access.Actor;
import org.credence.access.CurrentActor;
import org.credence.access.Role;
import org.credence.shared.ApiException;
import org.credence.subject.SubjectLookup;
import org.credence.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, and administration of organisations, accounts and keys for administrators. */
@RestController
@RequestMapping("/api/v1")
class AccessController {

    private final AccessAdministration administration;
    private final CurrentActor current;
    private final SubjectRegistry subjects;

    AccessController(AccessAdministration administration, CurrentActor current, SubjectRegistry subjects) {
        this.administration = administration;
        this.current = current;
        this.subjects = subjects;
    }

    @GetMapping("/me")
    Actor me() {
        return current.actor();
    }

    @GetMapping("/access/accounts")
    List<AccessAdministration.AccountView> accounts() {
        return administration.accounts();
    }

    @PostMapping("/access/accounts")
    ResponseEntity<Created> create(@RequestBody NewAccountRequest request) {
        long id = administration.createAccount(new AccessAdministration.NewAccount(
                request.name(),
                request.organisation(),
                request.roles(),
                request.subjectId(),
                request.password(),
                false));
        return ResponseEntity.created(URI.create("/api/v1/access/accounts/" + id))
                .body(new Created(id));
    }

    /**
     * Creates or updates an organisation; with {@code subjectIdentifier}, binds it to the subject it is on file as (an
     * association's officers then reach that association's members).
     */
    @PutMapping("/access/organisations/{code}")
    OrganisationSaved saveOrganisation(@PathVariable String code, @RequestBody OrganisationRequest request) {
        if (!code.matches("[A-Za-z0-9._-]{2,40}")) {
            throw ApiException.invalid("invalid-organisation-code", "code", "2 to 40 letters, digits or . _ -");
        }
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            throw ApiException.invalid("invalid-name", "name", "name must have 1 to 200 characters");
        }
        if (request.kind() == null) {
            throw ApiException.invalid("missing-field", "kind", "kind is required");
        }
        Long subjectId = request.subjectIdentifier() == null ? null : subjectId(request.subjectIdentifier());
        administration.saveOrganisation(code, request.name().strip(), request.kind());
        if (subjectId != null) {
            administration.bindSubject(code, subjectId);
        }
        return new OrganisationSaved(code, subjectId);
    }

    private long subjectId(String identifier) {
        return switch (subjects.lookup(identifier)) {
            case SubjectLookup.Found found -> found.subject().subjectId();
            case SubjectLookup.Invalid invalid ->
                throw ApiException.invalid(invalid.reason().code(), "subjectIdentifier", invalid.message());
            case SubjectLookup.Unknown unknown ->
                throw ApiException.invalid(
                        "subject-not-found",
                        "subjectIdentifier",
                        "no subject with identifier " + unknown.maskedIdentifier() + " is on file");
        };
    }

    @PostMapping("/access/accounts/{accountId}/keys")
    ResponseEntity<AccessAdministration.IssuedApiKey> issue(
            @PathVariable long accountId, @RequestBody(required = false) @Nullable KeyRequest request) {
        int days = request == null ? 90 : request.validityDays();
        if (days < 1 || days > 730) {
            throw ApiException.invalid("invalid-validity", "validityDays", "validity must be 1 to 730 days");
        }
        return ResponseEntity.status(201).body(administration.issueApiKey(accountId, Duration.ofDays(days)));
    }

    @DeleteMapping("/access/keys/{keyId}")
    ResponseEntity<Void> revoke(@PathVariable String keyId) {
        if (!administration.revokeApiKey(keyId)) {
            throw ApiException.notFound("key-not-found", "no active key " + keyId);
        }
        return ResponseEntity.noContent().build();
    }

    record NewAccountRequest(
            String name,
            @Nullable String organisation,
            Set<Role> roles,
            @Nullable Long subjectId,
            @Nullable String password) {}

    record OrganisationRequest(
            @Nullable String name,
            AccessAdministration.@Nullable OrganisationKind kind,
            @Nullable String subjectIdentifier) {}

    /** The organisation saved, and the subject it is bound to if one was named (by id: no identifier leaves here). */
    record OrganisationSaved(String code, @Nullable Long subjectId) {}

    record KeyRequest(@Min(1) @Max(730) int validityDays) {}

    record Created(long accountId) {}
}
