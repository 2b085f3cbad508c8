package org.credence.synthetic.internal;

import org.credence.subject.SubjectImport;

/** Where a generated population goes: files, or the database through the subject module's bulk import. */
interface PopulationSink extends AutoCloseable {

    void subject(SubjectImport.Row row);

    void role(SubjectImport.Role role);

    void registration(SubjectImport.Registration registration);

    void membership(SubjectImport.Membership membership);

    /** Writes what is buffered; the population is complete afterwards. */
    @Override
    void close();
}
