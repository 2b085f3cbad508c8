package org.credence.ingest;

/** One problem on one line of a batch: the line number in the file, the field, a stable code and a message. */
public record LineRejection(long line, String field, String code, String message) {}
