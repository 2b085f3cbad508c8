package org.credence.synthetic.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.credence.subject.SubjectImport;
import org.jspecify.annotations.Nullable;

/**
 * Writes a population as four files in one directory: {@code subjects} in exactly the subject import's format, and
 * {@code roles}, {@code registrations}, {@code memberships} naming subjects by identifier.
 */
final class FileSink implements PopulationSink {

    private final RecordWriter subjects;
    private final RecordWriter roles;
    private final RecordWriter registrations;
    private final RecordWriter memberships;

    FileSink(Path directory, boolean csv) throws IOException {
        String extension = csv ? ".csv" : ".jsonl";
        subjects = RecordWriter.open(
                directory.resolve("subjects" + extension),
                csv,
                "identifier",
                "name",
                "region_code",
                "registration_status");
        roles = RecordWriter.open(
                directory.resolve("roles" + extension),
                csv,
                "organisation",
                "person",
                "role",
                "valid_from",
                "valid_to");
        registrations = RecordWriter.open(
                directory.resolve("registrations" + extension),
                csv,
                "person",
                "profession",
                "licence_number",
                "issuer",
                "valid_from",
                "valid_to",
                "status");
        memberships = RecordWriter.open(
                directory.resolve("memberships" + extension),
                csv,
                "member",
                "association",
                "member_since",
                "member_until");
    }

    @Override
    public void subject(SubjectImport.Row row) {
        subjects.write(row.identifier(), row.name(), row.regionCode(), row.registrationStatus());
    }

    @Override
    public void role(SubjectImport.Role role) {
        roles.write(
                role.organisation().value(),
                role.person().value(),
                role.role().name(),
                role.validFrom().toString(),
                text(role.validTo()));
    }

    @Override
    public void registration(SubjectImport.Registration r) {
        registrations.write(
                r.person().value(),
                r.professionCode(),
                r.licenceNumber(),
                r.issuer(),
                r.validFrom().toString(),
                text(r.validTo()),
                r.status().name());
    }

    @Override
    public void membership(SubjectImport.Membership m) {
        memberships.write(
                m.member().value(), m.association().value(), m.memberSince().toString(), text(m.memberUntil()));
    }

    @Override
    public void close() {
        try (subjects;
                roles;
                registrations;
                memberships) {
            // closing flushes every file
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable String text(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }
}
