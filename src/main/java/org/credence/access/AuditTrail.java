package org.credence.access;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;

/**
 * The tamper-evident audit trail. {@link #record} joins the caller's transaction, so that an audited write and its
 * entry commit or roll back together; entries are chained by hash shortly after (see {@link #seal()}).
 */
public interface AuditTrail {

    /** Appends an entry in the current transaction (or its own, if there is none). */
    void record(AuditEntry entry);

    /**
     * Appends entries in the current transaction, as one statement batch: for a group commit, whose writer thread
     * writes the changes of many requests with their entries in one transaction.
     */
    void recordAll(List<AuditEntry> entries);

    /**
     * Runs the current request's write when another thread commits it with its own entry (a group commit, see
     * {@link #recordAll}): no transaction on this thread carries the write's generic entry meanwhile (a first rating
     * the write causes, say), and once {@code write} returns the write counts as committed with its entry. When it
     * throws, the web edge records the write as failed, as for any write.
     */
    default <T> T groupCommitted(Supplier<T> write) {
        return groupCommitted(write, result -> true);
    }

    /**
     * As {@link #groupCommitted(Supplier)}, for a write that may end up recording nothing (a batch whose every item was
     * refused): it counts as committed with its entries only when {@code recorded} holds for its result; otherwise the
     * web edge records the request's own entry, as for a write that changed nothing.
     */
    <T> T groupCommitted(Supplier<T> write, Predicate<? super T> recorded);

    /** Chains every entry not chained yet; returns how many it sealed. Runs on a schedule as well. */
    int seal();

    /** Seals what is pending, then walks the whole chain and reports the first broken entry, if any. */
    ChainVerification verify();

    /** Entries matching the query, newest first. */
    Page<AuditRecord> query(AuditQuery query, PageRequest page);

    /**
     * A subject's access log, newest first: every read of its file and every change to it that was carried out
     * (refused and failed attempts are for auditors, not part of the log).
     */
    Page<FileAccess> accessesOf(long subjectId, PageRequest page);
}
