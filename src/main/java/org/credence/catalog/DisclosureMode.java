package org.credence.catalog;

/** How far a record type is disclosed: to the public, between departments only, or on an authorised query only. */
public enum DisclosureMode {
    PUBLIC,
    SHARED,
    AUTHORISED
}
