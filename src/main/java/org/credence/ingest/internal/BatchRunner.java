package org.credence.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.credence.catalog.Catalogue;
import org.credence.catalog.Provider;
import org.credence.ingest.BatchMode;
import org.credence.ingest.BatchStatus;
import org.credence.ingest.LineRejection;
import org.credence.shared.backlog.BulkWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes one batch whose lease this instance holds. Per line: each chunk is stored, its rejections recorded and the
 * progress mark moved in one transaction, so that a crash loses nothing and repeats nothing: a restart skips to the
 * mark. Atomic: all chunks are stored in one transaction that commits only if no line was rejected; rejections and
 * progress are recorded beside it, and a crash starts the batch over.
 */
@Component
class BatchRunner {

    private static final Logger log = LoggerFactory.getLogger(BatchRunner.class);
    private static final int ATTEMPTS = 3;

    private final BatchStore store;
    private final ChunkFiler filer;
    private final Catalogue catalogue;
    private final UploadStore uploads;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final IngestProperties properties;
    private final BulkWork bulkWork;

    BatchRunner(
            BatchStore store,
            ChunkFiler filer,
            Catalogue catalogue,
            UploadStore uploads,
            PlatformTransactionManager transactions,
            Clock clock,
            IngestProperties properties,
            BulkWork bulkWork) {
        this.bulkWork = bulkWork;
        this.store = store;
        this.filer = filer;
        this.catalogue = catalogue;
        this.uploads = uploads;
        this.transaction = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.properties = properties;
    }

