package org.credence.listing.web;

import java.net.URI;
import java.util.List;
import org.credence.access.CurrentActor;
import org.credence.listing.DefinitionVersion;
import org.credence.listing.ListAdministration;
import org.credence.shared.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** List definitions: the versions in force and every list's versions are public; a credit officer adds a version. */
@RestController
@RequestMapping("/api/v1/lists")
class ListController {

    private final ListAdministration lists;
    private final CurrentActor current;

    ListController(ListAdministration lists, CurrentActor current) {
        this.lists = lists;
        this.current = current;
    }

    /** A list with its version in force (if any yet) and all its versions, oldest first. */
    record ListView(String code, @Nullable DefinitionView current, List<DefinitionView> versions) {}

    @GetMapping
    List<DefinitionView> inForce() {
        return lists.inForce().stream().map(DefinitionView::of).toList();
    }

    @GetMapping("/{code}")
    ListView list(@PathVariable String code) {
        List<DefinitionVersion> versions = lists.versions(code);
        if (versions.isEmpty()) {
            throw ApiException.notFound("list-not-found", "no list " + code);
        }
        List<DefinitionView> views = versions.stream().map(DefinitionView::of).toList();
        return new ListView(
                code, views.stream().filter(DefinitionView::inForce).findFirst().orElse(null), views);
    }

    /** The body is the definition document (JSON). */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DefinitionView> add(@RequestBody(required = false) @Nullable String document) {
        if (document == null || document.isBlank()) {
            throw ApiException.invalid("invalid-definition", "document", "the body must be the definition document");
        }
        DefinitionView added = DefinitionView.of(lists.addVersion(document, current.actor()));
        return ResponseEntity.created(
                        URI.create("/api/v1/lists/" + added.definition().code()))
                .body(added);
    }
}
