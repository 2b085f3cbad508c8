package org.credence.ingest.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.credence.catalog.Catalogue;
import org.credence.catalog.Provider;
import org.credence.ingest.BatchFormat;
import org.credence.ingest.BatchMode;
import org.credence.ingest.BatchView;
import org.credence.ingest.LineRejection;
import org.credence.ingest.NewBatch;
import org.credence.ingest.RecordIntake;
import org.credence.ingest.RecordSubmission;
import org.credence.ingest.SubmissionResult;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

@Service
class IntakeService implements RecordIntake {

    private final Catalogue catalogue;
    private final SingleSubmission single;
    private final UploadStore uploads;
    private final BatchStore batches;
    private final BatchWorkers workers;
    private final BatchRunner runner;
    private final Clock clock;
    private final IngestProperties properties;

    IntakeService(
            Catalogue catalogue,
            SingleSubmission single,
            UploadStore uploads,
            BatchStore batches,
            BatchWorkers workers,
            BatchRunner runner,
            Clock clock,
            IngestProperties properties) {
        this.catalogue = catalogue;
        this.single = single;
        this.uploads = uploads;
        this.batches = batches;
        this.workers = workers;
        this.runner = runner;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public SubmissionResult submit(String providerCode, RecordSubmission submission) {
        Provider provider = provider(providerCode);
        LocalDate today = LocalDate.now(clock);
        return single.submit(new LineValidator(provider, catalogue.editionInForce(today), today), submission);
    }

    @Override
    public BatchView submitBatch(NewBatch batch) {
        provider(batch.providerCode());
        UploadStore.Stored stored = uploads.keep(batch.content(), batch.format());
        checkAtomicSize(batch.mode(), stored);
        long id = batches.insert(
                batch.providerCode(),
                batch.providerCode(),
                batch.format(),
                batch.mode(),
                batch.fileName(),
                stored,
                null,
                now());
        workers.kick();
        return batch(id).orElseThrow();
    }

    /** Registers a file on this machine as a batch held by this instance (the command line), used in place. */
    BatchView registerLocalFile(String providerCode, Path file, BatchFormat format, BatchMode mode) {
        provider(providerCode);
        UploadStore.Stored stored = uploads.inPlace(file);
        checkAtomicSize(mode, stored);
        long id = batches.insert(
                providerCode,
                providerCode,
                format,
                mode,
                file.getFileName().toString(),
                stored,
                workers.owner(),
                now());
        return batch(id).orElseThrow();
    }

    /** Runs a batch registered by {@link #registerLocalFile} in the calling thread, reporting lines read. */
    BatchView runLocalFile(long batchId, LongConsumer progress) {
        runner.run(batchId, workers.owner(), progress, () -> false);
        return batch(batchId).orElseThrow();
    }

    @Override
    public Optional<BatchView> batch(long batchId) {
        return batches.find(batchId).map(BatchRow::view);
    }

    @Override
    public Page<LineRejection> rejections(long batchId, PageRequest page) {
        return Page.of(batches.rejections(batchId, page), page);
    }

    private void checkAtomicSize(BatchMode mode, UploadStore.Stored stored) {
        if (mode == BatchMode.ATOMIC && stored.lines() > properties.atomicMaxLines()) {
            uploads.discard(stored.path());
            throw ApiException.invalid(
                    "atomic-batch-too-large",
                    "mode",
                    "an atomic batch holds at most " + properties.atomicMaxLines() + " lines; submit per line");
        }
    }

    private Provider provider(String code) {
        return catalogue
                .provider(code)
                .orElseThrow(() -> new ApiException(
                        HttpStatus.BAD_REQUEST,
                        "unknown-provider",
                        "Invalid request",
                        "no provider " + code,
                        List.of(new FieldProblem("provider", "unknown-provider", "no provider " + code))));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
