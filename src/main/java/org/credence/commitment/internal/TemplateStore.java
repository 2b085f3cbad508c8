package org.credence.commitment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.credence.commitment.CommitmentTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The template versions: inserted once, never updated. */
@Repository
class TemplateStore {

    private static final String COLUMNS =
            "template_id, code, matter_type, version, text_zh, text_en, text_hash, effective_from";

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest version in force on the day: versions take effect in version order (the rules see to it). */
    Optional<StoredTemplate> inForce(String matterType, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commitment_template WHERE matter_type = :m"
                        + " AND effective_from <= :day ORDER BY version DESC LIMIT 1")
                .param("m", matterType)
                .param("day", day)
                .query(TemplateStore::row)
                .optional();
    }

    /** Every matter type's version in force on the day. */
    List<StoredTemplate> allInForce(LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commitment_template t WHERE effective_from <= :day"
                        + " AND version = (SELECT MAX(version) FROM commitment_template x"
                        + " WHERE x.matter_type = t.matter_type AND x.effective_from <= :day)")
                .param("day", day)
                .query(TemplateStore::row)
                .list();
    }

    /** Newest first. */
    List<StoredTemplate> versions(String matterType) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commitment_template WHERE matter_type = :m ORDER BY version DESC")
                .param("m", matterType)
                .query(TemplateStore::row)
                .list();
    }

    Optional<StoredTemplate> version(String matterType, int version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commitment_template WHERE matter_type = :m AND version = :v")
                .param("m", matterType)
                .param("v", version)
                .query(TemplateStore::row)
                .optional();
    }

    Optional<StoredTemplate> byId(long templateId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commitment_template WHERE template_id = :id")
                .param("id", templateId)
                .query(TemplateStore::row)
                .optional();
    }

    /** Inserts a version; a version already there is a {@code DuplicateKeyException}. */
    long insert(CommitmentTemplate t, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO commitment_template (code, matter_type, version, text_zh, text_en, text_hash,
                            effective_from, created_at, created_by)
                        VALUES (:code, :matter, :version, :zh, :en, :hash, :from, :now, :actor)
                        """)
                .param("code", t.code())
                .param("matter", t.matterType())
                .param("version", t.version())
                .param("zh", t.textZh())
                .param("en", t.textEn())
                .param("hash", t.textHash())
                .param("from", t.effectiveFrom())
                .param("now", now)
                .param("actor", actor)
                .update(keys, "template_id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static StoredTemplate row(ResultSet rs, int n) throws SQLException {
        return new StoredTemplate(
                rs.getLong("template_id"),
                new CommitmentTemplate(
                        rs.getString("code"),
                        rs.getString("matter_type"),
                        rs.getInt("version"),
                        rs.getString("text_zh"),
                        rs.getString("text_en"),
                        rs.getString("text_hash"),
                        rs.getObject("effective_from", LocalDate.class)));
    }
}
