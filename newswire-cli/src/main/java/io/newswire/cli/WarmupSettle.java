package io.newswire.cli;

import java.util.List;

/**
 * When a pipeline warm-up of {@code bench} has settled: its rounds (equal batches) spend little of their time
 * in the JIT and their rate has stopped rising. The JIT's share alone can fall under its bar while the
 * code it compiled still has to show in the rate; the rate alone can plateau for a round or two while
 * C2 is still busy. Pure arithmetic on the rounds' figures, so it is tested without timing.
 */
final class WarmupSettle {
  private WarmupSettle() {}

  /** A round no more than this much faster than the best before it has not risen. */
  static final double RISE = 0.05;

  /** Rounds in a row that must not rise. */
  static final int FLAT_ROUNDS = 2;

  /**
   * Whether the last {@link #FLAT_ROUNDS} rounds each ran at most {@link #RISE} faster than the best round
   * before them (dispatches per second, oldest first; one best for both, so a slow creep of a few percent a
   * round still counts as rising); false until there are rounds before them to compare with.
   */
  static boolean rateSettled(List<Double> rates) {
    int n = rates.size();
    if (n < FLAT_ROUNDS + 1) {
      return false;
    }
    double best = 0;
    for (int i = 0; i < n - FLAT_ROUNDS; i++) {
      best = Math.max(best, rates.get(i));
    }
    for (int i = n - FLAT_ROUNDS; i < n; i++) {
      if (rates.get(i) > (1 + RISE) * best) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a pipeline warm-up may end after its last round: that round compiled under {@code jitShare}
   * of its wall time and the rates have settled.
   */
  static boolean settled(double jitSeconds, double wallSeconds, double jitShare, List<Double> rates) {
    return jitSeconds < jitShare * wallSeconds && rateSettled(rates);
  }
}
