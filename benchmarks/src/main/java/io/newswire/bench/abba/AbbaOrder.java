package io.newswire.bench.abba;

/**
 * The order in which the builds run their passes: forward in even rounds, backward in odd ones (A B, B A, A B, …
 * = A B B A A B B A). A build that always ran second would always find the caches, the JIT queue and the
 * machine's load as the other left them; alternating gives each position to each build equally often.
 */
public final class AbbaOrder {
  private AbbaOrder() {}

  /** The builds' indices in the order they run in round {@code round} (0-based) of {@code builds} builds. */
  public static int[] of(int round, int builds) {
    if (round < 0 || builds < 1) {
      throw new IllegalArgumentException("round " + round + ", builds " + builds);
    }
    int[] order = new int[builds];
    for (int k = 0; k < builds; k++) {
      order[k] = round % 2 == 0 ? k : builds - 1 - k;
    }
    return order;
  }
}
