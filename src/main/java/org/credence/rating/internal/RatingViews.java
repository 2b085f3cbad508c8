package org.credence.rating.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.credence.rating.Counterfactual;
import org.credence.rating.LocalizedText;
import org.credence.rating.ProfessionalRank;
import org.credence.rating.Rating;
import org.credence.rating.RatingReason;
import org.jspecify.annotations.Nullable;

/** Turns stored ratings and evaluations into the public {@link Rating}, with the standard's texts in both languages. */
final class RatingViews {

    private RatingViews() {}

    static Rating of(
            StoredRating stored,
            StandardDocument standard,
            List<Counterfactual> whatIfs,
            List<ProfessionalRank> ranks) {
        return new Rating(
                stored.subjectId(),
                stored.scheme(),
                standard.title(),
                stored.standardId(),
                stored.version(),
                Points.decimal(stored.score()),
                stored.grade(),
                label(standard, stored.grade()),
                stored.assignment(),
                stored.asOf(),
                stored.validUntil(),
                stored.readAt(),
                reasons(standard, stored.reasons()),
                whatIfs,
                ranks);
    }

    static Rating of(
            long subjectId,
            StandardLibrary.Active standard,
            Evaluation evaluation,
            LocalDate asOf,
            OffsetDateTime at,
            List<Counterfactual> whatIfs) {
        StandardDocument d = standard.document();
        return new Rating(
                subjectId,
                d.scheme(),
                d.title(),
                standard.stored().standardId(),
                d.version(),
                Points.decimal(evaluation.score()),
                evaluation.grade(),
                label(d, evaluation.grade()),
                evaluation.assignment(),
                asOf,
                evaluation.validUntil(),
                at,
                reasons(d, evaluation.reasons()),
                whatIfs,
                List.of());
    }

    static List<RatingReason> reasons(StandardDocument standard, List<Evaluation.ReasonLine> lines) {
        return lines.stream()
                .map(l -> new RatingReason(
                        l.code(),
                        standard.reasonText(l.code()),
                        l.points() == null ? null : Points.decimal(l.points()),
                        l.recordIds()))
                .toList();
    }

    static List<Counterfactual> counterfactuals(StandardDocument standard, List<Explainer.WhatIf> whatIfs) {
        List<Counterfactual> result = new ArrayList<>();
        for (Explainer.WhatIf w : whatIfs) {
            Explainer.WhatIf repair = whatIfs.stream()
                    .filter(o -> o.kind() == Explainer.Kind.REPAIR
                            && o.grade().equals(w.grade())
                            && o.recordIds().equals(w.recordIds())
                            && o.repairable())
                    .findFirst()
                    .orElse(null);
            result.add(new Counterfactual(
                    w.kind().name(),
                    w.grade(),
                    w.on(),
                    w.event().name(),
                    w.recordIds(),
                    w.repairFrom(),
                    w.repairable(),
                    text(standard, w, w.kind() == Explainer.Kind.TIME ? repair : null)));
        }
        return result;
    }

    private static LocalizedText text(
            StandardDocument standard, Explainer.WhatIf w, Explainer.@Nullable WhatIf repair) {
        String grade = w.grade() + " (" + label(standard, w.grade()).en() + ")";
        String ids = w.recordIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
        String records = (w.recordIds().size() == 1 ? "record " : "records ") + ids;
        if (w.kind() == Explainer.Kind.REPAIR) {
            String when = !w.repairable()
                    ? "; this record cannot be repaired"
                    : w.repairFrom() == null ? "" : "; repair may be applied for from " + w.repairFrom();
            String whenZh =
                    !w.repairable() ? "；该记录不可修复" : w.repairFrom() == null ? "" : "；可自" + w.repairFrom() + "起申请修复";
            return new LocalizedText(
                    "记录" + ids + "完成信用修复后，等级变为" + w.grade() + whenZh,
                    "The grade becomes " + grade + " if " + records + " is repaired" + when);
        }
        String orRepaired = repair == null
                ? ""
                : " or is repaired"
                        + (repair.repairFrom() == null ? "" : " (possible from " + repair.repairFrom() + ")");
        String orRepairedZh = repair == null
                ? ""
                : "或完成信用修复" + (repair.repairFrom() == null ? "" : "（可自" + repair.repairFrom() + "起申请）");
        return new LocalizedText(
                "记录" + ids + eventZh(w.event()) + "（" + w.on() + "）" + orRepairedZh + "后，等级变为" + w.grade(),
                "The grade becomes " + grade + " when " + records + " "
                        + eventEn(w.event(), w.recordIds().size()) + " on " + w.on() + orRepaired);
    }

    private static String eventEn(Explainer.Event event, int count) {
        boolean one = count == 1;
        return switch (event) {
            case PUBLICITY_ENDS -> one ? "ends its publicity" : "end their publicity";
            case DECAYS -> one ? "weighs less with age" : "weigh less with age";
            case TERM_ENDS -> one ? "ends its term" : "end their term";
            case NEW_PERIOD_ENDS -> "leaves the new-subject period";
            case TAKES_EFFECT -> one ? "takes effect" : "take effect";
            case REPAIRED -> one ? "is repaired" : "are repaired";
        };
    }

    private static String eventZh(Explainer.Event event) {
        return switch (event) {
            case PUBLICITY_ENDS -> "公示期满";
            case DECAYS -> "权重随时间衰减";
            case TERM_ENDS -> "期限届满";
            case NEW_PERIOD_ENDS -> "新设立期结束";
            case TAKES_EFFECT -> "生效";
            case REPAIRED -> "完成信用修复";
        };
    }

    static LocalizedText label(StandardDocument standard, String grade) {
        return standard.grade(grade).map(StandardDocument.Grade::label).orElse(new LocalizedText(grade, grade));
    }
}
