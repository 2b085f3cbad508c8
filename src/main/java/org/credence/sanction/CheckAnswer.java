package org.credence.sanction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.credence.listing.ListKind;
import org.credence.subject.RoleType;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a credit check, built from the data in force at {@code checkedAt}.
 *
 * @param grades the applicant's grades under every scheme that rates it
 * @param listEntries the applicant's list entries in force, then those of linked subjects that carry measures
 * @param measures every measure that applies, binding ones first; class-3 measures are never binding
 * @param commitment the commitment to sign when the decision is {@link CheckDecision#PROCEED_WITH_COMMITMENT}
 */
public record CheckAnswer(
        long checkId,
        OffsetDateTime checkedAt,
        Applicant applicant,
        String matterType,
        String purpose,
        String caseNumber,
        CheckDecision decision,
        String measureEdition,
        List<Grade> grades,
        List<Entry> listEntries,
        List<AppliedMeasure> measures,
        @Nullable CommitmentToSign commitment) {

    public CheckAnswer {
        grades = List.copyOf(grades);
        listEntries = List.copyOf(listEntries);
        measures = List.copyOf(measures);
    }

    /** The applicant, identifier masked. */
    public record Applicant(String maskedIdentifier, String name, SubjectKind kind) {}

    public record Grade(String scheme, String grade, int standardVersion, LocalDate asOf) {}

    /**
     * A list entry in force: the applicant's own ({@code via} empty) or a linked subject's.
     *
     * @param termEnd {@code null}: until removed
     */
    public record Entry(
            long entryId,
            String listCode,
            ListKind kind,
            LocalDate includedOn,
            @Nullable LocalDate termEnd,
            String decisionNumber,
            String legalBasis,
            @Nullable Link via) {}

    /**
     * How a linked subject is linked: the role a person holds for an organisation. {@code PERSON} when the applicant
     * is the organisation and the linked subject the person in the role; {@code ORGANISATION} the other way round.
     */
    public record Link(RoleType role, Side linked, String maskedIdentifier, String name) {

        public enum Side {
            PERSON,
            ORGANISATION
        }
    }

    /**
     * A measure that applies, with the triggers that set it off.
     *
     * @param binding whether the approving department must apply it (class 1 or 2); class 3 is information only
     */
    public record AppliedMeasure(
            String code,
            int measureClass,
            boolean incentive,
            MeasureOutcome outcome,
            boolean binding,
            String contentZh,
            String contentEn,
            String legalBasis,
            List<String> implementingDepartments,
            List<Cause> causes) {

        public AppliedMeasure {
            implementingDepartments = List.copyOf(implementingDepartments);
            causes = List.copyOf(causes);
        }
    }

    /**
     * One trigger that holds: a list entry (own or linked), a grade, or the matter type itself.
     *
     * @param kind {@code LIST_ENTRY}, {@code GRADE} or {@code MATTER_TYPE}
     */
    public record Cause(
            String kind,
            @Nullable Long entryId,
            @Nullable String listCode,
            @Nullable String scheme,
            @Nullable String grade,
            @Nullable Link via) {

        public static Cause entry(long entryId, String listCode, @Nullable Link via) {
            return new Cause("LIST_ENTRY", entryId, listCode, null, null, via);
        }

        public static Cause grade(String scheme, String grade) {
            return new Cause("GRADE", null, null, scheme, grade, null);
        }

        public static Cause matterType() {
            return new Cause("MATTER_TYPE", null, null, null, null, null);
        }
    }

    /** The commitment text to sign, by version and hash, and where to read it. */
    public record CommitmentToSign(String templateCode, int version, String textHash, String href) {}
}
