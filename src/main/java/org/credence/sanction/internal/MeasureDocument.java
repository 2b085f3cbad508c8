package org.credence.sanction.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A measures edition as posted or as a seed file holds it: every field optional here, so that {@link MeasureRules}
 * can name each missing or wrong one ({@code measures[3].legalBasis}) instead of failing on the first.
 */
record MeasureDocument(
        @Nullable String code,
        @Nullable String title,
        @Nullable String effectiveFrom,
        @Nullable List<@Nullable MeasureItem> measures) {

    record MeasureItem(
            @Nullable String code,
            @Nullable String contentZh,
            @Nullable String contentEn,
            @Nullable String measureClass,
            @Nullable Boolean incentive,
            @Nullable String outcome,
            @Nullable TriggerItem trigger,
            @Nullable List<String> matterTypes,
            @Nullable Boolean matterTypesFromEntry,
            @Nullable Boolean extendsToLinked,
            @Nullable List<String> implementingDepartments,
            @Nullable String legalBasis,
            @Nullable String effectiveFrom,
            @Nullable String effectiveTo) {}

    record TriggerItem(
            @Nullable List<String> lists,
            @Nullable List<@Nullable GradeItem> grades,
            @Nullable Boolean always) {}

    record GradeItem(@Nullable String scheme, @Nullable List<String> grades) {}
}
