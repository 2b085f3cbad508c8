package org.credence.commitment.internal;

import java.util.List;
import java.util.Optional;
import org.credence.access.Actor;
import org.credence.commitment.Commitment;
import org.credence.commitment.CommitmentTemplate;
import org.credence.commitment.Commitments;
import org.credence.commitment.Finding;
import org.credence.commitment.NewCommitmentTemplate;
import org.credence.commitment.SignedCommitment;
import org.credence.commitment.Signing;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.springframework.stereotype.Service;

@Service
class CommitmentService implements Commitments {

    private final TemplateLibrary templates;
    private final Signatures signatures;
    private final Findings findings;
    private final CommitmentStore store;
    private final CommitmentViews views;

    CommitmentService(
            TemplateLibrary templates,
            Signatures signatures,
            Findings findings,
            CommitmentStore store,
            CommitmentViews views) {
        this.templates = templates;
        this.signatures = signatures;
        this.findings = findings;
        this.store = store;
        this.views = views;
    }

    @Override
    public Optional<CommitmentTemplate> templateFor(String matterType) {
        return templates.inForce(matterType).map(StoredTemplate::template);
    }

    @Override
    public List<CommitmentTemplate> templates() {
        return templates.allInForce();
    }

    @Override
    public List<CommitmentTemplate> versions(String matterType) {
        return templates.versions(matterType);
    }

    @Override
    public CommitmentTemplate addTemplate(NewCommitmentTemplate template, String actor) {
        return templates.add(template, actor);
    }

    @Override
    public SignedCommitment sign(Signing signing, Actor actor) {
        Signatures.Signed signed = signatures.sign(signing, actor);
        return new SignedCommitment(views.view(signed.commitment()), signed.created());
    }

    @Override
    public Optional<Commitment> find(long commitmentId) {
        return store.find(commitmentId).map(views::view);
    }

    @Override
    public Commitment record(long commitmentId, Finding finding, Actor actor) {
        return views.view(findings.record(commitmentId, finding, actor));
    }

    @Override
    public Page<Commitment> ofSubject(long subjectId, PageRequest page) {
        return Page.of(store.ofSubject(subjectId, page), page).map(views::view);
    }
}
