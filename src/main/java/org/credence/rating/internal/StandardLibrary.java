package org.credence.rating.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.credence.shared.ApiException;
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

    StandardLibrary(StandardStore store, ReferenceDataSource references) {
        this.store = store;
        this.references = references;
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

    List<Active> inForce(Instant at, LocalDate date) {
        return store.inForce(at, date).stream().map(this::active).toList();
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
