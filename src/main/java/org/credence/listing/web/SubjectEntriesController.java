package org.credence.listing.web;

import java.util.List;
import org.credence.access.CurrentActor;
import org.credence.listing.EntryStatus;
import org.credence.listing.ListAdministration;
import org.credence.shared.web.PurposeBound;
import org.credence.subject.SubjectRef;
import org.credence.subject.SubjectRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A subject's list entries, in force or ended, under a purpose of use. Key-attention entries are shown to credit
 * officers and to the subject itself only.
 */
@RestController
class SubjectEntriesController {

    private final ListAdministration lists;
    private final SubjectRegistry subjects;
    private final CurrentActor current;

    SubjectEntriesController(ListAdministration lists, SubjectRegistry subjects, CurrentActor current) {
        this.lists = lists;
        this.subjects = subjects;
        this.current = current;
    }

    /** The subject (masked) and its entries, newest inclusion first. */
    record SubjectEntries(String maskedIdentifier, List<EntryView> entries) {}

    /** {@code active=true}: only the entries in force today. */
    @GetMapping("/api/v1/subjects/{identifier}/list-entries")
    @PurposeBound("list.read")
    SubjectEntries entries(@PathVariable String identifier, @RequestParam(defaultValue = "false") boolean active) {
        SubjectRef subject = subject(identifier);
        var entries = ListEntryController.visibleTo(current.actor(), lists.entriesOf(subject.subjectId())).stream()
                .filter(e -> !active || e.status() == EntryStatus.ACTIVE)
                .map(e -> EntryView.of(e, subject, null))
                .toList();
        return new SubjectEntries(subject.maskedIdentifier(), entries);
    }

    private SubjectRef subject(String identifier) {
        return subjects.require(identifier, "identifier");
    }
}
