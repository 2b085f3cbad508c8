package org.credence.subject.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
