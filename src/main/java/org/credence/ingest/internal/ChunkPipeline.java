package org.credence.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the next chunks on a thread of its own and checks and prepares them on {@code workers} more threads while the
 * caller stores the current one, so that parsing and subject lookups overlap the database's work. Chunks come back in
 * file order. At most {@link #AHEAD} chunks wait beyond those being worked on, which keeps memory flat whatever the
 * file's size.
 */
final class ChunkPipeline implements AutoCloseable {

    static final int AHEAD = 1;

    private static final CompletableFuture<@Nullable PreparedChunk> END = CompletableFuture.completedFuture(null);

    private final BlockingQueue<CompletableFuture<@Nullable PreparedChunk>> queue = new ArrayBlockingQueue<>(AHEAD);
    private final ExecutorService workers;
    private final Thread reader;
    private boolean ended;

    ChunkPipeline(
            ChunkReader source,
            int chunkSize,
            int workers,
            Function<ChunkReader.Chunk, PreparedChunk> prepare,
            String name) {
        this.workers = Executors.newFixedThreadPool(
                workers, Thread.ofPlatform().name(name + "-check-", 1).daemon().factory());
        this.reader = Thread.ofPlatform().name(name + "-read").daemon().start(() -> read(source, chunkSize, prepare));
    }

    private void read(ChunkReader source, int chunkSize, Function<ChunkReader.Chunk, PreparedChunk> prepare) {
        try {
            ChunkReader.RawChunk raw;
            while (!(raw = source.nextRaw(chunkSize)).lines().isEmpty()) {
                ChunkReader.RawChunk chunk = raw;
                queue.put(CompletableFuture.supplyAsync(() -> prepare.apply(source.check(chunk)), workers));
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            try {
                queue.put(CompletableFuture.failedFuture(e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next prepared chunk in file order, or {@code null} at the end; rethrows what went wrong on the way. */
    @Nullable
    PreparedChunk next() throws IOException {
        if (ended) {
            return null;
        }
        try {
            PreparedChunk chunk = queue.take().get();
            ended = chunk == null;
            return chunk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next chunk", e);
        } catch (ExecutionException e) {
            ended = true;
            throw rethrow(e.getCause());
        }
    }

    private static IOException rethrow(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(cause);
    }

    @Override
    public void close() {
        reader.interrupt();
        workers.shutdownNow();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
