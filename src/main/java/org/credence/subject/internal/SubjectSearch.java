package org.credence.subject.internal;

import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.subject.SubjectQuery;
import org.credence.subject.SubjectRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Name-prefix search. {@code LIKE 'prefix%'} with the prefix's wildcards escaped is served by
 * {@code subject_name_prefix_idx} (a pattern-ops index on PostgreSQL); the kind filter is a fixed alternative of the
 * statement, never a nullable parameter.
 */
@Component
class SubjectSearch {

    private static final String SELECT = "SELECT " + SubjectRows.COLUMNS + " FROM subject WHERE name LIKE :pattern";
    private static final String PAGE = " ORDER BY name, subject_id LIMIT :limit OFFSET :offset";

    private final JdbcClient jdbc;

    SubjectSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<SubjectRef> search(SubjectQuery query, PageRequest page) {
        var statement = query.kind() == null
                ? jdbc.sql(SELECT + PAGE)
                : jdbc.sql(SELECT + " AND kind = :kind" + PAGE)
                        .param("kind", query.kind().name());
        var fetched = statement
                .param("pattern", escape(query.namePrefix()) + "%")
                .param("limit", page.size() + 1)
                .param("offset", page.offset())
                .query(SubjectRows.REF)
                .list();
        return Page.of(fetched, page);
    }

    /** Escapes LIKE's wildcards with its default escape character, the backslash, on both databases. */
    static String escape(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
