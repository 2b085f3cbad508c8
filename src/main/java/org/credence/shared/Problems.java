package org.credence.shared;

import java.net.URI;

/** The problem {@code type} URIs: one per stable error code. */
public final class Problems {

    private static final String BASE = "urn:credence:problem:";

    private Problems() {}

    public static URI type(String code) {
        return URI.create(BASE + code);
    }
}
