package org.credence.access;

import org.jspecify.annotations.Nullable;

/**
 * A purpose of use named for a read of non-public data, with the case it serves.
 *
 * @param code for example {@code ADMINISTRATIVE_APPROVAL}, {@code PUBLIC_PROCUREMENT}, {@code SUPERVISION_INSPECTION},
 *     {@code OWN_REQUEST}, {@code OBJECTION_HANDLING}
 */
public record Purpose(String code, @Nullable String caseNumber) {}
