package org.credence.supervision.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.credence.rating.SubjectGrade;
import org.credence.supervision.Inspector;

/**
 * The draw as a pure function of its inputs, so that anyone can recompute it without this code's random number
 * generator or any JDK internals: SHA-256 and sorting only.
 *
 * <ul>
 *   <li>A subject's draw key is the SHA-256 (lowercase hex) of the UTF-8 text {@code seed|period|subjectId}.
 *   <li>A category of {@code n} subjects with ratio {@code r} % draws {@code ceil(n × r / 100)} targets (exactly, no
 *       floating point; at most {@code n}): the subjects with the lowest keys (ties, which SHA-256 makes practically
 *       impossible, by subject id).
 *   <li>Targets are numbered from 1 by category in profile order, then key. The pool is ordered by the SHA-256 of
 *       {@code seed|period|inspector|inspectorId} (then id); target {@code j} (from 0) gets the inspectors at
 *       positions {@code (j × m + t) mod p} for {@code t < m}, {@code m} per target from a pool of {@code p}: distinct
 *       inspectors per target and an even workload.
 *   <li>The population digest is the SHA-256 of the lines {@code subjectId:grade\n} in subject id order; the result
 *       digest the SHA-256 of the lines {@code position|subjectId|grade|category|key|inspectorIds\n} (ids joined by
 *       commas) in position order.
 * </ul>
 */
final class DrawAlgorithm {

    /** How many subjects one page of the population holds. */
    static final int PAGE = 5_000;

    /** A category as the draw applies it: the grades it takes and the ratio in percent. */
    record CategoryRule(String code, List<String> grades, BigDecimal ratio) {}

    /** Everything besides the population that the result depends on. */
    record Inputs(
            String seed, String period, List<CategoryRule> categories, List<Inspector> pool, int inspectorsPerTarget) {}

    /** One page of the population after a subject id, in subject id order. */
    @FunctionalInterface
    interface Population {
        List<SubjectGrade> page(long afterSubjectId, int limit);
    }

    record CategoryCount(String code, long population, BigDecimal ratio, long drawn) {}

    record Target(int position, long subjectId, String grade, String category, String key, List<String> inspectors) {}

    record Result(
            long populationCount,
            String populationDigest,
            long unclassified,
            List<CategoryCount> categories,
            List<Target> targets,
            String resultDigest) {}

    private DrawAlgorithm() {}

    static Result compute(Population population, Inputs inputs) {
        Map<String, String> categoryOfGrade = new HashMap<>();
        inputs.categories().forEach(c -> c.grades().forEach(g -> categoryOfGrade.put(g, c.code())));
        Map<String, Long> counts = new LinkedHashMap<>();
        inputs.categories().forEach(c -> counts.put(c.code(), 0L));
        MessageDigest digest = sha256();
        long total = 0;
        long unclassified = 0;
        for (List<SubjectGrade> page : pages(population)) {
            for (SubjectGrade s : page) {
                digest.update((s.subjectId() + ":" + s.grade() + "\n").getBytes(StandardCharsets.UTF_8));
                total++;
                String category = categoryOfGrade.get(s.grade());
                if (category == null) {
                    unclassified++;
                } else {
                    counts.merge(category, 1L, Long::sum);
                }
            }
        }
        Map<String, Lowest> lowest = new LinkedHashMap<>();
        List<CategoryCount> categoryCounts = new ArrayList<>();
        for (CategoryRule c : inputs.categories()) {
            long n = counts.get(c.code());
            long k = targetCount(n, c.ratio());
            categoryCounts.add(new CategoryCount(c.code(), n, c.ratio(), k));
            lowest.put(c.code(), new Lowest(k));
        }
        for (List<SubjectGrade> page : pages(population)) {
            for (SubjectGrade s : page) {
                String category = categoryOfGrade.get(s.grade());
                if (category != null) {
                    lowest.get(category).offer(s, drawKey(inputs.seed(), inputs.period(), s.subjectId()));
                }
            }
        }
        List<Target> targets = targets(inputs, lowest);
        return new Result(total, hex(digest.digest()), unclassified, categoryCounts, targets, resultDigest(targets));
    }

