package org.credence.rating.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.credence.rating.RatingChanged;
import org.credence.shared.Database;
import org.credence.shared.TableStatistics;
import org.credence.shared.copy.CopyBinaryReader;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Replaces ratings in the caller's transaction: one subject's (incremental path) or a range of subjects' (full
 * re-rating). A rating, its reasons and its professions are replaced together. A stored rating read from newer inputs
 * than the new one ({@code read_at}) is kept: the newest read wins whichever transaction commits last. One subject's
 * writers queue behind each other on the old rating's row lock (deleted first); a range overwrites or deletes only the
 * ratings exactly as it read them (the same {@code read_at}), and anything else found there makes it try again.
 */
@Component
class RatingWriter {

    private static final String IN_RANGE = "scheme_code IN (:schemes) AND subject_id > :after AND subject_id <= :last";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final RatingInserts inserts;
    private final boolean postgres;
    private final DataSource dataSource;

    private final TableStatistics statistics;
    private final Database database;

    RatingWriter(
            JdbcClient jdbc,
            JdbcTemplate template,
            DataSource dataSource,
            Database database,
            TableStatistics statistics) {
        this.jdbc = jdbc;
        this.template = template;
        RatingInserts batch = new BatchRatingInserts(template);
        this.postgres = database.isPostgres();
        this.database = database;
        this.inserts = postgres ? new CopyRatingInserts(dataSource, template, batch) : batch;
        this.dataSource = dataSource;
        this.statistics = statistics;
    }

    /** Inserts the rows and reports their number, so that the planner learns of a table filled in bulk. */
    private void insert(RatingTables tables, List<RatingRow> rows, OffsetDateTime now) {
        inserts.insert(tables, rows, now);
        if (tables.live()) { // a rebuild is analysed as a whole when it is switched in
            statistics.changed("rating", rows.size());
        }
    }

    /** Inserts the rows as they are into the tables (a rebuild's chunk: nothing there to replace, no grade to compare). */
    RangeReplaced insertAll(RatingTables tables, List<RatingRow> rows, OffsetDateTime now) {
        relaxCommit();
        insert(tables, rows, now);
        return new RangeReplaced(rows.size(), List.of());
    }

    /** A job's chunk lost in a crash is redone from the cursor committed with it: no need to wait for the flush. */
    private void relaxCommit() {
        if (postgres) {
            jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
        }
    }

