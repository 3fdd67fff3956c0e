package io.ledgerline.app.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Draws outcomes at fixed rates the way a shuffled deck of cards does: every full deck holds each outcome
 * exactly as often as its weight says, in random order. So a rare outcome (1 order in 50 times out) shows
 * up in every 50 draws, also in a short simulation, while its place among them stays random.
 */
final class Deck<T> {

    private final List<T> cards = new ArrayList<>();
    private final Random random;
    private final List<T> pile = new ArrayList<>();

    private Deck(Random random) {
        this.random = random;
    }

    static <T> Deck<T> of(Random random) {
        return new Deck<>(random);
    }

    /** Adds {@code count} cards of {@code outcome} to every deck. */
    Deck<T> with(int count, T outcome) {
        for (int i = 0; i < count; i++) {
            cards.add(outcome);
        }
        return this;
    }

    T draw() {
        if (pile.isEmpty()) {
            pile.addAll(cards);
            Collections.shuffle(pile, random);
        }
        return pile.removeLast();
    }
}
