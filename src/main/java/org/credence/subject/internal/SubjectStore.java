package org.credence.subject.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.credence.shared.Database;
import org.credence.subject.IdentifierParse;
import org.credence.subject.NewSubject;
import org.credence.subject.RegistrationStatus;
import org.credence.subject.ResidentIdentityNumber;
import org.credence.subject.SubjectAlreadyRegisteredException;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectKind;
import org.credence.subject.SubjectLookup;
import org.credence.subject.SubjectRef;
import org.credence.subject.SubjectRole;
import org.credence.subject.SubjectWithRoles;
import org.credence.subject.UnifiedSocialCreditCode;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The subject rows themselves, the one place that turns identifiers into what is stored: identifiers are written
 * protected (keyed hash, ciphertext, masked form) and looked up by their keyed hash, never by clear value.
 */
@Component
class SubjectStore {

    /** Bound parameters per IN list: well under every driver's limit, large enough to keep round trips few. */
    private static final int IN_CHUNK = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdentifierProtector protector;

    private final Database database;
    private final ResolvedSubjects resolved;

    SubjectStore(
            JdbcClient jdbc, Clock clock, IdentifierProtector protector, Database database, ResolvedSubjects resolved) {
        this.database = database;
        this.resolved = resolved;
        this.jdbc = jdbc;
        this.clock = clock;
        this.protector = protector;
    }

