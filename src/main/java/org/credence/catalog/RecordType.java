package org.credence.catalog;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue item: a type of credit record with what applies to it. A graded type lists the severities it allows,
 * each with its publicity rule; an ungraded type (most positive and neutral items) has one rule and takes no severity.
 *
 * @param category the number of the catalogue category the type belongs to
 * @param legalBasisRequired whether a record needs a legal basis and a decision number (always for negative types)
 * @param publicityBySeverity the allowed severities and their rules; empty for an ungraded type
 * @param ungradedPublicity the rule of an ungraded type; {@code null} for a graded one
 * @param retentionMonths how long a record is kept after its publicity ends, before the audited purge
 */
public record RecordType(
        String code,
        String nameZh,
        String nameEn,
        int category,
        Polarity polarity,
        Set<SubjectScope> appliesTo,
        boolean legalBasisRequired,
        DisclosureMode disclosure,
        Map<Severity, PublicityRule> publicityBySeverity,
        @Nullable PublicityRule ungradedPublicity,
        int retentionMonths,
        boolean repairable) {

    public RecordType {
        appliesTo = Set.copyOf(appliesTo);
        publicityBySeverity = Map.copyOf(publicityBySeverity);
        if (publicityBySeverity.isEmpty() == (ungradedPublicity == null)) {
            throw new IllegalArgumentException(
                    "record type " + code + " needs either rules per severity or one ungraded rule, not both");
        }
    }

    public boolean graded() {
        return !publicityBySeverity.isEmpty();
    }

    public Set<Severity> allowedSeverities() {
        return publicityBySeverity.keySet();
    }

    public boolean appliesTo(SubjectScope scope) {
        return appliesTo.contains(scope);
    }

    /**
     * The publicity rule for a record of this type with the given severity: empty when a graded type does not allow
     * the severity or an ungraded type is given one.
     */
    public Optional<PublicityRule> publicity(@Nullable Severity severity) {
        if (severity == null) {
            return Optional.ofNullable(ungradedPublicity);
        }
        return Optional.ofNullable(publicityBySeverity.get(severity));
    }
}
