package org.credence.ingest.internal;

/** A physical line of a submitted file: its text, or why it could not be read. Numbers start at 1. */
sealed interface SourceLine {

    long number();

    record Text(long number, String text) implements SourceLine {}

    record Unreadable(long number, String code, String message) implements SourceLine {}
}