    /** Thrown when another instance took the batch over: this worker stops without writing. */
    static final class LeaseLost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LeaseLost(long batchId) {
            super("lost the lease of batch " + batchId);
        }
    }

    /** Runs the batch until it is finished, {@code stopping} says to stop, or the lease is lost. */
    void run(long batchId, String owner, LongConsumer progress, BooleanSupplier stopping) {
        BatchRow batch = store.find(batchId).orElseThrow();
        try (var running = bulkWork.begin()) {
            BatchStatus end = process(batch, owner, progress, stopping);
            if (end != BatchStatus.RUNNING) {
                uploads.discard(batch.file());
            }
        } catch (LeaseLost e) {
            log.warn("Batch {}: {}", batchId, e.getMessage());
        } catch (NoSuchFileException e) {
            finish(batch, owner, BatchStatus.FAILED, "the batch's file is missing: " + e.getFile());
        } catch (IOException | RuntimeException e) {
            String errorId = UUID.randomUUID().toString();
            log.error("Batch {} failed, error id {}", batchId, errorId, e);
            finish(batch, owner, BatchStatus.FAILED, "internal error " + errorId);
        }
    }

    private BatchStatus process(BatchRow batch, String owner, LongConsumer progress, BooleanSupplier stopping)
            throws IOException {
        var view = batch.view();
        Provider provider = catalogue.provider(view.providerCode()).orElse(null);
        if (provider == null) {
            return finish(batch, owner, BatchStatus.FAILED, "unknown provider " + view.providerCode());
        }
        LocalDate today = LocalDate.now(clock);
        var validator = new LineValidator(provider, catalogue.editionInForce(today), today);
        try (InputStream in = Files.newInputStream(batch.file())) {
            return switch (ChunkReader.open(in, view.format(), properties.maxLineBytes(), validator)) {
                case ChunkReader.BadHeader bad -> badHeader(batch, owner, bad);
                case ChunkReader.Ready ready -> {
                    try (ChunkReader reader = ready.reader()) {
                        yield view.mode() == BatchMode.PER_LINE
                                ? perLine(batch, owner, reader, validator, progress, stopping)
                                : atomic(batch, owner, reader, validator, progress, stopping);
                    }
                }
            };
        }
    }

    private BatchStatus perLine(
            BatchRow batch,
            String owner,
            ChunkReader reader,
            LineValidator validator,
            LongConsumer progress,
            BooleanSupplier stopping)
            throws IOException {
        reader.skipTo(batch.view().linesRead());
        long waiting = 0;
        long storing = 0;
        try (var pipeline = pipeline(batch, reader, validator)) {
            PreparedChunk chunk;
            long started = System.nanoTime();
            while ((chunk = pipeline.next()) != null) {
                waiting += System.nanoTime() - started;
                if (stopping.getAsBoolean()) {
                    store.release(batch.id(), owner);
                    return BatchStatus.RUNNING;
                }
                PreparedChunk current = chunk;
                started = System.nanoTime();
                ChunkResult result = retrying(() -> transaction.execute(status -> {
                    store.commitWithoutWaitingForDisk();
                    ChunkResult r = filer.store(current, true);
                    record(batch.id(), owner, r);
                    return r;
                }));
                progress.accept(result.lastLine());
                storing += System.nanoTime() - started;
                started = System.nanoTime();
            }
        }
        log.info(
                "Batch {}: {} ms storing, {} ms waiting for lines to be read and checked",
                batch.id(),
                storing / 1_000_000,
                waiting / 1_000_000);
        return finish(batch, owner, BatchStatus.COMPLETED, null);
    }

    private ChunkPipeline pipeline(BatchRow batch, ChunkReader reader, LineValidator validator) {
        return new ChunkPipeline(
                reader,
                properties.chunkSize(),
                properties.checkers(),
                c -> filer.prepare(c, validator, batch.id(), batch.submittedBy()),
                "ingest-read-" + batch.id());
    }

    private BatchStatus atomic(
            BatchRow batch,
            String owner,
            ChunkReader reader,
            LineValidator validator,
            LongConsumer progress,
            BooleanSupplier stopping)
            throws IOException {
        separately.executeWithoutResult(status -> store.restart(batch.id(), owner));
        var pass = new AtomicPass(batch, owner, reader, validator, progress, stopping);
        BatchStatus end = transaction.execute(pass::run);
        if (end == BatchStatus.REJECTED) {
            return finish(batch, owner, BatchStatus.REJECTED, pass.rejectedLines + " line(s) rejected; nothing stored");
        }
        if (end == BatchStatus.RUNNING) {
            store.release(batch.id(), owner);
        }
        return end == null ? BatchStatus.FAILED : end;
    }

    /** One pass over an atomic batch inside its transaction. */
    private final class AtomicPass {

        private final BatchRow batch;
        private final String owner;
        private final ChunkReader reader;
        private final LineValidator validator;
        private final LongConsumer progress;
        private final BooleanSupplier stopping;
        private long rejectedLines;
        private long accepted;
        private long corrected;
        private long unchanged;

        AtomicPass(
                BatchRow batch,
                String owner,
                ChunkReader reader,
                LineValidator validator,
                LongConsumer progress,
                BooleanSupplier stopping) {
            this.batch = batch;
            this.owner = owner;
            this.reader = reader;
            this.validator = validator;
            this.progress = progress;
            this.stopping = stopping;
        }

        BatchStatus run(org.springframework.transaction.TransactionStatus status) {
            try (var pipeline = pipeline(batch, reader, validator)) {
                PreparedChunk chunk;
                long lastLine = 0;
                while ((chunk = pipeline.next()) != null) {
                    if (stopping.getAsBoolean()) {
                        status.setRollbackOnly();
                        return BatchStatus.RUNNING;
                    }
                    ChunkResult r = filer.store(chunk, rejectedLines == 0);
                    var rejectionsOnly = new ChunkResult(r.lastLine(), 0, 0, 0, r.rejectedLines(), r.rejections());
                    separately.executeWithoutResult(s -> record(batch.id(), owner, rejectionsOnly));
                    rejectedLines += r.rejectedLines();
                    accepted += r.accepted();
                    corrected += r.corrected();
                    unchanged += r.unchanged();
                    lastLine = r.lastLine();
                    progress.accept(lastLine);
                }
                if (rejectedLines > 0) {
                    status.setRollbackOnly();
                    return BatchStatus.REJECTED;
                }
                record(batch.id(), owner, new ChunkResult(lastLine, accepted, corrected, unchanged, 0, List.of()));
                return finish(batch, owner, BatchStatus.COMPLETED, null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private BatchStatus badHeader(BatchRow batch, String owner, ChunkReader.BadHeader bad) {
        transaction.executeWithoutResult(status -> store.addRejections(
                batch.id(),
                bad.problems().stream()
                        .map(p -> new LineRejection(1, p.field(), p.code(), p.message()))
                        .toList()));
        return finish(batch, owner, BatchStatus.FAILED, "the header line is invalid; see the rejections");
    }

    private void record(long batchId, String owner, ChunkResult result) {
        store.addRejections(batchId, result.rejections());
        if (!store.progress(batchId, owner, result, now())) {
            throw new LeaseLost(batchId);
        }
    }

    private BatchStatus finish(
            BatchRow batch, String owner, BatchStatus status, @org.jspecify.annotations.Nullable String failure) {
        if (!store.finish(batch.id(), owner, status, failure, now())) {
            throw new LeaseLost(batch.id());
        }
        return status;
    }

    private static <T> T retrying(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (ConcurrencyFailureException | DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("Retrying a chunk after a concurrent change: {}", e.getMessage());
            }
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
