package io.ledgerline.app.simulator;

import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/** Picks from a list in proportion to each element's weight. */
final class Weighted {

    private Weighted() {
    }

    static <T> T pick(Random random, List<T> values, ToDoubleFunction<T> weight) {
        double total = 0;
        for (T value : values) {
            total += weight.applyAsDouble(value);
        }
        double roll = random.nextDouble() * total;
        for (T value : values) {
            roll -= weight.applyAsDouble(value);
            if (roll < 0) {
                return value;
            }
        }
        return values.getLast();
    }

    /** Picks {@code values[i]} with weight {@code weights[i]}. */
    @SafeVarargs
    static <T> T pick(Random random, int[] weights, T... values) {
        if (weights.length != values.length) {
            throw new IllegalArgumentException("one weight per value");
        }
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
