package org.credence.listing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.credence.subject.RoleType;
import org.jspecify.annotations.Nullable;

/**
 * One version of a list's definition, as published data.
 *
 * @param managingAuthority the code of the organisation (a provider code) whose credit officers decide entries
 * @param inclusionRule a readable statement of the inclusion rule; the automatic part is the definition document's
 *     {@code rules} (see {@link DefinitionVersion#document()})
 * @param defaultTermMonths the term of a new entry ({@code null}: until removed, as for abnormal operations)
 * @param extensionMonths how much longer a term may be made by decision, at most ({@code 0}: not extendable)
 * @param earlyRemovalAfterMonths the earliest an entry may be removed early ({@code null}: no early removal)
 * @param notifyPersonsBeforePublication natural persons are notified before their entry is in force
 * @param extendsTo the organisation roles the list's measures extend to (legal representative and others)
 * @param barredMatterTypes for a market ban: the matter types the subject is barred from while the entry lasts
 * @param barredSectors for a market ban: the sectors named in the decision, as readable codes
 */
public record ListDefinition(
        String code,
        int version,
        String nameZh,
        String nameEn,
        ListKind kind,
        String managingAuthority,
        String legalStandard,
        String inclusionRule,
        @Nullable Integer defaultTermMonths,
        int extensionMonths,
        @Nullable Integer earlyRemovalAfterMonths,
        boolean notifyPersonsBeforePublication,
        Set<RoleType> extendsTo,
        List<String> barredMatterTypes,
        List<String> barredSectors,
        LocalDate effectiveFrom) {

    public ListDefinition {
        extendsTo = Set.copyOf(extendsTo);
        barredMatterTypes = List.copyOf(barredMatterTypes);
        barredSectors = List.copyOf(barredSectors);
    }
}
