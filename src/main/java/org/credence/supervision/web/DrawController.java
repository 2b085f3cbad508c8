package org.credence.supervision.web;

import org.credence.access.CurrentActor;
import org.credence.access.Role;
import org.credence.shared.ApiException;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.supervision.DrawStatus;
import org.credence.supervision.DrawTarget;
import org.credence.supervision.DrawVerification;
import org.credence.supervision.InspectionDraw;
import org.credence.supervision.NewDraw;
import org.credence.supervision.Supervision;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Random inspection draws. Credit officers draw and publish; a published draw, its targets (masked) and its
 * verification are public, and an unpublished one does not exist for anyone else.
 */
@RestController
class DrawController {

    private final Supervision supervision;
    private final CurrentActor current;

    DrawController(Supervision supervision, CurrentActor current) {
        this.supervision = supervision;
        this.current = current;
    }

    @PostMapping("/api/v1/inspection-draws")
    @ResponseStatus(HttpStatus.CREATED)
    InspectionDraw draw(@RequestBody NewDraw draw) {
        return supervision.draw(draw, current.actor().name());
    }

    @GetMapping("/api/v1/inspection-draws")
    Page<InspectionDraw> draws(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return supervision.draws(officer(), new PageRequest(page, size));
    }

    @GetMapping("/api/v1/inspection-draws/{id}")
    InspectionDraw draw(@PathVariable long id) {
        return visible(id);
    }

    @GetMapping("/api/v1/inspection-draws/{id}/targets")
    Page<DrawTarget> targets(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        visible(id);
        return supervision.targets(id, new PageRequest(page, size));
    }

    @GetMapping("/api/v1/inspection-draws/{id}/verification")
    DrawVerification verify(@PathVariable long id) {
        visible(id);
        return supervision.verify(id);
    }

    @PostMapping("/api/v1/inspection-draws/{id}/publish")
    InspectionDraw publish(@PathVariable long id) {
        return supervision.publish(id, current.actor().name());
    }

    private InspectionDraw visible(long id) {
        return supervision
                .find(id)
                .filter(d -> d.status() == DrawStatus.PUBLISHED || officer())
                .orElseThrow(() -> ApiException.notFound("draw-not-found", "no published draw " + id));
    }

    private boolean officer() {
        return current.actor().has(Role.CREDIT_OFFICER);
    }
}
