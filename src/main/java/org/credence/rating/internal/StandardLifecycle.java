package org.credence.rating.internal;

import java.util.List;
import org.credence.rating.StandardStatus;

/**
 * The rules of a standard's lifecycle: a draft is published (unless a newer version of its scheme already is), a
 * published version is retired; nothing goes back. A new draft must carry a version above every version of its scheme
 * and rate the same kind of subject.
 */
final class StandardLifecycle {

    /** The decision on a requested step. */
    sealed interface Decision {}

    record Allowed() implements Decision {}

    record Refused(String code, String message) implements Decision {}

    private StandardLifecycle() {}

    static Decision draft(StandardDocument draft, List<StoredStandard> scheme) {
        for (StoredStandard existing : scheme) {
            if (existing.version() >= draft.version()) {
                return new Refused(
                        "version-not-newer",
                        "scheme " + draft.scheme() + " already has version " + existing.version()
                                + "; a new version must be higher");
            }
            if (existing.subjectKind() != draft.scope().kind()) {
                return new Refused(
                        "scheme-kind-changed",
                        "scheme " + draft.scheme() + " rates " + existing.subjectKind()
                                + "; start a new scheme instead");
            }
        }
        return new Allowed();
    }

    static Decision publish(StoredStandard standard, List<StoredStandard> scheme) {
        if (standard.status() != StandardStatus.DRAFT) {
            return new Refused("not-a-draft", "version " + standard.version() + " is " + standard.status());
        }
        for (StoredStandard other : scheme) {
            if (other.status() == StandardStatus.PUBLISHED && other.version() > standard.version()) {
                return new Refused(
                        "newer-version-published",
                        "version " + other.version() + " of " + standard.scheme() + " is already published");
            }
        }
        return new Allowed();
    }

    static Decision retire(StoredStandard standard) {
        if (standard.status() != StandardStatus.PUBLISHED) {
            return new Refused("not-published", "version " + standard.version() + " is " + standard.status());
        }
        return new Allowed();
    }
}
