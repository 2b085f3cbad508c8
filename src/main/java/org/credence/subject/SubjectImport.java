package org.credence.subject;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Bulk synchronisation from the population and business registers. Imports are idempotent by identifier: a new
 * identifier is put on file, a known one with changed fields is updated (the old name kept in the name history), an
 * identical one is left alone. Input is streamed in chunks, so memory does not grow with the size of the file.
 */
public interface SubjectImport {

    /**
     * Imports a CSV or JSON Lines stream and reports what happened to every line.
     *
     * @param progress told the number of lines read so far, now and then
     * @throws ImportUnreadableException when the input cannot be read as a whole (for example a CSV file without the
     *     {@code identifier} and {@code name} columns)
     */
    ImportReport importSubjects(InputStream input, ImportFormat format, LongConsumer progress);

    /**
     * Imports rows already split into fields, through the same validation and storage as a file (line numbers in the
     * report count rows from 1).
     */
    ImportReport importRows(Iterable<Row> rows);

    /** Adds roles whose organisation and person are on file and that are not on file yet; returns how many were added. */
    int addRoles(List<Role> roles);

    /** Adds registrations of persons on file whose licence is not on file yet; returns how many were added. */
    int addRegistrations(List<Registration> registrations);

    /** Adds memberships whose member and association are on file and that are not on file yet; returns the count. */
    int addMemberships(List<Membership> memberships);

    /** Whether no subject is on file at all. */
    boolean isRegisterEmpty();

    /** One import line split into its fields, as text, before validation. */
    record Row(
            String identifier,
            String name,
            @Nullable String regionCode,
            @Nullable String registrationStatus) {}

    /** A person acting for an organisation. */
    record Role(
            UnifiedSocialCreditCode organisation,
            ResidentIdentityNumber person,
            RoleType role,
            LocalDate validFrom,
            @Nullable LocalDate validTo) {}

    /**
     * A person's professional registration; {@code professionCode} is one of the professions on file, {@code status}
     * {@code ACTIVE}, {@code SUSPENDED} or {@code REVOKED}.
     */
    record Registration(
            ResidentIdentityNumber person,
            String professionCode,
            String licenceNumber,
            String issuer,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            RegistrationStatus status) {

        public Registration {
            if (status == RegistrationStatus.DEREGISTERED) {
                throw new IllegalArgumentException("a professional registration is active, suspended or revoked");
            }
        }
    }

    /** Membership of a person or organisation in an association (a social organisation). */
    record Membership(
            SubjectIdentifier member,
            UnifiedSocialCreditCode association,
            LocalDate memberSince,
            @Nullable LocalDate memberUntil) {}
}
