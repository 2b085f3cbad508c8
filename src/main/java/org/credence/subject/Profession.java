package org.credence.subject;

/**
 * A profession of the outline's focus groups, as seeded reference data.
 *
 * @param code the stable code professional registrations refer to, for example {@code LAWYER}
 */
public record Profession(String code, String nameZh, String nameEn) {}
