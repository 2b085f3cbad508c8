package org.credence.listing.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.listing.EntryEvent;
import org.credence.listing.EntryStatus;
import org.credence.rating.RatingChanged;
import org.credence.rating.RatingEngine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The grade rules: a subject graded one of a rule's grades is put on the list (one open entry at a time), and its
 * entry ends when the grade leaves them. The grade is read as it stands now, so that events handled late or out of
 * order still end in the right state.
 */
@Component
class GradeRules {

    private final DefinitionLibrary library;
    private final RatingEngine ratings;
    private final SubjectFacts subjects;
    private final Inclusions inclusions;
    private final EntryStore entries;
    private final EntryWriter writer;
    private final ListingTime time;

    GradeRules(
            DefinitionLibrary library,
            RatingEngine ratings,
            SubjectFacts subjects,
            Inclusions inclusions,
            EntryStore entries,
            EntryWriter writer,
            ListingTime time) {
        this.library = library;
        this.ratings = ratings;
        this.subjects = subjects;
        this.inclusions = inclusions;
        this.entries = entries;
        this.writer = writer;
        this.time = time;
    }

    /** Runs in the caller's transaction (the listener's). */
    void changed(RatingChanged event) {
        LocalDate today = time.today();
        List<StoredDefinition> lists = listsCrossed(event.scheme(), event.from(), event.to(), today);
        if (lists.isEmpty()) {
            return;
        }
        Map<String, InclusionPolicy.Grade> grades = currentGrades(event.subjectId());
        lists.forEach(list -> decide(list, grades, event.subjectId(), today));
    }

    /**
     * The lists in force whose grade rule a change of grade under the scheme crosses. A change that stays inside a
     * rule's grades, or outside them, cannot change who is on the list: answered without a query.
     */
    List<StoredDefinition> listsCrossed(String scheme, @Nullable String from, @Nullable String to, LocalDate today) {
        return library.inForce(today).stream()
                .filter(d -> d.document().rules(InclusionRule.GradeRule.class).stream()
                        .anyMatch(r -> r.scheme().equals(scheme) && r.holds(from) != r.holds(to)))
                .toList();
    }

    /** Whether a change of grade under the scheme crosses the grade rule of a list in force today. */
    boolean crossesAny(String scheme, @Nullable String from, @Nullable String to) {
        return !listsCrossed(scheme, from, to, time.today()).isEmpty();
    }

    /**
     * Applies every grade rule in force to the subject's grades as they stand now (the backlog's way, after a full
     * re-rating changed many grades at once). Runs in the caller's transaction.
     */
    void reconsider(long subjectId) {
        LocalDate today = time.today();
        List<StoredDefinition> lists = library.inForce(today).stream()
                .filter(d -> !d.document().rules(InclusionRule.GradeRule.class).isEmpty())
                .toList();
        if (lists.isEmpty()) {
            return;
        }
        Map<String, InclusionPolicy.Grade> grades = currentGrades(subjectId);
        lists.forEach(list -> decide(list, grades, subjectId, today));
    }

    private Map<String, InclusionPolicy.Grade> currentGrades(long subjectId) {
        Map<String, InclusionPolicy.Grade> grades = new HashMap<>();
        ratings.gradesOf(subjectId)
                .forEach(r ->
                        grades.put(r.scheme(), new InclusionPolicy.Grade(r.scheme(), r.grade(), r.standardVersion())));
        return grades;
    }

    /**
     * Per list, not per rule: a list with two grade rules takes a subject that holds either, and ends its entry only
     * when it holds neither.
     */
    private void decide(
            StoredDefinition list, Map<String, InclusionPolicy.Grade> grades, long subjectId, LocalDate today) {
        List<InclusionRule.GradeRule> rules = list.document().rules(InclusionRule.GradeRule.class);
        InclusionRule.GradeRule deciding = rules.stream()
                .filter(r -> grades.containsKey(r.scheme())
                        && r.holds(grades.get(r.scheme()).grade()))
                .findFirst()
                .orElse(rules.getFirst());
        InclusionPolicy.Grade grade =
                grades.getOrDefault(deciding.scheme(), new InclusionPolicy.Grade(deciding.scheme(), null, 0));
        apply(list, deciding, grade, subjectId, today);
    }

    private void apply(
            StoredDefinition list,
            InclusionRule.GradeRule rule,
            InclusionPolicy.Grade grade,
            long subjectId,
            LocalDate today) {
        List<EntryRow> open = entries.open(subjectId, list.code()).stream()
                .filter(e -> e.origin() == Origin.GRADE && !e.statusOn(today).isEnded())
                .toList();
        if (rule.holds(grade.grade())) {
            if (open.isEmpty()) {
                subjects.of(subjectId).ifPresent(subject -> {
                    if (InclusionPolicy.forGrade(list.document(), rule, grade, subject, today)
                            instanceof InclusionPolicy.Include include) {
                        inclusions.include(include.inclusion());
                    }
                });
            }
            return;
        }
        String reason = "grade under " + grade.scheme() + " is now " + (grade.grade() == null ? "none" : grade.grade())
                + ", not " + rule.grades();
        for (EntryRow entry : open) {
            writer.end(
                    entry, EntryStatus.EXPIRED, today, EntryEvent.Action.EXPIRED, EntryWriter.Decided.system(reason));
        }
    }
}
