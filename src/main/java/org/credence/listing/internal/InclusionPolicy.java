package org.credence.listing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.credence.listing.EntryStatus;
import org.credence.record.CreditRecord;
import org.credence.record.RecordStatus;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/**
 * The automatic inclusion rules as decisions: whether a record, a repeated listing or a grade puts a subject on a
 * list, and the entry it makes (dates, notice, decision, facts). Pure: everything it needs is passed in.
 */
final class InclusionPolicy {

    static final String SYSTEM = "system";

    /** What a rule decided. */
    sealed interface Decision {}

    record Include(Inclusion inclusion) implements Decision {}

    /** Not listed, with a stable code and the reason. */
    record NotListed(String code, String reason) implements Decision {}

    /** An entry's dates and starting status. */
    record Schedule(
            EntryStatus status,
            LocalDate inForceFrom,
            @Nullable Integer termMonths,
            @Nullable LocalDate termEnd) {}

    private InclusionPolicy() {}

    /** Whether the list takes the subject at all: one of its kinds, and never a minor where the list excludes them. */
    static Optional<NotListed> ineligible(DefinitionDocument def, Subject subject, LocalDate decidedOn) {
        if (!def.subjectKinds().contains(subject.kind())) {
            return Optional.of(new NotListed(
                    "subject-kind-not-listed", "list " + def.code() + " does not take a " + subject.kind()));
        }
        if (def.excludeMinors()
                && subject.kind() == SubjectKind.PERSON
                && subject.birthDate() != null
                && Terms.minorOn(subject.birthDate(), decidedOn)) {
            return Optional.of(new NotListed(
                    "minor-excluded", "list " + def.code() + " never takes a person under 18 on the day of decision"));
        }
        return Optional.empty();
    }

    /**
     * A person on a list that notifies in advance is pending until {@code noticeDays} after the later of the decision
     * and today (the day the notice goes out); everyone else is in force from the day of inclusion.
     */
    static Schedule schedule(
            DefinitionDocument def,
            SubjectKind kind,
            LocalDate includedOn,
            @Nullable Integer termMonths,
            LocalDate today) {
        LocalDate termEnd = Terms.end(includedOn, termMonths);
        if (def.notifiesPersons() && kind == SubjectKind.PERSON && def.noticeDays() != null) {
            LocalDate noticeFrom = includedOn.isAfter(today) ? includedOn : today;
            return new Schedule(
                    EntryStatus.PENDING_NOTICE, Terms.afterNotice(noticeFrom, def.noticeDays()), termMonths, termEnd);
        }
        return new Schedule(EntryStatus.ACTIVE, includedOn, termMonths, termEnd);
    }

    /** A record rule: the record's decision is the listing decision, included on the day it takes effect. */
    static Decision forRecord(DefinitionDocument def, CreditRecord record, Subject subject, LocalDate today) {
        if (def.recordRule(record.recordType(), record.severity()).isEmpty()) {
            return new NotListed("no-rule", "no rule of " + def.code() + " takes a " + record.recordType());
        }
        if (record.status() != RecordStatus.ACTIVE
                && record.status() != RecordStatus.CORRECTED
                && record.status() != RecordStatus.UNDER_OBJECTION) {
            return new NotListed("record-ended", "record " + record.recordId() + " is " + record.status());
        }
        LocalDate includedOn = record.effectiveFrom() != null ? record.effectiveFrom() : record.decisionDate();
        Optional<NotListed> ineligible = ineligible(def, subject, includedOn);
        if (ineligible.isPresent()) {
            return ineligible.get();
        }
        Schedule schedule =
                schedule(def, subject.kind(), includedOn, def.definition().defaultTermMonths(), today);
        if (schedule.termEnd() != null && schedule.termEnd().isBefore(today)) {
            return new NotListed("term-already-over", "the term ended on " + schedule.termEnd());
        }
        Citation citation = citation(def, record);
        return new Include(new Inclusion(
                def,
                subject,
                Origin.RECORD,
                schedule.status(),
                citation.decisionNumber(),
                citation.legalBasis(),
                citation.facts(),
                "Automatic inclusion: " + def.definition().inclusionRule(),
                record.recordId(),
                null,
                includedOn,
                schedule.inForceFrom(),
                schedule.termMonths(),
                schedule.termEnd(),
                List.of(),
                List.of(),
                "record:" + record.recordId(),
                SYSTEM,
                null));
    }

