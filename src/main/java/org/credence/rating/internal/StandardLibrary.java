package org.credence.rating.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.credence.shared.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Parsed standards: documents are parsed once per version (they never change once stored) and looked up by what is
 * in force at a moment.
 */
@Component
class StandardLibrary {

    private final StandardStore store;
    private final ReferenceDataSource references;
    private final Map<Long, StandardDocument> parsed = new ConcurrentHashMap<>();

    /**
     * Every published version, read at most once a {@link #SNAPSHOT_TTL} (or after a publication here): every check
     * and rating asks which standards are in force, and reading and hashing the documents each time cost more than the
     * rest of a credit check. Another instance's publication shows here within the TTL.
     */
    private volatile @Nullable Snapshot snapshot;

    static final Duration SNAPSHOT_TTL = Duration.ofSeconds(1);

    private record Snapshot(long readAtNanos, List<Active> published) {}

    StandardLibrary(StandardStore store, ReferenceDataSource references) {
        this.store = store;
        this.references = references;
        store.onPublicationChange(() -> snapshot = null);
    }

    /** A stored version with its parsed document. */
    record Active(StoredStandard stored, StandardDocument document) {

        String scheme() {
            return stored.scheme();
        }
    }

    /** Parses a document, or throws a 400 problem that lists every problem with its path. */
    StandardDocument parse(String text) {
        return switch (new StandardParser(references.current()).parse(text)) {
            case StandardParser.Valid valid -> valid.document();
            case StandardParser.Invalid invalid ->
                throw new ApiException(
                        HttpStatus.BAD_REQUEST,
                        "standard-invalid",
                        "Invalid evaluation standard",
                        invalid.problems().size() + " problem(s): "
                                + invalid.problems().stream()
                                        .limit(5)
                                        .map(p -> p.field() + ": " + p.message())
                                        .reduce((a, b) -> a + "; " + b)
                                        .orElse(""),
                        invalid.problems());
        };
    }

    Active active(StoredStandard stored) {
        if (!hash(stored.document()).equals(stored.documentHash())) {
            throw new IllegalStateException("standard " + stored.standardId() + " does not match its hash");
        }
        return new Active(stored, parsed.computeIfAbsent(stored.standardId(), id -> parse(stored.document())));
    }

    Active active(long standardId) {
        return active(store.find(standardId).orElseThrow(() -> new IllegalStateException("no standard " + standardId)));
    }

    /**
     * Per scheme, the version in force at the moment for the date: published by then and not yet retired, effective
     * on the date, the latest effective date first and then the highest version; decided over the snapshot.
     */
    List<Active> inForce(Instant at, LocalDate date) {
        Map<String, Active> best = new TreeMap<>();
        for (Active candidate : published()) {
            StoredStandard s = candidate.stored();
            boolean inForce = s.publishedAt() != null
                    && !s.publishedAt().toInstant().isAfter(at)
                    && (s.retiredAt() == null || s.retiredAt().toInstant().isAfter(at))
                    && !s.effectiveFrom().isAfter(date);
            if (inForce) {
                best.merge(s.scheme(), candidate, (a, b) -> later(a.stored(), b.stored()) ? a : b);
            }
        }
        return List.copyOf(best.values());
    }

    private static boolean later(StoredStandard a, StoredStandard b) {
        int byDate = a.effectiveFrom().compareTo(b.effectiveFrom());
        return byDate != 0 ? byDate > 0 : a.version() > b.version();
    }

    private List<Active> published() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.readAtNanos() > SNAPSHOT_TTL.toNanos()) {
            long readAt = System.nanoTime();
            current = new Snapshot(
                    readAt, store.published().stream().map(this::active).toList());
            snapshot = current;
        }
        return current.published();
    }

    static String hash(String document) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
