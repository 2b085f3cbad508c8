package org.credence.listing.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.credence.catalog.Severity;
import org.credence.listing.ListDefinition;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/** A parsed definition document: the public definition and what only this module acts on (rules, notice, limits). */
record DefinitionDocument(
        ListDefinition definition,
        Set<SubjectKind> subjectKinds,
        @Nullable Integer noticeDays,
        boolean termByDecision,
        boolean excludeMinors,
        List<InclusionRule> rules) {

    DefinitionDocument {
        subjectKinds = Set.copyOf(subjectKinds);
        rules = List.copyOf(rules);
    }

    String code() {
        return definition.code();
    }

    int version() {
        return definition.version();
    }

    /** The longest term an entry may have by decision and extension ({@code null}: the list has no term). */
    @Nullable
    Integer maxTermMonths() {
        Integer term = definition.defaultTermMonths();
        return term == null ? null : term + definition.extensionMonths();
    }

    /** Whether natural persons' entries wait for a notice period before they are in force. */
    boolean notifiesPersons() {
        return definition.notifyPersonsBeforePublication() && noticeDays != null && noticeDays > 0;
    }

    <R extends InclusionRule> List<R> rules(Class<R> type) {
        return rules.stream().filter(type::isInstance).map(type::cast).toList();
    }

    Optional<InclusionRule.RecordRule> recordRule(String recordType, @Nullable Severity severity) {
        return rules(InclusionRule.RecordRule.class).stream()
                .filter(r -> r.matches(recordType, severity))
                .findFirst();
    }
}
