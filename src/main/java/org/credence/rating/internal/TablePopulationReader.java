package org.credence.rating.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.credence.rating.CurrentGrade;
import org.credence.record.RecordStatus;
import org.credence.shared.Database;
import org.credence.shared.copy.CopyBinaryReader;
import org.credence.subject.LicenceStatus;
import org.credence.subject.OrganisationType;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the population for bulk re-rating straight from the subject and credit-record tables, three range queries
 * per chunk (subjects, their registrations, their records ordered by subject), read-only; on PostgreSQL the records
 * come through {@code COPY} ({@link CopyRecordDecoder}).
 *
 * <p>This crosses module boundaries on purpose and in one place only: neither {@code SubjectRegistry} nor
 * {@code RecordStore} can yet stream the population by subject id range, and a facade call per subject would make a
 * full re-rating several times slower than reading the records. It stands for two facade methods to add to those
 * modules ({@code SubjectRegistry.scan(afterId, limit)} with kind, organisation type, region and registrations, and
 * {@code RecordStore.scanBySubject(afterId, lastId)}), and moves there when they exist. One subject's facts are read
 * here too ({@link #facts}, and {@link #factsAndGrades} joined with its grades for the credit check's one query): they
 * stand for a {@code SubjectRegistry.ratingFacts(id)} with kind, organisation type, region and licences.
 */
@Component
class TablePopulationReader implements PopulationReader {

    static final String RECORD_COLUMNS = "record_id, subject_id, edition_code, record_type, polarity, severity,"
            + " status, decision_date, effective_from, effective_to, publicity_min_end, publicity_max_end";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ReferenceDataSource references;

    private final Database database;

    TablePopulationReader(JdbcClient jdbc, DataSource dataSource, ReferenceDataSource references, Database database) {
        this.dataSource = dataSource;
        this.database = database;
        this.jdbc = jdbc;
        this.references = references;
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM subject").query(Long.class).single();
    }

    @Override
    public Chunk next(long afterSubjectId, int limit) {
        Map<Long, SubjectFacts> subjects = database.isPostgres()
                ? copySubjects(afterSubjectId, limit)
                : subjects(
                        "subject_id > :after ORDER BY subject_id LIMIT :limit",
                        Map.of("after", afterSubjectId, "limit", limit));
        if (subjects.isEmpty()) {
            return new Chunk(List.of(), afterSubjectId, 0);
        }
        long last = subjects.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        String range = "subject_id > :after AND subject_id <= :last";
        Map<String, Long> params = Map.of("after", afterSubjectId, "last", last);
        if (database.isPostgres()) {
            // COPY takes no parameters: the range goes in as the two numbers it is
            return chunk(
                    subjects,
                    range,
                    params,
                    last,
                    copyRecords("subject_id > " + afterSubjectId + " AND subject_id <= " + last));
        }
        return chunk(subjects, range, params, last, records(range, params));
    }

    /**
     * The subjects with these ids that are on file, with their licences and records, read together: how the
     * incremental path rates the subjects of a bulk filing's chunk in a few queries instead of a few per subject.
     */
    Chunk subjects(Collection<Long> ids) {
        String where = database.isAnyOf("subject_id", "ids");
        Map<String, Object> params = Map.of("ids", database.longs(ids));
        Map<Long, SubjectFacts> subjects = subjects(where, params);
        long last = subjects.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        return subjects.isEmpty()
                ? new Chunk(List.of(), 0, 0)
                : chunk(subjects, where, params, last, records(where, params));
    }

    /** One subject's facts (kind, organisation type, region, licences) without its records, in one query. */
    Optional<SubjectFacts> facts(long subjectId) {
        List<FactsRow> rows = jdbc.sql("""
                        SELECT s.kind, s.organisation_type, s.region_code,
                               p.profession_code, p.valid_from, p.valid_to, p.status
                        FROM subject s LEFT JOIN professional_registration p ON p.subject_id = s.subject_id
                        WHERE s.subject_id = :id
                        """)
                .param("id", subjectId)
                .query((rs, n) -> new FactsRow(factsOf(rs, subjectId), licenceOf(rs), null))
                .list();
        return merge(subjectId, rows).map(FactsAndGrades::facts);
    }

    /** A row of a subject's facts query: the subject, one of its licences and one of its grades, if any. */
    private record FactsRow(
            SubjectFacts subject,
            SubjectFacts.@Nullable Licence licence,
            @Nullable CurrentGrade grade) {}

    /** The subject's kind, organisation type and region, in columns 1 to 3; no licences yet. */
    private static SubjectFacts factsOf(ResultSet rs, long subjectId) throws SQLException {
        String type = rs.getString(2);
        return new SubjectFacts(
                subjectId,
                SubjectKind.valueOf(rs.getString(1)),
                type == null ? null : OrganisationType.valueOf(type),
                rs.getString(3),
                List.of());
    }

    /** A licence in columns 4 to 7 (profession, valid from, valid to, status), if the row has one. */
    private static SubjectFacts.@Nullable Licence licenceOf(ResultSet rs) throws SQLException {
        String profession = rs.getString(4);
        return profession == null
                ? null
                : new SubjectFacts.Licence(
                        profession, date(rs, 5), date(rs, 6), LicenceStatus.valueOf(rs.getString(7)));
    }

    /** The rows of one subject as its facts with every licence once, and its grades once each in row order. */
    private static Optional<FactsAndGrades> merge(long subjectId, List<FactsRow> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<SubjectFacts.Licence> licences = new LinkedHashSet<>();
        Map<String, CurrentGrade> grades = new LinkedHashMap<>();
        for (FactsRow row : rows) {
            if (row.licence() != null) {
                licences.add(row.licence());
            }
            if (row.grade() != null) {
                grades.putIfAbsent(row.grade().scheme(), row.grade());
            }
        }
        SubjectFacts first = rows.getFirst().subject();
        return Optional.of(new FactsAndGrades(
                new SubjectFacts(
                        subjectId, first.kind(), first.organisationType(), first.regionCode(), List.copyOf(licences)),
                List.copyOf(grades.values())));
    }

    /** A subject's facts and its stored grades, read together. */
    record FactsAndGrades(SubjectFacts facts, List<CurrentGrade> grades) {}

    /**
     * One subject's facts (as {@link #facts}) and its stored grades in scheme order, in one query: what a credit check
     * reads of ratings, where the facts are needed whenever a scheme has no rating of the subject (every person not
     * in a profession). A row per licence and rating; both are few.
     */
    Optional<FactsAndGrades> factsAndGrades(long subjectId) {
        List<FactsRow> rows = jdbc.sql("""
                        SELECT s.kind, s.organisation_type, s.region_code,
                               p.profession_code, p.valid_from, p.valid_to, p.status,
                               r.scheme_code, r.grade, r.standard_version, r.as_of
                        FROM subject s
                        LEFT JOIN professional_registration p ON p.subject_id = s.subject_id
                        LEFT JOIN rating r ON r.subject_id = s.subject_id
                        WHERE s.subject_id = :id
                        ORDER BY r.scheme_code
                        """)
                .param("id", subjectId)
                .query((rs, n) -> {
                    String scheme = rs.getString(8);
                    return new FactsRow(
                            factsOf(rs, subjectId),
                            licenceOf(rs),
                            scheme == null
                                    ? null
                                    : new CurrentGrade(scheme, rs.getString(9), rs.getInt(10), date(rs, 11)));
                })
                .list();
        return merge(subjectId, rows);
    }

    /** The latest change of any record of these subjects, if they have records. */
    Optional<OffsetDateTime> lastChange(Collection<Long> ids) {
        return jdbc
                .sql("SELECT MAX(updated_at) FROM credit_record WHERE " + database.isAnyOf("subject_id", "ids"))
                .param("ids", database.longs(ids))
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** A chunk's records by subject, and how many. */
    private record Records(Map<Long, List<RecordFact>> bySubject, long count) {}

    private Records records(String where, Map<String, ?> params) {
        Map<Long, List<RecordFact>> records = new HashMap<>();
        long[] count = {0};
        jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM credit_record WHERE " + where + " ORDER BY subject_id")
                .params(params)
                .query(rs -> {
                    count[0]++;
                    records.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>(8))
                            .add(record(rs));
                });
        return new Records(records, count[0]);
    }

    /** The same records through {@code COPY … TO STDOUT}, decoded from the bytes (PostgreSQL; see the decoder). */
    private Records copyRecords(String literalWhere) {
        return CopyBinaryReader.query(
                dataSource,
                "SELECT " + RECORD_COLUMNS + " FROM credit_record WHERE " + literalWhere + " ORDER BY subject_id",
                source -> {
                    Map<Long, List<RecordFact>> records = new HashMap<>();
                    long count = 0;
                    CopyRecordDecoder decoder = new CopyRecordDecoder(references::repairable, source);
                    CopyRecordDecoder.Row row;
                    long subject = -1;
                    List<RecordFact> ofSubject = List.of();
                    while ((row = decoder.next()) != null) {
                        // in subject order: a subject's list is looked up once, not once a record
                        if (row.subjectId() != subject) {
                            subject = row.subjectId();
                            ofSubject = records.computeIfAbsent(subject, k -> new ArrayList<>(8));
                        }
                        ofSubject.add(row.record());
                        count++;
                    }
                    return new Records(records, count);
                });
    }

    /** The subjects of a chunk through {@code COPY} (PostgreSQL): a million rows of a result set cost as much again. */
    private Map<Long, SubjectFacts> copySubjects(long afterSubjectId, int limit) {
        return CopyBinaryReader.query(
                dataSource,
                "SELECT subject_id, kind, organisation_type, region_code FROM subject WHERE subject_id > "
                        + afterSubjectId + " ORDER BY subject_id LIMIT " + limit,
                source -> {
                    Map<Long, SubjectFacts> subjects = new LinkedHashMap<>();
                    CopyBinaryReader reader = new CopyBinaryReader(source);
                    while (reader.nextRow(4)) {
                        long id = reader.int8();
                        SubjectKind kind = SubjectKind.valueOf(reader.requiredCode());
                        String type = reader.code();
                        subjects.put(
                                id,
                                new SubjectFacts(
                                        id,
                                        kind,
                                        type == null ? null : OrganisationType.valueOf(type),
                                        reader.requiredCode(),
                                        List.of()));
                    }
                    return subjects;
                });
    }

    private Chunk chunk(
            Map<Long, SubjectFacts> subjects, String where, Map<String, ?> params, long last, Records read) {
        Map<Long, List<SubjectFacts.Licence>> licences = licences(where, params);
        Map<Long, List<RecordFact>> records = read.bySubject();
        List<Rateable> rateables = new ArrayList<>(subjects.size());
        subjects.forEach((id, facts) -> {
            SubjectFacts subject = licences.containsKey(id)
                    ? new SubjectFacts(id, facts.kind(), facts.organisationType(), facts.regionCode(), licences.get(id))
                    : facts;
            rateables.add(new Rateable(subject, records.getOrDefault(id, List.of())));
        });
        return new Chunk(rateables, last, read.count());
    }

    private Map<Long, SubjectFacts> subjects(String where, Map<String, ?> params) {
        Map<Long, SubjectFacts> subjects = new LinkedHashMap<>();
        jdbc.sql("SELECT subject_id, kind, organisation_type, region_code FROM subject WHERE " + where)
                .params(params)
                .query(rs -> {
                    long id = rs.getLong(1);
                    String type = rs.getString(3);
                    subjects.put(
                            id,
                            new SubjectFacts(
                                    id,
                                    SubjectKind.valueOf(rs.getString(2)),
                                    type == null ? null : OrganisationType.valueOf(type),
                                    rs.getString(4),
                                    List.of()));
                });
        return subjects;
    }

    private Map<Long, List<SubjectFacts.Licence>> licences(String where, Map<String, ?> params) {
        Map<Long, List<SubjectFacts.Licence>> licences = new HashMap<>();
        jdbc.sql("SELECT subject_id, profession_code, valid_from, valid_to, status FROM professional_registration"
                        + " WHERE " + where)
                .params(params)
                .query(rs -> {
                    licences.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new SubjectFacts.Licence(
                                    rs.getString(2), date(rs, 3), date(rs, 4), LicenceStatus.valueOf(rs.getString(5))));
                });
        return licences;
    }

    private RecordFact record(ResultSet rs) throws SQLException {
        String severity = rs.getString(6);
        String type = rs.getString(4);
        return new RecordFact(
                rs.getLong(1),
                type,
                Polarity.valueOf(rs.getString(5)),
                severity == null ? null : Severity.valueOf(severity),
                RecordStatus.valueOf(rs.getString(7)),
                date(rs, 8),
                date(rs, 9),
                date(rs, 10),
                date(rs, 11),
                date(rs, 12),
                references.repairable(rs.getString(3), type));
    }

    /** A DATE column read as text (ISO, as both databases give it) and parsed without calendars or time zones. */
    private static @Nullable LocalDate date(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return null;
        }
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return LocalDate.parse(text);
        }
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
