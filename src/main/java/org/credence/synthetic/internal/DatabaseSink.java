package org.credence.synthetic.internal;

import java.util.ArrayList;
import java.util.List;
import org.credence.subject.ImportReport;
import org.credence.subject.SubjectImport;

/**
 * Stores a population through the subject module's bulk import, a chunk at a time: subjects first, then the links
 * of that chunk (which only name subjects generated in this chunk or earlier).
 */
final class DatabaseSink implements PopulationSink {

    private final SubjectImport imports;
    private final int chunkSize;
    private final List<SubjectImport.Row> subjects;
    private final List<SubjectImport.Role> roles = new ArrayList<>();
    private final List<SubjectImport.Registration> registrations = new ArrayList<>();
    private final List<SubjectImport.Membership> memberships = new ArrayList<>();

    DatabaseSink(SubjectImport imports, int chunkSize) {
        this.imports = imports;
        this.chunkSize = chunkSize;
        this.subjects = new ArrayList<>(chunkSize);
    }

    @Override
    public void subject(SubjectImport.Row row) {
        if (subjects.size() >= chunkSize) {
            flush();
        }
        subjects.add(row);
    }

    @Override
    public void role(SubjectImport.Role role) {
        roles.add(role);
    }

    @Override
    public void registration(SubjectImport.Registration registration) {
        registrations.add(registration);
    }

    @Override
    public void membership(SubjectImport.Membership membership) {
        memberships.add(membership);
    }

    @Override
    public void close() {
        flush();
    }

    private void flush() {
        ImportReport report = imports.importRows(subjects);
        if (report.rejected() > 0) {
            throw new IllegalStateException("the import rejected generated subjects: " + report.rejectedLines());
        }
        imports.addRoles(roles);
        imports.addRegistrations(registrations);
        imports.addMemberships(memberships);
        subjects.clear();
        roles.clear();
        registrations.clear();
        memberships.clear();
    }
}
