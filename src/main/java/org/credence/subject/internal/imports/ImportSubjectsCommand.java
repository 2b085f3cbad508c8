package org.credence.subject.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.credence.shared.cli.CliCommand;
import org.credence.shared.cli.ProgressBar;
import org.credence.subject.ImportFormat;
import org.credence.subject.ImportReport;
import org.credence.subject.ImportUnreadableException;
import org.credence.subject.SubjectImport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import-subjects FILE}: the register sync from the command line, with a progress bar and the report. */
@Component
@Command(
        name = "import-subjects",
        mixinStandardHelpOptions = true,
        description = "Imports persons and organisations from a CSV or JSON Lines file (idempotent by identifier).")
class ImportSubjectsCommand implements CliCommand {

    static final int UNREADABLE = 2;
    private static final int SHOWN_REJECTIONS = 20;

    private final SubjectImport imports;

    @Spec
    @Nullable
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the file to import (.csv or .jsonl)")
    @Nullable
    Path file;

    @Option(names = "--format", description = "csv or jsonl; by default from the file extension")
    @Nullable
    String format;

    ImportSubjectsCommand(SubjectImport imports) {
        this.imports = imports;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec().commandLine().getOut();
        PrintWriter err = spec().commandLine().getErr();
        Path path = Objects.requireNonNull(file);
        Optional<ImportFormat> chosen =
                format != null ? ImportFormat.named(format) : ImportFormat.ofFileName(path.toString());
        if (chosen.isEmpty()) {
            err.println("Unknown format: name it with --format csv or --format jsonl");
            return UNREADABLE;
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            err.println("Cannot read " + path);
            return UNREADABLE;
        }
        long started = System.nanoTime();
        ImportReport report;
        try (ProgressBar bar = new ProgressBar(System.err, "import", countLines(path));
                InputStream in = Files.newInputStream(path)) {
            report = imports.importSubjects(in, chosen.get(), bar::update);
        } catch (ImportUnreadableException e) {
            err.println("Unreadable file: " + e.getMessage());
            return UNREADABLE;
        }
        print(out, report, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static void print(PrintWriter out, ImportReport report, double seconds) {
        out.printf(
                Locale.ROOT,
                "Imported %d lines in %.2f s (%.0f lines/s): %d accepted, %d updated, %d unchanged, %d rejected%n",
                report.lines(),
                seconds,
                report.lines() / Math.max(seconds, 1e-9),
                report.accepted(),
                report.updated(),
                report.unchanged(),
                report.rejected());
        report.rejectedLines().stream()
                .limit(SHOWN_REJECTIONS)
                .forEach(r -> out.printf(
                        Locale.ROOT,
                        "  line %d: %s [%s] %s%n",
                        r.line(),
                        r.field() == null ? "-" : r.field(),
                        r.code(),
                        r.message()));
        if (report.rejected() > SHOWN_REJECTIONS) {
            out.printf(Locale.ROOT, "  ... and %d more rejected lines%n", report.rejected() - SHOWN_REJECTIONS);
        }
        out.flush();
    }

    /** Lines in the file, for the progress bar: one fast pass over bytes that the import then reads from the cache. */
    private static long countLines(Path path) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    private CommandSpec spec() {
        return Objects.requireNonNull(spec);
    }
}
