package org.credence.commitment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.credence.catalog.Catalogue;
import org.credence.catalog.Edition;
import org.credence.catalog.MatterType;
import org.credence.catalog.Provider;
import org.credence.catalog.RecordType;
import org.credence.catalog.Severity;
import org.credence.commitment.CommitmentOutcome;
import org.credence.record.FilingBatch;
import org.credence.record.FilingOutcome;
import org.credence.record.RecordFiling;
import org.credence.record.RecordStatus;
import org.credence.record.RecordStore;
import org.credence.record.StatusChange;
import org.credence.shared.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files the records a commitment gives rise to, through the record module as every submission is filed: the {@code
 * credit-commitment} record (category 8) when it is signed, corrected as its finding changes (a fulfilled commitment's
 * record ends on the day of fulfilment, which the evaluation standards count as a commitment kept), and a
 * {@code commitment-breach} record while it stands breached. The department's organisation files when it is a provider
 * permitted to; otherwise the configured filing provider does.
 */
@Component
class CommitmentRecords {

    static final String COMMITMENT_TYPE = "credit-commitment";
    static final String BREACH_TYPE = "commitment-breach";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RecordStore records;
    private final Catalogue catalogue;
    private final Clock clock;
    private final String filingProvider;

    CommitmentRecords(RecordStore records, Catalogue catalogue, Clock clock, CommitmentProperties properties) {
        this.records = records;
        this.catalogue = catalogue;
        this.clock = clock;
        this.filingProvider = properties.filingProvider();
    }

    /** An unsafe setting fails start-up: a filing provider that is on file but may not file both types. */
    @EventListener(ApplicationStartedEvent.class)
    void checkFilingProvider() {
        if (catalogue.providers().isEmpty()) {
            return;
        }
        Provider provider = catalogue
                .provider(filingProvider)
                .orElseThrow(() -> new IllegalStateException(
                        "credence.commitment.filing-provider " + filingProvider + " is not a provider"));
        if (!provider.permits(COMMITMENT_TYPE) || !provider.permits(BREACH_TYPE)) {
            throw new IllegalStateException("credence.commitment.filing-provider " + filingProvider + " may not file "
                    + COMMITMENT_TYPE + " and " + BREACH_TYPE + " records");
        }
    }

    /** The provider that files a record of the type for the organisation. */
    String providerFor(@Nullable String organisation, String recordType) {
        if (organisation != null
                && catalogue
                        .provider(organisation)
                        .map(p -> p.permits(recordType))
                        .orElse(false)) {
            return organisation;
        }
        return filingProvider;
    }

    /** Files (or corrects, when its content changed) the commitment's own record; returns its id. */
    long fileCommitment(CommitmentRow c, String provider, String actor) {
        Edition edition = catalogue.editionInForce(today());
        RecordType type = type(edition, COMMITMENT_TYPE);
        boolean fulfilled = c.outcome() == CommitmentOutcome.FULFILLED;
        LocalDate signed = c.signedAt().toLocalDate();
        Map<String, Object> payload = new TreeMap<>();
        payload.put("caseNumber", c.caseNumber());
        payload.put("commitmentId", c.commitmentId());
        payload.put("department", c.department());
        payload.put("matterType", c.matterType());
        payload.put("outcome", c.outcome().name());
        payload.put("templateCode", c.templateCode());
        payload.put("templateVersion", c.templateVersion());
        payload.put("textHash", c.textHash());
        var filing = new RecordFiling(
                c.subjectId(),
                provider,
                "commitment-" + c.commitmentId(),
                type,
                edition.code(),
                null,
                null,
                null,
                signed,
                signed,
                fulfilled ? c.outcomeDate() : c.dueDate(),
                summary("信用承诺", "Credit commitment", c),
                JSON.writeValueAsString(payload),
                fulfilled ? "commitment fulfilled" : c.outcome() == CommitmentOutcome.OPEN ? null : "finding changed",
                1);
        return file(filing, actor);
    }

    /** Files (or corrects) the breach record of the commitment's current breach; returns its id. */
    long fileBreach(CommitmentRow c, CommitmentRow.Outcome breach, String provider, String actor) {
        Edition edition = catalogue.editionInForce(today());
        RecordType type = type(edition, BREACH_TYPE);
        LocalDate decided = breach.date();
        if (decided == null || breach.severity() == null || breach.reason() == null) {
            throw new IllegalStateException("a breach has its date, severity and reason");
        }
        Map<String, Object> payload = new TreeMap<>();
        payload.put("caseNumber", c.caseNumber());
        payload.put("commitmentId", c.commitmentId());
        payload.put("commitmentRecordId", c.recordId());
        payload.put("matterType", c.matterType());
        var filing = new RecordFiling(
                c.subjectId(),
                provider,
                "commitment-" + c.commitmentId() + "-breach-" + breach.breachFilings(),
                type,
                edition.code(),
                Severity.valueOf(breach.severity()),
                breach.decisionNumber(),
                breach.legalBasis(),
                decided,
                decided,
                null,
                summary("违背信用承诺", "Breach of credit commitment", c),
                JSON.writeValueAsString(payload),
                breach.reason(),
                1);
        return file(filing, actor);
    }

    /** Revokes a breach record: the finding of breach was corrected. */
    void revoke(long recordId, String actor, String reason) {
        records.changeStatus(new StatusChange(recordId, RecordStatus.REVOKED, actor, reason));
    }

    /** Whether the in-force edition allows the severity for breach records. */
    boolean breachAllows(Severity severity) {
        return type(catalogue.editionInForce(today()), BREACH_TYPE)
                .allowedSeverities()
                .contains(severity);
    }

    private long file(RecordFiling filing, String actor) {
        FilingOutcome outcome =
                records.file(new FilingBatch(null, actor, List.of(filing))).getFirst();
        return switch (outcome) {
            case FilingOutcome.Filed f -> f.recordId();
            case FilingOutcome.Corrected c -> c.recordId();
            case FilingOutcome.Unchanged u -> u.recordId();
            case FilingOutcome.Refused r ->
                throw new ApiException(
                        HttpStatus.CONFLICT, r.code(), "Record refused", "the record module refused: " + r.message());
        };
    }

    private String summary(String zh, String en, CommitmentRow c) {
        MatterType matter = catalogue.matterTypes().stream()
                .filter(m -> m.code().equals(c.matterType()))
                .findFirst()
                .orElse(null);
        String text = zh + "（" + (matter == null ? c.matterType() : matter.nameZh()) + "，案号 " + c.caseNumber() + "）/ "
                + en + " (" + (matter == null ? c.matterType() : matter.nameEn()) + ", case " + c.caseNumber() + ")";
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static RecordType type(Edition edition, String code) {
        return edition.recordType(code)
                .orElseThrow(() -> new ApiException(
                        HttpStatus.CONFLICT,
                        "record-type-not-catalogued",
                        "Conflict",
                        "catalogue edition " + edition.code() + " has no " + code + " records"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
