package org.credence.supervision.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.credence.supervision.DrawVerification;
import org.credence.supervision.InspectionDraw;
import org.credence.supervision.SupervisionProfile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Recomputes a draw from what it recorded (seed, period, the profile version's categories with the ratios applied, the
 * pool, the population snapshot) and compares every part of the result with the recorded one, row by row.
 */
@Component
class DrawVerifier {

    private static final int MAX_DIFFERENCES = 20;

    private final DrawStore store;
    private final ProfileLibrary profiles;

    DrawVerifier(DrawStore store, ProfileLibrary profiles) {
        this.store = store;
        this.profiles = profiles;
    }

    DrawVerification verify(DrawRow draw) {
        SupervisionProfile profile =
                profiles.byId(draw.profileId()).orElseThrow().profile();
        Map<String, BigDecimal> ratios = new HashMap<>();
        draw.categories().forEach(c -> ratios.put(c.code(), c.ratio()));
        List<DrawAlgorithm.CategoryRule> rules = profile.categories().stream()
                .map(c -> new DrawAlgorithm.CategoryRule(
                        c.code(), c.grades(), ratios.getOrDefault(c.code(), BigDecimal.ZERO)))
                .toList();
        var inputs =
                new DrawAlgorithm.Inputs(draw.seed(), draw.period(), rules, draw.pool(), draw.inspectorsPerTarget());
        DrawAlgorithm.Result result =
                DrawAlgorithm.compute((after, limit) -> store.population(draw.drawId(), after, limit), inputs);
        List<String> differences = new ArrayList<>();
        boolean population = result.populationCount() == draw.populationCount()
                && result.populationDigest().equals(draw.populationDigest());
        if (!population) {
            differences.add("population snapshot: recorded " + draw.populationCount() + " subjects, digest "
                    + draw.populationDigest() + "; found " + result.populationCount() + ", digest "
                    + result.populationDigest());
        }
        compareCategories(draw.categories(), result.categories(), differences);
        compareTargets(draw.drawId(), result.targets(), differences);
        if (!result.resultDigest().equals(draw.resultDigest())) {
            differences.add("result digest: recorded " + draw.resultDigest() + ", recomputed " + result.resultDigest());
        }
        boolean resultMatches = differences.size() == (population ? 0 : 1);
        return new DrawVerification(
                draw.drawId(),
                population && resultMatches,
                population,
                resultMatches,
                draw.resultDigest(),
                result.resultDigest(),
                differences.subList(0, Math.min(differences.size(), MAX_DIFFERENCES)));
    }

    private static void compareCategories(
            List<InspectionDraw.CategoryResult> recorded,
            List<DrawAlgorithm.CategoryCount> recomputed,
            List<String> differences) {
        Map<String, InspectionDraw.CategoryResult> byCode = new HashMap<>();
        recorded.forEach(c -> byCode.put(c.code(), c));
        for (DrawAlgorithm.CategoryCount c : recomputed) {
            var r = byCode.get(c.code());
            if (r == null || r.population() != c.population() || r.drawn() != c.drawn()) {
                differences.add("category " + c.code() + ": recorded "
                        + (r == null ? "nothing" : r.population() + " subjects, " + r.drawn() + " drawn")
                        + "; recomputed " + c.population() + " subjects, " + c.drawn() + " drawn");
            }
        }
    }

    /** Reads the recorded targets page by page alongside the recomputed ones. */
    private void compareTargets(long drawId, List<DrawAlgorithm.Target> expected, List<String> differences) {
        int after = 0;
        int index = 0;
        while (true) {
            List<DrawAlgorithm.Target> page = store.targets(drawId, after, DrawAlgorithm.PAGE);
            for (DrawAlgorithm.Target recorded : page) {
                DrawAlgorithm.Target wanted = index < expected.size() ? expected.get(index) : null;
                if (!Objects.equals(recorded, wanted)) {
                    differences.add("target " + recorded.position() + ": " + difference(recorded, wanted));
                }
                index++;
            }
            if (page.size() < DrawAlgorithm.PAGE) {
                break;
            }
            after = page.getLast().position();
        }
        if (index < expected.size()) {
            differences.add((expected.size() - index) + " recomputed targets are missing from the record");
        }
    }

    private static String difference(DrawAlgorithm.Target recorded, DrawAlgorithm.@Nullable Target wanted) {
        if (wanted != null && recorded.key().equals(wanted.key()) && recorded.subjectId() != wanted.subjectId()) {
            return "the subject recorded is not the one whose key it shows (" + describe(wanted) + ")";
        }
        return "recorded " + describe(recorded) + "; recomputed " + (wanted == null ? "no target" : describe(wanted));
    }

    /** A target without its subject id: the verification is public, and the key identifies the row well enough. */
    private static String describe(DrawAlgorithm.Target t) {
        return "key " + t.key().substring(0, 12) + "… (" + t.grade() + ", category " + t.category() + ", inspectors "
                + String.join(",", t.inspectors()) + ")";
    }
}
