package org.credence.rating.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.credence.rating.EvaluationStandards;
import org.credence.rating.ImpactReport;
import org.credence.rating.StandardStatus;
import org.credence.rating.StandardView;
import org.credence.shared.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evaluation standards: published and retired versions are public with their documents; a credit officer posts a
 * draft (YAML or JSON, as the body), simulates it over the current population, publishes and retires versions.
 */
@RestController
@RequestMapping("/api/v1/standards")
class StandardController {

    private final EvaluationStandards standards;

    StandardController(EvaluationStandards standards) {
        this.standards = standards;
    }

    @GetMapping
    List<StandardView> published() {
        return standards.published();
    }

    @GetMapping("/drafts")
    List<StandardView> drafts() {
        return standards.drafts();
    }

    @GetMapping("/{standardId}")
    StandardView get(@PathVariable long standardId) {
        return standards
                .find(standardId)
                .filter(s -> s.status() != StandardStatus.DRAFT)
                .orElseThrow(() -> ApiException.notFound("standard-not-found", "no published standard " + standardId));
    }

    /** The body is the document; its charset is the Content-Type's, UTF-8 when it names none (YAML has no default). */
    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "application/json", "text/plain"})
    ResponseEntity<StandardView> draft(
            @RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
            Principal caller) {
        if (body == null || body.length == 0) {
            throw ApiException.invalid("standard-invalid", "document", "the body must be the standard's document");
        }
        Charset charset = type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        StandardView draft = standards.draft(new String(body, charset), caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/standards/" + draft.standardId()))
                .body(draft);
    }

    @PostMapping("/{standardId}/publish")
    StandardView publish(@PathVariable long standardId, Principal caller) {
        return standards.publish(standardId, caller.getName());
    }

    @PostMapping("/{standardId}/retire")
    StandardView retire(@PathVariable long standardId, Principal caller) {
        return standards.retire(standardId, caller.getName());
    }

    @PostMapping("/{standardId}/simulate")
    ImpactReport simulate(@PathVariable long standardId, @RequestParam(defaultValue = "3") int samples) {
        return standards.simulate(standardId, samples);
    }
}
