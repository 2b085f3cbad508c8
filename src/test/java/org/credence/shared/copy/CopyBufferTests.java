package org.credence.shared.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CopyBufferTests {

    /** The same big-endian bytes as {@link DataOutputStream}, across many segment boundaries. */
    @Test
    void writesWhatADataOutputStreamWouldAcrossSegments() throws IOException {
        var random = new Random(7);
        var buffer = new CopyBuffer();
        var expected = new ByteArrayOutputStream();
        var reference = new DataOutputStream(expected);
        for (int i = 0; i < 40_000; i++) {
            switch (random.nextInt(4)) {
                case 0 -> {
                    short s = (short) random.nextInt();
                    buffer.putShort(s);
                    reference.writeShort(s);
                }
                case 1 -> {
                    int v = random.nextInt();
                    buffer.putInt(v);
                    reference.writeInt(v);
                }
                case 2 -> {
                    long v = random.nextLong();
                    buffer.putLong(v);
                    reference.writeLong(v);
                }
                default -> {
                    byte[] bytes = new byte[random.nextInt(i % 100 == 0 ? 70_000 : 40)];
                    random.nextBytes(bytes);
                    buffer.put(bytes);
                    reference.write(bytes);
                }
            }
        }
        var actual = new ByteArrayOutputStream();
        buffer.writeTo(actual);

        assertThat(expected.size()).as("the data spans many segments").isGreaterThan(10 * 32 * 1024);
        assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
    }
}
