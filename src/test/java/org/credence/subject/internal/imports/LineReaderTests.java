package org.credence.subject.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTests {

    @Test
    void splitsOnLfAndCrLfKeepsTheLastLineWithoutNewlineAndDropsTheBom() throws IOException {
        assertThat(read("\uFEFFa,b\r\n\nc\nd", 100)).containsExactly("1:a,b", "2:", "3:c", "4:d");
    }

    @Test
    void rejectsAnOversizedLineWithoutLosingTheNextOne() throws IOException {
        String longLine = "x".repeat(200_000);
        assertThat(read("ok\n" + longLine + "\nnext\n", 1024)).containsExactly("1:ok", "2!line-too-long", "3:next");
    }

    @Test
    void rejectsALineThatIsNotUtf8AndReadsChineseThatIs() throws IOException {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes("张三\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'a', (byte) 0xC3, '\n'});
        bytes.writeBytes("李四".getBytes(StandardCharsets.UTF_8));
        assertThat(read(bytes.toByteArray(), 100)).containsExactly("1:张三", "2!invalid-encoding", "3:李四");
    }

    @Test
    void readsNothingFromAnEmptyStream() throws IOException {
        assertThat(read("", 100)).isEmpty();
    }

    private static List<String> read(String text, int max) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), max);
    }

    private static List<String> read(byte[] bytes, int max) throws IOException {
        var reader = new LineReader(new ByteArrayInputStream(bytes), max);
        List<String> lines = new ArrayList<>();
        while (reader.next()) {
            lines.add(
                    reader.text() != null
                            ? reader.number() + ":" + reader.text()
                            : reader.number() + "!" + reader.problem());
        }
        return lines;
    }
}
