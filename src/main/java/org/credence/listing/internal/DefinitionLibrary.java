package org.credence.listing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The definition versions in memory, by list code, oldest version first. They follow the database: every version
 * added here reloads at once, and an instance that has not looked for {@code refreshInterval} compares the highest
 * stored id before answering. The version of a list in force on a day is the one with the latest effective date on or
 * before it (the higher version on a tie).
 */
@Component
class DefinitionLibrary {

    private record Snapshot(long revision, Map<String, List<StoredDefinition>> byCode) {}

    private final DefinitionStore store;
    private final DefinitionParser parser;
    private final TransactionTemplate transactions;
    private final long refreshNanos;
    private volatile Snapshot snapshot;
    private volatile long checkedAt;

    DefinitionLibrary(
            DefinitionStore store, JsonMapper json, TransactionTemplate transactions, ListingProperties properties) {
        this.store = store;
        this.parser = new DefinitionParser(json);
        this.transactions = transactions;
        this.refreshNanos = properties.refreshInterval().toNanos();
        this.snapshot = load();
        this.checkedAt = System.nanoTime();
    }

    List<StoredDefinition> versions(String code) {
        return snapshot().byCode().getOrDefault(code, List.of());
    }

    Optional<StoredDefinition> version(String code, int version) {
        return versions(code).stream().filter(d -> d.version() == version).findFirst();
    }

    Optional<StoredDefinition> inForce(String code, LocalDate date) {
        return inForce(versions(code), date);
    }

    /** The version in force of every list that has one on the date, by list code. */
    List<StoredDefinition> inForce(LocalDate date) {
        return snapshot().byCode().values().stream()
                .map(versions -> inForce(versions, date))
                .flatMap(Optional::stream)
                .toList();
    }

    Set<String> codes() {
        return snapshot().byCode().keySet();
    }

    void reload() {
        snapshot = load();
        checkedAt = System.nanoTime();
    }

    private static Optional<StoredDefinition> inForce(List<StoredDefinition> versions, LocalDate date) {
        return versions.stream()
                .filter(d -> !d.document().definition().effectiveFrom().isAfter(date))
                .max(Comparator.comparing((StoredDefinition d) ->
                                d.document().definition().effectiveFrom())
                        .thenComparingInt(StoredDefinition::version));
    }

    private Snapshot snapshot() {
        if (System.nanoTime() - checkedAt >= refreshNanos) {
            checkedAt = System.nanoTime();
            Long revision = transactions.execute(status -> store.revision());
            if (revision != null && revision != snapshot.revision()) {
                snapshot = load();
            }
        }
        return snapshot;
    }

    private Snapshot load() {
        return transactions.execute(status -> {
            long revision = store.revision();
            Map<String, List<StoredDefinition>> byCode = store.all().stream()
                    .map(this::parsed)
                    .collect(Collectors.groupingBy(StoredDefinition::code, TreeMap::new, Collectors.toList()));
            byCode.replaceAll((code, versions) -> versions.stream()
                    .sorted(Comparator.comparingInt(StoredDefinition::version))
                    .toList());
            return new Snapshot(revision, byCode);
        });
    }

    private StoredDefinition parsed(DefinitionStore.Row row) {
        if (!hash(row.text()).equals(row.hash())) {
            throw new IllegalStateException("list definition " + row.definitionId() + " does not match its hash");
        }
        return switch (parser.parse(row.text(), null)) {
            case DefinitionParser.Valid valid ->
                new StoredDefinition(
                        row.definitionId(), valid.document(), row.text(), row.hash(), row.createdAt(), row.createdBy());
            case DefinitionParser.Invalid invalid ->
                throw new IllegalStateException(
                        "stored list definition " + row.definitionId() + " is invalid: " + invalid.problems());
        };
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
