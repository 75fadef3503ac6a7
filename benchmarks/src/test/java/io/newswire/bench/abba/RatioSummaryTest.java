package io.newswire.bench.abba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RatioSummaryTest {
  @Test
  void ratiosArePerRoundSoALoadChangeBetweenRoundsCancels() {
    // the machine twice as slow in round 2: both builds' CPU doubles, the ratio does not move
    RatioSummary s = RatioSummary.of(new double[] {100, 200, 100}, new double[] {90, 180, 90});
    assertEquals(0.9, s.median(), 1e-12);
    assertEquals(0.9, s.min(), 1e-12);
    assertEquals(0.9, s.max(), 1e-12);
    assertEquals(0.9, s.sumRatio(), 1e-12);
    assertEquals(3, s.rounds());
  }

  @Test
  void oddRoundsTakeTheMiddleRatio() {
    RatioSummary s = RatioSummary.of(new double[] {100, 100, 100, 100, 100}, new double[] {150, 95, 90, 93, 70});
    assertEquals(0.93, s.median(), 1e-12);
    assertEquals(0.70, s.min(), 1e-12);
    assertEquals(1.50, s.max(), 1e-12);
    assertEquals(498.0 / 500.0, s.sumRatio(), 1e-12);
  }

  @Test
  void evenRoundsAverageTheTwoMiddleRatios() {
    RatioSummary s = RatioSummary.of(new double[] {10, 10, 10, 10}, new double[] {12, 9, 8, 10});
    assertEquals(0.95, s.median(), 1e-12);
    assertEquals(0.8, s.min(), 1e-12);
    assertEquals(1.2, s.max(), 1e-12);
  }

  @Test
  void oneBurstMovesTheSumNotTheMedian() {
    RatioSummary s = RatioSummary.of(new double[] {100, 100, 100, 100, 100}, new double[] {95, 95, 95, 95, 400});
    assertEquals(0.95, s.median(), 1e-12);
    assertEquals(4.0, s.max(), 1e-12);
    assertEquals(7.8 / 5, s.sumRatio(), 1e-12);
  }

  @Test
  void medianOfLeavesItsInputAlone() {
    double[] v = {3, 1, 2};
    assertEquals(2, RatioSummary.medianOf(v), 0);
    assertEquals(3, v[0], 0);
  }

  @Test
  void rejectsMismatchedOrEmptyOrZeroBase() {
    assertThrows(IllegalArgumentException.class, () -> RatioSummary.of(new double[] {1}, new double[] {1, 2}));
    assertThrows(IllegalArgumentException.class, () -> RatioSummary.of(new double[0], new double[0]));
    assertThrows(IllegalArgumentException.class, () -> RatioSummary.of(new double[] {0}, new double[] {1}));
  }
}
