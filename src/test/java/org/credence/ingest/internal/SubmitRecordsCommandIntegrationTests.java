package org.credence.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.credence.subject.NewSubject;
import org.credence.subject.SubjectRegistry;
import org.credence.support.Organisations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code submit-records} runs a file through the bulk path in the calling thread and draws a progress bar. */
@SpringBootTest
class SubmitRecordsCommandIntegrationTests {

    @Autowired
    SubmitRecordsCommand command;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private int lastExitCode;

    @Test
    void submitsAFileAndReportsTheOutcome() throws IOException {
        var code = Organisations.fresh();
        subjects.register(new NewSubject(code, "福州某某药房", null, null));
        String company = code.value();
        String prefix = "CLI-" + UUID.randomUUID() + "-";
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            jsonl.append("{\"identifier\":\"")
                    .append(company)
                    .append("\",\"recordType\":\"tax-arrears\",")
                    .append("\"severity\":\"GENERAL\",\"sourceReference\":\"")
                    .append(prefix)
                    .append(i)
                    .append("\",\"decisionNumber\":\"闽税〔2026〕")
                    .append(i)
                    .append("号\",")
                    .append("\"legalBasis\":\"《税收征收管理法》\",\"decisionDate\":\"2026-07-0")
                    .append(1 + i % 9)
                    .append("\",\"summary\":\"欠缴税款\"}\n");
        }
        jsonl.append("{\"identifier\":\"").append(company).append("\"}\n");
        Path file = dir.resolve("arrears.jsonl");
        Files.writeString(file, jsonl, StandardCharsets.UTF_8);

        String output = run(file, "fj-tax", false);
        assertThat(output).contains("COMPLETED: 30 accepted, 0 corrected, 0 unchanged, 1 rejected");
        assertThat(output).contains("line 31 recordType missing-field");
        assertThat(output).contains("31/31");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM credit_record WHERE source_reference LIKE :p")
                        .param("p", prefix + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(30);
        assertThat(Files.exists(file)).as("a file used in place is left alone").isTrue();

        String atomic = run(file, "fj-tax", true);
        assertThat(atomic).contains("REJECTED");
        assertThat(lastExitCode).isEqualTo(1);
    }

    private String run(Path file, String provider, boolean atomic) {
        command.file = file;
        command.provider = provider;
        command.atomic = atomic;
        command.format = null;
        PrintStream original = System.out;
        var captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            lastExitCode = command.call();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
