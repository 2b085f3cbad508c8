package org.credence.access;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Accounts and API keys, for administrators (and for seeding demo data). */
public interface AccessAdministration {

    /** Creates the organisation if it is not on file yet. */
    void ensureOrganisation(String code, String name, OrganisationKind kind);

    /** Creates the organisation, or renames and reclassifies it if it is on file; its subject binding stays. */
    void saveOrganisation(String code, String name, OrganisationKind kind);

    /**
     * Binds an organisation to the subject it is on file as: an association's officers then reach that association
     * and its members in force. Unknown organisation: 404 {@code organisation-not-found}.
     */
    void bindSubject(String organisationCode, long subjectId);

    /**
     * Creates an account: a user (with a password, for form login) or an API client (password {@code null}).
     *
     * @param subjectId for a subject's own account, the subject it is
     */
    long createAccount(NewAccount account);

    /** Issues an API key for the account; the returned token is shown once and never stored in clear. */
    IssuedApiKey issueApiKey(long accountId, Duration validity);

    /** Revokes a key at once; returns whether a key was revoked. */
    boolean revokeApiKey(String keyId);

    List<AccountView> accounts();

    /** Kinds of organisation using the platform. */
    enum OrganisationKind {
        PLATFORM,
        GOVERNMENT_DEPARTMENT,
        COURT,
        ASSOCIATION,
        CREDIT_SERVICE,
        PUBLIC_INSTITUTION,
        MARKET_INSTITUTION
    }

    /** A new account; {@code password} only for users. */
    record NewAccount(
            String name,
            @Nullable String organisation,
            Set<Role> roles,
            @Nullable Long subjectId,
            @Nullable String password,
            boolean demo) {

        public NewAccount {
            if (name == null || !name.matches("[A-Za-z0-9._@-]{3,120}")) {
                throw new IllegalArgumentException("account name must be 3 to 120 letters, digits or . _ @ -");
            }
            roles = Set.copyOf(roles);
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("an account needs at least one role");
            }
            if (roles.contains(Role.SUBJECT) && subjectId == null) {
                throw new IllegalArgumentException("a subject account names its subject");
            }
        }
    }

    /** A freshly issued key: {@code token} is what the client sends, {@code keyId} what identifies it later. */
    record IssuedApiKey(String keyId, String token, java.time.Instant expiresAt) {}

    /** An account as administrators see it (no secrets). */
    record AccountView(
            long accountId, String name, @Nullable String organisation, Set<Role> roles, boolean demo) {}
}