    /** A repeat rule: the subject was put on the other list often enough within the period up to the trigger. */
    static Decision forRepeat(
            DefinitionDocument def,
            InclusionRule.RepeatRule rule,
            EntryRow trigger,
            List<LocalDate> inclusionDays,
            Subject subject,
            LocalDate today) {
        if (!Terms.repeated(inclusionDays, trigger.includedOn(), rule.count(), rule.withinMonths())) {
            return new NotListed(
                    "not-repeated",
                    "fewer than " + rule.count() + " entries on " + rule.list() + " within " + rule.withinMonths()
                            + " months");
        }
        String days = inclusionDays.stream()
                .filter(d -> !d.isBefore(trigger.includedOn().minusMonths(rule.withinMonths()))
                        && !d.isAfter(trigger.includedOn()))
                .map(LocalDate::toString)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return includedToday(
                def,
                subject,
                today,
                Origin.REPEAT,
                trigger.decisionNumber(),
                "Put on " + rule.list() + " " + rule.count() + " or more times within " + rule.withinMonths()
                        + " months (on " + days + "; latest entry " + trigger.entryId() + ")",
                trigger.entryId(),
                "open:" + subject.subjectId());
    }

    /**
     * An escalation rule: the trigger entry on the rule's list has been in force {@code afterMonths} or more and is
     * still open today. One escalation per trigger entry, ever.
     */
    static Decision forEscalation(
            DefinitionDocument def,
            InclusionRule.EscalationRule rule,
            EntryRow trigger,
            Subject subject,
            LocalDate today) {
        if (!trigger.listCode().equals(rule.list()) || trigger.statusOn(today).isEnded()) {
            return new NotListed("trigger-ended", "entry " + trigger.entryId() + " is not open on " + rule.list());
        }
        LocalDate due = trigger.inForceFrom().plusMonths(rule.afterMonths());
        if (due.isAfter(today)) {
            return new NotListed("not-yet-due", "entry " + trigger.entryId() + " escalates on " + due);
        }
        return includedToday(
                def,
                subject,
                today,
                Origin.ESCALATE,
                "escalation-of-entry-" + trigger.entryId(),
                "On " + rule.list() + " since " + trigger.inForceFrom() + " (entry " + trigger.entryId() + ", "
                        + trigger.decisionNumber() + "), " + rule.afterMonths() + " months or more and not cured",
                trigger.entryId(),
                "escalation:" + trigger.entryId());
    }

    /** A grade rule: the subject holds one of the rule's grades now. */
    static Decision forGrade(
            DefinitionDocument def, InclusionRule.GradeRule rule, Grade grade, Subject subject, LocalDate today) {
        if (!rule.scheme().equals(grade.scheme()) || !rule.holds(grade.grade())) {
            return new NotListed("grade-not-held", "grade " + grade.grade() + " under " + grade.scheme());
        }
        return includedToday(
                def,
                subject,
                today,
                Origin.GRADE,
                grade.scheme() + "-v" + grade.standardVersion() + "-" + grade.grade(),
                "Graded " + grade.grade() + " under " + grade.scheme() + " version " + grade.standardVersion(),
                null,
                "open:" + subject.subjectId());
    }

    /**
     * An entry a rule over lists or grades makes, included today by the system under the list's own legal standard
     * and default term, unless the list does not take the subject.
     */
    private static Decision includedToday(
            DefinitionDocument def,
            Subject subject,
            LocalDate today,
            Origin origin,
            String decisionNumber,
            String facts,
            @Nullable Long sourceEntryId,
            String dedupeKey) {
        Optional<NotListed> ineligible = ineligible(def, subject, today);
        if (ineligible.isPresent()) {
            return ineligible.get();
        }
        Schedule schedule =
                schedule(def, subject.kind(), today, def.definition().defaultTermMonths(), today);
        return new Include(new Inclusion(
                def,
                subject,
                origin,
                schedule.status(),
                decisionNumber,
                def.definition().legalStandard(),
                facts,
                "Automatic inclusion: " + def.definition().inclusionRule(),
                null,
                sourceEntryId,
                today,
                schedule.inForceFrom(),
                schedule.termMonths(),
                schedule.termEnd(),
                List.of(),
                List.of(),
                dedupeKey,
                SYSTEM,
                null));
    }

    /** A subject's current grade under a scheme, and the standard version that gave it. */
    record Grade(String scheme, @Nullable String grade, int standardVersion) {}

    /** What an entry made from a record cites: the record's decision and legal basis, and its facts. */
    record Citation(String decisionNumber, String legalBasis, String facts) {}

    /** The citation an entry made from the record carries, as the record reads now (also after a correction). */
    static Citation citation(DefinitionDocument def, CreditRecord record) {
        String severity = record.severity() == null ? "" : " (" + record.severity() + ")";
        return new Citation(
                record.decisionNumber() != null ? record.decisionNumber() : "record-" + record.recordId(),
                record.legalBasis() != null
                        ? record.legalBasis()
                        : def.definition().legalStandard(),
                record.summary() + " [record " + record.recordId() + ", " + record.recordType() + severity + ", by "
                        + record.providerCode() + ", decided " + record.decisionDate() + "]");
    }
}
