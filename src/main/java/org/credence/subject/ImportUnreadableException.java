package org.credence.subject;

import org.credence.shared.ApiException;
import org.springframework.http.HttpStatus;

/** The import input cannot be read as a whole (no usable header, I/O failure); nothing after the failure is stored. */
public final class ImportUnreadableException extends ApiException {

    private static final long serialVersionUID = 1L;

    public ImportUnreadableException(String detail) {
        super(HttpStatus.BAD_REQUEST, "import-unreadable", "Unreadable import file", detail);
    }
}
