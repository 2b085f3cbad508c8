package org.credence.catalog;

/** Severity of a negative record; each sets the publicity period (DOMAIN.md, rules in force from 2026-04-01). */
public enum Severity {
    MINOR,
    GENERAL,
    SERIOUS
}