    private static List<Target> targets(Inputs inputs, Map<String, Lowest> lowest) {
        List<Inspector> pool = orderedPool(inputs.seed(), inputs.period(), inputs.pool());
        int perTarget = inputs.inspectorsPerTarget();
        List<Target> targets = new ArrayList<>();
        for (var entry : lowest.entrySet()) {
            for (Keyed k : entry.getValue().ascending()) {
                int j = targets.size();
                List<String> assigned = new ArrayList<>(perTarget);
                for (int t = 0; t < perTarget; t++) {
                    assigned.add(pool.get((int) (((long) j * perTarget + t) % pool.size()))
                            .id());
                }
                targets.add(new Target(
                        j + 1, k.subject().subjectId(), k.subject().grade(), entry.getKey(), k.key(), assigned));
            }
        }
        return targets;
    }

    /** {@code ceil(population × ratio / 100)}, at most the population. */
    static long targetCount(long population, BigDecimal ratioPercent) {
        if (population <= 0 || ratioPercent.signum() <= 0) {
            return 0;
        }
        long count = BigDecimal.valueOf(population)
                .multiply(ratioPercent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                .longValueExact();
        return Math.min(count, population);
    }

    static String drawKey(String seed, String period, long subjectId) {
        return sha256Hex(seed + "|" + period + "|" + subjectId);
    }

    static String inspectorKey(String seed, String period, String inspectorId) {
        return sha256Hex(seed + "|" + period + "|inspector|" + inspectorId);
    }

    static List<Inspector> orderedPool(String seed, String period, List<Inspector> pool) {
        return pool.stream()
                .sorted(Comparator.comparing((Inspector i) -> inspectorKey(seed, period, i.id()))
                        .thenComparing(Inspector::id))
                .toList();
    }

    static String resultDigest(List<Target> targets) {
        MessageDigest digest = sha256();
        for (Target t : targets) {
            String line = t.position() + "|" + t.subjectId() + "|" + t.grade() + "|" + t.category() + "|" + t.key()
                    + "|" + String.join(",", t.inspectors()) + "\n";
            digest.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return hex(digest.digest());
    }

    /** The population page by page, as an iterable that reads lazily. */
    private static Iterable<List<SubjectGrade>> pages(Population population) {
        return () -> new java.util.Iterator<>() {
            private List<SubjectGrade> next = population.page(0, PAGE);

            @Override
            public boolean hasNext() {
                return !next.isEmpty();
            }

            @Override
            public List<SubjectGrade> next() {
                List<SubjectGrade> current = next;
                next = current.size() < PAGE
                        ? List.of()
                        : population.page(current.getLast().subjectId(), PAGE);
                return current;
            }
        };
    }

    private record Keyed(SubjectGrade subject, String key) {}

    private static final Comparator<Keyed> BY_KEY =
            Comparator.comparing(Keyed::key).thenComparingLong(k -> k.subject().subjectId());

    /** The {@code k} lowest keys seen, in a bounded max-heap. */
    private static final class Lowest {

        private final long k;
        private final PriorityQueue<Keyed> heap = new PriorityQueue<>(BY_KEY.reversed());

        Lowest(long k) {
            this.k = k;
        }

        void offer(SubjectGrade subject, String key) {
            if (k == 0) {
                return;
            }
            var candidate = new Keyed(subject, key);
            if (heap.size() < k) {
                heap.add(candidate);
            } else if (BY_KEY.compare(candidate, heap.peek()) < 0) {
                heap.poll();
                heap.add(candidate);
            }
        }

        List<Keyed> ascending() {
            return heap.stream().sorted(BY_KEY).toList();
        }
    }

    private static String sha256Hex(String text) {
        return hex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
