package org.credence.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.credence.supervision.NewProfile;
import org.credence.supervision.SupervisionProfile;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Profile versions: the one in force, and a new version after the rules. */
@Component
class ProfileLibrary {

    private final ProfileStore store;
    private final Clock clock;

    ProfileLibrary(ProfileStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Optional<StoredProfile> inForce(String sector) {
        return store.inForce(sector, today());
    }

    List<SupervisionProfile> allInForce() {
        return store.allInForce(today()).stream().map(StoredProfile::profile).toList();
    }

    List<SupervisionProfile> versions(String sector) {
        return store.versions(sector).stream().map(StoredProfile::profile).toList();
    }

    Optional<StoredProfile> byId(long profileId) {
        return store.byId(profileId);
    }

    SupervisionProfile add(NewProfile p, String actor) {
        List<StoredProfile> versions = p.sector() == null ? List.of() : store.versions(p.sector());
        SupervisionProfile latest =
                versions.isEmpty() ? null : versions.getFirst().profile();
        SupervisionProfile profile = validated(p, latest, today(), latest == null ? 1 : latest.version() + 1);
        if (latest != null && ProfileStore.content(latest).equals(ProfileStore.content(profile))) {
            throw ApiException.conflict(
                    "profile-unchanged", "version " + latest.version() + " already says exactly this");
        }
        try {
            store.insert(profile, actor, now());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("version-conflict", "another version was added meanwhile; try again");
        }
        return store.versions(profile.sector()).getFirst().profile();
    }

    /** The profile the rules accept, or a 400 listing every problem. */
    static SupervisionProfile validated(
            NewProfile p, @Nullable SupervisionProfile latest, @Nullable LocalDate today, int version) {
        List<FieldProblem> problems = ProfileRules.check(p, latest, today);
        if (!problems.isEmpty()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "profile-invalid",
                    "Invalid profile",
                    problems.size() == 1 ? problems.getFirst().message() : problems.size() + " problems; see fields",
                    problems);
        }
        return new SupervisionProfile(
                p.sector(),
                version,
                p.nameZh(),
                p.nameEn(),
                p.scheme(),
                p.effectiveFrom(),
                p.inspectorsPerTarget(),
                p.categories(),
                "");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
