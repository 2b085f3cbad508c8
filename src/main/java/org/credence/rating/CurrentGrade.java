package org.credence.rating;

import java.time.LocalDate;

/** A subject's current grade under one scheme, without explanations: what a credit check needs of a rating. */
public record CurrentGrade(String scheme, String grade, int standardVersion, LocalDate asOf) {}
