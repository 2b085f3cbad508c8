package org.credence.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.credence.supervision.SupervisionProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Profile versions: the canonical document stored once, never updated. */
@Repository
class ProfileStore {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "profile_id, document, document_hash";

    private final JdbcClient jdbc;

    ProfileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredProfile> inForce(String sector, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_profile WHERE sector_code = :s"
                        + " AND effective_from <= :day ORDER BY version DESC LIMIT 1")
                .param("s", sector)
                .param("day", day)
                .query(ProfileStore::row)
                .optional();
    }

    List<StoredProfile> allInForce(LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_profile p WHERE effective_from <= :day"
                        + " AND version = (SELECT MAX(version) FROM supervision_profile x"
                        + " WHERE x.sector_code = p.sector_code AND x.effective_from <= :day) ORDER BY sector_code")
                .param("day", day)
                .query(ProfileStore::row)
                .list();
    }

    /** Newest first. */
    List<StoredProfile> versions(String sector) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_profile WHERE sector_code = :s ORDER BY version DESC")
                .param("s", sector)
                .query(ProfileStore::row)
                .list();
    }

    Optional<StoredProfile> byId(long profileId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_profile WHERE profile_id = :id")
                .param("id", profileId)
                .query(ProfileStore::row)
                .optional();
    }

    /** Stores a version; one already there is a {@code DuplicateKeyException}. */
    long insert(SupervisionProfile p, String actor, OffsetDateTime now) {
        String document = document(p);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO supervision_profile (sector_code, version, scheme_code, effective_from, document,
                            document_hash, created_at, created_by)
                        VALUES (:sector, :version, :scheme, :from, :document, :hash, :now, :actor)
                        """)
                .param("sector", p.sector())
                .param("version", p.version())
                .param("scheme", p.scheme())
                .param("from", p.effectiveFrom())
                .param("document", document)
                .param("hash", Hashing.sha256Hex(document))
                .param("now", now)
                .param("actor", actor)
                .update(keys, "profile_id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The canonical document: the profile's JSON without its hash (which is the hash of this text). */
    static String document(SupervisionProfile p) {
        return JSON.writeValueAsString(new SupervisionProfile(
                p.sector(),
                p.version(),
                p.nameZh(),
                p.nameEn(),
                p.scheme(),
                p.effectiveFrom(),
                p.inspectorsPerTarget(),
                p.categories(),
                ""));
    }

    /** The document without the version: what two versions must not share. */
    static String content(SupervisionProfile p) {
        return document(new SupervisionProfile(
                p.sector(),
                0,
                p.nameZh(),
                p.nameEn(),
                p.scheme(),
                p.effectiveFrom(),
                p.inspectorsPerTarget(),
                p.categories(),
                ""));
    }

    private static StoredProfile row(ResultSet rs, int n) throws SQLException {
        SupervisionProfile parsed = JSON.readValue(rs.getString("document"), SupervisionProfile.class);
        return new StoredProfile(
                rs.getLong("profile_id"),
                new SupervisionProfile(
                        parsed.sector(),
                        parsed.version(),
                        parsed.nameZh(),
                        parsed.nameEn(),
                        parsed.scheme(),
                        parsed.effectiveFrom(),
                        parsed.inspectorsPerTarget(),
                        parsed.categories(),
                        rs.getString("document_hash")));
    }
}
