package org.credence.subject.internal.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.credence.subject.ImportReport;
import org.credence.subject.ImportReport.RejectedLine;
import org.credence.subject.SubjectKind;
import org.credence.subject.internal.IdentifierProtector;
import org.jspecify.annotations.Nullable;

/**
 * One import: validates rows as a source delivers them, rejects duplicates within the input, and hands full chunks to
 * a writer thread, so that the database stores one chunk while the next is parsed. At most two chunks are held.
 */
final class ImportRun implements RowSink, AutoCloseable {

    private static final int PROGRESS_EVERY = 4096;

    private final ChunkWriter writer;
    private final IdentifierProtector protector;
    private final ImportProperties properties;
    private final LongConsumer progress;
    private final IdentifierKeys seen = new IdentifierKeys();
    private final ExecutorService writerThread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("subject-import-writer").daemon().factory());
    private final List<RejectedLine> rejectedLines = new ArrayList<>();
    private List<ImportRow> chunk;
    private @Nullable Future<ChunkWriter.Counts> pending;
    private long lines;
    private long rejected;
    private long accepted;
    private long updated;
    private long stored;

    ImportRun(ChunkWriter writer, ImportProperties properties, IdentifierProtector protector, LongConsumer progress) {
        this.writer = writer;
        this.protector = protector;
        this.properties = properties;
        this.progress = progress;
        this.chunk = new ArrayList<>(properties.chunkSize());
    }

    @Override
    public void row(RawRow raw) {
        counted(raw.line());
        ImportRow row = RowValidator.validate(raw, this::record, protector);
        if (row == null) {
            return;
        }
        long first = seen.firstSeen(row.identifier(), SubjectKind.PERSON.name().equals(row.kind()), raw.line());
        if (first != 0) {
            record(
                    raw.line(),
                    ImportCodes.IDENTIFIER,
                    ImportCodes.DUPLICATE_IDENTIFIER,
                    "the identifier already appears on line " + first);
            return;
        }
        chunk.add(row);
        if (chunk.size() >= properties.chunkSize()) {
            flush();
        }
    }

    @Override
    public void reject(long line, @Nullable String field, String code, String message) {
        counted(line);
        record(line, field, code, message);
    }

    /** Stores what is left, waits for the writer, and reports. */
    ImportReport finish() {
        flush();
        await();
        progress.accept(lines);
        return new ImportReport(lines, accepted, updated, stored - accepted - updated, rejected, rejectedLines);
    }

    /** Lets a chunk still being stored finish (its connection must not close under it), then releases the writer. */
    @Override
    public void close() {
        if (pending != null) {
            try {
                pending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the failure that ended the import is already on its way to the caller
            }
        }
        writerThread.shutdown();
        writer.close();
    }

    private void counted(long line) {
        lines++;
        if ((lines & (PROGRESS_EVERY - 1)) == 0) {
            progress.accept(line);
        }
    }

    private void record(long line, @Nullable String field, String code, String message) {
        rejected++;
        if (rejectedLines.size() < properties.maxRejectedLines()) {
            rejectedLines.add(new RejectedLine(line, field, code, message));
        }
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        await();
        List<ImportRow> rows = chunk;
        chunk = new ArrayList<>(properties.chunkSize());
        stored += rows.size();
        pending = writerThread.submit(() -> writer.write(rows));
    }

    private void await() {
        if (pending == null) {
            return;
        }
        try {
            ChunkWriter.Counts counts = pending.get();
            accepted += counts.accepted();
            updated += counts.updated();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing subjects", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("storing subjects failed", e.getCause());
        } finally {
            pending = null;
        }
    }
}
