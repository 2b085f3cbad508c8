package org.credence.listing.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The definition versions table: rows are inserted once and never updated; a new version is a new row. */
@Repository
class DefinitionStore {

    /** A stored row before its document is parsed. */
    record Row(long definitionId, String text, String hash, OffsetDateTime createdAt, String createdBy) {}

    private final JdbcClient jdbc;

    DefinitionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(DefinitionDocument document, String text, String hash, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO list_definition (list_code, version, kind, managing_authority, effective_from,
                            document, document_hash, created_at, created_by)
                        VALUES (:code, :version, :kind, :authority, :from, :document, :hash, :now, :actor)
                        """)
                .param("code", document.code())
                .param("version", document.version())
                .param("kind", document.definition().kind().name())
                .param("authority", document.definition().managingAuthority())
                .param("from", document.definition().effectiveFrom())
                .param("document", text)
                .param("hash", hash)
                .param("now", now)
                .param("actor", actor)
                .update(keys, "definition_id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean exists(String code, int version) {
        return jdbc.sql("SELECT COUNT(*) FROM list_definition WHERE list_code = :code AND version = :version")
                        .param("code", code)
                        .param("version", version)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Row> all() {
        return jdbc.sql("SELECT definition_id, document, document_hash, created_at, created_by FROM list_definition"
                        + " ORDER BY list_code, version")
                .query((rs, n) -> new Row(
                        rs.getLong("definition_id"),
                        rs.getString("document"),
                        rs.getString("document_hash"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("created_by")))
                .list();
    }

    /** Grows with every insert: an instance whose copy is older reloads. */
    long revision() {
        return jdbc.sql("SELECT COALESCE(MAX(definition_id), 0) FROM list_definition")
                .query(Long.class)
                .single();
    }
}
