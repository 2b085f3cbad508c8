package org.credence.record;

/**
 * Filings made ready by {@link RecordStore#prepare(FilingBatch)}: the work that needs no transaction (repeats within
 * the batch found, content hashes and publicity dates computed, the bulk path's data encoded) is done, so that a
 * caller can prepare the next chunk on another thread while the current one is being stored.
 */
public interface PreparedFilings {

    /** The batch these filings were prepared from. */
    FilingBatch batch();
}
