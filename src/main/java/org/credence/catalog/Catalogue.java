package org.credence.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue's facade: which edition is in force, its record types, the providers and what they may submit, and
 * the matter types of the supervision areas. Reads come from an in-memory copy that follows the database.
 */
public interface Catalogue {

    /** The edition in force on the date: the one with the latest effective date on or before it. */
    Edition editionInForce(LocalDate date);

    /** The edition in force today. */
    Edition currentEdition();

    Optional<Edition> edition(String code);

    /** All editions, oldest first. */
    List<EditionSummary> editions();

    /**
     * Adds an edition after checking it against the catalogue rules (publicity bounds per severity, legal basis for
     * negative types, categories that exist); throws an {@code ApiException} listing every problem otherwise.
     */
    Edition addEdition(NewEdition edition);

    List<Provider> providers();

    Optional<Provider> provider(String code);

    List<MatterType> matterTypes();
}
