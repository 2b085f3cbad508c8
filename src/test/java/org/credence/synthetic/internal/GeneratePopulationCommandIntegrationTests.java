package org.credence.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.credence.subject.ImportFormat;
import org.credence.subject.ImportReport;
import org.credence.subject.SubjectImport;
import org.credence.support.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class GeneratePopulationCommandIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    SubjectImport imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void writesJsonLinesThatTheImportTakesWithoutARejection() throws Exception {
        String out = run(
                0,
                "--persons",
                "2000",
                "--organisations",
                "200",
                "--seed",
                "11",
                "--out",
                dir.toString(),
                "--format",
                "jsonl");

        assertThat(out).contains("Generated 2000 persons, 200 organisations");
        ImportReport report;
        try (var in = java.nio.file.Files.newInputStream(dir.resolve("subjects.jsonl"))) {
            report = imports.importSubjects(in, ImportFormat.JSON_LINES, n -> {});
        }
        assertThat(report.rejected()).isZero();
        assertThat(report.accepted() + report.unchanged()).isEqualTo(2_200);
    }

    @Test
    void storesThePopulationWithItsLinksStraightIntoTheDatabase() {
        long rolesBefore = count("SELECT COUNT(*) FROM subject_role");

        String out = run(0, "--persons", "3000", "--organisations", "300", "--seed", "123456789", "--into-database");

        assertThat(out).contains("into the database");
        long added = count("SELECT COUNT(*) FROM subject_role") - rolesBefore;
        assertThat(added).isGreaterThanOrEqualTo(300);
        assertThat(run(0, "--persons", "3000", "--organisations", "300", "--seed", "123456789", "--into-database"))
                .contains("Generated 3000 persons");
        assertThat(count("SELECT COUNT(*) FROM subject_role") - rolesBefore).isEqualTo(added);
    }

    private String run(int expectedExit, String... args) {
        Commands.Run run = Commands.run(context, "generate-population", args);
        assertThat(run.exitCode()).isEqualTo(expectedExit);
        return run.out();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
