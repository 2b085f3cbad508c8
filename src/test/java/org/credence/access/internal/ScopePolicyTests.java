package org.credence.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.credence.access.Actor;
import org.credence.access.RecordScope;
import org.credence.access.Role;
import org.credence.catalog.DisclosureMode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScopePolicyTests {

    private static final long OWN_SUBJECT = 10;
    private static final long ASSOCIATION = 20;
    private static final long MEMBER = 30;
    private static final long STRANGER = 40;

    private static Actor actor(@Nullable String organisation, Role... roles) {
        return new Actor(
                "caller",
                organisation,
                Set.of(roles),
                roles.length > 0 && roles[0] == Role.SUBJECT ? OWN_SUBJECT : null);
    }

    /** Caller, subject named in the path, whether as an association, the caller's association; expected code. */
    static Stream<Arguments> reaches() {
        Actor subject = actor(null, Role.SUBJECT);
        Actor officer = actor("CPA", Role.ASSOCIATION_OFFICER);
        Actor both = actor("CPA", Role.SUBJECT, Role.ASSOCIATION_OFFICER);
        return Stream.of(
                Arguments.of(subject, OWN_SUBJECT, false, null, "within"),
                Arguments.of(subject, STRANGER, false, null, "not-own-file"),
                Arguments.of(officer, ASSOCIATION, true, ASSOCIATION, "within"),
                Arguments.of(officer, ASSOCIATION, false, ASSOCIATION, "within"),
                Arguments.of(officer, MEMBER, false, ASSOCIATION, "within"),
                Arguments.of(officer, STRANGER, false, ASSOCIATION, "not-a-member"),
                Arguments.of(officer, MEMBER, true, ASSOCIATION, "not-own-association"),
                Arguments.of(officer, MEMBER, false, null, "no-association"),
                Arguments.of(both, OWN_SUBJECT, false, ASSOCIATION, "within"),
                Arguments.of(both, MEMBER, false, ASSOCIATION, "within"),
                Arguments.of(both, STRANGER, false, ASSOCIATION, "not-a-member"),
                Arguments.of(
                        actor("CPA", Role.ASSOCIATION_OFFICER, Role.CREDIT_OFFICER), STRANGER, false, null, "within"),
                Arguments.of(actor("SAMR", Role.APPROVER), STRANGER, false, null, "within"),
                Arguments.of(actor("fz", Role.PROVIDER), STRANGER, true, null, "within"),
                Arguments.of(Actor.ANONYMOUS, STRANGER, false, null, "within"));
    }

    @ParameterizedTest(name = "{0} reaching {1} (as association: {2}) -> {4}")
    @MethodSource("reaches")
    void reachesOnlyTheSubjectsARoleIsBoundTo(
            Actor actor, long subjectId, boolean asAssociation, @Nullable Long ownAssociation, String expected) {
        var reach = ScopePolicy.reach(actor, subjectId, asAssociation, ownAssociation, id -> id == MEMBER);
        String code = reach instanceof ScopePolicy.Reach.Outside outside ? outside.code() : "within";
        assertThat(code).isEqualTo(expected);
    }

    @Test
    void creditOfficersAndASubjectInItsOwnFileSeeEveryRecord() {
        assertThat(ScopePolicy.records(actor("CREDENCE", Role.CREDIT_OFFICER), STRANGER))
                .isEqualTo(RecordScope.EVERYTHING);
        assertThat(ScopePolicy.records(actor(null, Role.SUBJECT), OWN_SUBJECT)).isEqualTo(RecordScope.EVERYTHING);
        assertThat(ScopePolicy.records(actor(null, Role.SUBJECT), STRANGER).isEverything())
                .isFalse();
    }

    /** Caller; disclosure mode, provider and whether in force of a record; expected visibility. */
    static Stream<Arguments> records() {
        Actor provider = actor("fz", Role.PROVIDER);
        Actor approver = actor("SAMR", Role.APPROVER);
        Actor officer = actor("CPA", Role.ASSOCIATION_OFFICER);
        return Stream.of(
                Arguments.of(provider, DisclosureMode.AUTHORISED, "fz", false, true),
                Arguments.of(provider, DisclosureMode.PUBLIC, "tax", true, false),
                Arguments.of(approver, DisclosureMode.PUBLIC, "fz", true, true),
                Arguments.of(approver, DisclosureMode.SHARED, "fz", true, true),
                Arguments.of(approver, DisclosureMode.AUTHORISED, "fz", true, false),
                Arguments.of(approver, DisclosureMode.PUBLIC, "fz", false, false),
                Arguments.of(officer, DisclosureMode.PUBLIC, "fz", true, true),
                Arguments.of(officer, DisclosureMode.SHARED, "fz", true, false),
                Arguments.of(officer, DisclosureMode.AUTHORISED, "CPA", false, true));
    }

    @ParameterizedTest(name = "{0} sees a {1} record of {2} (in force: {3}): {4}")
    @MethodSource("records")
    void scopesRecordsByProviderDisclosureAndStatus(
            Actor actor, DisclosureMode mode, String provider, boolean inForce, boolean visible) {
        assertThat(ScopePolicy.records(actor, STRANGER).admits(provider, mode, inForce))
                .isEqualTo(visible);
    }

    @Test
    void showsTheHistoryOfItsOwnRecordsOnlyToAProvider() {
        RecordScope scope = ScopePolicy.records(actor("fz", Role.PROVIDER), STRANGER);
        assertThat(scope.showsHistoryOf("fz")).isTrue();
        assertThat(scope.showsHistoryOf("tax")).isFalse();
        assertThat(scope.disclosures()).isEmpty();
        assertThat(ScopePolicy.records(actor("SAMR", Role.APPROVER), STRANGER).disclosures())
                .isEqualTo(EnumSet.of(DisclosureMode.PUBLIC, DisclosureMode.SHARED));
    }
}
