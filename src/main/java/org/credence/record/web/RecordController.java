package org.credence.record.web;

import java.time.LocalDate;
import org.credence.access.AccessScope;
import org.credence.access.RecordScope;
import org.credence.record.CreditRecord;
import org.credence.record.RecordFilter;
import org.credence.record.RecordStatus;
import org.credence.record.RecordStore;
import org.credence.shared.ApiException;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.shared.web.PurposeBound;
import org.credence.subject.SubjectLookup;
import org.credence.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads credit records: one with its history, or a subject's page by page, each within the caller's scope (a provider
 * sees what it submitted, an approver what is public or shared between departments and in force). There is no way to
 * delete one.
 */
@RestController
class RecordController {

    private final RecordStore records;
    private final SubjectRegistry subjects;
    private final AccessScope scope;

    RecordController(RecordStore records, SubjectRegistry subjects, AccessScope scope) {
        this.records = records;
        this.subjects = subjects;
        this.scope = scope;
    }

    /** A record outside the caller's scope is not found, as if it did not exist: its existence is not disclosed. */
    @GetMapping("/api/v1/records/{id}")
    @PurposeBound("record.read")
    RecordView record(@PathVariable long id) {
        CreditRecord record =
                records.find(id).orElseThrow(() -> ApiException.notFound("unknown-record", "no record " + id));
        scope.concerns(record.subjectId());
        RecordScope visible = scope.records(record.subjectId());
        if (!visible.admits(
                record.providerCode(), record.disclosure(), RecordFilter.IN_FORCE.contains(record.status()))) {
            throw ApiException.notFound("unknown-record", "no record " + id);
        }
        return RecordView.of(record, visible.showsHistoryOf(record.providerCode()) ? records.history(id) : null);
    }

    @GetMapping("/api/v1/subjects/{identifier}/records")
    @PurposeBound("record.list")
    Page<RecordView> ofSubject(
            @PathVariable String identifier,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable RecordStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        long subjectId = subjectId(identifier);
        RecordScope visible = scope.records(subjectId);
        RecordFilter asked = new RecordFilter(type, status, from, to);
        RecordFilter filter = visible.isEverything()
                ? asked
                : asked.scoped(visible.disclosures(), visible.inForceOnly(), visible.ownProvider());
        return records.ofSubject(subjectId, filter, new PageRequest(page, size)).map(r -> RecordView.of(r, null));
    }

    private long subjectId(String identifier) {
        return switch (subjects.lookup(identifier)) {
            case SubjectLookup.Found found -> found.subject().subjectId();
            case SubjectLookup.Invalid invalid ->
                throw new ApiException(
                        HttpStatus.BAD_REQUEST,
                        invalid.reason().code(),
                        "Invalid identifier",
                        invalid.message(),
                        java.util.List.of(new org.credence.shared.FieldProblem(
                                "identifier", invalid.reason().code(), invalid.message())));
            case SubjectLookup.Unknown unknown ->
                throw ApiException.notFound(
                        "subject-unknown", "no subject with identifier " + unknown.maskedIdentifier() + " is on file");
        };
    }
}
