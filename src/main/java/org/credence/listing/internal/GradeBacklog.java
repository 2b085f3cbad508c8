package org.credence.listing.internal;

import java.util.List;
import org.credence.shared.backlog.BacklogConsumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The grade rules for subjects queued by a full re-rating ({@link ListingEventListener#on(org.credence.rating.GradesReplaced)}):
 * each subject's grades are read as they stand and every grade rule in force applied ({@link InSets}), several sets at
 * once (a subject's rules touch only its own entries). Idempotent, as the backlog needs: a subject done twice ends in
 * the same entries.
 */
@Component
class GradeBacklog implements BacklogConsumer {

    static final String QUEUE = "listing.grades";

    private final GradeRules grades;
    private final TransactionTemplate transactions;
    private final int workers;

    GradeBacklog(GradeRules grades, PlatformTransactionManager transactions, ListingProperties properties) {
        this.grades = grades;
        this.transactions = new TransactionTemplate(transactions);
        this.workers = properties.gradeWorkers();
    }

    @Override
    public String queue() {
        return QUEUE;
    }

    @Override
    public void process(List<Long> subjectIds) {
        InSets.applyConcurrently(subjectIds, transactions, grades::reconsider, workers);
    }
}
