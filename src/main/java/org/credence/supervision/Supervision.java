package org.credence.supervision;

import java.util.List;
import java.util.Optional;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;

/**
 * Categorized supervision's facade: supervision profiles per sector, and random inspection draws that record their
 * seed and inputs so that anyone can recompute them.
 *
 * <p>Refusals are {@link org.credence.shared.ApiException}s: 400 {@code profile-invalid} and {@code draw-invalid}
 * listing every field at fault; 404 {@code profile-not-found}, {@code draw-not-found}; 409 {@code draw-exists} (one
 * draw per sector and period), {@code already-published}, {@code profile-unchanged}.
 */
public interface Supervision {

    /** The version in force today of every sector's profile. */
    List<SupervisionProfile> profiles();

    /** The sector's profile in force today. */
    Optional<SupervisionProfile> profile(String sector);

    /** Every version of the sector's profile, newest first. */
    List<SupervisionProfile> versions(String sector);

    SupervisionProfile addProfile(NewProfile profile, String actor);

    /**
     * Draws the targets of a sector for a period under its profile in force: from the subjects rated under the
     * profile's scheme, per category the lowest draw keys at the category's ratio (rounded up), inspectors assigned
     * from the pool in keyed order. Records the inputs and the result in one transaction.
     */
    InspectionDraw draw(NewDraw draw, String actor);

    Optional<InspectionDraw> find(long drawId);

    /** Draws newest first; only published ones unless {@code includeUnpublished}. */
    Page<InspectionDraw> draws(boolean includeUnpublished, PageRequest page);

    /** The targets in position order, masked. */
    Page<DrawTarget> targets(long drawId, PageRequest page);

    InspectionDraw publish(long drawId, String actor);

    /** Recomputes the draw from its recorded inputs and compares the result with the recorded one. */
    DrawVerification verify(long drawId);
}
