package org.credence.rating.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.credence.rating.internal.StandardDocument.Assignment;
import org.credence.rating.internal.StandardDocument.DecayStep;
import org.credence.rating.internal.StandardDocument.Factor;
import org.credence.rating.internal.StandardDocument.NewSubject;
import org.credence.rating.internal.StandardDocument.Phase;
import org.jspecify.annotations.Nullable;

/**
 * The dates after which a result may change with no new event: a record coming into force or decided, its publicity
 * or term ending, a decay step reached, a new-subject period ending. Ratings store the first of them so that a sweep
 * can re-rate exactly the subjects whose rating time alone has changed; explanations walk them to find when the grade
 * changes.
 */
final class ChangePoints {

    private ChangePoints() {}

    static @Nullable LocalDate next(StandardDocument standard, List<RecordFact> records, LocalDate date) {
        TreeSet<LocalDate> points = after(standard, records, date);
        return points.isEmpty() ? null : points.first();
    }

    /** Every change point after the date, in order. */
    static TreeSet<LocalDate> after(StandardDocument standard, List<RecordFact> records, LocalDate date) {
        TreeSet<LocalDate> points = new TreeSet<>();
        for (RecordFact record : records) {
            if (RecordEligibility.live(record.status())) {
                of(standard, record, points);
            }
        }
        points.headSet(date, true).clear();
        return points;
    }

    /** The change points of one record. */
    static void of(StandardDocument standard, RecordFact record, TreeSet<LocalDate> points) {
        add(points, record.decisionDate());
        add(points, record.effectiveFrom());
        add(points, record.publicityMaxEnd());
        if (record.effectiveTo() != null) {
            add(points, record.effectiveTo().plusDays(1));
        }
        for (Factor factor : standard.factors()) {
            if (!factor.matches(record.recordType(), record.severity())) {
                continue;
            }
            LocalDate since = factor.phase() == Phase.FULFILLED ? record.effectiveTo() : record.decisionDate();
            if (since != null) {
                for (DecayStep step : factor.decay()) {
                    add(points, since.plusMonths(step.months()));
                }
            }
            break;
        }
        for (Assignment assignment : standard.assignments()) {
            if (assignment.when() instanceof NewSubject fresh
                    && fresh.recordType().equals(record.recordType())) {
                add(points, record.decisionDate().plusMonths(fresh.months()));
            }
        }
    }

    private static void add(TreeSet<LocalDate> points, @Nullable LocalDate date) {
        if (date != null) {
            points.add(date);
        }
    }
}
