package org.credence.shared;

/** One offending field of a request or a line: where ({@code field}), what ({@code code}), and a readable message. */
public record FieldProblem(String field, String code, String message) {}
