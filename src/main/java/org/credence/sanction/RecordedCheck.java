package org.credence.sanction;

/**
 * A check answered and recorded: the answer, and its JSON exactly as stored with the check, which is what the API
 * returns for it, so that an answer is written out once.
 */
public record RecordedCheck(CheckAnswer answer, String json) {}
