package org.credence.rating.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credence.access.AccessScope;
import org.credence.rating.RankedProfessional;
import org.credence.rating.Rating;
import org.credence.rating.RatingEngine;
import org.credence.shared.ApiException;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.shared.web.PurposeBound;
import org.credence.subject.AssociationMembership;
import org.credence.subject.SubjectRef;
import org.credence.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A subject's ratings (current, or replayed for a past date or moment) and professional rankings; both non-public
 * reads under a purpose of use. An association officer's ranking shows its members only.
 */
@RestController
class RatingController {

    private final RatingEngine ratings;
    private final SubjectRegistry subjects;
    private final AccessScope scope;

    RatingController(RatingEngine ratings, SubjectRegistry subjects, AccessScope scope) {
        this.ratings = ratings;
        this.subjects = subjects;
        this.scope = scope;
    }

    /** The ratings and the subject they are of (masked). */
    record RatingsResponse(
            String maskedIdentifier, @Nullable String replayedAt, List<Rating> ratings) {}

    @GetMapping("/api/v1/subjects/{identifier}/ratings")
    @PurposeBound("rating.read")
    RatingsResponse ratings(@PathVariable String identifier, @RequestParam(required = false) @Nullable String asOf) {
        SubjectRef subject = subject(identifier);
        if (asOf == null || asOf.isBlank()) {
            return new RatingsResponse(subject.maskedIdentifier(), null, ratings.ratingsOf(subject.subjectId()));
        }
        try {
            if (asOf.length() == 10) {
                LocalDate date = LocalDate.parse(asOf);
                return new RatingsResponse(subject.maskedIdentifier(), asOf, ratings.replay(subject.subjectId(), date));
            }
            Instant at = OffsetDateTime.parse(asOf).toInstant();
            return new RatingsResponse(subject.maskedIdentifier(), asOf, ratings.replay(subject.subjectId(), at));
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(
                    "invalid-as-of", "asOf", "asOf is a date (2026-05-01) or a moment with offset (2026-05-01T08:00Z)");
        }
    }

    @GetMapping("/api/v1/rankings")
    @PurposeBound("rating.ranking")
    Page<RankedProfessional> ranking(
            @RequestParam(defaultValue = "professional-credit") String scheme,
            @RequestParam String profession,
            @RequestParam(defaultValue = "000000") String region,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageRequest request = new PageRequest(page, size);
        return scope.association()
                .map(association -> ratings.ranking(scheme, profession, region, members(association), request))
                .orElseGet(() -> ratings.ranking(scheme, profession, region, request));
    }

    /** An association's members in force, for an officer who may see only them in a ranking. */
    private Set<Long> members(long association) {
        Set<Long> members = new HashSet<>();
        Page<AssociationMembership> roll;
        int page = 0;
        do {
            roll = subjects.associationMembers(association, new PageRequest(page++, PageRequest.MAX_SIZE));
            roll.items().forEach(m -> members.add(m.member().subjectId()));
        } while (roll.hasMore());
        return members;
    }

    private SubjectRef subject(String identifier) {
        return subjects.require(identifier, "identifier");
    }
}
