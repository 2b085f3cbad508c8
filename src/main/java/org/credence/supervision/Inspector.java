package org.credence.supervision;

/** An inspector of the pool a draw assigns from: a staff id and the name published with the result. */
public record Inspector(String id, String name) {}
