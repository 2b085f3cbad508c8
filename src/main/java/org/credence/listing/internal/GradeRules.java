package org.credence.listing.internal;

import java.time.LocalDate;
import java.util.List;
import org.credence.listing.EntryEvent;
import org.credence.listing.EntryStatus;
import org.credence.rating.RatingChanged;
import org.credence.rating.RatingEngine;
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
        // A change that stays inside a rule's grades, or outside them, cannot change who is on the list: no query.
        List<StoredDefinition> lists = library.inForce(today).stream()
                .filter(d -> d.document().rules(InclusionRule.GradeRule.class).stream()
                        .anyMatch(
                                r -> r.scheme().equals(event.scheme()) && r.holds(event.from()) != r.holds(event.to())))
                .toList();
        if (lists.isEmpty()) {
            return;
        }
        InclusionPolicy.Grade grade = ratings.gradesOf(event.subjectId()).stream()
                .filter(r -> r.scheme().equals(event.scheme()))
                .findFirst()
                .map(r -> new InclusionPolicy.Grade(r.scheme(), r.grade(), r.standardVersion()))
                .orElse(new InclusionPolicy.Grade(event.scheme(), null, event.standardVersion()));
        for (StoredDefinition list : lists) {
            for (InclusionRule.GradeRule rule : list.document().rules(InclusionRule.GradeRule.class)) {
                if (rule.scheme().equals(event.scheme())) {
                    apply(list, rule, grade, event.subjectId(), today);
                }
            }
        }
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
