package org.credence.subject;

/** Thrown where a caller asked for an identifier and the value was not one; carries the stable reason. */
public final class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final IdentifierParse.Reason reason;

    public InvalidIdentifierException(IdentifierParse.Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public IdentifierParse.Reason reason() {
        return reason;
    }
}
