/**
 * Named lists: blacklists, red lists, key-attention lists and market bans, defined as versioned data (managing
 * authority, legal standard, inclusion rule, term, exits, the organisation roles their measures extend to). Entries
 * come from rules over records or from a credit officer's decision; every entry states its decision and legal basis,
 * has a term and an exit, and keeps an append-only history.
 */
@NullMarked
@ApplicationModule(
        displayName = "Lists",
        allowedDependencies = {"shared", "subject", "catalog", "record", "rating", "access"})
package org.credence.listing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
