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
 * expire (on the day after the term's last day), then entries open long enough on a list that escalates are escalated
 * (each at most once). Each entry moves in a transaction of its own, guarded by the status it
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
    private final DefinitionLibrary library;
    private final SubjectFacts subjects;
    private final Inclusions inclusions;

    EntrySweep(
            EntryStore entries,
            EntryWriter writer,
            TransactionTemplate transactions,
            ListingTime time,
            DefinitionLibrary library,
            SubjectFacts subjects,
            Inclusions inclusions) {
        this.library = library;
        this.subjects = subjects;
        this.inclusions = inclusions;
        this.entries = entries;
        this.writer = writer;
        this.transactions = transactions;
        this.time = time;
    }

    @Scheduled(cron = "${credence.listing.sweep-cron:0 5 0 * * *}", zone = "${credence.listing.zone:Asia/Shanghai}")
    void scheduled() {
        Result result = sweep();
        if (result.activated() + result.expired() + result.escalated() > 0) {
            log.info(
                    "List entries swept: {} came into force, {} expired, {} escalated",
                    result.activated(),
                    result.expired(),
                    result.escalated());
        }
    }

    /** How many entries came into force, expired, and were made by escalation. */
    record Result(int activated, int expired, int escalated) {}

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
        int expired = expire(today);
        return new Result(activated, expired, escalate(today));
    }

    private int escalate(LocalDate today) {
        int escalated = 0;
        for (StoredDefinition target : library.inForce(today)) {
            for (InclusionRule.EscalationRule rule : target.document().rules(InclusionRule.EscalationRule.class)) {
                LocalDate since = today.minusMonths(rule.afterMonths());
                long cursor = 0;
                for (List<Long> ids = entries.dueToEscalate(rule.list(), target.code(), since, cursor, BATCH);
                        !ids.isEmpty();
                        ids = entries.dueToEscalate(rule.list(), target.code(), since, cursor, BATCH)) {
                    for (long id : ids) {
                        escalated +=
                                Boolean.TRUE.equals(transactions.execute(status -> escalate(target, rule, id, today)))
                                        ? 1
                                        : 0;
                    }
                    cursor = ids.getLast();
                }
            }
        }
        return escalated;
    }

    /**
     * Escalates one entry if the rule's policy says so; false if not (yet), if it was escalated meanwhile, or if the
     * subject is on the target list already (a later sweep escalates once that entry has ended).
     */
    private boolean escalate(
            StoredDefinition target, InclusionRule.EscalationRule rule, long entryId, LocalDate today) {
        return entries.find(entryId)
                .filter(trigger -> entries.open(trigger.subjectId(), target.code()).stream()
                        .allMatch(e -> e.statusOn(today).isEnded()))
                .flatMap(trigger -> subjects.of(trigger.subjectId())
                        .map(subject ->
                                InclusionPolicy.forEscalation(target.document(), rule, trigger, subject, today)))
                .filter(InclusionPolicy.Include.class::isInstance)
                .flatMap(decision -> inclusions.include(((InclusionPolicy.Include) decision).inclusion()))
                .isPresent();
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
