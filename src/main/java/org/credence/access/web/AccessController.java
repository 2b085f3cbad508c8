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
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, and account administration for administrators. */
@RestController
@RequestMapping("/api/v1")
class AccessController {

    private final AccessAdministration administration;
    private final CurrentActor current;

    AccessController(AccessAdministration administration, CurrentActor current) {
        this.administration = administration;
        this.current = current;
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

    record KeyRequest(@Min(1) @Max(730) int validityDays) {}

    record Created(long accountId) {}
}
