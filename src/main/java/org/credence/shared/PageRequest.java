package org.credence.shared;

/** A page of a listing: zero-based page number and size, bounded so that no caller can ask for everything at once. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw ApiException.invalid("invalid-page", "page", "page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.invalid("invalid-page-size", "size", "size must be 1 to " + MAX_SIZE + ", was " + size);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
