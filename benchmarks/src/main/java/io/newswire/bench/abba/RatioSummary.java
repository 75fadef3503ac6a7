package io.newswire.bench.abba;

import java.util.Arrays;

/**
 * What the pairs of one comparison say: for each round the new build's CPU over the old one's (both measured in the
 * same round, so a load change between rounds cancels), the median of those ratios, their range, and the ratio of the
 * sums. The median, not the mean: one pass hit by another process's burst moves the mean, not the median.
 */
public record RatioSummary(double median, double min, double max, double sumRatio, int rounds) {

  /** {@code base[r]} and {@code other[r]} are the two builds' CPU in round r (any unit, the same for both). */
  public static RatioSummary of(double[] base, double[] other) {
    if (base.length != other.length || base.length == 0) {
      throw new IllegalArgumentException("need the same number of rounds, at least one: " + base.length + ", " + other.length);
    }
    double[] ratios = new double[base.length];
    double sumBase = 0;
    double sumOther = 0;
    for (int r = 0; r < base.length; r++) {
      if (!(base[r] > 0)) {
        throw new IllegalArgumentException("round " + r + ": base CPU " + base[r]);
      }
      ratios[r] = other[r] / base[r];
      sumBase += base[r];
      sumOther += other[r];
    }
    Arrays.sort(ratios);
    return new RatioSummary(median(ratios), ratios[0], ratios[ratios.length - 1], sumOther / sumBase, ratios.length);
  }

  /** The median of ascending {@code sorted}: the middle value, or the mean of the two middle values. */
  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The median of {@code values} (not changed). */
  public static double medianOf(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return median(sorted);
  }
}