    SubjectRef register(NewSubject subject) {
        SubjectIdentifier id = subject.identifier();
        ProtectedIdentifier stored = protector.protect(id);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO subject (kind, identifier_hash, identifier_cipher, identifier_key_id,
                                         identifier_masked, name, region_code, birth_date, sex, organisation_type,
                                         registration_status, created_at, updated_at)
                    VALUES (:kind, :hash, :cipher, :keyId, :masked, :name, :region, :birthDate, :sex, :orgType,
                            :status, :now, :now)
                    """)
                    .param("kind", id.kind().name())
                    .param("hash", stored.hash())
                    .param("cipher", stored.cipher())
                    .param("keyId", stored.keyId())
                    .param("masked", stored.masked())
                    .param("name", subject.name())
                    .param("region", subject.regionCode() != null ? subject.regionCode() : regionOf(id))
                    .param("birthDate", id instanceof ResidentIdentityNumber p ? Date.valueOf(p.birthDate()) : null)
                    .param("sex", id instanceof ResidentIdentityNumber p ? String.valueOf(p.sex()) : null)
                    .param("orgType", organisationType(id))
                    .param("status", status(id, subject.registrationStatus()))
                    .param("now", now)
                    .update(keys, "subject_id");
        } catch (DuplicateKeyException e) {
            throw new SubjectAlreadyRegisteredException(id.masked());
        }
        return findById(keys.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    SubjectLookup lookup(String identifier) {
        return switch (SubjectIdentifier.parse(identifier)) {
            case IdentifierParse.Rejected r -> new SubjectLookup.Invalid(r.reason(), r.message());
            case IdentifierParse.Accepted a ->
                jdbc.sql("SELECT " + SubjectRows.COLUMNS + " FROM subject WHERE identifier_hash = :hash")
                        .param("hash", protector.lookupHash(a.identifier().value()))
                        .query(SubjectRows.REF)
                        .optional()
                        .<SubjectLookup>map(SubjectLookup.Found::new)
                        .orElseGet(
                                () -> new SubjectLookup.Unknown(a.identifier().masked()));
        };
    }

    private static final String WITH_ROLES = """
            SELECT s.subject_id, s.kind, s.identifier_masked, s.name, s.region_code,
                   COALESCE(p.role_id, o.role_id) AS role_role_id,
                   COALESCE(p.subject_id, o.subject_id) AS role_subject_id,
                   COALESCE(p.person_subject_id, o.person_subject_id) AS role_person_subject_id,
                   COALESCE(p.role, o.role) AS role_role, COALESCE(p.valid_from, o.valid_from) AS role_valid_from,
                   COALESCE(p.valid_to, o.valid_to) AS role_valid_to
            FROM subject s
            LEFT JOIN subject_role p ON s.kind = 'PERSON' AND p.person_subject_id = s.subject_id AND %s
            LEFT JOIN subject_role o ON s.kind = 'ORGANISATION' AND o.subject_id = s.subject_id AND %s
            WHERE s.identifier_hash = :hash
            ORDER BY role_role_id""".formatted(RoleStore.inForce("p"), RoleStore.inForce("o"));

    /**
     * The subject with the identifier and its roles in force today, in one query: each side's roles joined only for
     * subjects of that kind (a person's by {@code person_subject_id}, an organisation's by {@code subject_id}, each on
     * its index), so a row holds at most one role. Empty for an identifier that is invalid or not on file.
     */
    Optional<SubjectWithRoles> withRoles(String identifier) {
        if (!(SubjectIdentifier.parse(identifier) instanceof IdentifierParse.Accepted accepted)) {
            return Optional.empty();
        }
        List<RoleRow> rows = jdbc.sql(WITH_ROLES)
                .param("hash", protector.lookupHash(accepted.identifier().value()))
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> new RoleRow(
                        SubjectRows.ref(rs, ""),
                        rs.getObject("role_role_id") == null ? null : RoleStore.role(rs, "role_")))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<SubjectRole> roles = new ArrayList<>(rows.size());
        for (RoleRow row : rows) {
            if (row.role() != null) {
                roles.add(row.role());
            }
        }
        return Optional.of(new SubjectWithRoles(rows.getFirst().subject(), roles));
    }

    /** A row of {@link #withRoles}: the subject, and one of its roles if it has any. */
    private record RoleRow(SubjectRef subject, @Nullable SubjectRole role) {}

    Optional<SubjectRef> findById(long subjectId) {
        return jdbc.sql("SELECT " + SubjectRows.COLUMNS + " FROM subject WHERE subject_id = :id")
                .param("id", subjectId)
                .query(SubjectRows.REF)
                .optional();
    }

    Optional<SubjectRef> firstOfKind(SubjectKind kind) {
        return jdbc.sql("SELECT " + SubjectRows.COLUMNS
                        + " FROM subject WHERE kind = :kind ORDER BY subject_id LIMIT 1")
                .param("kind", kind.name())
                .query(SubjectRows.REF)
                .optional();
    }

    /**
     * Clear identifier to subject id for those on file; the clear values never travel to the database. Hashes resolved
     * recently are answered from {@link ResolvedSubjects}.
     */
    Map<String, Long> resolveAll(Collection<SubjectIdentifier> identifiers) {
        Map<String, String> byHash = new HashMap<>(identifiers.size() * 2);
        for (SubjectIdentifier id : identifiers) {
            byHash.putIfAbsent(protector.lookupHash(id.value()), id.value());
        }
        Map<String, Long> idsByHash = new HashMap<>(byHash.size() * 2);
        List<String> unknown = resolved.findKnown(byHash.keySet(), idsByHash);
        Map<String, Long> read = new HashMap<>(unknown.size() * 2);
        if (database.isPostgres()) {
            // no need to split: one array parameter takes any number
            query(unknown, read);
        } else {
            for (int from = 0; from < unknown.size(); from += IN_CHUNK) {
                query(unknown.subList(from, Math.min(unknown.size(), from + IN_CHUNK)), read);
            }
        }
        resolved.remember(read);
        idsByHash.putAll(read);
        Map<String, Long> found = new HashMap<>(idsByHash.size() * 2);
        idsByHash.forEach((hash, subjectId) -> found.put(byHash.get(hash), subjectId));
        return found;
    }

    private void query(List<String> hashes, Map<String, Long> read) {
        if (hashes.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT identifier_hash, subject_id FROM subject WHERE "
                        + database.isAnyOf("identifier_hash", "hashes"))
                .param("hashes", database.strings(hashes))
                .query(rs -> {
                    read.put(rs.getString(1), rs.getLong(2));
                });
    }

    static String regionOf(SubjectIdentifier id) {
        return switch (id) {
            case ResidentIdentityNumber p -> p.regionCode();
            case UnifiedSocialCreditCode o -> o.regionCode();
        };
    }

    static @Nullable String organisationType(SubjectIdentifier id) {
        return id instanceof UnifiedSocialCreditCode o ? o.organisationType().name() : null;
    }

    static @Nullable String status(SubjectIdentifier id, @Nullable RegistrationStatus status) {
        if (id instanceof UnifiedSocialCreditCode) {
            return (status == null ? RegistrationStatus.ACTIVE : status).name();
        }
        return null;
    }
}
