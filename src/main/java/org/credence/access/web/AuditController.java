package org.credence.access.web;

import java.time.Instant;
import org.credence.access.AuditQuery;
import org.credence.access.AuditRecord;
import org.credence.access.AuditTrail;
import org.credence.access.ChainVerification;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.shared.web.PurposeBound;
import org.credence.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for auditors: verify the chain, query entries. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditTrail audit;
    private final SubjectRegistry subjects;

    AuditController(AuditTrail audit, SubjectRegistry subjects) {
        this.audit = audit;
        this.subjects = subjects;
    }

    @GetMapping("/verify")
    ChainVerification verify() {
        return audit.verify();
    }

    @GetMapping
    @PurposeBound("audit.query")
    Page<AuditRecord> query(
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String organisation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Long subjectId = subject == null ? null : subjectId(subject);
        return audit.query(new AuditQuery(subjectId, actor, organisation, from, to), new PageRequest(page, size));
    }

    private long subjectId(String identifier) {
        return subjects.require(identifier, "subject").subjectId();
    }
}
