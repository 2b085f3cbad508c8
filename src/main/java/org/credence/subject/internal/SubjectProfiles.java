package org.credence.subject.internal;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads subject profiles by id, for reading and, locked, for commands that check a subject before writing. */
@Component
class SubjectProfiles {

    private static final String SELECT =
            "SELECT " + SubjectRows.PROFILE_COLUMNS + " FROM subject WHERE subject_id = :id";

    private final JdbcClient jdbc;

    SubjectProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SubjectProfile> find(long subjectId) {
        return jdbc.sql(SELECT)
                .param("id", subjectId)
                .query(SubjectRows.PROFILE)
                .optional();
    }

    /** The subject, or a 404 problem naming {@code field}. */
    SubjectProfile require(long subjectId, String field) {
        return find(subjectId).orElseThrow(() -> notFound(subjectId, field));
    }

    /**
     * The subject with its row locked until the transaction ends: commands that link to it check existing links and
     * insert one after another, so that two concurrent requests cannot both pass an overlap check.
     */
    SubjectProfile lock(long subjectId, String field) {
        return jdbc.sql(SELECT + " FOR UPDATE")
                .param("id", subjectId)
                .query(SubjectRows.PROFILE)
                .optional()
                .orElseThrow(() -> notFound(subjectId, field));
    }

    private static RuntimeException notFound(long subjectId, String field) {
        return Refusals.of(
                HttpStatus.NOT_FOUND, "subject-not-found", field, "no subject with id " + subjectId + " is on file");
    }
}
