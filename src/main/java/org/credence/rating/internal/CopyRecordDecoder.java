package org.credence.rating.internal;

import java.sql.SQLException;
import java.util.function.BiPredicate;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.credence.record.RecordStatus;
import org.credence.shared.copy.CopyBinaryReader;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the credit records of a full re-rating from PostgreSQL's binary {@code COPY … TO STDOUT}, columns as in
 * {@link TablePopulationReader#RECORD_COLUMNS}: numbers and dates as the server holds them, the few distinct codes
 * (editions, record types) as one shared string each. Reading millions of records through a result set spends most of
 * its time making a string of every column, and the server most of its own writing dates as text.
 *
 * <p>Not thread-safe: one per reading thread.
 */
final class CopyRecordDecoder {

    private static final int COLUMNS = 12;

    private final BiPredicate<String, String> repairable;
    private final CopyBinaryReader reader;

    /**
     * @param repairable whether a record type of a catalogue edition can be repaired (edition, type)
     * @param source the COPY's data
     */
    CopyRecordDecoder(BiPredicate<String, String> repairable, CopyBinaryReader.Source source) {
        this.repairable = repairable;
        this.reader = new CopyBinaryReader(source);
    }

    /** A decoded row: its subject, and the record as the rater reads it. */
    record Row(long subjectId, RecordFact record) {}

    /** The next row; null at the end of the data. */
    @Nullable
    Row next() throws SQLException {
        if (!reader.nextRow(COLUMNS)) {
            return null;
        }
        long recordId = reader.int8();
        long subjectId = reader.int8();
        String edition = reader.requiredCode();
        String type = reader.requiredCode();
        Polarity polarity = Polarity.valueOf(reader.requiredCode());
        String severity = reader.code();
        RecordStatus status = RecordStatus.valueOf(reader.requiredCode());
        return new Row(
                subjectId,
                new RecordFact(
                        recordId,
                        type,
                        polarity,
                        severity == null ? null : Severity.valueOf(severity),
                        status,
                        reader.requiredDate(),
                        reader.date(),
                        reader.date(),
                        reader.date(),
                        reader.date(),
                        repairable.test(edition, type)));
    }
}