    /**
     * Notes the subjects as rated meanwhile for every job that is rebuilding the ratings, which rates them again when
     * it switches its tables in (its own ratings of them may be older); one statement, which notes nothing when no
     * job rebuilds. Called after the subjects' ratings were written, in the same transaction: a switch locks the live
     * tables, which waits for this transaction, so either the switch sees the note or this write goes to the tables
     * switched in.
     */
    private void touch(Collection<Long> subjectIds) {
        if (!postgres || subjectIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO rating_touch (job_id, subject_id)
                        SELECT j.job_id, s.id FROM rating_job j CROSS JOIN unnest(:ids) AS s(id)
                        WHERE j.status = 'RUNNING' AND j.rebuilding
                        ON CONFLICT DO NOTHING
                        """).param("ids", database.longs(subjectIds)).update();
    }

    /** A grade before and after, per scheme, for the schemes whose rating was replaced. */
    record Change(
            String scheme, @Nullable String from, @Nullable String to, int version) {}

    /**
     * Replaces the subject's ratings under the given schemes with the rows (a scheme without a row loses its rating).
     */
    List<Change> replaceSubject(
            long subjectId,
            Collection<String> schemes,
            List<RatingRow> rows,
            OffsetDateTime readAt,
            OffsetDateTime now) {
        List<Change> changes = new ArrayList<>();
        List<RatingRow> toInsert = new ArrayList<>();
        for (String scheme : schemes) {
            Optional<RatingRow> row =
                    rows.stream().filter(r -> r.scheme().equals(scheme)).findFirst();
            Optional<String> old = jdbc.sql("SELECT grade FROM rating WHERE subject_id = :s AND scheme_code = :c")
                    .param("s", subjectId)
                    .param("c", scheme)
                    .query(String.class)
                    .optional();
            int deleted = jdbc.sql("DELETE FROM rating WHERE subject_id = :s AND scheme_code = :c AND read_at <= :at")
                    .param("s", subjectId)
                    .param("c", scheme)
                    .param("at", readAt)
                    .update();
            if (old.isPresent() && deleted == 0) {
                continue;
            }
            deleteProfessions(RatingTables.LIVE, "subject_id = :s", Map.of("s", subjectId), scheme);
            row.ifPresent(toInsert::add);
            changes.add(new Change(
                    scheme,
                    old.orElse(null),
                    row.map(r -> r.evaluation().grade()).orElse(null),
                    row.map(RatingRow::version).orElse(0)));
        }
        insert(RatingTables.LIVE, toInsert, now);
        touch(List.of(subjectId));
        return changes;
    }

    /** A change of one subject's grade under a scheme. */
    record SubjectChange(long subjectId, Change change) {}

    /**
     * {@link #replaceSubject} for many subjects at once, in a handful of statements: replaces their ratings under the
     * schemes with the rows, except ratings stored from newer inputs than {@code readAt}; returns every replaced
     * (subject, scheme) with its grade before and after.
     */
    List<SubjectChange> replaceSubjects(
            Collection<Long> subjectIds,
            Collection<String> schemes,
            List<RatingRow> rows,
            OffsetDateTime readAt,
            OffsetDateTime now) {
        return replaceSubjects(RatingTables.LIVE, subjectIds, schemes, rows, readAt, now);
    }

    /** {@link #replaceSubjects} in the given tables (a rebuild's, for the subjects rated meanwhile). */
    List<SubjectChange> replaceSubjects(
            RatingTables tables,
            Collection<Long> subjectIds,
            Collection<String> schemes,
            List<RatingRow> rows,
            OffsetDateTime readAt,
            OffsetDateTime now) {
        if (subjectIds.isEmpty() || schemes.isEmpty()) {
            return List.of();
        }
        Map<String, Object> set = Map.of("ids", database.longs(subjectIds), "schemes", schemes);
        String ofSubjects = database.isAnyOf("subject_id", "ids");
        Map<Key, String> before = new HashMap<>();
        Set<Key> newer = new HashSet<>();
        jdbc.sql("SELECT subject_id, scheme_code, grade, read_at FROM " + tables.ratings() + " WHERE " + ofSubjects
                        + " AND scheme_code IN (:schemes)")
                .params(set)
                .query(rs -> {
                    Key key = key(rs.getLong(1), rs.getString(2));
                    before.put(key, rs.getString(3));
                    if (rs.getObject(4, OffsetDateTime.class).isAfter(readAt)) {
                        newer.add(key);
                    }
                });
        jdbc.sql("DELETE FROM " + tables.ratings() + " WHERE " + ofSubjects
                        + " AND scheme_code IN (:schemes) AND read_at <= :at")
                .params(set)
                .param("at", readAt)
                .update();
        for (String scheme : schemes) {
            List<Long> replaced = subjectIds.stream()
                    .filter(id -> !newer.contains(key(id, scheme)))
                    .toList();
            if (!replaced.isEmpty()) {
                deleteProfessions(tables, ofSubjects, Map.of("ids", database.longs(replaced)), scheme);
            }
        }
        Map<Key, RatingRow> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(key(r.subjectId(), r.scheme()), r));
        List<RatingRow> toInsert = new ArrayList<>();
        List<SubjectChange> changes = new ArrayList<>();
        for (long subjectId : subjectIds) {
            for (String scheme : schemes) {
                Key key = key(subjectId, scheme);
                if (newer.contains(key)) {
                    continue;
                }
                RatingRow row = byKey.get(key);
                if (row != null) {
                    toInsert.add(row);
                }
                if (row != null || before.containsKey(key)) {
                    changes.add(new SubjectChange(
                            subjectId,
                            new Change(
                                    scheme,
                                    before.get(key),
                                    row == null ? null : row.evaluation().grade(),
                                    row == null ? 0 : row.version())));
                }
            }
        }
        insert(tables, toInsert, now);
        if (tables.live()) {
            touch(subjectIds);
        }
        return changes;
    }

    /** A stored rating of the range: its grade, when it was read, and whether that is later than the new one's read. */
    private record Stored(long subjectId, String scheme, String grade, OffsetDateTime readAt, boolean newer) {

        static Stored of(long subjectId, String scheme, String grade, OffsetDateTime readAt, OffsetDateTime newRead) {
            return new Stored(subjectId, scheme, grade, readAt, readAt.isAfter(newRead));
        }
    }

    /** What {@link #replaceRange} wrote: how many ratings, and every grade it changed. */
    record RangeReplaced(int written, List<RatingChanged> changes) {}

    /**
     * Replaces the ratings under the schemes of every subject in {@code (after, last]} with the rows (subjects without
     * a row lose theirs), except those stored from newer inputs than {@code readAt}. A stored rating is overwritten
     * in place ({@link RatingInserts#update}) rather than deleted and inserted again: on PostgreSQL the new version
     * then stays on the row's page with no index entry of its own, which is most of what a full re-rating of a rated
     * population writes.
     */
    RangeReplaced replaceRange(
            Collection<String> schemes,
            long after,
            long last,
            List<RatingRow> rows,
            OffsetDateTime readAt,
            OffsetDateTime now) {
        relaxCommit();
        // the ratings stored (a first rating of the range reads nothing): grades before, and those to keep
        Map<Key, Stored> stored = storedInRange(schemes, after, last, readAt);
        List<RatingRow> fresh = new ArrayList<>();
        List<RatingInserts.Overwrite> overwritten = new ArrayList<>();
        List<RatingChanged> changes = new ArrayList<>();
        Set<Key> written = new HashSet<>();
        for (RatingRow row : rows) {
            Key key = key(row.subjectId(), row.scheme());
            Stored old = stored.get(key);
            if (old != null && old.newer()) {
                continue;
            }
            written.add(key);
            if (old == null) {
                fresh.add(row);
            } else {
                overwritten.add(new RatingInserts.Overwrite(row, old.readAt()));
            }
            String from = old == null ? null : old.grade();
            if (!Objects.equals(from, row.evaluation().grade())) {
                changes.add(new RatingChanged(
                        row.subjectId(), row.scheme(), from, row.evaluation().grade(), row.version()));
            }
        }
        // rated before, not any more (the standard no longer applies to them)
        List<Stored> gone = new ArrayList<>();
        for (Stored old : stored.values()) {
            if (!old.newer() && !written.contains(key(old.subjectId(), old.scheme()))) {
                gone.add(old);
                changes.add(new RatingChanged(old.subjectId(), old.scheme(), old.grade(), null, 0));
            }
        }
        if (!gone.isEmpty()) {
            int[][] deleted = template.batchUpdate(
                    "DELETE FROM rating WHERE subject_id = ? AND scheme_code = ? AND read_at = ?",
                    gone,
                    1000,
                    (ps, old) -> {
                        ps.setLong(1, old.subjectId());
                        ps.setString(2, old.scheme());
                        ps.setObject(3, old.readAt());
                    });
            int total = Arrays.stream(deleted).flatMapToInt(Arrays::stream).sum();
            // one stored meanwhile in its place is not ours to delete, and its grade no change of ours: try again
            if (total != gone.size()) {
                throw new OptimisticLockingFailureException(
                        (gone.size() - total) + " ratings of the range were replaced meanwhile");
            }
        }
        // the professions of exactly the ratings this range replaces or deletes: the range's, but for those it keeps
        // (a rating stored meanwhile in the place of one read, or a first one, fails the overwrite or the insert below,
        // and the chunk tries again); a scan of the range, where a list of a chunk's subjects cost a probe each
        if (!overwritten.isEmpty() || !gone.isEmpty()) {
            Map<String, List<Long>> kept = new HashMap<>();
            stored.values().stream()
                    .filter(Stored::newer)
                    .forEach(old -> kept.computeIfAbsent(old.scheme(), c -> new ArrayList<>())
                            .add(old.subjectId()));
            for (String scheme : schemes) {
                List<Long> keep = kept.getOrDefault(scheme, List.of());
                Map<String, Object> params = new HashMap<>(Map.of("after", after, "last", last));
                String where = "subject_id > :after AND subject_id <= :last";
                if (!keep.isEmpty()) {
                    where += " AND NOT " + database.isAnyOf("subject_id", "keep");
                    params.put("keep", database.longs(keep));
                }
                deleteProfessions(RatingTables.LIVE, where, params, scheme);
            }
        }
        // a rating stored meanwhile from newer inputs is not overwritten: the chunk is then tried again
        int updated = inserts.update(overwritten, now);
        if (updated != overwritten.size()) {
            throw new OptimisticLockingFailureException(
                    (overwritten.size() - updated) + " ratings of the range were replaced meanwhile");
        }
        statistics.changed("rating", overwritten.size());
        insert(RatingTables.LIVE, fresh, now);
        return new RangeReplaced(fresh.size() + overwritten.size(), changes);
    }

    /**
     * The range's stored ratings by key; on PostgreSQL through binary {@code COPY}: a replacement reads a million and a
     * half of them, and a result set's timestamps cost more to parse than the rest of the row.
     */
    private Map<Key, Stored> storedInRange(Collection<String> schemes, long after, long last, OffsetDateTime readAt) {
        Map<Key, Stored> stored = new HashMap<>();
        if (!postgres) {
            jdbc.sql("SELECT subject_id, scheme_code, grade, read_at FROM rating WHERE " + IN_RANGE)
                    .params(Map.of("after", after, "last", last, "schemes", schemes))
                    .query(rs -> {
                        Stored old = Stored.of(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class),
                                readAt);
                        stored.put(key(old.subjectId(), old.scheme()), old);
                    });
            return stored;
        }
        String query = "SELECT subject_id, scheme_code, grade, read_at FROM rating WHERE scheme_code IN ("
                + Database.literals(schemes) + ") AND subject_id > " + after + " AND subject_id <= " + last;
        return CopyBinaryReader.query(dataSource, query, source -> {
            CopyBinaryReader reader = new CopyBinaryReader(source);
            while (reader.nextRow(4)) {
                Stored old = Stored.of(
                        reader.int8(),
                        reader.requiredCode(),
                        reader.requiredCode(),
                        reader.requiredTimestamp(),
                        readAt);
                stored.put(key(old.subjectId(), old.scheme()), old);
            }
            return stored;
        });
    }

    /** A rating's key: its subject and scheme. */
    private record Key(long subjectId, String scheme) {}

    private static Key key(long subjectId, String scheme) {
        return new Key(subjectId, scheme);
    }

    /** Deletes the professions (rank entries) of the scheme's ratings that match the condition. */
    private void deleteProfessions(RatingTables tables, String where, Map<String, ?> params, String scheme) {
        jdbc.sql("DELETE FROM " + tables.professions() + " WHERE scheme_code = :c AND " + where)
                .params(params)
                .param("c", scheme)
                .update();
    }
}
