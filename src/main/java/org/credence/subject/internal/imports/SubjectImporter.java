package org.credence.subject.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.credence.shared.Database;
import org.credence.shared.TableStatistics;
import org.credence.subject.ImportFormat;
import org.credence.subject.ImportReport;
import org.credence.subject.ImportUnreadableException;
import org.credence.subject.SubjectImport;
import org.credence.subject.internal.IdentifierProtector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class SubjectImporter implements SubjectImport {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ImportProperties properties;
    private final LinkWriter links;
    private final IdentifierProtector protector;
    private final boolean postgres;
    private final TableStatistics statistics;

    SubjectImporter(
            DataSource dataSource,
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            Clock clock,
            ImportProperties properties,
            LinkWriter links,
            IdentifierProtector protector,
            TableStatistics statistics,
            Database database) {
        this.statistics = statistics;
        this.protector = protector;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.properties = properties;
        this.links = links;
        this.postgres = database.isPostgres();
    }

    @Override
    public ImportReport importSubjects(InputStream input, ImportFormat format, LongConsumer progress) {
        try (ImportRun run = new ImportRun(openWriter(), properties, protector, progress)) {
            LineReader lines = new LineReader(input, properties.maxLineBytes());
            switch (format) {
                case CSV -> CsvSource.read(lines, run);
                case JSON_LINES -> JsonLinesSource.read(lines, run);
            }
            return analysed(run.finish());
        } catch (IOException | UncheckedIOException e) {
            throw new ImportUnreadableException("the input could not be read to its end: " + e.getMessage());
        }
    }

    @Override
    public ImportReport importRows(Iterable<Row> rows) {
        try (ImportRun run = new ImportRun(openWriter(), properties, protector, n -> {})) {
            long line = 0;
            for (Row row : rows) {
                run.row(new RawRow(++line, row.identifier(), row.name(), row.regionCode(), row.registrationStatus()));
            }
            return analysed(run.finish());
        }
    }

    /** Tells the planner statistics of the subjects an import added (lookups by identifier follow right after). */
    private ImportReport analysed(ImportReport report) {
        statistics.changed("subject", report.accepted());
        return report;
    }

    @Override
    public int addRoles(List<Role> roles) {
        return links.addRoles(roles);
    }

    @Override
    public int addRegistrations(List<Registration> registrations) {
        return links.addRegistrations(registrations);
    }

    @Override
    public int addMemberships(List<Membership> memberships) {
        return links.addMemberships(memberships);
    }

    @Override
    public boolean isRegisterEmpty() {
        return jdbc.queryForList("SELECT subject_id FROM subject FETCH FIRST 1 ROWS ONLY", Long.class)
                .isEmpty();
    }

    private ChunkWriter openWriter() {
        return postgres
                ? PostgresCopyChunkWriter.open(dataSource, clock)
                : new BatchChunkWriter(jdbc, transaction, clock);
    }
}
