package org.credence.rating.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.credence.rating.LocalizedText;
import org.credence.rating.StandardStatus;
import org.credence.subject.SubjectKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The standards table. Documents are inserted once and never updated; the only updates move a version's status, each
 * guarded by the status it leaves so that two officers cannot both publish or retire it.
 */
@Repository
class StandardStore {

    private static final String COLUMNS = "standard_id, scheme_code, version, status, subject_kind, sector, title_zh,"
            + " title_en, effective_from, document, document_hash, created_at, created_by, published_at, retired_at";

    private final JdbcClient jdbc;
    private final List<Runnable> onPublicationChange = new CopyOnWriteArrayList<>();

    StandardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertDraft(StandardDocument d, String document, String hash, String actor, OffsetDateTime now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO rating_standard (scheme_code, version, status, subject_kind, sector, title_zh,
                            title_en, effective_from, document, document_hash, created_at, created_by)
                        VALUES (:scheme, :version, 'DRAFT', :kind, :sector, :zh, :en, :from, :document, :hash, :now,
                            :actor)
                        """)
                .param("scheme", d.scheme())
                .param("version", d.version())
                .param("kind", d.scope().kind().name())
                .param("sector", d.sector())
                .param("zh", d.title().zh())
                .param("en", d.title().en())
                .param("from", d.effectiveFrom())
                .param("document", document)
                .param("hash", hash)
                .param("now", now)
                .param("actor", actor)
                .update(keys, "standard_id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Every version ever published (retired ones included), for the library's snapshot. */
    List<StoredStandard> published() {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM rating_standard WHERE published_at IS NOT NULL ORDER BY standard_id")
                .query(StandardStore::row)
                .list();
    }

    /** Moves a version from one status to the next; false if it was no longer in {@code from}. */
    boolean move(long standardId, StandardStatus from, StandardStatus to, String actor, OffsetDateTime now) {
        String set = to == StandardStatus.PUBLISHED
                ? "published_at = :now, published_by = :actor"
                : "retired_at = :now, retired_by = :actor";
        boolean moved = jdbc.sql("UPDATE rating_standard SET status = :to, " + set
                                + " WHERE standard_id = :id AND status = :from")
                        .param("to", to.name())
                        .param("now", now)
                        .param("actor", actor)
                        .param("id", standardId)
                        .param("from", from.name())
                        .update()
                == 1;
        if (moved) {
            publicationChanged();
        }
        return moved;
    }

    /** Runs when a version is published or retired here: at once, and again once the transaction has ended. */
    void onPublicationChange(Runnable listener) {
        onPublicationChange.add(listener);
    }

    private void publicationChanged() {
        onPublicationChange.forEach(Runnable::run);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    onPublicationChange.forEach(Runnable::run);
                }
            });
        }
    }

    Optional<StoredStandard> find(long standardId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rating_standard WHERE standard_id = :id")
                .param("id", standardId)
                .query(StandardStore::row)
                .optional();
    }

    List<StoredStandard> withStatus(List<StandardStatus> statuses) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rating_standard WHERE status IN (:statuses)"
                        + " ORDER BY scheme_code, version DESC")
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query(StandardStore::row)
                .list();
    }

    List<StoredStandard> ofScheme(String scheme) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rating_standard WHERE scheme_code = :scheme ORDER BY version DESC")
                .param("scheme", scheme)
                .query(StandardStore::row)
                .list();
    }

    /** Every scheme that has ever had a published version. */
    List<String> publishedSchemes() {
        return jdbc.sql("SELECT DISTINCT scheme_code FROM rating_standard WHERE published_at IS NOT NULL"
                        + " ORDER BY scheme_code")
                .query(String.class)
                .list();
    }

    private static StoredStandard row(ResultSet rs, int n) throws SQLException {
        return new StoredStandard(
                rs.getLong("standard_id"),
                rs.getString("scheme_code"),
                rs.getInt("version"),
                StandardStatus.valueOf(rs.getString("status")),
                SubjectKind.valueOf(rs.getString("subject_kind")),
                rs.getString("sector"),
                new LocalizedText(rs.getString("title_zh"), rs.getString("title_en")),
                rs.getObject("effective_from", LocalDate.class),
                rs.getString("document"),
                rs.getString("document_hash"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"),
                rs.getObject("published_at", OffsetDateTime.class),
                rs.getObject("retired_at", OffsetDateTime.class));
    }
}
