package org.credence.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void submitsSeveralFilesOneBatchEachAndNoneWhenOneCannotBeRead() throws IOException {
        var code = Organisations.fresh();
        subjects.register(new NewSubject(code, "福州某某超市", null, null));
        String prefix = "CLI-" + UUID.randomUUID() + "-";
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        Files.writeString(first, csv(code.value(), prefix + "a", 3), StandardCharsets.UTF_8);
        Files.writeString(second, csv(code.value(), prefix + "b", 2), StandardCharsets.UTF_8);

        String refused = run(List.of(first, dir.resolve("missing.csv")), "fj-tax", false);
        assertThat(refused).contains("cannot read").contains("missing.csv");
        assertThat(lastExitCode).isEqualTo(2);
        assertThat(stored(prefix))
                .as("nothing submitted when one file of the set cannot be read")
                .isZero();

        String twice = run(List.of(first, dir.resolve(".").resolve("first.csv")), "fj-tax", false);
        assertThat(twice).contains("is named twice");
        assertThat(lastExitCode).isEqualTo(2);
        assertThat(stored(prefix)).isZero();

        String output = run(List.of(first, second), "fj-tax", false);
        assertThat(output).contains("(first.csv) COMPLETED: 3 accepted").contains("(second.csv) COMPLETED: 2 accepted");
        assertThat(lastExitCode).isZero();
        assertThat(stored(prefix)).isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT last_batch_id) FROM credit_record WHERE source_reference LIKE :p")
                        .param("p", prefix + "%")
                        .query(Long.class)
                        .single())
                .as("one batch per file")
                .isEqualTo(2);
    }

    private static String csv(String identifier, String referencePrefix, int lines) {
        StringBuilder csv = new StringBuilder(
                "identifier,recordType,severity,sourceReference,decisionNumber,legalBasis,decisionDate,summary\n");
        for (int i = 1; i <= lines; i++) {
            csv.append(identifier)
                    .append(",tax-arrears,GENERAL,")
                    .append(referencePrefix)
                    .append(i)
                    .append(",闽税〔2026〕")
                    .append(i)
                    .append("号,《税收征收管理法》,2026-07-01,欠缴税款\n");
        }
        return csv.toString();
    }

    private long stored(String prefix) {
        return jdbc.sql("SELECT COUNT(*) FROM credit_record WHERE source_reference LIKE :p")
                .param("p", prefix + "%")
                .query(Long.class)
                .single();
    }

    private String run(Path file, String provider, boolean atomic) {
        return run(List.of(file), provider, atomic);
    }

    private String run(List<Path> files, String provider, boolean atomic) {
        command.files = files;
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
