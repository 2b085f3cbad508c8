package org.credence.ingest;

import java.util.Optional;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;

/**
 * The ingest module's facade: takes records from providers one at a time or as files, validates them against the
 * catalogue and the subject registry, and stores them idempotently on (provider, source reference).
 */
public interface RecordIntake {

    /**
     * Validates and files one record for the provider. A rejection is an {@code ApiException} whose fields list every
     * problem with its stable code ({@code subject-unknown} for a valid identifier not on file).
     */
    SubmissionResult submit(String providerCode, RecordSubmission submission);

    /** Keeps the file, registers the batch and queues it; returns at once. */
    BatchView submitBatch(NewBatch batch);

    Optional<BatchView> batch(long batchId);

    /** The problems found so far, by line. */
    Page<LineRejection> rejections(long batchId, PageRequest page);
}
