package org.credence.listing.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.catalog.Catalogue;
import org.credence.catalog.EditionSummary;
import org.credence.catalog.MatterType;
import org.credence.catalog.Provider;
import org.credence.catalog.RecordType;
import org.credence.listing.DefinitionVersion;
import org.credence.shared.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds definition versions after checking them completely: the document's shape and the codes it names (providers,
 * record types, matter types, lists), then that it follows the list's latest version (higher version, same kind, an
 * effective date not before the latest's).
 */
@Component
class DefinitionVersions {

    private final DefinitionLibrary library;
    private final DefinitionStore store;
    private final Catalogue catalogue;
    private final DefinitionParser parser;
    private final TransactionTemplate transactions;
    private final ListingTime time;

    DefinitionVersions(
            DefinitionLibrary library,
            DefinitionStore store,
            Catalogue catalogue,
            JsonMapper json,
            TransactionTemplate transactions,
            ListingTime time) {
        this.library = library;
        this.store = store;
        this.catalogue = catalogue;
        this.parser = new DefinitionParser(json);
        this.transactions = transactions;
        this.time = time;
    }

    /** Parses and checks a document, or throws 400 {@code invalid-definition} naming every problem. */
    DefinitionDocument check(String text) {
        return switch (parser.parse(text, references())) {
            case DefinitionParser.Valid valid -> valid.document();
            case DefinitionParser.Invalid invalid ->
                throw new ApiException(
                        HttpStatus.BAD_REQUEST,
                        "invalid-definition",
                        "Invalid list definition",
                        invalid.problems().size() + " problem(s): "
                                + invalid.problems().stream()
                                        .limit(5)
                                        .map(p -> p.field() + ": " + p.message())
                                        .collect(Collectors.joining("; ")),
                        invalid.problems());
        };
    }

    StoredDefinition add(String text, String actor) {
        DefinitionDocument document = check(text);
        List<StoredDefinition> versions = library.versions(document.code());
        if (!versions.isEmpty()) {
            follows(document, versions.getLast());
        }
        try {
            transactions.executeWithoutResult(
                    status -> store.insert(document, text, DefinitionLibrary.hash(text), actor, time.now()));
        } catch (DuplicateKeyException e) {
            throw versionNotNewer(document);
        }
        library.reload();
        return library.version(document.code(), document.version()).orElseThrow();
    }

    boolean exists(String code, int version) {
        return store.exists(code, version);
    }

    DefinitionVersion view(StoredDefinition stored) {
        var inForce = library.inForce(stored.code(), time.today());
        DefinitionDocument d = stored.document();
        return new DefinitionVersion(
                d.definition(),
                inForce.isPresent() && inForce.get().definitionId() == stored.definitionId(),
                d.subjectKinds(),
                d.noticeDays(),
                d.termByDecision(),
                d.excludeMinors(),
                stored.text(),
                stored.hash(),
                stored.createdAt(),
                stored.createdBy());
    }

    private static void follows(DefinitionDocument document, StoredDefinition latest) {
        if (document.version() <= latest.version()) {
            throw versionNotNewer(document);
        }
        if (document.definition().kind() != latest.document().definition().kind()) {
            throw ApiException.conflict(
                    "kind-changed",
                    "list " + document.code() + " is a "
                            + latest.document().definition().kind() + " list; a new version cannot change its kind");
        }
        if (document.definition()
                .effectiveFrom()
                .isBefore(latest.document().definition().effectiveFrom())) {
            throw ApiException.conflict(
                    "effective-before-previous",
                    "version " + document.version() + " would come into force before version " + latest.version() + " ("
                            + latest.document().definition().effectiveFrom() + ")");
        }
    }

    private static ApiException versionNotNewer(DefinitionDocument document) {
        return ApiException.conflict(
                "version-not-newer",
                "list " + document.code() + " already has version " + document.version() + " or a later one");
    }

    private DefinitionParser.References references() {
        Set<String> recordTypes = new HashSet<>();
        for (EditionSummary edition : catalogue.editions()) {
            catalogue
                    .edition(edition.code())
                    .ifPresent(
                            e -> e.recordTypes().stream().map(RecordType::code).forEach(recordTypes::add));
        }
        return new DefinitionParser.References(
                catalogue.providers().stream().map(Provider::code).collect(Collectors.toSet()),
                recordTypes,
                catalogue.matterTypes().stream().map(MatterType::code).collect(Collectors.toSet()),
                library.codes());
    }
}
