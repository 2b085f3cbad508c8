package org.credence.synthetic.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws an index with probability proportional to its weight: cumulative weights and a binary search. */
final class WeightedChoice {

    private final double[] cumulative;

    WeightedChoice(double... weights) {
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weights are not negative");
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
    }

    int next(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        int index = found >= 0 ? found + 1 : -found - 1;
        return Math.min(index, cumulative.length - 1);
    }

    int size() {
        return cumulative.length;
    }
}
