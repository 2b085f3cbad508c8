package org.credence.access.web;

import org.credence.access.AuditTrail;
import org.credence.access.FileAccess;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.shared.web.PurposeBound;
import org.credence.subject.SubjectRef;
import org.credence.subject.SubjectRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A subject's access log: who read or changed its file, when, for what purpose. The subject reads its own (the
 * access interceptor refuses anyone else's); credit officers and auditors read any, under a purpose, and their read
 * shows in the log too.
 */
@RestController
class AccessLogController {

    private final AuditTrail audit;
    private final SubjectRegistry subjects;

    AccessLogController(AuditTrail audit, SubjectRegistry subjects) {
        this.audit = audit;
        this.subjects = subjects;
    }

    /** The log of one subject, newest first, with the subject's masked identifier. */
    record AccessLog(String maskedIdentifier, Page<FileAccess> accesses) {}

    @GetMapping("/api/v1/subjects/{identifier}/access-log")
    @PurposeBound("access-log.read")
    AccessLog accessLog(
            @PathVariable String identifier,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        SubjectRef subject = subject(identifier);
        return new AccessLog(
                subject.maskedIdentifier(), audit.accessesOf(subject.subjectId(), new PageRequest(page, size)));
    }

    private SubjectRef subject(String identifier) {
        return subjects.require(identifier, "identifier");
    }
}
