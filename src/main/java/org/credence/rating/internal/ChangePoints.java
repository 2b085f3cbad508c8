package org.credence.rating.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
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
        return next(standard, records, standard.factorsFor(records), date);
    }

    /** The same with each record's factor already looked up ({@link StandardDocument#factorsFor}). */
    static @Nullable LocalDate next(
            StandardDocument standard, List<RecordFact> records, @Nullable Factor[] factorOf, LocalDate date) {
        var first = new Object() {
            @Nullable
            LocalDate value;
        };
        Consumer<LocalDate> earliest = point -> {
            if (point.isAfter(date) && (first.value == null || point.isBefore(first.value))) {
                first.value = point;
            }
        };
        for (int i = 0; i < factorOf.length; i++) {
            RecordFact record = records.get(i);
            if (RecordEligibility.live(record.status())) {
                of(standard, record, factorOf[i], earliest, date);
            }
        }
        return first.value;
    }

    /** Every change point after the date, in order. */
    static TreeSet<LocalDate> after(StandardDocument standard, List<RecordFact> records, LocalDate date) {
        TreeSet<LocalDate> points = new TreeSet<>();
        for (RecordFact record : records) {
            if (RecordEligibility.live(record.status())) {
                of(
                        standard,
                        record,
                        standard.factorFor(record.recordType(), record.severity()),
                        points::add,
                        LocalDate.MAX);
            }
        }
        points.headSet(date, true).clear();
        return points;
    }

    /** The change points of one record, given to the consumer (possibly more than once). */
    static void of(StandardDocument standard, RecordFact record, Consumer<LocalDate> points) {
        of(standard, record, standard.factorFor(record.recordType(), record.severity()), points, LocalDate.MAX);
    }

    /** The same, but decay steps only up to the first one after {@code enough} (later ones cannot come first). */
    private static void of(
            StandardDocument standard,
            RecordFact record,
            @Nullable Factor factor,
            Consumer<LocalDate> points,
            LocalDate enough) {
        add(points, record.decisionDate());
        add(points, record.effectiveFrom());
        add(points, record.publicityMaxEnd());
        if (record.effectiveTo() != null) {
            add(points, record.effectiveTo().plusDays(1));
        }
        if (factor != null) {
            LocalDate since = factor.phase() == Phase.FULFILLED ? record.effectiveTo() : record.decisionDate();
            if (since != null) {
                for (DecayStep step : factor.decay()) {
                    LocalDate boundary = since.plusMonths(step.months());
                    add(points, boundary);
                    if (boundary.isAfter(enough)) {
                        break;
                    }
                }
            }
        }
        for (Assignment assignment : standard.assignments()) {
            if (assignment.when() instanceof NewSubject fresh
                    && fresh.recordType().equals(record.recordType())) {
                add(points, record.decisionDate().plusMonths(fresh.months()));
            }
        }
    }

    private static void add(Consumer<LocalDate> points, @Nullable LocalDate date) {
        if (date != null) {
            points.accept(date);
        }
    }
}
