package org.credence.record;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Published once per chunk of a bulk filing (a batch from the collection path), in the filing transaction, instead of
 * one {@link RecordFiled} per record. Compact on purpose: the durable registry stores the event once per listener, so
 * it carries ids grouped by record type and severity (a few bytes a record), not the records; listeners that need a
 * record read it. Single filings still publish {@link RecordFiled}; listeners handle both.
 *
 * @param groups the new records by type, polarity and severity, in order of first appearance
 */
public record RecordsFiled(List<TypeGroup> groups) {

    public RecordsFiled {
        groups = List.copyOf(groups);
    }

    /**
     * The new records of one type and severity.
     *
     * @param recordIds the records, in line order
     * @param subjectIds each record's subject, at the same position
     */
    public record TypeGroup(
            String recordType,
            Polarity polarity,
            @Nullable Severity severity,
            List<Long> recordIds,
            List<Long> subjectIds) {

        public TypeGroup {
            recordIds = List.copyOf(recordIds);
            subjectIds = List.copyOf(subjectIds);
            if (recordIds.size() != subjectIds.size()) {
                throw new IllegalArgumentException("a subject id for every record id");
            }
        }
    }

    /** Groups the chunk's records. */
    public static RecordsFiled of(List<RecordFiled> filed) {
        Map<List<Object>, List<RecordFiled>> byKind = filed.stream()
                .collect(Collectors.groupingBy(
                        r -> Arrays.asList(r.recordType(), r.polarity(), r.severity()),
                        LinkedHashMap::new,
                        Collectors.toList()));
        return new RecordsFiled(byKind.values().stream()
                .map(same -> new TypeGroup(
                        same.getFirst().recordType(),
                        same.getFirst().polarity(),
                        same.getFirst().severity(),
                        same.stream().map(RecordFiled::recordId).toList(),
                        same.stream().map(RecordFiled::subjectId).toList()))
                .toList());
    }

    /** Every subject with a new record, each once. */
    public List<Long> distinctSubjectIds() {
        var ids = new LinkedHashSet<Long>();
        groups.forEach(g -> ids.addAll(g.subjectIds()));
        return List.copyOf(ids);
    }

    /** How many records the chunk filed. */
    public int recordCount() {
        return groups.stream().mapToInt(g -> g.recordIds().size()).sum();
    }
}
