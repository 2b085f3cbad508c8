package org.credence.subject.web;

import jakarta.validation.Valid;
import java.net.URI;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.shared.web.PurposeBound;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectKind;
import org.credence.subject.SubjectQuery;
import org.credence.subject.SubjectRef;
import org.credence.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Persons and organisations on file: create, read (identifier masked), search by name. Never deleted. */
@RestController
@RequestMapping("/api/v1/subjects")
class SubjectController {

    private final SubjectRegistry registry;

    SubjectController(SubjectRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    ResponseEntity<CreatedSubjectResponse> create(@Valid @RequestBody CreateSubjectRequest request) {
        SubjectIdentifier identifier = SubjectArguments.parse(request.identifier(), "identifier");
        SubjectRef subject = registry.register(request.toCommand(identifier));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{identifier}")
                .buildAndExpand(identifier.value())
                .toUri();
        var details = registry.details(subject.subjectId()).orElseThrow();
        return ResponseEntity.created(location).body(CreatedSubjectResponse.of(identifier, details));
    }

    @GetMapping("/{identifier}")
    @PurposeBound("subject.read")
    SubjectResponse get(@PathVariable String identifier) {
        SubjectRef subject = SubjectArguments.named(registry, identifier, "identifier");
        return SubjectResponse.of(registry.details(subject.subjectId()).orElseThrow());
    }

    @GetMapping
    @PurposeBound("subject.search")
    Page<SubjectSummary> search(
            @RequestParam(required = false) @Nullable String namePrefix,
            @RequestParam(required = false) @Nullable SubjectKind kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var query = new SubjectQuery(namePrefix == null ? "" : namePrefix, kind);
        return registry.search(query, new PageRequest(page, size)).map(SubjectSummary::of);
    }
}
