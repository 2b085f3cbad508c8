package org.credence.subject.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credence.subject.SubjectLookup;
import org.credence.subject.SubjectRegistry;
import org.credence.support.Commands;
import org.credence.support.TestIdentifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

@SpringBootTest
class ImportSubjectsCommandIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    SubjectRegistry registry;

    @TempDir
    Path dir;

    @Test
    void importsAFileAndPrintsTheReportWithExitCodeZeroDespiteRejectedLines() throws IOException {
        var person = TestIdentifiers.person();
        Path file = dir.resolve("people.csv");
        Files.writeString(file, "identifier,name\n" + person.value() + ",欧阳修\nbad,坏行\n", StandardCharsets.UTF_8);

        Commands.Run run = run(file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 accepted", "1 rejected", "line 3: identifier [identifier-length]");
        assertThat(registry.lookup(person.value())).isInstanceOf(SubjectLookup.Found.class);
    }

    @Test
    void failsWithANonZeroCodeOnAMissingOrHeaderlessFile() throws IOException {
        Path headerless = dir.resolve("broken.csv");
        Files.writeString(headerless, "a;b\n", StandardCharsets.UTF_8);

        Commands.Run missing = run(dir.resolve("nothing.csv").toString());
        Commands.Run broken = run(headerless.toString());

        assertThat(missing.exitCode()).isEqualTo(ImportSubjectsCommand.UNREADABLE);
        assertThat(missing.err()).contains("Cannot read");
        assertThat(broken.exitCode()).isEqualTo(ImportSubjectsCommand.UNREADABLE);
        assertThat(broken.err()).contains("Unreadable file");
    }

    private Commands.Run run(String... args) {
        return Commands.run(context, "import-subjects", args);
    }
}
