package org.credence.rating.internal;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
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

    /** Beyond this many distinct codes a column's answers are no longer kept (codes are few: this is a guard). */
    private static final int KEPT = 256;

    private final BiPredicate<String, String> repairable;
    private final CopyBinaryReader reader;

    // The reader hands out one shared string per distinct code, so answers are kept by the string's identity: looked
    // up for every record, where the enum's own valueOf and the catalogue's maps compare the text each time.
    private final Map<String, Polarity> polarities = new IdentityHashMap<>();
    private final Map<String, Severity> severities = new IdentityHashMap<>();
    private final Map<String, RecordStatus> statuses = new IdentityHashMap<>();
    private final Map<String, Map<String, Boolean>> repairableByEdition = new IdentityHashMap<>();

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
        Polarity polarity = kept(polarities, reader.requiredCode(), Polarity::valueOf);
        String severity = reader.code();
        RecordStatus status = kept(statuses, reader.requiredCode(), RecordStatus::valueOf);
        return new Row(
                subjectId,
                new RecordFact(
                        recordId,
                        type,
                        polarity,
                        severity == null ? null : kept(severities, severity, Severity::valueOf),
                        status,
                        reader.requiredDate(),
                        reader.date(),
                        reader.date(),
                        reader.date(),
                        reader.date(),
                        repairable(edition, type)));
    }

    private boolean repairable(String edition, String type) {
        Map<String, Boolean> ofEdition = repairableByEdition.get(edition);
        if (ofEdition == null) {
            ofEdition = new IdentityHashMap<>();
            if (repairableByEdition.size() < KEPT) {
                repairableByEdition.put(edition, ofEdition);
            }
        }
        Boolean known = ofEdition.get(type);
        if (known == null) {
            known = repairable.test(edition, type);
            if (ofEdition.size() < KEPT) {
                ofEdition.put(type, known);
            }
        }
        return known;
    }

    private static <T> T kept(Map<String, T> answers, String code, Function<String, T> answer) {
        T known = answers.get(code);
        if (known == null) {
            known = answer.apply(code);
            if (answers.size() < KEPT) {
                answers.put(code, known);
            }
        }
        return known;
    }
}
