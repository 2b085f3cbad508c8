package org.credence.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.credence.ingest.BatchFormat;
import org.springframework.stereotype.Component;

/**
 * Keeps uploaded files until their batch is done, written to disk (and forced) before the batch is registered, so
 * that a crash never leaves a batch without its file. Counts the physical lines while copying, for progress.
 */
@Component
class UploadStore {

    /** A kept file, its size and its number of physical lines. */
    record Stored(Path path, long size, long lines) {}

    private final Path directory;

    UploadStore(IngestProperties properties) {
        this.directory = properties.uploadDir().toAbsolutePath().normalize();
    }

    Stored keep(InputStream content, BatchFormat format) {
        Path file = directory.resolve("batch-" + UUID.randomUUID() + (format == BatchFormat.CSV ? ".csv" : ".jsonl"));
        try {
            Files.createDirectories(directory);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                Stored stored = copyCounting(content, out, file);
                channel.force(true);
                return stored;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded file", e);
        }
    }

    /** A file already on this machine (the command line), used in place. */
    Stored inPlace(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return copyCounting(
                    in, OutputStream.nullOutputStream(), file.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Deletes a kept file once its batch is finished; files used in place are left alone. */
    void discard(Path file) {
        if (file.toAbsolutePath().normalize().startsWith(directory)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Stored copyCounting(InputStream in, OutputStream out, Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        long newlines = 0;
        byte last = '\n';
        int read;
        while ((read = in.read(buffer)) > 0) {
            out.write(buffer, 0, read);
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    newlines++;
                }
            }
            size += read;
            last = buffer[read - 1];
        }
        return new Stored(file, size, newlines + (last != '\n' ? 1 : 0));
    }
}
