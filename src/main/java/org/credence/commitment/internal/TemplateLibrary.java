package org.credence.commitment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.catalog.Catalogue;
import org.credence.catalog.MatterType;
import org.credence.commitment.CommitmentTemplate;
import org.credence.commitment.NewCommitmentTemplate;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The template versions: which is in force, and a new version after the rules. */
@Component
class TemplateLibrary {

    private final TemplateStore store;
    private final Catalogue catalogue;
    private final Clock clock;

    TemplateLibrary(TemplateStore store, Catalogue catalogue, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    Optional<StoredTemplate> inForce(String matterType) {
        return store.inForce(matterType, today());
    }

    /** In the catalogue's matter-type order. */
    List<CommitmentTemplate> allInForce() {
        Map<String, Integer> order = new HashMap<>();
        List<MatterType> matters = catalogue.matterTypes();
        for (int i = 0; i < matters.size(); i++) {
            order.put(matters.get(i).code(), i);
        }
        return store.allInForce(today()).stream()
                .map(StoredTemplate::template)
                .sorted(Comparator.comparing(
                                (CommitmentTemplate t) -> order.getOrDefault(t.matterType(), Integer.MAX_VALUE))
                        .thenComparing(CommitmentTemplate::matterType))
                .toList();
    }

    List<CommitmentTemplate> versions(String matterType) {
        return store.versions(matterType).stream().map(StoredTemplate::template).toList();
    }

    Optional<StoredTemplate> version(String matterType, int version) {
        return store.version(matterType, version);
    }

    Optional<StoredTemplate> byId(long templateId) {
        return store.byId(templateId);
    }

    CommitmentTemplate add(NewCommitmentTemplate t, String actor) {
        List<StoredTemplate> versions = t.matterType() == null ? List.of() : store.versions(t.matterType());
        CommitmentTemplate latest =
                versions.isEmpty() ? null : versions.getFirst().template();
        List<FieldProblem> problems = TemplateRules.check(t, matterTypes(), latest, today());
        if (!problems.isEmpty()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "template-invalid",
                    "Invalid template",
                    problems.size() == 1 ? problems.getFirst().message() : problems.size() + " problems; see fields",
                    problems);
        }
        var template = new CommitmentTemplate(
                code(t, latest),
                t.matterType(),
                latest == null ? 1 : latest.version() + 1,
                t.textZh(),
                t.textEn(),
                CommitmentTemplate.hash(t.textZh(), t.textEn()),
                t.effectiveFrom());
        if (latest != null && latest.textHash().equals(template.textHash())) {
            throw ApiException.conflict(
                    "template-unchanged", "version " + latest.version() + " already has exactly this text");
        }
        try {
            store.insert(template, actor, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict(
                    "version-conflict", "another version of " + t.matterType() + " was added meanwhile; try again");
        }
        return template;
    }

    Set<String> matterTypes() {
        return catalogue.matterTypes().stream().map(MatterType::code).collect(Collectors.toSet());
    }

    private static String code(NewCommitmentTemplate t, CommitmentTemplate latest) {
        if (t.code() != null) {
            return t.code();
        }
        return latest != null ? latest.code() : t.matterType() + "-commitment";
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
