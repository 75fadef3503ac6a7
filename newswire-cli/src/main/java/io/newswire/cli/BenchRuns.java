package io.newswire.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order and the arithmetic of {@code bench --enrich-threads}: configurations run alternately in one
 * JVM after one warm-up, so that a drift of the machine's load or of the JIT over the runs falls on each
 * configuration alike.
 */
final class BenchRuns {
  private BenchRuns() {}

  /**
   * {@code runs} configurations in mirrored rounds, A B B A A B B A … for two (A B C C B A … for three): each
   * configuration runs as often early as late, so a trend over the runs (load rising, compiling ending)
   * favours none of them.
   */
  static <T> List<T> order(List<T> configurations, int runs) {
    int k = configurations.size();
    List<T> out = new ArrayList<>(runs);
    for (int i = 0; i < runs; i++) {
      int j = i % (2 * k);
      out.add(configurations.get(j < k ? j : 2 * k - 1 - j));
    }
    return out;
  }

  /**
   * Dispatches per second over the cores the JVM kept busy meanwhile: on a busy machine the JVM gets a share
   * of the cores that changes from phase to phase, and this takes the share out (0 when nothing was busy).
   */
  static double perBusyCore(double perSecond, double coresBusy) {
    return coresBusy <= 0 ? 0 : Math.round(perSecond / coresBusy * 10) / 10.0;
  }

  /** {@code a / b} to two decimals, 0 when {@code b} is 0. */
  static double ratio(double a, double b) {
    return b == 0 ? 0 : Math.round(a / b * 100) / 100.0;
  }

  /** Milliseconds of CPU per dispatch, to two decimals, 0 for no dispatches. */
  static double cpuMsPerDispatch(double cpuSeconds, int dispatches) {
    return dispatches == 0 ? 0 : Math.round(cpuSeconds * 1000 / dispatches * 100) / 100.0;
  }

  /** The mean of {@code values} by the key at the same index, to two decimals, keys in their first order. */
  static <K> Map<K, Double> meanBy(List<K> keys, List<Double> values) {
    Map<K, double[]> sums = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      double[] s = sums.computeIfAbsent(keys.get(i), k -> new double[2]);
      s[0] += values.get(i);
      s[1]++;
    }
    Map<K, Double> means = new LinkedHashMap<>();
    sums.forEach((k, s) -> means.put(k, Math.round(s[0] / s[1] * 100) / 100.0));
    return means;
  }
}
