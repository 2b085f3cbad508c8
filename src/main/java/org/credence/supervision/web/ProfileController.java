package org.credence.supervision.web;

import java.util.List;
import org.credence.access.CurrentActor;
import org.credence.shared.ApiException;
import org.credence.supervision.NewProfile;
import org.credence.supervision.Supervision;
import org.credence.supervision.SupervisionProfile;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Supervision profiles: public to read; a new version is a credit officer's work. */
@RestController
class ProfileController {

    private final Supervision supervision;
    private final CurrentActor current;

    ProfileController(Supervision supervision, CurrentActor current) {
        this.supervision = supervision;
        this.current = current;
    }

    /** A sector's profile in force and every version of it, newest first. */
    record SectorProfiles(String sector, @Nullable SupervisionProfile inForce, List<SupervisionProfile> versions) {}

    @GetMapping("/api/v1/supervision-profiles")
    List<SupervisionProfile> inForce() {
        return supervision.profiles();
    }

    @GetMapping("/api/v1/supervision-profiles/{sector}")
    SectorProfiles ofSector(@PathVariable String sector) {
        List<SupervisionProfile> versions = supervision.versions(sector);
        if (versions.isEmpty()) {
            throw ApiException.notFound("profile-not-found", "no supervision profile for " + sector);
        }
        return new SectorProfiles(sector, supervision.profile(sector).orElse(null), versions);
    }

    @PostMapping("/api/v1/supervision-profiles")
    @ResponseStatus(HttpStatus.CREATED)
    SupervisionProfile add(@RequestBody NewProfile profile) {
        return supervision.addProfile(profile, current.actor().name());
    }
}
