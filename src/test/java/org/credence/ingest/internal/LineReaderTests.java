package org.credence.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTests {

    private static List<SourceLine> read(byte[] bytes, int max) throws IOException {
        List<SourceLine> lines = new ArrayList<>();
        try (var reader = new LineReader(new ByteArrayInputStream(bytes), max)) {
            SourceLine line;
            while ((line = reader.next()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<SourceLine> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), 1024);
    }

    @Test
    void splitsOnLfAndCrLfAndKeepsEmptyLinesButNoTrailingOne() throws IOException {
        assertThat(read("a\r\nb\n\nc\n"))
                .containsExactly(
                        new SourceLine.Text(1, "a"),
                        new SourceLine.Text(2, "b"),
                        new SourceLine.Text(3, ""),
                        new SourceLine.Text(4, "c"));
    }

    @Test
    void readsALastLineWithoutNewline() throws IOException {
        assertThat(read("a\nb")).containsExactly(new SourceLine.Text(1, "a"), new SourceLine.Text(2, "b"));
        assertThat(read("")).isEmpty();
    }

    @Test
    void dropsAByteOrderMarkOnTheFirstLine() throws IOException {
        assertThat(read("\uFEFFidentifier,x\n\uFEFFy"))
                .containsExactly(new SourceLine.Text(1, "identifier,x"), new SourceLine.Text(2, "\uFEFFy"));
    }

    @Test
    void reportsInvalidUtf8WithTheBytePosition() throws IOException {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes("ok\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\n福州\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read(bytes.toByteArray(), 1024))
                .containsExactly(
                        new SourceLine.Text(1, "ok"),
                        new SourceLine.Unreadable(2, "bad-encoding", "the line is not valid UTF-8 at byte 4"),
                        new SourceLine.Text(3, "福州"));
    }

    @Test
    void skipsAnOversizedLineWithoutLosingTheNext() throws IOException {
        String text = "short\n" + "x".repeat(5000) + "\nnext\n" + "y".repeat(1025);
        List<SourceLine> lines = read(text.getBytes(StandardCharsets.UTF_8), 1024);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).isInstanceOfSatisfying(SourceLine.Unreadable.class, u -> {
            assertThat(u.code()).isEqualTo("line-too-long");
            assertThat(u.message()).contains("5000 bytes");
        });
        assertThat(lines.get(2)).isEqualTo(new SourceLine.Text(3, "next"));
        assertThat(lines.get(3)).isInstanceOf(SourceLine.Unreadable.class);
    }
}
