package org.credence.supervision.internal;

import java.util.List;
import java.util.Optional;
import org.credence.shared.ApiException;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.supervision.DrawTarget;
import org.credence.supervision.DrawVerification;
import org.credence.supervision.InspectionDraw;
import org.credence.supervision.NewDraw;
import org.credence.supervision.NewProfile;
import org.credence.supervision.Supervision;
import org.credence.supervision.SupervisionProfile;
import org.springframework.stereotype.Service;

@Service
class SupervisionService implements Supervision {

    private final ProfileLibrary profiles;
    private final Drawing drawing;
    private final DrawStore draws;
    private final DrawVerifier verifier;
    private final DrawViews views;

    SupervisionService(
            ProfileLibrary profiles, Drawing drawing, DrawStore draws, DrawVerifier verifier, DrawViews views) {
        this.profiles = profiles;
        this.drawing = drawing;
        this.draws = draws;
        this.verifier = verifier;
        this.views = views;
    }

    @Override
    public List<SupervisionProfile> profiles() {
        return profiles.allInForce();
    }

    @Override
    public Optional<SupervisionProfile> profile(String sector) {
        return profiles.inForce(sector).map(StoredProfile::profile);
    }

    @Override
    public List<SupervisionProfile> versions(String sector) {
        return profiles.versions(sector);
    }

    @Override
    public SupervisionProfile addProfile(NewProfile profile, String actor) {
        return profiles.add(profile, actor);
    }

    @Override
    public InspectionDraw draw(NewDraw draw, String actor) {
        return find(drawing.draw(draw, actor)).orElseThrow();
    }

    @Override
    public Optional<InspectionDraw> find(long drawId) {
        return draws.find(drawId).map(views::draw);
    }

    @Override
    public Page<InspectionDraw> draws(boolean includeUnpublished, PageRequest page) {
        return Page.of(draws.list(includeUnpublished, page), page).map(views::draw);
    }

    @Override
    public Page<DrawTarget> targets(long drawId, PageRequest page) {
        DrawRow draw = draws.find(drawId).orElseThrow(() -> notFound(drawId));
        int after = (int) Math.min(page.offset(), Integer.MAX_VALUE);
        return Page.of(draws.targets(drawId, after, page.size() + 1), page).map(t -> views.target(t, draw.pool()));
    }

    @Override
    public InspectionDraw publish(long drawId, String actor) {
        if (draws.find(drawId).isEmpty()) {
            throw notFound(drawId);
        }
        if (!draws.publish(drawId, actor, profiles.now())) {
            throw ApiException.conflict("already-published", "draw " + drawId + " is published already");
        }
        return find(drawId).orElseThrow();
    }

    @Override
    public DrawVerification verify(long drawId) {
        return verifier.verify(draws.find(drawId).orElseThrow(() -> notFound(drawId)));
    }

    private static ApiException notFound(long drawId) {
        return ApiException.notFound("draw-not-found", "no draw " + drawId);
    }
}
