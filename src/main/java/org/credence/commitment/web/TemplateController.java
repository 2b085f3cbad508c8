package org.credence.commitment.web;

import java.util.List;
import org.credence.access.CurrentActor;
import org.credence.commitment.CommitmentTemplate;
import org.credence.commitment.Commitments;
import org.credence.commitment.NewCommitmentTemplate;
import org.credence.shared.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Commitment texts: public to read, a new version is a credit officer's work. */
@RestController
class TemplateController {

    private final Commitments commitments;
    private final CurrentActor current;

    TemplateController(Commitments commitments, CurrentActor current) {
        this.commitments = commitments;
        this.current = current;
    }

    /** A matter type's text in force and every version of it, newest first. */
    record MatterTemplates(
            String matterType, @Nullable CommitmentTemplate inForce, List<CommitmentTemplate> versions) {}

    /** The version in force of every matter type that takes commitments. */
    @GetMapping("/api/v1/commitment-templates")
    List<CommitmentTemplate> inForce() {
        return commitments.templates();
    }

    @GetMapping("/api/v1/commitment-templates/{matterType}")
    MatterTemplates ofMatterType(@PathVariable String matterType) {
        List<CommitmentTemplate> versions = commitments.versions(matterType);
        if (versions.isEmpty()) {
            throw ApiException.notFound("no-commitment-template", "matter type " + matterType + " takes no commitment");
        }
        return new MatterTemplates(
                matterType, commitments.templateFor(matterType).orElse(null), versions);
    }

    @PostMapping("/api/v1/commitment-templates")
    @ResponseStatus(HttpStatus.CREATED)
    CommitmentTemplate add(@RequestBody NewCommitmentTemplate template) {
        return commitments.addTemplate(template, current.actor().name());
    }
}
