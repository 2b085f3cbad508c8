package org.credence.supervision;

/** A draw is made, then published by a credit officer; only published draws are public. */
public enum DrawStatus {
    DRAWN,
    PUBLISHED
}
