package org.credence.access.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.credence.access.AccessAdministration;
import org.credence.access.Actor;
import org.credence.access.Role;
import org.credence.shared.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/** Accounts, roles and API keys in the database. */
@Service
@Transactional
class JdbcAccounts implements AccessAdministration {

    private static final String KEY_PREFIX = "cr_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    JdbcAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public void ensureOrganisation(String code, String name, OrganisationKind kind) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM access_organisation WHERE code = :code")
                        .param("code", code)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!exists) {
            jdbc.sql("INSERT INTO access_organisation (code, name, kind, created_at) VALUES (:c, :n, :k, :t)")
                    .param("c", code)
                    .param("n", name)
                    .param("k", kind.name())
                    .param("t", now())
                    .update();
        }
    }

    @Override
    public void saveOrganisation(String code, String name, OrganisationKind kind) {
        int updated = jdbc.sql("UPDATE access_organisation SET name = :n, kind = :k WHERE code = :c")
                .param("c", code)
                .param("n", name)
                .param("k", kind.name())
                .update();
        if (updated == 0) {
            ensureOrganisation(code, name, kind);
        }
    }

    @Override
    public void bindSubject(String organisationCode, long subjectId) {
        int bound = jdbc.sql("UPDATE access_organisation SET subject_id = :subject WHERE code = :code")
                .param("subject", subjectId)
                .param("code", organisationCode)
                .update();
        if (bound == 0) {
            throw ApiException.notFound("organisation-not-found", "no organisation " + organisationCode);
        }
    }

    /** The subject the organisation is on file as, if it is bound to one. */
    @Transactional(readOnly = true)
    Optional<Long> organisationSubject(String organisationCode) {
        return jdbc.sql("SELECT subject_id FROM access_organisation WHERE code = :code AND subject_id IS NOT NULL")
                .param("code", organisationCode)
                .query(Long.class)
                .optional();
    }

    @Override
    public long createAccount(NewAccount account) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO access_account (kind, name, organisation_code, subject_id, password_hash, demo, enabled,
                                            created_at)
                VALUES (:kind, :name, :org, :subject, :hash, :demo, TRUE, :now)
                """)
                .param("kind", account.password() == null ? "API_CLIENT" : "USER")
                .param("name", account.name())
                .param("org", account.organisation())
                .param("subject", account.subjectId())
                .param("hash", account.password() == null ? null : passwords.encode(account.password()))
                .param("demo", account.demo())
                .param("now", now())
                .update(keys, "account_id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Role role : account.roles()) {
            jdbc.sql("INSERT INTO access_account_role (account_id, role) VALUES (:id, :role)")
                    .param("id", id)
                    .param("role", role.name())
                    .update();
        }
        return id;
    }

    @Override
    public IssuedApiKey issueApiKey(long accountId, Duration validity) {
        String keyId = randomToken(12).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "x");
        String secret = randomToken(32);
        Instant expires = clock.instant().plus(validity);
        jdbc.sql("""
                INSERT INTO access_api_key (key_id, account_id, secret_hash, created_at, expires_at)
                VALUES (:id, :account, :hash, :now, :expires)
                """)
                .param("id", keyId)
                .param("account", accountId)
                .param("hash", ApiKeyTokens.hash(secret))
                .param("now", now())
                .param("expires", OffsetDateTime.ofInstant(expires, ZoneOffset.UTC))
                .update();
        return new IssuedApiKey(keyId, KEY_PREFIX + keyId + "." + secret, expires);
    }

    @Override
    public boolean revokeApiKey(String keyId) {
        boolean revoked =
                jdbc.sql("UPDATE access_api_key SET revoked_at = :now WHERE key_id = :id AND revoked_at IS NULL")
                                .param("now", now())
                                .param("id", keyId)
                                .update()
                        > 0;
        if (!revoked) {
            // Nothing changed and the caller will answer an error: no write, so no write's audit entry either.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return revoked;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountView> accounts() {
        List<AccountView> views = new ArrayList<>();
        jdbc.sql("SELECT account_id, name, organisation_code, demo FROM access_account ORDER BY account_id")
                .query(rs -> {
                    long id = rs.getLong(1);
                    views.add(new AccountView(id, rs.getString(2), rs.getString(3), roles(id), rs.getBoolean(4)));
                });
        return views;
    }

    /** The actor behind a valid, unexpired, unrevoked key whose account is enabled. */
    @Transactional(readOnly = true)
    Optional<Actor> actorForKey(String keyId, String secret) {
        return jdbc.sql("""
                SELECT k.secret_hash, k.expires_at, k.revoked_at, a.account_id, a.name, a.organisation_code,
                       a.subject_id, a.enabled
                  FROM access_api_key k JOIN access_account a ON a.account_id = k.account_id
                 WHERE k.key_id = :id
                """)
                .param("id", keyId)
                .query((rs, n) -> {
                    boolean valid = ApiKeyTokens.matches(secret, rs.getString(1))
                            && rs.getObject(2, OffsetDateTime.class).toInstant().isAfter(clock.instant())
                            && rs.getObject(3) == null
                            && rs.getBoolean(8);
                    long subject = rs.getLong(7);
                    Long subjectId = rs.wasNull() ? null : subject;
                    return valid ? new Actor(rs.getString(5), rs.getString(6), roles(rs.getLong(4)), subjectId) : null;
                })
                .optional();
    }

    /** A user's password hash, roles and organisation, for form login. */
    @Transactional(readOnly = true)
    Optional<UserRow> user(String name) {
        return jdbc.sql("""
                SELECT account_id, name, organisation_code, subject_id, password_hash, enabled
                  FROM access_account WHERE name = :name AND kind = 'USER'
                """)
                .param("name", name)
                .query((rs, n) -> {
                    long subject = rs.getLong(4);
                    Long subjectId = rs.wasNull() ? null : subject;
                    return new UserRow(
                            new Actor(rs.getString(2), rs.getString(3), roles(rs.getLong(1)), subjectId),
                            rs.getString(5),
                            rs.getBoolean(6));
                })
                .optional();
    }

    @Transactional(readOnly = true)
    boolean anyDemoAccount() {
        return jdbc.sql("SELECT COUNT(*) FROM access_account WHERE demo = TRUE AND enabled = TRUE")
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private Set<Role> roles(long accountId) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM access_account_role WHERE account_id = :id")
                .param("id", accountId)
                .query(rs -> {
                    roles.add(Role.valueOf(rs.getString(1)));
                });
        return roles;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String randomToken(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    record UserRow(Actor actor, @Nullable String passwordHash, boolean enabled) {}
}
