package org.credence.sanction.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code measure_edition} table: documents kept as loaded, never updated. */
@Repository
class MeasureStore {

    record StoredEdition(String code, String document) {}

    private final JdbcClient jdbc;

    MeasureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM measure_edition WHERE edition_code = :code")
                        .param("code", code)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    boolean effectiveDateTaken(LocalDate date) {
        return jdbc.sql("SELECT COUNT(*) FROM measure_edition WHERE effective_from = :date")
                        .param("date", date)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insert(
            String code,
            String title,
            LocalDate effectiveFrom,
            String document,
            String source,
            String actor,
            OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO measure_edition (edition_code, title, effective_from, document, source,
                            created_by, created_at)
                        VALUES (:code, :title, :from, :document, :source, :actor, :now)
                        """)
                .param("code", code)
                .param("title", title)
                .param("from", effectiveFrom)
                .param("document", document)
                .param("source", source)
                .param("actor", actor)
                .param("now", now)
                .update();
    }

    List<StoredEdition> all() {
        return jdbc.sql("SELECT edition_code, document FROM measure_edition ORDER BY effective_from")
                .query((rs, n) -> new StoredEdition(rs.getString(1), rs.getString(2)))
                .list();
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM measure_edition")
                .query(Integer.class)
                .single();
    }
}
