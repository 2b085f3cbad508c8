package org.credence.listing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.credence.catalog.Severity;
import org.credence.listing.EntryEvent;
import org.credence.listing.EntryStatus;
import org.credence.record.CreditRecord;
import org.credence.record.RecordCorrected;
import org.credence.record.RecordFiled;
import org.credence.record.RecordStatusChanged;
import org.credence.record.RecordStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The record rules: a filed record that a list's rule takes makes an entry (once per list and record, whatever
 * happens to the event); a source record that is repaired, revoked or expires ends the entries it made. Both read the
 * record as it stands now, so that events handled late or out of order still end in the right state.
 */
@Component
class RecordRules {

    private static final Logger log = LoggerFactory.getLogger(RecordRules.class);

    private final DefinitionLibrary library;
    private final RecordStore records;
    private final SubjectFacts subjects;
    private final Inclusions inclusions;
    private final EntryStore entries;
    private final EntryWriter writer;
    private final ListingTime time;

    RecordRules(
            DefinitionLibrary library,
            RecordStore records,
            SubjectFacts subjects,
            Inclusions inclusions,
            EntryStore entries,
            EntryWriter writer,
            ListingTime time) {
        this.library = library;
        this.records = records;
        this.subjects = subjects;
        this.inclusions = inclusions;
        this.entries = entries;
        this.writer = writer;
        this.time = time;
    }

    /** Runs in the caller's transaction (the listener's). */
    void filed(RecordFiled event) {
        // the event names type and severity: a record no list takes is not even read
        if (takes(event.recordType(), event.severity())) {
            filed(event.recordId());
        }
    }

    /** Whether a list in force has a rule for records of this type and severity. */
    boolean takes(String recordType, @Nullable Severity severity) {
        return !taking(recordType, severity).isEmpty();
    }

    /** The rules for a record queued by id (a bulk filing's), read as it stands now; in the caller's transaction. */
    void filed(long recordId) {
        records.find(recordId).ifPresent(record -> {
            List<StoredDefinition> lists = taking(record.recordType(), record.severity());
            if (!lists.isEmpty()) {
                apply(lists, record);
            }
        });
    }

    private List<StoredDefinition> taking(String recordType, @Nullable Severity severity) {
        return library.inForce(time.today()).stream()
                .filter(d -> d.document().recordRule(recordType, severity).isPresent())
                .toList();
    }

    private void apply(List<StoredDefinition> lists, CreditRecord record) {
        LocalDate today = time.today();
        Optional<Subject> subject = subjects.of(record.subjectId());
        if (subject.isEmpty()) {
            return;
        }
        for (StoredDefinition list : lists) {
            switch (InclusionPolicy.forRecord(list.document(), record, subject.get(), today)) {
                case InclusionPolicy.Include include -> inclusions.include(include.inclusion());
                case InclusionPolicy.NotListed not ->
                    log.debug("Record {} not listed on {}: {}", record.recordId(), list.code(), not.code());
            }
        }
    }

    /**
     * A corrected record is judged again as it now reads: an open entry it made on a list whose rule no longer takes it
     * (another type or severity) is revoked, one whose rule still takes it cites the corrected decision, legal basis and
     * facts (amended, with history), and a list whose rule now takes it includes the subject as for a filing.
     * Runs in the caller's transaction (the listener's).
     */
    void corrected(RecordCorrected event) {
        Optional<CreditRecord> found = records.find(event.recordId());
        if (found.isEmpty()) {
            return;
        }
        CreditRecord record = found.get();
        LocalDate today = time.today();
        for (EntryRow entry : entries.fromRecord(event.subjectId(), event.recordId())) {
            Optional<StoredDefinition> list = library.inForce(today).stream()
                    .filter(d -> d.code().equals(entry.listCode()))
                    .findFirst();
            // a list no longer in force has no rule to judge by: its entries stay as they are
            if (list.isEmpty() || entry.statusOn(today).isEnded()) {
                continue;
            }
            if (list.get()
                    .document()
                    .recordRule(record.recordType(), record.severity())
                    .isPresent()) {
                // still taken: the entry cites the decision as corrected, if the correction changed what it cites
                InclusionPolicy.Citation citation =
                        InclusionPolicy.citation(list.get().document(), record);
                if (!citation.equals(
                        new InclusionPolicy.Citation(entry.decisionNumber(), entry.legalBasis(), entry.facts()))) {
                    // the version the citation was read from (events of two corrections may be handled out of order)
                    writer.amend(
                            entry,
                            citation,
                            EntryWriter.Decided.system("source record " + record.recordId() + " corrected to version "
                                    + record.version()));
                }
                continue;
            }
            String severity = record.severity() == null ? "" : " " + record.severity();
            // corrected back later, the record may list its subject again: its source is freed
            writer.endFreeingSource(
                    entry,
                    EntryStatus.REVOKED,
                    today,
                    EntryEvent.Action.REVOKED,
                    EntryWriter.Decided.system("source record " + record.recordId() + " corrected to version "
                            + event.version() + " (" + record.recordType() + severity
                            + "), which the list's rule no longer takes"));
        }
        List<StoredDefinition> lists = taking(record.recordType(), record.severity());
        if (!lists.isEmpty()) {
            apply(lists, record);
        }
    }

    /** Runs in the caller's transaction (the listener's). */
    void statusChanged(RecordStatusChanged event) {
        List<EntryRow> made = entries.fromRecord(event.subjectId(), event.recordId());
        if (made.isEmpty()) {
            return;
        }
        Optional<CreditRecord> record = records.find(event.recordId());
        if (record.isEmpty()) {
            return;
        }
        LocalDate today = time.today();
        for (EntryRow entry : made) {
            EntryStatus to = ExitPolicy.followRecord(entry, record.get().status());
            if (to != null && !entry.statusOn(today).isEnded()) {
                writer.end(
                        entry,
                        to,
                        today,
                        EntryEvent.Action.valueOf(to.name()),
                        EntryWriter.Decided.system("source record " + event.recordId() + " is "
                                + record.get().status()));
            }
        }
    }
}
