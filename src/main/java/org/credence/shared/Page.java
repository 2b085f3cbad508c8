package org.credence.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results; {@code hasMore} says whether a next page exists, without counting the whole set. */
public record Page<T>(List<T> items, int page, int size, boolean hasMore) {

    /** Builds a page from a query that fetched {@code size + 1} rows, the extra one telling whether more exist. */
    public static <T> Page<T> of(List<T> fetched, PageRequest request) {
        boolean more = fetched.size() > request.size();
        return new Page<>(more ? fetched.subList(0, request.size()) : fetched, request.page(), request.size(), more);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, hasMore);
    }
}
