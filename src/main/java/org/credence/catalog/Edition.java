package org.credence.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An edition of the catalogue, in force from its effective date until the next edition's. Records are validated
 * against the edition in force on the day they are submitted.
 *
 * @param basedOn the edition this one was derived from, if any
 */
public record Edition(
        String code,
        String title,
        LocalDate effectiveFrom,
        @Nullable String basedOn,
        List<Category> categories,
        List<RecordType> recordTypes) {

    public Edition {
        categories = List.copyOf(categories);
        recordTypes = List.copyOf(recordTypes);
    }

    public Optional<RecordType> recordType(String code) {
        return recordTypes.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<Category> category(int number) {
        return categories.stream().filter(c -> c.number() == number).findFirst();
    }
}
