package org.credence.rating.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.credence.catalog.Polarity;
import org.credence.rating.internal.StandardDocument.Phase;
import org.credence.record.RecordStatus;
import org.jspecify.annotations.Nullable;

/**
 * Counterfactual explanations of an evaluation: the first date on which the grade changes if nothing new happens (and
 * the records whose change makes it), and the negative records whose repair alone would change the grade now.
 */
final class Explainer {

    static final int MAX_REPAIRS = 3;
    private static final int MAX_STEPS = 400;

    /** What changes the grade. */
    enum Kind {
        TIME,
        REPAIR
    }

    /** What happens to the causing record on that date. */
    enum Event {
        PUBLICITY_ENDS,
        DECAYS,
        TERM_ENDS,
        NEW_PERIOD_ENDS,
        TAKES_EFFECT,
        REPAIRED
    }

    /**
     * The grade becomes {@code grade}: on {@code on} (time), or if the record is repaired (repair; possible from
     * {@code repairFrom} when the catalogue allows it).
     */
    record WhatIf(
            Kind kind,
            String grade,
            @Nullable LocalDate on,
            Event event,
            List<Long> recordIds,
            @Nullable LocalDate repairFrom,
            boolean repairable) {

        WhatIf {
            recordIds = List.copyOf(recordIds);
        }
    }

    private Explainer() {}

    static List<WhatIf> explain(StandardDocument standard, List<RecordFact> records, LocalDate date, Evaluation now) {
        List<WhatIf> whatIfs = new ArrayList<>();
        byTime(standard, records, date, now).ifPresent(whatIfs::add);
        whatIfs.addAll(byRepair(standard, records, date, now));
        return whatIfs;
    }

    private static java.util.Optional<WhatIf> byTime(
            StandardDocument standard, List<RecordFact> records, LocalDate date, Evaluation now) {
        int steps = 0;
        for (LocalDate point : ChangePoints.after(standard, records, date)) {
            if (++steps > MAX_STEPS) {
                break;
            }
            Evaluation then = Evaluator.rate(standard, records, point, now.professions());
            if (!then.grade().equals(now.grade())) {
                List<RecordFact> causes = causes(standard, records, point);
                Event event = causes.isEmpty() ? Event.DECAYS : event(standard, causes.getFirst(), point);
                return java.util.Optional.of(new WhatIf(
                        Kind.TIME,
                        then.grade(),
                        point,
                        event,
                        causes.stream().map(RecordFact::recordId).toList(),
                        null,
                        false));
            }
        }
        return java.util.Optional.empty();
    }

    private static List<WhatIf> byRepair(
            StandardDocument standard, List<RecordFact> records, LocalDate date, Evaluation now) {
        List<WhatIf> repairs = new ArrayList<>();
        for (RecordFact record : records) {
            if (record.polarity() != Polarity.NEGATIVE
                    || !(RecordEligibility.decide(record, Phase.IN_FORCE, standard.countUnderObjection(), date)
                            instanceof RecordEligibility.Counts)) {
                continue;
            }
            List<RecordFact> repaired = records.stream()
                    .map(r -> r.recordId() == record.recordId() ? r.withStatus(RecordStatus.REPAIRED) : r)
                    .toList();
            Evaluation then = Evaluator.rate(standard, repaired, date, now.professions());
            if (!then.grade().equals(now.grade())) {
                repairs.add(new WhatIf(
                        Kind.REPAIR,
                        then.grade(),
                        null,
                        Event.REPAIRED,
                        List.of(record.recordId()),
                        record.publicityMinEnd(),
                        record.repairable()));
            }
        }
        repairs.sort(Comparator.comparingInt((WhatIf w) -> rank(standard, w.grade()))
                .thenComparing(w -> w.recordIds().getFirst()));
        return repairs.size() <= MAX_REPAIRS ? repairs : repairs.subList(0, MAX_REPAIRS);
    }

    private static List<RecordFact> causes(StandardDocument standard, List<RecordFact> records, LocalDate point) {
        List<RecordFact> causes = new ArrayList<>();
        for (RecordFact record : records) {
            TreeSet<LocalDate> own = new TreeSet<>();
            ChangePoints.of(standard, record, own::add);
            if (RecordEligibility.live(record.status()) && own.contains(point)) {
                causes.add(record);
            }
        }
        return causes;
    }

    private static Event event(StandardDocument standard, RecordFact record, LocalDate point) {
        if (point.equals(record.publicityMaxEnd())) {
            return Event.PUBLICITY_ENDS;
        }
        if (record.effectiveTo() != null && point.equals(record.effectiveTo().plusDays(1))) {
            return Event.TERM_ENDS;
        }
        if (point.equals(record.effectiveFrom()) || point.equals(record.decisionDate())) {
            return Event.TAKES_EFFECT;
        }
        boolean newPeriod = standard.assignments().stream()
                .anyMatch(a -> a.when() instanceof StandardDocument.NewSubject fresh
                        && fresh.recordType().equals(record.recordType())
                        && Objects.equals(point, record.decisionDate().plusMonths(fresh.months())));
        return newPeriod ? Event.NEW_PERIOD_ENDS : Event.DECAYS;
    }

    /** A grade's position in the standard, best first. */
    static int rank(StandardDocument standard, String grade) {
        for (int i = 0; i < standard.grades().size(); i++) {
            if (standard.grades().get(i).code().equals(grade)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
