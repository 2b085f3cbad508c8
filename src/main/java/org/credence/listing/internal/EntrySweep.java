package org.credence.listing.internal;

import java.time.LocalDate;
import java.util.List;
import org.credence.listing.EntryEvent;
import org.credence.listing.EntryStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily sweep: pending entries whose notice period is over come into force, then open entries whose term is over
 * expire (on the day after the term's last day). Each entry moves in a transaction of its own, guarded by the status it
 * leaves, so that instances sweeping at once never move an entry twice. Reads never wait for it: they go by date.
 */
@Component
class EntrySweep {

    private static final Logger log = LoggerFactory.getLogger(EntrySweep.class);
    private static final int BATCH = 500;

    private final EntryStore entries;
    private final EntryWriter writer;
    private final TransactionTemplate transactions;
    private final ListingTime time;

    EntrySweep(EntryStore entries, EntryWriter writer, TransactionTemplate transactions, ListingTime time) {
        this.entries = entries;
        this.writer = writer;
        this.transactions = transactions;
        this.time = time;
    }

    @Scheduled(cron = "${credence.listing.sweep-cron:0 5 0 * * *}", zone = "${credence.listing.zone:Asia/Shanghai}")
    void scheduled() {
        Result result = sweep();
        if (result.activated() + result.expired() > 0) {
            log.info("List entries swept: {} came into force, {} expired", result.activated(), result.expired());
        }
    }

    /** How many entries came into force and how many expired. */
    record Result(int activated, int expired) {}

    Result sweep() {
        LocalDate today = time.today();
        int activated = 0;
        long cursor = 0;
        for (List<Long> ids = entries.dueToActivate(today, cursor, BATCH);
                !ids.isEmpty();
                ids = entries.dueToActivate(today, cursor, BATCH)) {
            for (long id : ids) {
                activated += Boolean.TRUE.equals(transactions.execute(status -> entries.find(id)
                                .filter(e -> e.status() == EntryStatus.PENDING_NOTICE)
                                .map(writer::activate)
                                .orElse(false)))
                        ? 1
                        : 0;
            }
            cursor = ids.getLast();
        }
        return new Result(activated, expire(today));
    }

    private int expire(LocalDate today) {
        int expired = 0;
        long cursor = 0;
        for (List<Long> ids = entries.dueToExpire(today, cursor, BATCH);
                !ids.isEmpty();
                ids = entries.dueToExpire(today, cursor, BATCH)) {
            for (long id : ids) {
                expired += Boolean.TRUE.equals(transactions.execute(status -> entries.find(id)
                                .filter(e -> !e.status().isEnded() && e.termEnd() != null)
                                .flatMap(e -> writer.end(
                                        e,
                                        EntryStatus.EXPIRED,
                                        Terms.expiredOn(e.termEnd()),
                                        EntryEvent.Action.EXPIRED,
                                        EntryWriter.Decided.system("term ended on " + e.termEnd())))
                                .isPresent()))
                        ? 1
                        : 0;
            }
            cursor = ids.getLast();
        }
        return expired;
    }
}
