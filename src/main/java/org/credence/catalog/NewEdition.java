package org.credence.catalog;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A command to add an edition. Either complete (categories and record types given) or derived: with {@code basedOn}
 * naming an existing edition, omitted categories are inherited, the given record types are added or replace the
 * inherited ones of the same code, and {@code withdrawnTypes} are left out.
 */
public record NewEdition(
        String code,
        String title,
        LocalDate effectiveFrom,
        @Nullable String basedOn,
        @Nullable List<Category> categories,
        @Nullable List<RecordType> recordTypes,
        @Nullable List<String> withdrawnTypes) {

    public List<Category> categoriesOrEmpty() {
        return categories == null ? List.of() : categories;
    }

    public List<RecordType> recordTypesOrEmpty() {
        return recordTypes == null ? List.of() : recordTypes;
    }

    public List<String> withdrawnTypesOrEmpty() {
        return withdrawnTypes == null ? List.of() : withdrawnTypes;
    }
}
