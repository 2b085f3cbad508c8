package org.credence.catalog.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.catalog.Category;
import org.credence.catalog.Edition;
import org.credence.catalog.NewEdition;
import org.credence.catalog.RecordType;
import org.credence.shared.ApiException;
import org.jspecify.annotations.Nullable;

/** Builds a complete edition from a command: as given, or derived from its base edition by additions and removals. */
final class EditionComposer {

    Edition compose(NewEdition command, @Nullable Edition base) {
        Map<Integer, Category> categories = new LinkedHashMap<>();
        Map<String, RecordType> types = new LinkedHashMap<>();
        if (base != null) {
            base.categories().forEach(c -> categories.put(c.number(), c));
            base.recordTypes().forEach(t -> types.put(t.code(), t));
        }
        command.categoriesOrEmpty().forEach(c -> categories.put(c.number(), c));
        command.recordTypesOrEmpty().forEach(t -> types.put(t.code(), t));
        for (String withdrawn : command.withdrawnTypesOrEmpty()) {
            if (types.remove(withdrawn) == null) {
                throw ApiException.invalid(
                        "unknown-withdrawn-type", "withdrawnTypes", "no record type " + withdrawn + " to withdraw");
            }
        }
        List<Category> sortedCategories = categories.values().stream()
                .sorted(java.util.Comparator.comparingInt(Category::number))
                .toList();
        return new Edition(
                command.code(),
                command.title(),
                command.effectiveFrom(),
                command.basedOn(),
                sortedCategories,
                List.copyOf(types.values()));
    }
}
