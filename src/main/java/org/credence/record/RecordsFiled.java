package org.credence.record;

import java.util.List;

/**
 * Published once per chunk of a bulk filing (a batch from the collection path), in the filing transaction, instead of
 * one {@link RecordFiled} per record: the durable event registry then writes one publication per chunk and listener,
 * not one per record, and a listener can handle the chunk's subjects together. Single filings still publish
 * {@link RecordFiled}; listeners handle both.
 *
 * @param records the new records, in line order
 */
public record RecordsFiled(List<RecordFiled> records) {

    public RecordsFiled {
        records = List.copyOf(records);
    }
}
