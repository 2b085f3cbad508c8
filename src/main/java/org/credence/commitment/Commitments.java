package org.credence.commitment;

import java.util.List;
import java.util.Optional;
import org.credence.access.Actor;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;

/**
 * The commitments' facade: the versioned commitment texts per matter type, an applicant's signed commitment for a case,
 * and the approving department's finding of fulfilment or breach.
 *
 * <p>Refusals are {@link org.credence.shared.ApiException}s with stable codes: 400 {@code template-invalid} and
 * {@code commitment-invalid} listing every field at fault; 403 {@code not-own-file}, {@code not-case-department},
 * {@code signer-not-permitted}; 404 {@code commitment-not-found}, {@code subject-not-found}, {@code
 * no-commitment-template}; 409 {@code text-hash-mismatch}, {@code template-not-current}, {@code commitment-exists},
 * {@code outcome-recorded}, {@code template-unchanged}.
 */
public interface Commitments {

    /** The template version in force today for the matter type, if the matter type takes commitments. */
    Optional<CommitmentTemplate> templateFor(String matterType);

    /** The version in force today of every matter type that takes commitments, in matter-type order. */
    List<CommitmentTemplate> templates();

    /** Every version of a matter type's template, newest first (versions not yet in force included). */
    List<CommitmentTemplate> versions(String matterType);

    /** Validates and stores the next version of a matter type's text. */
    CommitmentTemplate addTemplate(NewCommitmentTemplate template, String actor);

    /**
     * Records a signature: by the subject itself, or by an approver for its department's case. Signing again the same
     * text for the same case returns the commitment on file ({@code created} false). Files a {@code credit-commitment}
     * record in the same transaction.
     */
    SignedCommitment sign(Signing signing, Actor actor);

    Optional<Commitment> find(long commitmentId);

    /**
     * Records the case department's finding (fulfilled or breached). The same finding again changes nothing; another
     * finding once one is recorded needs {@code correction} and a reason. A breach files a {@code commitment-breach}
     * record; a correction away from a breach revokes it.
     */
    Commitment record(long commitmentId, Finding finding, Actor actor);

    /** A subject's commitments, newest signature first. */
    Page<Commitment> ofSubject(long subjectId, PageRequest page);
}
