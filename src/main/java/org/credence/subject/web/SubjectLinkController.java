package org.credence.subject.web;

import jakarta.validation.Valid;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.shared.web.PurposeBound;
import org.credence.subject.SubjectRef;
import org.credence.subject.SubjectRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What links subjects: roles of persons for organisations, professional registrations, association memberships. */
@RestController
@RequestMapping("/api/v1/subjects")
class SubjectLinkController {

    private final SubjectRegistry registry;

    SubjectLinkController(SubjectRegistry registry) {
        this.registry = registry;
    }

    @PostMapping("/{orgIdentifier}/roles")
    @ResponseStatus(HttpStatus.CREATED)
    RoleResponse addRole(@PathVariable String orgIdentifier, @Valid @RequestBody AddRoleRequest request) {
        SubjectRef organisation = SubjectArguments.named(registry, orgIdentifier, "orgIdentifier");
        SubjectRef person = SubjectArguments.referenced(registry, request.personIdentifier(), "personIdentifier");
        var role = SubjectArguments.asRequested(() -> registry.addRole(request.toCommand(organisation, person)));
        return RoleResponse.of(role, organisation, person);
    }

    @PostMapping("/{identifier}/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    RegistrationResponse addRegistration(
            @PathVariable String identifier, @Valid @RequestBody AddRegistrationRequest request) {
        SubjectRef person = SubjectArguments.named(registry, identifier, "identifier");
        var registration = SubjectArguments.asRequested(() -> registry.addRegistration(request.toCommand(person)));
        return RegistrationResponse.of(registration);
    }

    @PostMapping("/{associationIdentifier}/members")
    @ResponseStatus(HttpStatus.CREATED)
    MembershipResponse addMember(
            @PathVariable String associationIdentifier, @Valid @RequestBody AddMemberRequest request) {
        SubjectRef association = SubjectArguments.named(registry, associationIdentifier, "associationIdentifier");
        SubjectRef member = SubjectArguments.referenced(registry, request.memberIdentifier(), "memberIdentifier");
        var membership =
                SubjectArguments.asRequested(() -> registry.addMembership(request.toCommand(association, member)));
        return MembershipResponse.of(membership);
    }

    @GetMapping("/{associationIdentifier}/members")
    @PurposeBound("association.members.read")
    Page<MembershipResponse> members(
            @PathVariable String associationIdentifier,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        SubjectRef association = SubjectArguments.named(registry, associationIdentifier, "associationIdentifier");
        return registry.associationMembers(association.subjectId(), new PageRequest(page, size))
                .map(MembershipResponse::of);
    }
}
