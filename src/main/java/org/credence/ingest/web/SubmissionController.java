package org.credence.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.credence.access.CurrentActor;
import org.credence.ingest.BatchFormat;
import org.credence.ingest.BatchMode;
import org.credence.ingest.BatchView;
import org.credence.ingest.LineRejection;
import org.credence.ingest.NewBatch;
import org.credence.ingest.RecordIntake;
import org.credence.ingest.SubmissionResult;
import org.credence.shared.ApiException;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Submission over HTTP: one record, or a file as a batch processed in the background. */
@RestController
class SubmissionController {

    private final RecordIntake intake;
    private final CurrentActor current;

    SubmissionController(RecordIntake intake, CurrentActor current) {
        this.intake = intake;
        this.current = current;
    }

    /** 201 with the record's location when filed; 200 when corrected or unchanged. */
    @PostMapping("/api/v1/records")
    ResponseEntity<SubmissionResult> submit(@RequestBody SubmissionRequest request) {
        if (request.provider() == null || request.provider().isBlank()) {
            throw ApiException.invalid("missing-field", "provider", "provider is required");
        }
        SubmissionResult result = intake.submit(ownProvider(request.provider()), request.submission());
        return result.outcome() == SubmissionResult.Outcome.FILED
                ? ResponseEntity.created(URI.create("/api/v1/records/" + result.recordId()))
                        .body(result)
                : ResponseEntity.ok(result);
    }

    /** 202 with the batch's location; the file is processed asynchronously. */
    @PostMapping(path = "/api/v1/records/batches", consumes = "multipart/form-data")
    ResponseEntity<BatchView> submitBatch(
            @RequestPart("file") MultipartFile file,
            @RequestParam String provider,
            @RequestParam(defaultValue = "PER_LINE") BatchMode mode,
            @RequestParam(required = false) @Nullable BatchFormat format) {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        BatchFormat resolved = format != null
                ? format
                : BatchFormat.ofFileName(name)
                        .orElseThrow(() -> ApiException.invalid(
                                "unknown-format",
                                "format",
                                "name the format (CSV or JSON_LINES) or use .csv / .jsonl"));
        try (InputStream content = file.getInputStream()) {
            BatchView batch = intake.submitBatch(new NewBatch(ownProvider(provider), name, resolved, mode, content));
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/records/batches/" + batch.batchId()))
                    .body(batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/v1/records/batches/{id}")
    BatchView batch(@PathVariable long id) {
        return intake.batch(id)
                .filter(batch -> batch.providerCode().equals(current.actor().organisation()))
                .orElseThrow(() -> ApiException.notFound("unknown-batch", "no batch " + id + " of yours"));
    }

    /** A provider submits as itself: the organisation of its account is the provider it names. */
    private String ownProvider(String provider) {
        String own = current.actor().organisation();
        if (!provider.equals(own)) {
            throw new ApiException(
                    HttpStatus.FORBIDDEN,
                    "not-own-provider",
                    "Forbidden",
                    "your account submits for provider " + own + ", not " + provider);
        }
        return provider;
    }

    @GetMapping("/api/v1/records/batches/{id}/rejections")
    Page<LineRejection> rejections(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        batch(id);
        return intake.rejections(id, new PageRequest(page, size));
    }
}
