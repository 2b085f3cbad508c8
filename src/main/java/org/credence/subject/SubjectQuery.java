package org.credence.subject;

import org.credence.shared.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * A search for subjects whose current name starts with {@code namePrefix} (case-sensitive, at least one character),
 * optionally of one kind. Results come ordered by name, then subject id.
 */
public record SubjectQuery(String namePrefix, @Nullable SubjectKind kind) {

    public SubjectQuery {
        namePrefix = namePrefix == null ? "" : namePrefix.strip();
        if (namePrefix.isEmpty() || namePrefix.length() > 200) {
            throw ApiException.invalid("invalid-name-prefix", "namePrefix", "namePrefix must have 1 to 200 characters");
        }
    }
}
