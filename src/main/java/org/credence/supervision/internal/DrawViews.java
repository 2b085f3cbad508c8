package org.credence.supervision.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.credence.subject.SubjectKind;
import org.credence.subject.SubjectRef;
import org.credence.subject.SubjectRegistry;
import org.credence.supervision.DrawTarget;
import org.credence.supervision.InspectionDraw;
import org.credence.supervision.Inspector;
import org.springframework.stereotype.Component;

/**
 * Draws and targets as published: subjects by masked identifier, organisations by name, natural persons by a masked
 * name (the surname's first character).
 */
@Component
class DrawViews {

    private final ProfileLibrary profiles;
    private final SubjectRegistry subjects;

    DrawViews(ProfileLibrary profiles, SubjectRegistry subjects) {
        this.profiles = profiles;
        this.subjects = subjects;
    }

    InspectionDraw draw(DrawRow d) {
        int version =
                profiles.byId(d.profileId()).map(p -> p.profile().version()).orElse(0);
        return new InspectionDraw(
                d.drawId(),
                d.sector(),
                d.period(),
                version,
                d.scheme(),
                d.seed(),
                d.seedGenerated(),
                d.inspectorsPerTarget(),
                d.pool(),
                d.populationCount(),
                d.populationDigest(),
                d.unclassified(),
                d.categories(),
                d.resultDigest(),
                d.status(),
                d.drawnAt(),
                d.drawnBy(),
                d.publishedAt());
    }

    DrawTarget target(DrawAlgorithm.Target t, List<Inspector> pool) {
        Map<String, Inspector> byId = pool.stream().collect(Collectors.toMap(Inspector::id, Function.identity()));
        SubjectRef subject = subjects.findById(t.subjectId()).orElse(null);
        return new DrawTarget(
                t.position(),
                subject == null ? "" : subject.maskedIdentifier(),
                subject == null ? "" : name(subject),
                t.grade(),
                t.category(),
                t.key(),
                t.inspectors().stream()
                        .map(id -> byId.getOrDefault(id, new Inspector(id, "")))
                        .toList());
    }

    static String name(SubjectRef subject) {
        if (subject.kind() != SubjectKind.PERSON || subject.name().isEmpty()) {
            return subject.name();
        }
        int first = subject.name().codePointAt(0);
        int rest = subject.name().codePointCount(0, subject.name().length()) - 1;
        return new String(Character.toChars(first)) + "*".repeat(Math.max(rest, 1));
    }
}
