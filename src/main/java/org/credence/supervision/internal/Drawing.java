package org.credence.supervision.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.credence.rating.RatingEngine;
import org.credence.rating.SubjectGrade;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.credence.supervision.Inspector;
import org.credence.supervision.NewDraw;
import org.credence.supervision.SupervisionProfile;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a draw: checks the request against the sector's profile in force, copies the scheme's rated population into
 * the draw's snapshot, computes the result from the snapshot and records it, all in one transaction.
 */
@Component
class Drawing {

    static final Pattern PERIOD = Pattern.compile("\\d{4}(-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?");
    private static final Pattern SEED = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");
    private static final Pattern INSPECTOR_ID = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    private final ProfileLibrary profiles;
    private final DrawStore store;
    private final RatingEngine ratings;
    private final SeedSource seeds;
    private final TransactionTemplate transactions;
    private final int maxPool;

    Drawing(
            ProfileLibrary profiles,
            DrawStore store,
            RatingEngine ratings,
            SeedSource seeds,
            TransactionTemplate transactions,
            SupervisionProperties properties) {
        this.profiles = profiles;
        this.store = store;
        this.ratings = ratings;
        this.seeds = seeds;
        this.transactions = transactions;
        this.maxPool = properties.maxPool();
    }

    long draw(NewDraw d, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.sector() == null || d.sector().isBlank()) {
            problems.add(new FieldProblem("sector", "required", "sector is required"));
        }
        if (d.period() == null || !PERIOD.matcher(d.period()).matches()) {
            problems.add(new FieldProblem(
                    "period",
                    "invalid-period",
                    "a period is a year (2026), half (2026-H2), quarter (2026-Q4) or month (2026-11)"));
        }
        if (d.seed() != null && !SEED.matcher(d.seed()).matches()) {
            problems.add(new FieldProblem("seed", "invalid-seed", "a seed is 1 to 128 letters, digits and _ . : -"));
        }
        pool(d.inspectors(), problems);
        StoredProfile profile =
                d.sector() == null ? null : profiles.inForce(d.sector()).orElse(null);
        if (profile == null && d.sector() != null && !d.sector().isBlank()) {
            throw ApiException.notFound("profile-not-found", "no supervision profile in force for " + d.sector());
        }
        List<DrawAlgorithm.CategoryRule> rules =
                profile == null ? List.of() : rules(profile.profile(), d.ratios(), problems);
        if (profile != null
                && d.inspectors() != null
                && d.inspectors().size() < profile.profile().inspectorsPerTarget()) {
            problems.add(new FieldProblem(
                    "inspectors",
                    "pool-too-small",
                    "each target gets " + profile.profile().inspectorsPerTarget() + " inspectors; the pool has "
                            + d.inspectors().size()));
        }
        if (!problems.isEmpty() || profile == null) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "draw-invalid",
                    "Invalid draw",
                    problems.size() == 1 ? problems.getFirst().message() : problems.size() + " problems; see fields",
                    problems);
        }
        if (store.exists(d.sector(), d.period())) {
            throw exists(d);
        }
        boolean generated = d.seed() == null;
        String seed = generated ? seeds.next() : d.seed();
        var inputs = new DrawAlgorithm.Inputs(
                seed, d.period(), rules, d.inspectors(), profile.profile().inspectorsPerTarget());
        try {
            return transactions.execute(status -> record(d, profile, inputs, generated, actor));
        } catch (DuplicateKeyException e) {
            throw exists(d);
        }
    }

    private long record(
            NewDraw d, StoredProfile profile, DrawAlgorithm.Inputs inputs, boolean generated, String actor) {
        long id = store.insert(
                d.sector(), d.period(), profile, inputs.seed(), generated, inputs.pool(), actor, profiles.now());
        long after = 0;
        while (true) {
            List<SubjectGrade> page = ratings.grades(profile.profile().scheme(), after, DrawAlgorithm.PAGE);
            if (page.isEmpty()) {
                break;
            }
            store.addPopulation(id, page);
            after = page.getLast().subjectId();
        }
        DrawAlgorithm.Result result = DrawAlgorithm.compute((a, limit) -> store.population(id, a, limit), inputs);
        store.complete(id, result);
        return id;
    }

    /** The profile's categories with the ratio the draw applies: the requested one within range, else the minimum. */
    private static List<DrawAlgorithm.CategoryRule> rules(
            SupervisionProfile profile, @Nullable Map<String, BigDecimal> ratios, List<FieldProblem> problems) {
        Map<String, BigDecimal> requested = ratios == null ? Map.of() : ratios;
        Set<String> codes = new HashSet<>();
        List<DrawAlgorithm.CategoryRule> rules = new ArrayList<>();
        for (SupervisionProfile.Category c : profile.categories()) {
            codes.add(c.code());
            BigDecimal ratio = requested.getOrDefault(c.code(), c.ratio().min());
            if (ratio == null
                    || ratio.compareTo(c.ratio().min()) < 0
                    || ratio.compareTo(c.ratio().max()) > 0) {
                problems.add(new FieldProblem(
                        "ratios." + c.code(),
                        "ratio-out-of-range",
                        "category " + c.code() + " is drawn at " + c.ratio().min() + " to "
                                + c.ratio().max() + " %"));
            }
            rules.add(new DrawAlgorithm.CategoryRule(c.code(), c.grades(), ratio == null ? BigDecimal.ZERO : ratio));
        }
        requested.keySet().stream()
                .filter(code -> !codes.contains(code))
                .forEach(code -> problems.add(
                        new FieldProblem("ratios." + code, "unknown-category", "the profile has no category " + code)));
        return rules;
    }

    private void pool(@Nullable List<Inspector> pool, List<FieldProblem> problems) {
        if (pool == null || pool.isEmpty() || pool.size() > maxPool) {
            problems.add(new FieldProblem(
                    "inspectors", "invalid-pool", "the inspector pool has 1 to " + maxPool + " inspectors"));
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < pool.size(); i++) {
            Inspector inspector = pool.get(i);
            String at = "inspectors[" + i + "]";
            if (inspector == null
                    || inspector.id() == null
                    || !INSPECTOR_ID.matcher(inspector.id()).matches()) {
                problems.add(new FieldProblem(
                        at + ".id", "invalid-inspector-id", "an inspector id is 1 to 40 letters, digits and _ . -"));
            } else if (!ids.add(inspector.id())) {
                problems.add(
                        new FieldProblem(at + ".id", "duplicate-inspector", "inspector " + inspector.id() + " twice"));
            }
            if (inspector != null
                    && (inspector.name() == null
                            || inspector.name().isBlank()
                            || inspector.name().length() > 100)) {
                problems.add(
                        new FieldProblem(at + ".name", "invalid-inspector-name", "a name has 1 to 100 characters"));
            }
        }
    }

    private static ApiException exists(NewDraw d) {
        return ApiException.conflict(
                "draw-exists", "the draw of " + d.sector() + " for " + d.period() + " is made; a period is drawn once");
    }
}
