package org.credence.subject;

import org.jspecify.annotations.Nullable;

/**
 * A command to put a subject on file. Birth date, sex, organisation type and region come from the identifier; an
 * explicit {@code regionCode} overrides the region (a person's current registration may differ from the birthplace
 * code in the number).
 *
 * @param registrationStatus for organisations; {@code null} means active
 */
public record NewSubject(
        SubjectIdentifier identifier,
        String name,
        @Nullable String regionCode,
        @Nullable RegistrationStatus registrationStatus) {

    public NewSubject {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("name must have 1 to 200 characters");
        }
        if (regionCode != null && !regionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("region code must be 6 digits");
        }
        if (identifier.kind() == SubjectKind.PERSON && registrationStatus != null) {
            throw new IllegalArgumentException("a natural person has no registration status");
        }
    }
}
