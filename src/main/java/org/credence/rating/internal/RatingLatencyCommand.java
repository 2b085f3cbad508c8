package org.credence.rating.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.credence.catalog.Catalogue;
import org.credence.catalog.RecordType;
import org.credence.catalog.Severity;
import org.credence.record.FilingBatch;
import org.credence.record.RecordFiling;
import org.credence.record.RecordStore;
import org.credence.shared.cli.CliCommand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credence rating-latency}: measures the incremental path end to end in this process. For each sample it files
 * a minor penalty (a probe record, source reference {@code PROBE-...}) for a rated enterprise through the record
 * facade, then waits until that subject's stored rating reflects it, and prints the median and 99th percentile. It
 * writes records, so it runs only with {@code --allow-writes}: use it on benchmark and staging databases.
 */
@Component
@Command(
        name = "rating-latency",
        mixinStandardHelpOptions = true,
        description = "Measure the time from a filed record to its subject's updated rating (writes probe records).")
class RatingLatencyCommand implements CliCommand {

    private static final String SCHEME = "market-supervision-risk";

    private final RecordStore records;
    private final Catalogue catalogue;
    private final JdbcClient jdbc;

    @Option(names = "--samples", defaultValue = "200")
    int samples;

    @Option(names = "--provider", defaultValue = "fz-market-supervision")
    String provider;

    @Option(names = "--allow-writes", required = true, description = "confirm that probe records may be filed")
    boolean allowWrites;

    RatingLatencyCommand(RecordStore records, Catalogue catalogue, JdbcClient jdbc) {
        this.records = records;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Long> subjects = jdbc.sql("SELECT subject_id FROM rating WHERE scheme_code = :c AND subject_id % 97 = 0"
                        + " ORDER BY subject_id LIMIT :n")
                .param("c", SCHEME)
                .param("n", samples)
                .query(Long.class)
                .list();
        RecordType penalty =
                catalogue.currentEdition().recordType("administrative-penalty").orElseThrow();
        List<Double> millis = new ArrayList<>();
        for (long subject : subjects) {
            OffsetDateTime before = readAt(subject);
            String reference = "PROBE-" + UUID.randomUUID();
            records.file(new FilingBatch(null, provider, List.of(filing(subject, penalty, reference))));
            long filed = System.nanoTime();
            while (!readAt(subject).isAfter(before)) {
                if (System.nanoTime() - filed > 30_000_000_000L) {
                    out.printf("subject %d: no updated rating within 30 s%n", subject);
                    return 1;
                }
                Thread.sleep(1);
            }
            millis.add((System.nanoTime() - filed) / 1e6);
        }
        millis.sort(Double::compare);
        out.printf(
                Locale.ROOT,
                "LATENCY samples=%d median_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                millis.size(),
                percentile(millis, 50),
                percentile(millis, 99),
                millis.isEmpty() ? 0 : millis.getLast());
        return 0;
    }

    private OffsetDateTime readAt(long subject) {
        return jdbc.sql("SELECT read_at FROM rating WHERE subject_id = :s AND scheme_code = :c")
                .param("s", subject)
                .param("c", SCHEME)
                .query(OffsetDateTime.class)
                .optional()
                .orElse(OffsetDateTime.MIN);
    }

    private RecordFiling filing(long subject, RecordType type, String reference) {
        LocalDate today = LocalDate.now();
        return new RecordFiling(
                subject,
                provider,
                reference,
                type,
                catalogue.currentEdition().code(),
                Severity.MINOR,
                "PROBE-" + reference.substring(6, 14),
                "latency probe",
                today,
                today,
                null,
                "rating latency probe",
                null,
                "latency probe",
                1);
    }

    static double percentile(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.clamp(index, 0, sorted.size() - 1));
    }
}
