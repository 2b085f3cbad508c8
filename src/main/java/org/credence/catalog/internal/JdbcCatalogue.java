package org.credence.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.credence.catalog.Catalogue;
import org.credence.catalog.Edition;
import org.credence.catalog.EditionSummary;
import org.credence.catalog.MatterType;
import org.credence.catalog.NewEdition;
import org.credence.catalog.Provider;
import org.credence.shared.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue from an in-memory snapshot. The snapshot follows the database: every change bumps a revision
 * counter, and an instance that has not looked for {@code refreshInterval} compares its revision before answering.
 */
@Service
class JdbcCatalogue implements Catalogue {

    private final CatalogueStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long refreshNanos;
    private final EditionComposer composer = new EditionComposer();
    private final EditionRules rules = new EditionRules();
    private volatile CatalogueSnapshot snapshot;
    private volatile long checkedAt;

    JdbcCatalogue(CatalogueStore store, TransactionTemplate transactions, Clock clock, CatalogueProperties properties) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.refreshNanos = properties.refreshInterval().toNanos();
        this.snapshot = load();
        this.checkedAt = System.nanoTime();
    }

    @Override
    public Edition editionInForce(LocalDate date) {
        return snapshot()
                .inForce(date)
                .orElseThrow(
                        () -> ApiException.notFound("no-edition-in-force", "no catalogue edition in force on " + date));
    }

    @Override
    public Edition currentEdition() {
        return editionInForce(LocalDate.now(clock));
    }

    @Override
    public Optional<Edition> edition(String code) {
        return snapshot().edition(code);
    }

    @Override
    public List<EditionSummary> editions() {
        return snapshot().editions().stream()
                .map(e -> new EditionSummary(
                        e.code(),
                        e.title(),
                        e.effectiveFrom(),
                        e.basedOn(),
                        e.recordTypes().size()))
                .toList();
    }

    @Override
    public Edition addEdition(NewEdition command) {
        return add(command, "ADMIN");
    }

    /** Adds an edition on behalf of {@code source} (ADMIN or SEED) in one transaction, then reloads. */
    Edition add(NewEdition command, String source) {
        Edition base = null;
        if (command.basedOn() != null) {
            base = edition(command.basedOn())
                    .orElseThrow(() -> ApiException.invalid(
                            "unknown-base-edition", "basedOn", "no edition " + command.basedOn() + " to derive from"));
        }
        Edition edition = composer.compose(command, base);
        if (rules.check(edition) instanceof EditionCheck.Invalid invalid) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "invalid-edition",
                    "Invalid edition",
                    "the edition breaks " + invalid.problems().size() + " catalogue rule(s)",
                    invalid.problems());
        }
        if (snapshot().editions().stream()
                .anyMatch(e ->
                        e.code().equals(edition.code()) || e.effectiveFrom().equals(edition.effectiveFrom()))) {
            throw ApiException.conflict(
                    "edition-exists", "an edition with code " + edition.code() + " or that effective date exists");
        }
        transactions.executeWithoutResult(status -> {
            store.insert(edition, source, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
            store.bumpRevision();
        });
        reload();
        return edition(edition.code()).orElseThrow();
    }

    @Override
    public List<Provider> providers() {
        return snapshot().providers().values().stream()
                .sorted(java.util.Comparator.comparing(Provider::code))
                .toList();
    }

    @Override
    public Optional<Provider> provider(String code) {
        return Optional.ofNullable(snapshot().providers().get(code));
    }

    @Override
    public List<MatterType> matterTypes() {
        return snapshot().matterTypes();
    }

    void reload() {
        snapshot = load();
        checkedAt = System.nanoTime();
    }

    private CatalogueSnapshot snapshot() {
        if (System.nanoTime() - checkedAt >= refreshNanos) {
            checkedAt = System.nanoTime();
            if (store.revision() != snapshot.revision()) {
                snapshot = load();
            }
        }
        return snapshot;
    }

    private CatalogueSnapshot load() {
        return transactions.execute(status ->
                CatalogueSnapshot.of(store.revision(), store.editions(), store.providers(), store.matterTypes()));
    }
}
