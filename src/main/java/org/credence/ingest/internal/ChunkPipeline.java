package org.credence.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads, checks and prepares the next chunks on a thread of their own while the caller stores the current one, so
 * that parsing and subject lookups overlap the database's merge. At most {@link #AHEAD} prepared chunks wait, which
 * keeps memory flat whatever the file's size.
 */
final class ChunkPipeline implements AutoCloseable {

    static final int AHEAD = 2;

    private sealed interface Item {}

    private record Ready(PreparedChunk chunk) implements Item {}

    private record End() implements Item {}

    private record Failed(Throwable cause) implements Item {}

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread producer;
    private boolean ended;

    ChunkPipeline(ChunkReader reader, int chunkSize, Function<ChunkReader.Chunk, PreparedChunk> prepare, String name) {
        this.producer = Thread.ofPlatform().name(name).daemon().start(() -> produce(reader, chunkSize, prepare));
    }

    private void produce(ChunkReader reader, int chunkSize, Function<ChunkReader.Chunk, PreparedChunk> prepare) {
        try {
            ChunkReader.Chunk chunk;
            while (!(chunk = reader.next(chunkSize)).lines().isEmpty()) {
                queue.put(new Ready(prepare.apply(chunk)));
            }
            queue.put(new End());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            try {
                queue.put(new Failed(e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next prepared chunk, or {@code null} at the end of the file; rethrows what went wrong while reading. */
    @Nullable
    PreparedChunk next() throws IOException {
        if (ended) {
            return null;
        }
        Item item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next chunk", e);
        }
        return switch (item) {
            case Ready ready -> ready.chunk();
            case End end -> {
                ended = true;
                yield null;
            }
            case Failed failed -> {
                ended = true;
                throw rethrow(failed.cause());
            }
        };
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
        throw (Error) cause;
    }

    @Override
    public void close() {
        producer.interrupt();
        try {
            producer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
