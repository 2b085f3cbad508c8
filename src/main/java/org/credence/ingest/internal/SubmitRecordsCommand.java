package org.credence.ingest.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.ingest.BatchFormat;
import org.credence.ingest.BatchMode;
import org.credence.ingest.BatchStatus;
import org.credence.ingest.BatchView;
import org.credence.ingest.LineRejection;
import org.credence.shared.ApiException;
import org.credence.shared.PageRequest;
import org.credence.shared.backlog.BulkWork;
import org.credence.shared.backlog.WorkBacklog;
import org.credence.shared.cli.CliCommand;
import org.credence.shared.cli.ProgressBar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code credence submit-records records.csv [more.csv …] --provider fj-tax [--atomic]}: the bulk path from the command
 * line. Several files are submitted one after the other, one batch each, in one process.
 */
@Component
@Command(
        name = "submit-records",
        mixinStandardHelpOptions = true,
        description = "Submits CSV or JSON Lines files of credit records, one batch each, and waits for them.")
class SubmitRecordsCommand implements CliCommand {

    private static final int SHOWN_REJECTIONS = 20;

    private final IntakeService intake;

    @Parameters(arity = "1..*", description = "the files (.csv, .jsonl or .ndjson), submitted in this order")
    List<Path> files = List.of();

    @Option(names = "--provider", required = true, description = "the submitting provider's code")
    @Nullable
    String provider;

    @Option(names = "--atomic", description = "store all lines or none (default: each valid line)")
    boolean atomic;

    @Option(names = "--format", description = "CSV or JSON_LINES (default: from the file name)")
    @Nullable
    BatchFormat format;

    @Option(
            names = "--no-wait",
            description = "exit when the batch is stored, leaving the ratings and list entries it causes to the server"
                    + " (default: wait for them)")
    boolean noWait;

    private final WorkBacklog backlog;
    private final BulkWork bulkWork;

    SubmitRecordsCommand(IntakeService intake, WorkBacklog backlog, BulkWork bulkWork) {
        this.intake = intake;
        this.backlog = backlog;
        this.bulkWork = bulkWork;
    }

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String provider = this.provider;
        if (provider == null) {
            out.println("name the provider with --provider");
            return 2;
        }
        // every file is checked before the first is submitted: a typo in the last name must not leave half the set done
        Map<Path, BatchFormat> formats = new LinkedHashMap<>();
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                out.println("cannot read " + file);
                return 2;
            }
            BatchFormat resolved = format != null
                    ? format
                    : BatchFormat.ofFileName(file.toString()).orElse(null);
            if (resolved == null) {
                out.println("cannot tell the format of " + file + ": name it with --format CSV or JSON_LINES");
                return 2;
            }
            if (formats.put(file.toAbsolutePath().normalize(), resolved) != null) {
                out.println(file + " is named twice");
                return 2;
            }
        }
        try {
            boolean allCompleted = true;
            // one bulk job for the set: what the batches cause elsewhere waits for the last, as for one large file
            try (var set = bulkWork.begin()) {
                for (var entry : formats.entrySet()) {
                    allCompleted &= submit(out, provider, entry.getKey(), entry.getValue())
                                    .status()
                            == BatchStatus.COMPLETED;
                }
            }
            if (!noWait) {
                awaitDependentWork(out);
            }
            return allCompleted ? 0 : 1;
        } catch (ApiException e) {
            out.println(e.code() + ": " + e.getMessage());
            return 2;
        }
    }

    private BatchView submit(PrintStream out, String provider, Path file, BatchFormat format) {
        BatchView batch =
                intake.registerLocalFile(provider, file, format, atomic ? BatchMode.ATOMIC : BatchMode.PER_LINE);
        try (var bar = new ProgressBar(out, "lines", batch.totalLines())) {
            batch = intake.runLocalFile(batch.batchId(), bar::update);
            bar.update(batch.linesRead());
        }
        report(out, file, batch);
        return batch;
    }

    /** Waits until the modules have caught up with the batch (ratings, list rules), showing what is left. */
    private void awaitDependentWork(PrintStream out) {
        long started = System.nanoTime();
        long left;
        while ((left = backlog.outstanding()) > 0) {
            out.printf("\rratings and list rules: %,d item(s) left ", left);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                out.println();
                return;
            }
        }
        out.printf("%nratings and list rules caught up in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private void report(PrintStream out, Path file, BatchView batch) {
        out.printf(
                "batch %d (%s) %s: %d accepted, %d corrected, %d unchanged, %d rejected%n",
                batch.batchId(),
                file.getFileName(),
                batch.status(),
                batch.accepted(),
                batch.corrected(),
                batch.unchanged(),
                batch.rejected());
        if (batch.failure() != null) {
            out.println(batch.failure());
        }
        var page = intake.rejections(batch.batchId(), new PageRequest(0, SHOWN_REJECTIONS));
        for (LineRejection r : page.items()) {
            out.printf("  line %d %s %s: %s%n", r.line(), r.field(), r.code(), r.message());
        }
        if (page.hasMore()) {
            out.println("  ... more at /api/v1/records/batches/" + batch.batchId() + "/rejections");
        }
    }
}
